/**
 * GraphML. The reader (../graphml.ts, with graphology-graphml) is loaded only when a file is read,
 * so that the page's Open dialog, which reads this entry for its extensions, carries no parser.
 *
 * Limits and notes: nodes, edges, keyed data, colours, positions and sizes; keys for other
 * domains (hyperedges, ports) are ignored with a note; a document type is refused before parsing.
 */
import type { ImportFormat } from "../types";
import { sniffXml } from "./xmlNetwork";

export const graphmlFormat: ImportFormat = {
  id: "graphml",
  expected: "GraphML (.graphml)",
  usage: ".graphml",
  extensions: ["graphml"],
  alsoOpens: ["xml"],
  kinds: [{ id: "graphml", name: "GraphML" }],
  sniff: (file) => sniffXml("graphml", file),
  async read(files, context) {
    const [{ readXmlNetwork }, { readGraphml }] = await Promise.all([
      import("../xmlNetwork"),
      import("../graphml"),
    ]);
    return readXmlNetwork("graphml", files, context, readGraphml);
  },
};
