/**
 * Composition root: open a dataset (the built-in one, or `?data=URL`), then either show the
 * explorer on it or say exactly what is wrong with it. Files a person opens later replace it only
 * once they have been read and checked whole; until then, and if they fail, the dataset already
 * open stays exactly as it was.
 */
import { useCallback, useEffect, useState } from "react";
import { loadBuiltIn, loadFromUrl } from "./app/datasets";
import { isNotesFile } from "./app/notesOrNetwork";
import { openFiles } from "./app/openFiles";
import { useNotesDraft } from "./app/useNotesDraft";
import type { Progress } from "./import/progress";
import { timedAsync } from "./app/timing";
import { Explorer } from "./Explorer";
import type { LoadedDataset } from "./model/load";
import type { Problem } from "./model/schema";
import { DatasetErrorPage } from "./panels/DatasetErrorPage";
import { NewFromNotesButton, NotesDialog } from "./panels/NewFromNotes";
import { DropZone, ImportProblems, ImportProgress, OpenButton } from "./panels/OpenDataset";

type DatasetLoad =
  | { status: "loading" }
  /** `generation` remounts the explorer, so a new dataset starts from a clean state. */
  | { status: "ready"; loaded: LoadedDataset; generation: number }
  | { status: "failed"; origin: string; builtIn: boolean; problems: Problem[] };

type Import =
  | { status: "idle" }
  /** Opened, with anything the reader should know about how (texts not provided, ids renamed). */
  | { status: "opened"; name: string; notes: string[] }
  | { status: "reading"; name: string; progress: Progress }
  | {
      status: "failed";
      name: string;
      problems: Problem[];
      fix?: { description: string; loaded: LoadedDataset; notes: string[] };
    };

function describeFiles(files: readonly File[]): string {
  return files.length === 1 ? (files[0]?.name ?? "The file") : `${files.length} files`;
}

export function App() {
  const [load, setLoad] = useState<DatasetLoad>({ status: "loading" });
  const [importing, setImporting] = useState<Import>({ status: "idle" });
  const notes = useNotesDraft();
  const {
    session: notesSession,
    readFile: readNotesFile,
    finish: finishNotes,
    close: closeNotes,
  } = notes;

  // When the page opens ⇒ load the dataset its URL names, or the built-in one.
  useEffect(() => {
    let cancelled = false;
    const address = new URLSearchParams(window.location.search).get("data");
    const origin = address ? `The dataset at ${address}` : "The built-in dataset";
    timedAsync("dramatis:parse", () => (address ? loadFromUrl(address) : loadBuiltIn()))
      .then((result) => {
        if (cancelled) return;
        setLoad(
          result.ok
            ? { status: "ready", loaded: result.loaded, generation: 0 }
            : { status: "failed", origin, builtIn: !address, problems: result.problems },
        );
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setLoad({
          status: "failed",
          origin,
          builtIn: !address,
          problems: [
            {
              code: "unreadable",
              place: "(file)",
              message: `could not be opened: ${String(error)}`,
            },
          ],
        });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const show = useCallback((loaded: LoadedDataset, name?: string, notes: string[] = []) => {
    // The old view's selection, date and filters name things of the old dataset: start clean.
    window.history.pushState(null, "", window.location.pathname);
    setLoad((current) => ({
      status: "ready",
      loaded,
      generation: current.status === "ready" ? current.generation + 1 : 1,
    }));
    setImporting(name ? { status: "opened", name, notes } : { status: "idle" });
  }, []);

  const openNetworkFiles = useCallback(
    (files: File[]) => {
      const name = describeFiles(files);
      setImporting({ status: "reading", name, progress: { stage: "Reading", fraction: 0 } });
      openFiles(files, (progress) => setImporting({ status: "reading", name, progress }))
        .then((result) => {
          if (result.ok) show(result.loaded, name, result.notes);
          else {
            setImporting({
              status: "failed",
              name,
              problems: result.problems,
              fix: result.fix
                ? {
                    description: result.fix.description,
                    loaded: result.fix.loaded,
                    notes: result.fix.notes,
                  }
                : undefined,
            });
          }
        })
        .catch((error: unknown) =>
          setImporting({
            status: "failed",
            name,
            problems: [
              { code: "unreadable", place: name, message: `could not be read: ${String(error)}` },
            ],
          }),
        );
    },
    [show],
  );

  // A dropped file is notes to draft from, or a network to open (app/notesOrNetwork.ts says
  // which and why). While a draft is being made or reviewed, a drop does nothing: it would
  // replace work in progress.
  const drafting = notesSession.open && notesSession.state.step !== "writing";
  const onDrop = useCallback(
    (files: File[]) => {
      if (drafting) return;
      isNotesFile(files)
        .then((isNotes) => {
          const [file] = files;
          if (isNotes && file) readNotesFile(file);
          else {
            // The import's progress and problems show over the page, not over a modal dialog:
            // the notes dialog steps aside (its notes kept) for a network file.
            closeNotes();
            openNetworkFiles(files);
          }
        })
        .catch(() => openNetworkFiles(files));
    },
    [drafting, readNotesFile, closeNotes, openNetworkFiles],
  );

  const openDraft = useCallback(
    (loaded: LoadedDataset, title: string, openNotes: string[]) => {
      show(loaded, title, openNotes);
      finishNotes();
    },
    [show, finishNotes],
  );

  const importUi = (
    <>
      <DropZone onFiles={onDrop} />
      {notesSession.open && (
        <NotesDialog
          text={notesSession.text}
          fileName={notesSession.fileName}
          state={notesSession.state}
          onClose={notes.close}
          onText={notes.setText}
          onFile={notes.readFile}
          onDraft={notes.startDraft}
          onCancel={notes.cancelDraft}
          onBack={notes.backToNotes}
          onChangeDraft={notes.changeDraft}
          onOpen={openDraft}
        />
      )}
      {importing.status === "reading" && (
        <ImportProgress name={importing.name} progress={importing.progress} />
      )}
      {importing.status === "opened" && importing.notes.length > 0 && (
        <div className="import-notes" role="status">
          <p>
            Opened {importing.name}. {importing.notes.length === 1 ? "A note" : "Notes"} on how:
          </p>
          <ul>
            {importing.notes.slice(0, 20).map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setImporting({ status: "idle" })}>
            Dismiss
          </button>
        </div>
      )}
      {importing.status === "failed" && (
        <ImportProblems
          name={importing.name}
          problems={importing.problems}
          fix={importing.fix?.description}
          onClose={() => setImporting({ status: "idle" })}
          onFix={() =>
            importing.fix && show(importing.fix.loaded, importing.name, importing.fix.notes)
          }
        />
      )}
    </>
  );

  if (load.status === "loading") {
    return (
      <p className="loading" role="status">
        Opening the dataset…
      </p>
    );
  }
  if (load.status === "failed") {
    return (
      <>
        <DatasetErrorPage origin={load.origin} builtIn={load.builtIn} problems={load.problems} />
        {importUi}
      </>
    );
  }
  return (
    <>
      <Explorer
        key={load.generation}
        loaded={load.loaded}
        topbarActions={
          <>
            <NewFromNotesButton onClick={notes.show} />
            <OpenButton onFiles={openNetworkFiles} />
          </>
        }
      />
      {importUi}
    </>
  );
}
