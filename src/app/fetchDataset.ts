/**
 * Fetches a `dramatis/1` dataset and the source texts it names (relative to it), and loads them
 * through the one boundary for untrusted data (model/load.ts). Runs in the import worker, so that
 * a large file linked with `?data=` is parsed and checked off the page's main thread.
 */
import { loadDataset, type LoadResult } from "../model/load";
import { fetchText, reasonOf } from "./fetchText";
import { URL_PATH } from "./urlPath";

export async function fetchDataset(url: URL): Promise<LoadResult> {
  let text: string;
  try {
    text = await fetchText(url);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          code: "unreadable",
          place: URL_PATH,
          message: `could not fetch ${url.pathname}: ${reasonOf(error)}`,
        },
      ],
    };
  }
  return loadDataset(text, (relativePath) => fetchText(new URL(relativePath, url)));
}
