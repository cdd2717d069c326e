/**
 * The rules for reading an XML network, whichever dialect: it holds the whole network, so it is
 * opened on its own; XML of no known dialect is refused with its root element named (and a
 * document type first, as always); a GEXF that Dramatis wrote is the dataset itself. Loaded with
 * the dialect's reader, never by the page.
 */
import type { Problem } from "../model/problem";
import type { RawResult } from "./raw";
import { xmlRootName } from "./sniff";
import type { ImportResult, ReadContext, SniffedFile } from "./types";
import { documentTypeProblem, type DomParserConstructor } from "./xml";

/** A dialect's reader: gexf.ts's `readGexf`, graphml.ts's `readGraphml`. */
export type XmlReader = (
  fileName: string,
  text: string,
  domParser: DomParserConstructor,
  limits: ReadContext["limits"],
) => RawResult;

/** Reads the one file with the dialect's `read`, as `kind`. */
export function readXmlNetwork(
  kind: string,
  files: readonly SniffedFile[],
  context: ReadContext,
  read: XmlReader,
): Promise<ImportResult> | ImportResult {
  const [network, ...others] = files;
  if (!network || others.length > 0)
    return refused([
      {
        code: "file-combination",
        place: files.map((file) => file.name).join(", "),
        message: "a GEXF or GraphML file holds the whole network: open it on its own",
      },
    ]);
  if (network.claim === "guess") return refused(unknownXml(network));
  const raw = read(network.name, network.text, context.domParser, context.limits);
  if (raw.ok && raw.dramatis)
    // Written by Dramatis: the very dataset, read as dramatis JSON with its source texts.
    return context.openDataset(
      kind,
      { name: network.name, text: raw.dramatis.json },
      raw.dramatis.texts,
    );
  return context.convert(kind, raw);
}
function refused(problems: Problem[]): ImportResult {
  return { ok: false, format: null, problems };
}

/** XML of no known dialect; a document type is still refused first, and said so. */
function unknownXml(file: { name: string; text: string }): Problem[] {
  const doctype = documentTypeProblem(file.name, file.text);
  if (doctype) return [doctype];
  const root = xmlRootName(file.text.trimStart());
  return [
    {
      code: "unknown-format",
      place: file.name,
      message: `an XML file${root ? ` whose root element is <${root}>` : ""}: expected GEXF (<gexf>) or GraphML (<graphml>)`,
    },
  ];
}
