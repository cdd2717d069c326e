/**
 * Where a dataset comes from: the built-in one, bundled with the app, or a same-origin URL given
 * as `?data=`. A URL's file goes through the one boundary for untrusted data (model/load.ts); the
 * built-in one went through it when the app was built (scripts/vite/builtInDataset.ts), which
 * also laid it out, so the page draws it at once.
 */
import { dataset, sourceTexts } from "virtual:dramatis/built-in-dataset";
import { loadDataset, type LoadResult } from "../model/load";

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

async function fetchText(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return response.text();
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
    return { ok: false, problems: [{ path: "(url)", message: `"${address}" is not an address` }] };
  }
  if (url.origin !== window.location.origin) {
    return {
      ok: false,
      problems: [
        {
          path: "(url)",
          message: `only datasets on this site can be opened by link; ${url.origin} is another site`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = await fetchText(url);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: "(url)", message: `could not fetch ${url.pathname}: ${String(error)}` }],
    };
  }
  return loadDataset(text, (relativePath) => fetchText(new URL(relativePath, url)));
}
