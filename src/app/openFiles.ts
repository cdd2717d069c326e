/**
 * Opens files a person picked or dropped: refuses what is too large before reading it, reads the
 * bytes, and hands them to the import worker, passing its progress on.
 */
import type { ImportResult } from "../import";
import type { Progress } from "../import/progress";
import { MAX_FILE_BYTES, tooLargeMessage } from "../import/limits";
import { askImportWorker } from "./askImportWorker";
import type { WorkerRequest } from "./importWorker";

export async function openFiles(
  files: readonly File[],
  onProgress: (progress: Progress) => void,
): Promise<ImportResult> {
  const tooLarge = files.filter((file) => file.size > MAX_FILE_BYTES);
  if (tooLarge.length > 0) {
    return {
      ok: false,
      format: null,
      problems: tooLarge.map((file) => ({
        code: "too-large",
        place: file.name,
        // Worded as the worker and the command line word it (import/limits.ts).
        message: tooLargeMessage(file.size, MAX_FILE_BYTES),
      })),
    };
  }
  onProgress({ stage: "Reading", fraction: 0.05 });
  const request: WorkerRequest = {
    type: "files",
    files: await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    ),
  };
  const answer = await askImportWorker(
    request,
    request.files.map((file) => file.bytes.buffer as ArrayBuffer),
    onProgress,
  );
  if (answer.type === "imported") return answer.result;
  const reason = answer.type === "failed" ? answer.reason : "the reader gave no import";
  return {
    ok: false,
    format: null,
    problems: [{ code: "unreadable", place: "(file)", message: `could not be read: ${reason}` }],
  };
}
