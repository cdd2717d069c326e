/**
 * "New from notes…": a person's own notes, pasted, picked or dropped, drafted into a network in a
 * worker (a progress bar and Cancel meanwhile), then reviewed (DraftReview.tsx) before it opens.
 * Every refusal (no text, not a text file, too long, names no one, a worker that failed) is said in
 * the dialog beside the notes, which stay as they were, and so does the dataset already open.
 *
 * The review screen, with the dataset builder and validator it needs to open a draft, is loaded
 * only once a draft is ready: the page's first bundle stays within its budget.
 */
import { lazy, Suspense, useEffect, useRef } from "react";
import type { Draft, DraftProgress } from "../draft/types";
import type { LoadedDataset } from "../model/load";
import { placeOf, type Problem } from "../model/problem";
import { Modal } from "./Modal";

const DraftReview = lazy(() => import("./DraftReview"));

/** What the file picker offers: plain text and Markdown. */
const NOTES_ACCEPT = ".txt,.md,.markdown,text/plain,text/markdown";

export function NewFromNotesButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" className="topbar-button" onClick={onClick}>
      {/* On a phone it shows as "New…" (sheet.css) and keeps its whole name for screen readers. */}
      New<span className="topbar-wide-only"> from notes</span>…
    </button>
  );
}

export type NotesDialogStep =
  | { step: "writing"; problem?: Problem }
  | { step: "drafting"; progress: DraftProgress }
  | { step: "reviewing"; draft: Draft };

export interface NotesDialogProps {
  text: string;
  fileName?: string;
  state: NotesDialogStep;
  onClose: () => void;
  onText: (text: string) => void;
  onFile: (file: File) => void;
  onDraft: () => void;
  onCancel: () => void;
  onBack: () => void;
  onChangeDraft: (change: (draft: Draft) => Draft) => void;
  /** Opens the accepted draft in the explorer, in place of the dataset open now. */
  onOpen: (loaded: LoadedDataset, title: string, notes: string[]) => void;
}

export function NotesDialog(props: NotesDialogProps) {
  const { state } = props;
  const reviewing = state.step === "reviewing";
  return (
    <Modal
      labelledBy={reviewing ? "draft-review-title" : "notes-title"}
      className={reviewing ? "draft-review" : "notes-dialog"}
      onClose={props.onClose}
    >
      {reviewing ? (
        <Suspense fallback={<p role="status">Opening the review…</p>}>
          <DraftReview
            draft={state.draft}
            onChange={props.onChangeDraft}
            onBack={props.onBack}
            onOpen={props.onOpen}
          />
        </Suspense>
      ) : (
        <NotesForm {...props} state={state} />
      )}
    </Modal>
  );
}

function NotesForm({
  text,
  fileName,
  state,
  onClose,
  onText,
  onFile,
  onDraft,
  onCancel,
}: NotesDialogProps & { state: Exclude<NotesDialogStep, { step: "reviewing" }> }) {
  const drafting = state.step === "drafting";
  const problem = state.step === "writing" ? state.problem : undefined;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const picker = useRef<HTMLInputElement>(null);

  // When drafting starts ⇒ focus Cancel (the one thing to do); when it ends ⇒ back to the notes.
  useEffect(() => {
    if (drafting) cancel.current?.focus();
    else textarea.current?.focus();
  }, [drafting]);

  return (
    <form
      className="notes-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!drafting) onDraft();
      }}
    >
      <h2 id="notes-title">New from notes</h2>
      <p className="muted" id="notes-hint">
        Paste your notes, choose a file, or drop a .txt or .md file here. The draft proposes people,
        bodies, offices and events, and the relations a sentence states between them, each citing
        its sentence. You review it before it opens; the network open now stays until then.
      </p>
      <label htmlFor="notes-text">Your notes{fileName ? ` (from ${fileName})` : ""}</label>
      <textarea
        id="notes-text"
        ref={textarea}
        value={text}
        readOnly={drafting}
        spellCheck={false}
        aria-describedby={problem ? "notes-hint notes-problem" : "notes-hint"}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => onText(event.target.value)}
      />
      <div className="notes-file">
        <button type="button" disabled={drafting} onClick={() => picker.current?.click()}>
          Choose a .txt or .md file…
        </button>
        <input
          ref={picker}
          type="file"
          accept={NOTES_ACCEPT}
          hidden
          aria-label="Choose a .txt or .md file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that picking the same file again still counts as a change.
            event.target.value = "";
            if (file) onFile(file);
          }}
        />
        <span className="muted">{words(text)}</span>
      </div>
      {problem && (
        <p className="notes-problem" id="notes-problem" role="alert">
          <strong>Cannot draft:</strong> {placeOf(problem)} {problem.message}.
        </p>
      )}
      {drafting ? (
        <div className="notes-progress" role="status">
          <label htmlFor="notes-progress-bar">
            Drafting: {state.progress.stage.toLowerCase()}…{" "}
            {Math.round(state.progress.fraction * 100)}%
          </label>
          <progress id="notes-progress-bar" max={1} value={state.progress.fraction} />
        </div>
      ) : null}
      <div className="dialog-actions">
        {drafting ? (
          <button type="button" ref={cancel} onClick={onCancel}>
            Cancel
          </button>
        ) : (
          <>
            <button type="button" onClick={onClose}>
              Close
            </button>
            <button type="submit" className="primary">
              Draft
            </button>
          </>
        )}
      </div>
    </form>
  );
}

/** "1,204 words": how much there is to draft, as the notes are typed. */
function words(text: string): string {
  const count = text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
  return `${count.toLocaleString("en")} word${count === 1 ? "" : "s"}`;
}
