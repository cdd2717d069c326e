/**
 * Where "New from notes" stands: the notes being written or dropped, the draft being made in its
 * worker, or the draft under review; and whether its dialog is showing. Closing the dialog hides
 * it without losing anything but a draft in progress (closing cancels the worker): the notes and a
 * review half done are there when it opens again. Nothing here touches the dataset already open;
 * only App's `show`, called from the review screen, replaces it.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Problem } from "../model/problem";
import { notesFromBytes, notesFromText } from "../draft/input";
import type { Draft, DraftProgress } from "../draft/types";
import { askDraftWorker, type DraftJob } from "./askDraftWorker";

export type NotesStep =
  | { step: "writing"; problem?: Problem }
  | { step: "drafting"; progress: DraftProgress }
  | { step: "reviewing"; draft: Draft };

export interface NotesSession {
  open: boolean;
  /** The notes as the textarea holds them: kept through a cancel, a failure and a review. */
  text: string;
  /** The file the notes came from (a correction typed into them keeps it): the source's name. */
  fileName?: string;
  state: NotesStep;
}

/** How pasted notes are named in a message: "What you pasted has no text to draft from". */
export const PASTED = "What you pasted";

export interface NotesDraftControls {
  session: NotesSession;
  show: () => void;
  close: () => void;
  setText: (text: string) => void;
  /** Reads a picked or dropped file into the textarea, or says why it cannot. */
  readFile: (file: File) => void;
  startDraft: () => void;
  cancelDraft: () => void;
  backToNotes: () => void;
  changeDraft: (change: (draft: Draft) => Draft) => void;
  /** After the draft has opened in the explorer: a next "New from notes" starts afresh. */
  finish: () => void;
}

const WRITING: NotesStep = { step: "writing" };

export function useNotesDraft(): NotesDraftControls {
  const [session, setSession] = useState<NotesSession>({ open: false, text: "", state: WRITING });
  const job = useRef<DraftJob | null>(null);

  const stopJob = useCallback(() => {
    job.current?.cancel();
    job.current = null;
  }, []);

  // When the page goes away ⇒ end a draft in progress with it.
  useEffect(() => stopJob, [stopJob]);

  const show = useCallback(() => setSession((current) => ({ ...current, open: true })), []);

  const close = useCallback(() => {
    stopJob();
    setSession((current) => ({
      ...current,
      open: false,
      state: current.state.step === "drafting" ? WRITING : current.state,
    }));
  }, [stopJob]);

  const setText = useCallback(
    (text: string) => setSession((current) => ({ ...current, text, state: WRITING })),
    [],
  );

  const readFile = useCallback((file: File) => {
    const failed = (problem: Problem) =>
      setSession((current) => ({ ...current, open: true, state: { step: "writing", problem } }));
    file
      .arrayBuffer()
      .then((buffer) => {
        const read = notesFromBytes(new Uint8Array(buffer), file.name);
        if (!read.ok) return failed(read.problem);
        setSession({ open: true, text: read.text, fileName: file.name, state: WRITING });
      })
      .catch((error: unknown) =>
        failed({
          code: "unreadable",
          place: file.name,
          message: `could not be read: ${String(error)}`,
        }),
      );
  }, []);

  const startDraft = useCallback(() => {
    const { text, fileName } = session;
    const checked = notesFromText(text, fileName ?? PASTED);
    if (!checked.ok) {
      setSession((current) => ({
        ...current,
        state: { step: "writing", problem: checked.problem },
      }));
      return;
    }
    stopJob();
    setSession((current) => ({
      ...current,
      state: { step: "drafting", progress: { stage: "Starting", fraction: 0 } },
    }));
    const started = askDraftWorker(
      { type: "draft", text: checked.text, ...(fileName === undefined ? {} : { fileName }) },
      (progress) =>
        setSession((current) =>
          current.state.step === "drafting"
            ? { ...current, state: { step: "drafting", progress } }
            : current,
        ),
    );
    job.current = started;
    void started.answer.then((answer) => {
      if (job.current !== started) return;
      job.current = null;
      if (answer.type === "cancelled") return;
      const state: NotesStep =
        answer.type === "drafted"
          ? { step: "reviewing", draft: answer.draft }
          : answer.type === "refused"
            ? {
                step: "writing",
                // Pasted notes have no file name: the engine calls them notes.txt, a person does not.
                problem:
                  fileName === undefined && "place" in answer.problem
                    ? { ...answer.problem, place: PASTED }
                    : answer.problem,
              }
            : {
                step: "writing",
                problem: {
                  code: "unreadable",
                  place: fileName ?? PASTED,
                  message: `could not be drafted: ${answer.reason}`,
                },
              };
      setSession((current) => ({ ...current, state }));
    });
  }, [session, stopJob]);

  const cancelDraft = useCallback(() => {
    stopJob();
    setSession((current) => ({ ...current, state: WRITING }));
  }, [stopJob]);

  const backToNotes = useCallback(
    () => setSession((current) => ({ ...current, state: WRITING })),
    [],
  );

  const changeDraft = useCallback(
    (change: (draft: Draft) => Draft) =>
      setSession((current) =>
        current.state.step === "reviewing"
          ? { ...current, state: { step: "reviewing", draft: change(current.state.draft) } }
          : current,
      ),
    [],
  );

  const finish = useCallback(() => setSession({ open: false, text: "", state: WRITING }), []);

  return {
    session,
    show,
    close,
    setText,
    readFile,
    startDraft,
    cancelDraft,
    backToNotes,
    changeDraft,
    finish,
  };
}
