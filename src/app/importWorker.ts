/**
 * Parses and checks dropped or picked files off the main thread, so that a large network does not
 * freeze the page while it is read; reports each stage as it goes. XML is parsed with xmldom here
 * (a worker has no DOMParser), the same parser the command-line validator uses, so the page and
 * `npm run validate` report a file the same way.
 */
import { DOMParser } from "@xmldom/xmldom";
import { importFiles, type ImportFile } from "../import";

export type WorkerRequest = { files: ImportFile[] };
export type WorkerMessage =
  | { type: "progress"; stage: string; fraction: number }
  | { type: "done"; result: Awaited<ReturnType<typeof importFiles>> };

const post = (message: WorkerMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  post({ type: "progress", stage: "Reading", fraction: 0.1 });
  importFiles(event.data.files, {
    domParser: DOMParser as unknown as new () => globalThis.DOMParser,
    onProgress: (stage: string, fraction: number) => post({ type: "progress", stage, fraction }),
  })
    .then((result) => post({ type: "done", result }))
    .catch((error: unknown) =>
      post({
        type: "done",
        result: {
          ok: false,
          format: null,
          problems: [{ path: "(file)", message: `could not be read: ${String(error)}` }],
        },
      }),
    );
});
