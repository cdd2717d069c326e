/**
 * A story chapter: its text, the date it shows, and the evidence for each relation it
 * highlights, with the way to the previous and next chapter and into presenter mode.
 */
import { relationClaim } from "../graph/query";
import { formatPartialDate } from "../model/time";
import type { StoryChapter } from "../model/schema";
import { useExplorer } from "./context";
import { EvidenceList } from "./Evidence";
import { RelationLink } from "./Links";
import { neighbourChapter } from "../scene/story";

export function StoryNavigation({ chapter }: { chapter: StoryChapter }) {
  const { catalog, dispatch } = useExplorer();
  const story = catalog.dataset.story;
  const previous = neighbourChapter(story, chapter.id, -1);
  const next = neighbourChapter(story, chapter.id, 1);
  const open = (target: StoryChapter) =>
    dispatch({ type: "open-chapter", id: target.id, date: target.date ?? null });
  return (
    <nav className="story-nav" aria-label="Story chapters">
      <button type="button" disabled={!previous} onClick={() => previous && open(previous)}>
        ← Previous
      </button>
      <span className="muted">
        {story.indexOf(chapter) + 1} of {story.length}
      </span>
      <button type="button" disabled={!next} onClick={() => next && open(next)}>
        Next →
      </button>
    </nav>
  );
}

export function StoryPanel({ chapter }: { chapter: StoryChapter }) {
  const { catalog, state, dispatch } = useExplorer();
  return (
    <article className="panel story-panel" aria-labelledby="panel-title">
      <header>
        <p className="panel-kind">
          Story · chapter {catalog.dataset.story.indexOf(chapter) + 1}
          {chapter.date ? ` · ${formatPartialDate(chapter.date)}` : ""}
        </p>
        <h2 id="panel-title" tabIndex={-1}>
          {chapter.title}
        </h2>
      </header>
      <StoryNavigation chapter={chapter} />
      <p className="story-text">{chapter.text}</p>
      <div className="story-actions">
        <button
          type="button"
          onClick={() => dispatch({ type: "set-presenting", presenting: !state.presenting })}
        >
          Present (full window)
        </button>
        <button type="button" onClick={() => dispatch({ type: "close-story" })}>
          Leave the story
        </button>
      </div>
      {chapter.relations.length > 0 && <h3 className="section-title">The evidence</h3>}
      <ul className="story-relations">
        {chapter.relations.map((id) => {
          const relation = catalog.relation.get(id);
          if (!relation) return null;
          return (
            <li key={id}>
              <p className="sentence">
                <RelationLink id={id}>{relationClaim(catalog, relation)}</RelationLink>
              </p>
              <EvidenceList owner={{ kind: "relation", id }} evidence={relation.evidence} />
            </li>
          );
        })}
      </ul>
    </article>
  );
}
