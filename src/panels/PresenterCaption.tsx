/**
 * In presenter mode the panels hide; the chapter's title and text stand over the foot of the
 * graph, large enough to read from the back of a classroom. The graph fills the window behind
 * it, and the camera frames the chapter in the band above the caption (view/visibleBand.ts).
 */
import type { RefObject } from "react";
import { formatPartialDate } from "../model/time";
import type { StoryChapter } from "../model/schema";
import { useExplorer } from "./context";

export function PresenterCaption({
  chapter,
  coverRef,
}: {
  chapter: StoryChapter | null;
  /** The caption stands over the graph's foot: the camera frames the chapter above it. */
  coverRef?: RefObject<HTMLElement | null>;
}) {
  const { catalog, dispatch } = useExplorer();
  const story = catalog.dataset.story;
  return (
    <section ref={coverRef} className="presenter-caption" aria-label="Chapter" aria-live="polite">
      {chapter ? (
        <>
          <p className="presenter-meta">
            {story.indexOf(chapter) + 1} / {story.length}
            {chapter.date ? ` · ${formatPartialDate(chapter.date)}` : ""}
          </p>
          <h2>{chapter.title}</h2>
          <p>{chapter.text}</p>
        </>
      ) : (
        <h2>{catalog.dataset.title}</h2>
      )}
      <p className="presenter-hint">
        ← → or Page Up / Page Down: chapters · Esc: leave{" "}
        <button
          type="button"
          onClick={() => dispatch({ type: "set-presenting", presenting: false })}
        >
          Leave presenter mode
        </button>
      </p>
    </section>
  );
}
