/**
 * Where a dataset comes from: the built-in one, bundled with the app, or a same-origin URL given
 * as `?data=`. A URL's file goes through the one boundary for untrusted data (model/load.ts), in
 * the import worker (src/app/fetchDataset.ts); the built-in one went through it when the app was
 * built (scripts/vite/builtInDataset.ts), which also laid it out, so the page draws it at once.
 */
import { dataset, sourceTexts } from "virtual:dramatis/built-in-dataset";
import type { LoadResult } from "../model/load";
import { askImportWorker } from "./askImportWorker";
import { URL_PATH } from "./urlPath";

export interface DatasetOrigin {
  /** What the reader is told the dataset is: "the built-in dataset" or the URL. */
  name: string;
  builtIn: boolean;
}

export function builtInOrigin(): DatasetOrigin {
  return { name: "the built-in dataset", builtIn: true };
}

export function loadBuiltIn(): Promise<LoadResult> {
  return Promise.resolve({ ok: true, loaded: { dataset, sourceTexts: new Map(sourceTexts) } });
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
    return { ok: false, problems: [{ path: URL_PATH, message: `"${address}" is not an address` }] };
  }
  if (url.origin !== window.location.origin) {
    return {
      ok: false,
      problems: [
        {
          path: URL_PATH,
          message: `only datasets on this site can be opened by link; ${url.origin} is another site`,
        },
      ],
    };
  }
  const answer = await askImportWorker({ type: "url", url: url.href }, [], () => {});
  if (answer.type === "fetched") return answer.result;
  const reason = answer.type === "failed" ? answer.reason : "the reader gave no dataset";
  return { ok: false, problems: [{ path: URL_PATH, message: `could not be opened: ${reason}` }] };
}
