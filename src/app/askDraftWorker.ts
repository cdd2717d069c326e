/**
 * Runs one draft in a fresh draft worker (src/app/draftWorker.ts) and gives back its answer, with
 * a way to cancel: cancelling ends the worker at once (drafting is one synchronous call that no
 * message could interrupt) and answers "cancelled". A worker that fails to start or dies is an
 * answer too, with the reason, so that the page can say what went wrong instead of waiting.
 */
import type { DraftProgress } from "../draft/types";
import type { DraftRequest, DraftWorkerMessage } from "./draftWorker";

export type DraftAnswer =
  | Exclude<DraftWorkerMessage, { type: "progress" }>
  | { type: "failed"; reason: string }
  | { type: "cancelled" };

export interface DraftJob {
  answer: Promise<DraftAnswer>;
  cancel: () => void;
}

export function askDraftWorker(
  request: DraftRequest,
  onProgress: (progress: DraftProgress) => void,
): DraftJob {
  let settle: (answer: DraftAnswer) => void = () => {};
  const answer = new Promise<DraftAnswer>((resolve) => {
    settle = resolve;
  });
  let worker: Worker | undefined;
  const finish = (result: DraftAnswer) => {
    worker?.terminate();
    worker = undefined;
    settle(result);
  };
  try {
    worker = new Worker(new URL("./draftWorker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<DraftWorkerMessage>) => {
      const message = event.data;
      if (message.type === "progress")
        onProgress({ stage: message.stage, fraction: message.fraction });
      else finish(message);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      finish({ type: "failed", reason: event.message || "drafting stopped unexpectedly" });
    });
    worker.addEventListener("messageerror", () =>
      finish({ type: "failed", reason: "the draft could not be passed back to the page" }),
    );
    worker.postMessage(request);
  } catch (error) {
    finish({ type: "failed", reason: `the drafting worker could not start: ${String(error)}` });
  }
  return { answer, cancel: () => finish({ type: "cancelled" }) };
}
