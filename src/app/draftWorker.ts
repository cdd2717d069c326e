/**
 * Drafts a network from notes off the main thread (src/draft/draft.ts): the language model takes
 * seconds to load and drafting is CPU-heavy, and the page must keep answering, its Cancel button
 * above all. The engine is imported on the first request rather than at the top, so that the
 * worker can say "loading the language model" while it loads; the model's code lands in this
 * worker's chunks and never in the page's bundle.
 */
import type { Problem } from "../model/problem";
import type { Draft, DraftProgress } from "../draft/types";

export interface DraftRequest {
  type: "draft";
  /** Already checked by notesFromText or notesFromBytes (src/draft/input.ts). */
  text: string;
  fileName?: string;
}

export type DraftWorkerMessage =
  | ({ type: "progress" } & DraftProgress)
  | { type: "drafted"; draft: Draft }
  | { type: "refused"; problem: Problem };

const post = (message: DraftWorkerMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener("message", (event: MessageEvent<DraftRequest>) => {
  const { text, fileName } = event.data;
  post({ type: "progress", stage: "Loading the language model", fraction: 0.02 });
  import("../draft/draft")
    .then(({ draftNotes }) => {
      const outcome = draftNotes(text, {
        ...(fileName === undefined ? {} : { fileName }),
        onProgress: (progress) => post({ type: "progress", ...progress }),
      });
      post(
        outcome.ok
          ? { type: "drafted", draft: outcome.draft }
          : { type: "refused", problem: outcome.problem },
      );
    })
    .catch((error: unknown) => {
      // Thrown, not refused: a fault in drafting, which the page reports as the worker failing.
      setTimeout(() => {
        throw error instanceof Error ? error : new Error(String(error));
      });
    });
});
