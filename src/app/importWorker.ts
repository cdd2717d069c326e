/**
 * Parses and checks datasets off the main thread, so that a large network does not freeze the page
 * while it is read: files a person dropped or picked (reporting each stage as it goes), and a
 * dataset linked with `?data=`, which it fetches itself. XML is parsed with xmldom here (a worker
 * has no DOMParser), the same parser the command-line validator uses, so the page and
 * `npm run validate` report a file the same way.
 */
import { DOMParser } from "@xmldom/xmldom";
import { importFiles, type ImportFile, type ImportResult } from "../import";
import type { LoadResult } from "../model/load";
import type { Problem } from "../model/schema";
import { fetchDataset } from "./fetchDataset";

export type WorkerRequest =
  | { type: "files"; files: ImportFile[] }
  /** An absolute address the page has already checked is on its own origin. */
  | { type: "url"; url: string };

export type WorkerMessage =
  | { type: "progress"; stage: string; fraction: number }
  | { type: "imported"; result: ImportResult }
  | { type: "fetched"; result: LoadResult };

const post = (message: WorkerMessage) => (self as unknown as Worker).postMessage(message);

const unreadable = (error: unknown): Problem => ({
  code: "unreadable",
  place: "(file)",
  message: `could not be read: ${String(error)}`,
});

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "url") {
    fetchDataset(new URL(request.url))
      .then((result) => post({ type: "fetched", result }))
      .catch((error: unknown) =>
        post({ type: "fetched", result: { ok: false, problems: [unreadable(error)] } }),
      );
    return;
  }
  post({ type: "progress", stage: "Reading", fraction: 0.1 });
  importFiles(request.files, {
    domParser: DOMParser as unknown as new () => globalThis.DOMParser,
    onProgress: (stage: string, fraction: number) => post({ type: "progress", stage, fraction }),
  })
    .then((result) => post({ type: "imported", result }))
    .catch((error: unknown) =>
      post({
        type: "imported",
        result: { ok: false, format: null, problems: [unreadable(error)] },
      }),
    );
});
