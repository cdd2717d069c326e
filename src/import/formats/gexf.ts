/**
 * GEXF 1.2 and 1.3, Gephi's format. The reader (../gexf.ts, with graphology-gexf) is loaded only
 * when a file is read, so that the page's Open dialog, which reads this entry for its extensions,
 * carries no parser.
 *
 * Limits and notes: nodes, edges, declared attributes, `viz` colours, positions and sizes (Gephi's
 * layout is kept); a document type is refused before parsing; `<node>` and `<edge>` tags are
 * counted against the limits before the file is parsed; a GEXF that Dramatis wrote opens as the
 * very dataset it came from.
 */
import type { ImportFormat } from "../types";
import { sniffXml } from "./xmlNetwork";

export const gexfFormat: ImportFormat = {
  id: "gexf",
  expected: "GEXF (.gexf)",
  usage: ".gexf",
  extensions: ["gexf"],
  alsoOpens: ["xml"],
  kinds: [{ id: "gexf", name: "GEXF" }],
  sniff: (file) => sniffXml("gexf", file),
  async read(files, context) {
    const [{ readXmlNetwork }, { readGexf }] = await Promise.all([
      import("../xmlNetwork"),
      import("../gexf"),
    ]);
    return readXmlNetwork("gexf", files, context, readGexf);
  },
};
