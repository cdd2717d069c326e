/**
 * Fetches a `dramatis/1` dataset and the source texts it names (relative to it), and loads them
 * through the one boundary for untrusted data (model/load.ts). Runs in the import worker, so that
 * a large file linked with `?data=` is parsed and checked off the page's main thread.
 */
import { loadDataset, type LoadResult } from "../model/load";
import { URL_PATH } from "./urlPath";

async function fetchText(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return response.text();
}

export async function fetchDataset(url: URL): Promise<LoadResult> {
  let text: string;
  try {
    text = await fetchText(url);
  } catch (error) {
    return {
      ok: false,
      problems: [
        { path: URL_PATH, message: `could not fetch ${url.pathname}: ${reasonOf(error)}` },
      ],
    };
  }
  return loadDataset(text, (relativePath) => fetchText(new URL(relativePath, url)));
}

/** "404 Not Found" or "Failed to fetch", without the "Error: " of an Error's own text. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
