/**
 * Where a dataset comes from: the built-in one, bundled with the app, or a same-origin URL given
 * as `?data=`. Both go through the same boundary (model/load.ts), so a broken file is answered
 * the same way whichever road it took.
 */
import builtInText from "../../data/post-stalin-power-struggle.json?raw";
import { loadDataset, type LoadResult } from "../model/load";

const builtInSources = import.meta.glob<string>("../../data/sources/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
});

export interface DatasetOrigin {
  /** What the reader is told the dataset is: "the built-in dataset" or the URL. */
  name: string;
  builtIn: boolean;
}

export function builtInOrigin(): DatasetOrigin {
  return { name: "the built-in dataset", builtIn: true };
}

export async function loadBuiltIn(): Promise<LoadResult> {
  return loadDataset(builtInText, async (relativePath) => {
    const text = builtInSources[`../../data/${relativePath}`];
    if (text === undefined) throw new Error(`no bundled file ${relativePath}`);
    return text;
  });
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
