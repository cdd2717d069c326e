/**
 * Runs one request in a fresh import worker (src/app/importWorker.ts) and gives back its answer;
 * the worker ends with the request. A worker that fails to start or dies is an answer too: the
 * reason, so that the caller can say what went wrong instead of waiting for ever.
 */
import type { WorkerMessage, WorkerRequest } from "./importWorker";

export type WorkerAnswer = Exclude<WorkerMessage, { type: "progress" }>;

export async function askImportWorker(
  request: WorkerRequest,
  transfer: Transferable[],
  onProgress: (progress: { stage: string; fraction: number }) => void,
): Promise<WorkerAnswer | { type: "failed"; reason: string }> {
  const worker = new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module" });
  try {
    return await new Promise((resolve) => {
      worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.type === "progress") onProgress(message);
        else resolve(message);
      });
      worker.addEventListener("error", (event) =>
        resolve({ type: "failed", reason: event.message || "the reader stopped unexpectedly" }),
      );
      worker.postMessage(request, transfer);
    });
  } finally {
    worker.terminate();
  }
}
