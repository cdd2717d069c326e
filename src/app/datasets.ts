/**
 * Where a dataset comes from: the built-in one, a file built beside the app, or a same-origin URL
 * given as `?data=`. A URL's file goes through the one boundary for untrusted data (model/load.ts), in
 * the import worker (src/app/fetchDataset.ts); the built-in one went through it when the app was
 * built (scripts/vite/builtInDataset.ts), which also laid it out, so the page draws it at once.
 */
import { builtInUrl, type BuiltInDataset } from "virtual:dramatis/built-in-dataset";
import type { LoadResult } from "../model/load";
import { askImportWorker } from "./askImportWorker";
import { fetchText, reasonOf } from "./fetchText";
import { URL_PATH } from "./urlPath";

/** Where a problem with the built-in dataset's file is reported. */
const BUILT_IN_PATH = "(built-in dataset)";

/**
 * The built-in dataset, from the file the build wrote beside the app. It was checked then, so it
 * is trusted as it is; only getting it can fail (a server that lost the file, a dropped network).
 */
export async function loadBuiltIn(): Promise<LoadResult> {
  const failed = (reason: string): LoadResult => ({
    ok: false,
    problems: [
      { code: "unreadable", place: BUILT_IN_PATH, message: `could not be loaded: ${reason}` },
    ],
  });
  let file: BuiltInDataset;
  try {
    file = JSON.parse(await fetchText(builtInUrl)) as BuiltInDataset;
  } catch (error) {
    // A SyntaxError means a server that answers every address with its home page, say.
    return failed(
      error instanceof SyntaxError
        ? "the server sent something other than the dataset"
        : reasonOf(error),
    );
  }
  return { ok: true, loaded: { dataset: file.dataset, sourceTexts: new Map(file.sourceTexts) } };
}

/**
 * Opens a dataset at a URL on this page's own origin. Other origins are refused: a shared link
 * must not make the page fetch from somewhere the reader did not choose.
 */
export async function loadFromUrl(address: string): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(address, window.location.href);
  } catch {
    return {
      ok: false,
      problems: [
        { code: "unreadable", place: URL_PATH, message: `"${address}" is not an address` },
      ],
    };
  }
  if (url.origin !== window.location.origin) {
    return {
      ok: false,
      problems: [
        {
          code: "unsafe",
          place: URL_PATH,
          message: `only datasets on this site can be opened by link; ${url.origin} is another site`,
        },
      ],
    };
  }
  const answer = await askImportWorker({ type: "url", url: url.href }, [], () => {});
  if (answer.type === "fetched") return answer.result;
  const reason = answer.type === "failed" ? answer.reason : "the reader gave no dataset";
  return {
    ok: false,
    problems: [{ code: "unreadable", place: URL_PATH, message: `could not be opened: ${reason}` }],
  };
}
