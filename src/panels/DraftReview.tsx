/**
 * The review of a draft before it opens: every proposed entity, then every proposed relation, each
 * with its confidence in numbers and words, why it was proposed, and the sentence it cites with the
 * two names and the verb marked. A person accepts, rejects and corrects (type, label, direction,
 * dates, certainty), merges two entities or splits a merged name back out; every action is a pure
 * function of src/draft/review.ts. "Open" builds the dataset from what is accepted
 * (src/draft/toDataset.ts); if that fails, the problems show here and the open dataset stays.
 *
 * Notes run to hundreds of proposals: rows are memoised and redraw only when their own proposal
 * changes (review.ts keeps every other one the same object), text fields commit on leaving them
 * rather than on each key, and "Merge into…" lists the other entities only in the row that asks.
 */
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { draftToDataset } from "../draft/toDataset";
import {
  acceptByConfidence,
  dateProblem,
  entitiesByName,
  labelProblem,
  isUndirected,
  mergeEntities,
  reverseRelation,
  reviewSummary,
  setEntityAccepted,
  setEntityLabel,
  setEntityType,
  setRelationAccepted,
  setRelationCertainty,
  setRelationDate,
  setRelationType,
  splitName,
  type Reviewed,
} from "../draft/review";
import type { Draft, DraftEntity, DraftRelation, Span } from "../draft/types";
import type { LoadedDataset } from "../model/load";
import { placeOf, type Problem } from "../model/problem";
import type { EntityType, RelationType } from "../model/schema";

type Change = (change: (draft: Draft) => Draft) => void;

/** The change a review action makes, or none when it refuses (the rows refuse first, in words). */
const applied = (result: Reviewed, draft: Draft): Draft => (result.ok ? result.draft : draft);

/** "86% · high": a confidence in numbers and words, never in colour alone. */
export function confidenceWords(confidence: number): string {
  const words = confidence >= 0.75 ? "high" : confidence >= 0.5 ? "medium" : "low";
  return `${Math.round(confidence * 100)}% · ${words}`;
}

export default function DraftReview({
  draft,
  onChange,
  onBack,
  onOpen,
}: {
  draft: Draft;
  onChange: Change;
  onBack: () => void;
  onOpen: (loaded: LoadedDataset, title: string, notes: string[]) => void;
}) {
  const summary = reviewSummary(draft);
  const [problems, setProblems] = useState<Problem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  // When the review opens ⇒ focus its heading: the control that started the draft is gone, and
  // from the heading Tab reaches the controls in reading order.
  useEffect(() => heading.current?.focus(), []);
  const byName = useMemo(() => entitiesByName(draft), [draft]);
  const labelOf = (key: string) => byName.get(key)?.label ?? key;
  // The list "Merge into…" offers: it changes only when a label does or entities come and go.
  // (Accepting an entity makes a new list of entities, not a new list of choices: keyed on text.)
  const choiceKey = draft.entities
    .map((entity) => `${entity.id}\u0000${entity.label}`)
    .join("\u0001");
  const entityChoices = useMemo(
    () =>
      choiceKey
        .split("\u0001")
        .filter((entry) => entry !== "")
        .map((entry) => {
          const [id = "", label = ""] = entry.split("\u0000");
          return { id, label };
        }),
    [choiceKey],
  );

  const open = () => {
    if (summary.entities.accepted === 0) {
      setProblems([
        { code: "empty", place: "The draft", message: "has no accepted entity: accept some first" },
      ]);
      return;
    }
    const result = draftToDataset(draft);
    if (result.ok) onOpen(result.loaded, draft.title, result.notes);
    else setProblems(result.problems);
  };

  return (
    <div className="review">
      <header className="review-head">
        <h2 id="draft-review-title" ref={heading} tabIndex={-1}>
          Review the draft: {draft.title}
        </h2>
        <p className="review-summary" role="status">
          {summary.entities.accepted} of {summary.entities.total} entities and{" "}
          {summary.relations.accepted} of {summary.relations.total} relations accepted, from{" "}
          {draft.words.toLocaleString("en")} words of notes.
        </p>
        <ThresholdForm onChange={onChange} />
      </header>

      <div className="review-lists">
        <section className="review-section" aria-labelledby="review-entities">
          <h3 id="review-entities">Entities ({draft.entities.length})</h3>
          <ul className="review-list">
            {draft.entities.map((entity) => (
              <EntityRow
                key={entity.id}
                entity={entity}
                entityTypes={draft.entityTypes}
                choices={entityChoices}
                onChange={onChange}
              />
            ))}
          </ul>
        </section>

        <section className="review-section" aria-labelledby="review-relations">
          <h3 id="review-relations">Relations ({draft.relations.length})</h3>
          {draft.relations.length === 0 && (
            <p className="muted">
              No sentence links two of the entities by a verb the draft knows.
            </p>
          )}
          <ul className="review-list">
            {draft.relations.map((relation) => (
              <RelationRow
                key={relation.id}
                relation={relation}
                fromLabel={labelOf(relation.from)}
                toLabel={labelOf(relation.to)}
                undirected={isUndirected(draft, relation)}
                text={draft.text}
                relationTypes={draft.relationTypes}
                onChange={onChange}
              />
            ))}
          </ul>
        </section>
      </div>

      <footer className="review-actions">
        {problems.length > 0 && (
          <div className="review-problems" role="alert">
            <p>
              <strong>The draft could not be opened.</strong> The dataset already open stays as it
              was.
            </p>
            <ul>
              {problems.slice(0, 20).map((problem, index) => (
                <li key={index}>
                  <code>{placeOf(problem)}</code> {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onBack}>
            Back to the notes
          </button>
          <button type="button" className="primary" onClick={open}>
            Open {summary.entities.accepted} entities and {summary.relations.opening} relations
          </button>
        </div>
      </footer>
    </div>
  );
}

/** "Accept all with confidence at least [50] %": the quick first pass. */
function ThresholdForm({ onChange }: { onChange: Change }) {
  const [percent, setPercent] = useState("50");
  const [message, setMessage] = useState("");
  return (
    <form
      className="review-threshold"
      onSubmit={(event) => {
        event.preventDefault();
        const value = Number(percent);
        if (percent.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100) {
          setMessage("write a number from 0 to 100");
          return;
        }
        setMessage("");
        onChange((draft) => applied(acceptByConfidence(draft, value / 100), draft));
      }}
    >
      <label htmlFor="review-threshold">Accept all with confidence at least</label>
      <span className="review-threshold-value">
        <input
          id="review-threshold"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={5}
          value={percent}
          aria-describedby={message ? "review-threshold-problem" : undefined}
          aria-invalid={message ? true : undefined}
          onChange={(event) => setPercent(event.target.value)}
        />
        %
      </span>
      <button type="submit">Apply</button>
      {message && (
        <span className="field-problem" id="review-threshold-problem" role="alert">
          {message}
        </span>
      )}
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// Entities

const EntityRow = memo(function EntityRow({
  entity,
  entityTypes,
  choices,
  onChange,
}: {
  entity: DraftEntity;
  entityTypes: readonly EntityType[];
  choices: readonly { id: string; label: string }[];
  onChange: Change;
}) {
  const id = useId();
  const accept = useRef<HTMLInputElement>(null);
  const [merging, setMerging] = useState(false);
  const { id: entityId } = entity;
  const focusAccept = () => requestAnimationFrame(() => accept.current?.focus());

  return (
    <li className={entity.accepted ? "review-row" : "review-row rejected"}>
      <div className="review-row-head">
        <label className="review-accept">
          <input
            ref={accept}
            id={`review-entity-${entityId}`}
            type="checkbox"
            checked={entity.accepted}
            onChange={(event) => {
              const accepted = event.target.checked;
              onChange((draft) => setEntityAccepted(draft, entityId, accepted));
            }}
          />
          <span className="review-name">{entity.label}</span>
        </label>
        {!entity.accepted && <span className="review-badge">rejected</span>}
        <Confidence value={entity.confidence} />
      </div>
      <div className="review-fields">
        <CommitField
          label={`Label of ${entity.label}`}
          visibleLabel="Label"
          value={entity.label}
          check={labelProblem}
          onCommit={(value) =>
            onChange((draft) => applied(setEntityLabel(draft, entityId, value), draft))
          }
        />
        <label className="review-field">
          <span>Type</span>
          <select
            value={entity.type}
            aria-label={`Type of ${entity.label}`}
            onChange={(event) => {
              const type = event.target.value;
              onChange((draft) => applied(setEntityType(draft, entityId, type), draft));
            }}
          >
            {entityTypes.map((type) => (
              <option key={type.id} value={type.id}>
                {type.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="review-why">{entity.why}</p>
      <ul className="review-names" aria-label={`Names of ${entity.label} in the notes`}>
        {entity.names.map((name, position) => (
          <li key={name.key}>
            <span className="review-name-text">“{name.text}”</span>{" "}
            <span className="muted">
              {name.mentions.length === 1 ? "1 mention" : `${name.mentions.length} mentions`}
            </span>
            {position > 0 && name.merged !== undefined && (
              <>
                {" "}
                <span className="review-merged">merged: {name.merged}</span>{" "}
                <button
                  type="button"
                  className="review-small"
                  aria-label={`Split out “${name.text}” from ${entity.label}`}
                  onClick={() => {
                    onChange((draft) => applied(splitName(draft, entityId, name.key), draft));
                    focusAccept();
                  }}
                >
                  Split out
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {merging ? (
        <MergeForm
          id={id}
          entity={entity}
          choices={choices}
          onCancel={() => setMerging(false)}
          onMerge={(intoId) => {
            onChange((draft) => applied(mergeEntities(draft, intoId, entityId), draft));
            // This row goes; the focus follows the entity it went into.
            requestAnimationFrame(() =>
              document.getElementById(`review-entity-${intoId}`)?.focus(),
            );
          }}
        />
      ) : (
        <button type="button" className="review-small" onClick={() => setMerging(true)}>
          {/* Read in full ("Merge Beria into…"), shown short: the row says whose it is. */}
          Merge <span className="visually-hidden">{entity.label}</span> into…
        </button>
      )}
    </li>
  );
});

function MergeForm({
  id,
  entity,
  choices,
  onCancel,
  onMerge,
}: {
  id: string;
  entity: DraftEntity;
  choices: readonly { id: string; label: string }[];
  onCancel: () => void;
  onMerge: (intoId: string) => void;
}) {
  const others = choices.filter((choice) => choice.id !== entity.id);
  const [into, setInto] = useState(others[0]?.id ?? "");
  return (
    <div className="review-merge" role="group" aria-label={`Merge ${entity.label}`}>
      <label htmlFor={`${id}-into`}>Merge {entity.label} into</label>
      <select
        id={`${id}-into`}
        value={into}
        // The person has just asked to merge: the choice is the next thing to make.
        autoFocus
        onChange={(event) => setInto(event.target.value)}
      >
        {others.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="review-small"
        disabled={into === ""}
        onClick={() => onMerge(into)}
      >
        Merge
      </button>
      <button type="button" className="review-small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Relations

const RelationRow = memo(function RelationRow({
  relation,
  fromLabel,
  toLabel,
  undirected,
  text,
  relationTypes,
  onChange,
}: {
  relation: DraftRelation;
  fromLabel: string;
  toLabel: string;
  undirected: boolean;
  text: string;
  relationTypes: readonly RelationType[];
  onChange: Change;
}) {
  const { id } = relation;
  const typeLabel = relationTypes.find((type) => type.id === relation.type)?.label ?? relation.type;
  const sentence = `${fromLabel} ${typeLabel} ${toLabel}`;
  const date = (field: "start" | "end") => (
    <CommitField
      label={`${field === "start" ? "Start" : "End"} of ${sentence}`}
      visibleLabel={field === "start" ? "Start" : "End"}
      value={relation[field] ?? ""}
      placeholder="YYYY-MM-DD"
      narrow
      check={(value) => dateProblem(relation, field, value)}
      onCommit={(value) =>
        onChange((draft) => applied(setRelationDate(draft, id, field, value), draft))
      }
    />
  );

  return (
    <li className={relation.accepted ? "review-row" : "review-row rejected"}>
      <div className="review-row-head">
        <label className="review-accept">
          <input
            type="checkbox"
            checked={relation.accepted}
            onChange={(event) => {
              const accepted = event.target.checked;
              onChange((draft) => setRelationAccepted(draft, id, accepted));
            }}
          />
          <span className="review-name">{sentence}</span>
        </label>
        {!relation.accepted && <span className="review-badge">rejected</span>}
        <Confidence value={relation.confidence} />
      </div>
      <div className="review-fields">
        <span className="review-end">{fromLabel}</span>
        <span aria-hidden="true">—</span>
        <select
          value={relation.type}
          aria-label={`Type of ${sentence}`}
          onChange={(event) => {
            const type = event.target.value;
            onChange((draft) => applied(setRelationType(draft, id, type), draft));
          }}
        >
          {relationTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
          {/* A type the draft does not declare is shown as it is, not as the list's first. */}
          {!relationTypes.some((type) => type.id === relation.type) && (
            <option value={relation.type}>{relation.type}</option>
          )}
        </select>
        <span aria-hidden="true">—</span>
        <span className="review-end">{toLabel}</span>
        {!undirected && (
          <button
            type="button"
            className="review-small"
            aria-label={`Reverse direction of ${sentence}`}
            onClick={() => onChange((draft) => applied(reverseRelation(draft, id), draft))}
          >
            Reverse direction
          </button>
        )}
      </div>
      <blockquote className="review-quote">
        <MarkedQuote text={text} quote={relation.quote} marks={relation.marks} />
      </blockquote>
      <div className="review-fields">
        {date("start")}
        {date("end")}
        <label className="review-field">
          <span>Certainty</span>
          <select
            value={relation.certainty}
            aria-label={`Certainty of ${sentence}`}
            onChange={(event) => {
              const certainty = event.target.value;
              onChange((draft) => applied(setRelationCertainty(draft, id, certainty), draft));
            }}
          >
            <option value="attested">attested</option>
            <option value="alleged">alleged</option>
          </select>
        </label>
      </div>
      <p className="review-why">
        {relation.why}
        {relation.dateWhy ? `; dates: ${relation.dateWhy}` : ""}
      </p>
    </li>
  );
});

/** The quoted sentence with its two names and its verb marked, each in words as well as looks. */
function MarkedQuote({
  text,
  quote,
  marks,
}: {
  text: string;
  quote: Span;
  marks: DraftRelation["marks"];
}) {
  const kinds = [
    { span: marks.from, kind: "from", said: "from: " },
    { span: marks.cue, kind: "cue", said: "verb: " },
    { span: marks.to, kind: "to", said: "to: " },
  ]
    .filter(
      ({ span }) => span.start >= quote.start && span.end <= quote.end && span.end > span.start,
    )
    .sort((a, b) => a.span.start - b.span.start);
  const parts: ReactNode[] = [];
  let at = quote.start;
  for (const { span, kind, said } of kinds) {
    // Overlapping marks (a name inside the verb phrase) keep the first: the text is never repeated.
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={kind} className={`quote-${kind}`}>
        <span className="visually-hidden">{said}</span>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  parts.push(text.slice(at, quote.end));
  return <>{parts}</>;
}

function Confidence({ value }: { value: number }) {
  return (
    <span className="review-confidence">
      <span className="visually-hidden">confidence </span>
      {confidenceWords(value)}
    </span>
  );
}

/**
 * A text field that commits when it is left or Enter is pressed, not on every key: a date typed
 * "1", "19", "192" is not wrong on its way to "1925", and a label's keystrokes would redraw the
 * list. A value `check` refuses keeps its message beside the field and changes nothing.
 */
function CommitField({
  label,
  visibleLabel,
  value,
  placeholder,
  narrow,
  check,
  onCommit,
}: {
  label: string;
  visibleLabel: string;
  value: string;
  placeholder?: string;
  narrow?: boolean;
  check: (value: string) => string | undefined;
  onCommit: (value: string) => void;
}) {
  const id = useId();
  const [typed, setTyped] = useState(value);
  const [problem, setProblem] = useState<string | undefined>();
  const [shown, setShown] = useState(value);
  // When the value changes from outside (a reversal, a merge) ⇒ show it, unless a refusal is up.
  if (shown !== value) {
    setShown(value);
    if (!problem) setTyped(value);
  }
  const commit = useCallback(() => {
    if (typed === value) {
      setProblem(undefined);
      return;
    }
    const refused = check(typed);
    setProblem(refused);
    if (!refused) onCommit(typed);
  }, [typed, value, check, onCommit]);

  return (
    <span className="review-field">
      <label htmlFor={id}>{visibleLabel}</label>
      <input
        id={id}
        className={narrow ? "narrow" : undefined}
        value={typed}
        placeholder={placeholder}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit();
          }
        }}
      />
      {problem && (
        <span className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
