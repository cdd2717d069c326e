/**
 * How a file claims to be one XML dialect (GEXF, GraphML), shared by their registry entries. The
 * rules for reading one are in ../xmlNetwork.ts, loaded with the dialect's reader: this file is
 * read by the Open dialog and must stay free of anything a reader uses.
 */
import { extensionOf, xmlRootName } from "../sniff";
import type { Claim } from "../types";

/**
 * The root element decides (`<gexf>`); else the extension (a truncated `.gexf` is still reported
 * as a broken GEXF); else any XML, or a `.xml`, is a guess: it is read by the first XML format in
 * the registry, which refuses it as XML of no known dialect unless a later format says it is its.
 */
export function sniffXml(
  dialect: string,
  { name, text }: { name: string; text: string },
): Claim | undefined {
  const start = text.trimStart();
  const extension = extensionOf(name);
  let claim: Claim | undefined;
  if (start.startsWith("<")) {
    if (xmlRootName(start) === dialect) claim = "content";
    else claim = extension === dialect ? "name" : "guess";
  } else if (extension === dialect) claim = "name";
  else if (extension === "xml") claim = "guess";
  return claim;
}
