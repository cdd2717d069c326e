/**
 * Opening a network of one's own: a file picker in the top bar, and a drop anywhere on the page.
 * While the files are read, a progress bar; if they cannot be opened, every problem with its
 * place, over the dataset already open, which stays exactly as it was.
 */
import { useEffect, useRef, useState } from "react";
import { acceptList, formatsOffered } from "../import/formats";
import type { Progress } from "../import/progress";
import { placeOf, type Problem } from "../model/problem";

/**
 * What the formats' files are called, for the picker's filter: from the registry, whose entries
 * are light (their parsers load only in the import worker).
 */
export const ACCEPT = acceptList();

export function OpenButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="topbar-button" onClick={() => input.current?.click()}>
        Open…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        aria-label="Open a network file"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that picking the same file again still counts as a change.
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}

/** Listens for files dragged over the page and shows where to drop them. */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  const depth = useRef(0);

  // When files are dragged over the window ⇒ show the drop target; when dropped ⇒ open them.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current += 1;
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) onFiles(files);
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("dragover", onOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("drop", onDrop);
    };
  }, [onFiles]);

  if (!over) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <p>Drop to open: {formatsOffered()}; or notes (.txt, .md) to draft a network from</p>
    </div>
  );
}

export function ImportProgress({ name, progress }: { name: string; progress: Progress }) {
  return (
    <div className="import-progress" role="status">
      <span>
        Opening {name}: {progress.stage.toLowerCase()}…
      </span>
      <progress max={1} value={progress.fraction} aria-label={`Opening ${name}`} />
    </div>
  );
}

export function ImportProblems({
  name,
  problems,
  fix,
  onClose,
  onFix,
}: {
  name: string;
  problems: Problem[];
  fix: string | undefined;
  onClose: () => void;
  onFix: () => void;
}) {
  const close = useRef<HTMLButtonElement>(null);

  // When the problems show ⇒ put the focus in the dialog, on its way out.
  useEffect(() => close.current?.focus(), []);

  const listed = problems.slice(0, 200);
  return (
    <div className="dialog-backdrop">
      <section
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="import-title"
        className="dialog import-problems"
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id="import-title">{name} could not be opened</h2>
        <p>
          {problems.length === 1 ? "1 problem" : `${problems.length} problems`}, each with where it
          is. The dataset already open stays as it was.
        </p>
        <ul className="problems">
          {listed.map((problem, index) => (
            <li key={index}>
              <code className="problem-path">{placeOf(problem)}</code>{" "}
              <span className="problem-message">{problem.message}</span>
            </li>
          ))}
        </ul>
        {problems.length > listed.length && (
          <p className="muted">…and {problems.length - listed.length} more.</p>
        )}
        {fix && (
          <p className="fix-offer">
            <strong>{fix}</strong>
          </p>
        )}
        <div className="dialog-actions">
          {fix && (
            <button type="button" className="primary" onClick={onFix}>
              Open the rest
            </button>
          )}
          <button type="button" ref={close} onClick={onClose}>
            {fix ? "Keep the current dataset" : "Close"}
          </button>
        </div>
      </section>
    </div>
  );
}
