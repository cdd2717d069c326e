/**
 * Fetches a file linked with `?data=` and opens it the way Open… opens a file: a `dramatis/1`
 * dataset (with the source texts it names, fetched relative to it), or any other format the
 * import registry reads (GEXF, GraphML, CSV, a JSON network, an edge list), told apart by its
 * name and content. Runs in the import worker, so that a large file is parsed and checked off the
 * page's main thread, with xmldom as the XML parser, as for dropped files.
 */
import { DOMParser } from "@xmldom/xmldom";
import { importFiles } from "../import";
import type { DomParserConstructor } from "../import/xml";
import type { LoadResult } from "../model/load";
import { fetchText, reasonOf } from "./fetchText";
import { URL_PATH } from "./urlPath";

/** The file's bytes; throws "404 Not Found" and the like when the server does not give them. */
async function fetchBytes(url: URL): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchDataset(url: URL): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fetchBytes(url);
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
  // The name the format is told by, as a dropped file's: the last part of the address.
  const name = decodeURIComponent(url.pathname.split("/").pop() || "data");
  const result = await importFiles([{ name, bytes }], {
    domParser: DOMParser as unknown as DomParserConstructor,
    readSourceText: (relativePath) => fetchText(new URL(relativePath, url)),
  });
  // A fix the page would offer for a dropped file is not offered for a link: the problems stand.
  return result.ok ? { ok: true, loaded: result.loaded } : { ok: false, problems: result.problems };
}
