/**
 * Spreadsheets: an entities.csv and relations.csv pair, one edge list, or one list of entities.
 * The reader (../csv.ts, with papaparse) is loaded only when a file is read. CSV comes last in the
 * registry: it claims files by name or by a delimiter on their first line, the weakest evidence,
 * and it reads only tables, so any other file given with them is refused.
 *
 * Limits and notes: lines are counted against the limits before parsing; a text file (.txt, .md)
 * whose first line has a delimiter is read as CSV only when it is opened alone (with a dataset it
 * is a source text, beside a table it is a stray file).
 */
import { extensionOf } from "../sniff";
import type { ImportFormat } from "../types";

/** Text files that are read as a table only on their own. */
const TEXT_EXTENSIONS = new Set(["txt", "md", "text"]);

export const csvFormat: ImportFormat = {
  id: "csv",
  expected: "a CSV table (an edge list, or entities and relations)",
  usage: "a CSV edge list or entities.csv relations.csv",
  extensions: ["csv", "tsv"],
  alsoOpens: ["txt"],
  kinds: [
    { id: "edge-list", name: "CSV edge list" },
    { id: "csv-pair", name: "CSV pair" },
    { id: "entity-list", name: "CSV list of entities" },
    { id: "neo4j-csv", name: "Neo4j CSV export" },
  ],

  sniff({ name, text }, { alone }) {
    const start = text.trimStart();
    const first = start.charAt(0);
    // JSON and XML say what they are in their first character, whatever the name.
    if (first === "<" || first === "{" || first === "[") return undefined;
    const extension = extensionOf(name);
    if (extension === "csv" || extension === "tsv") return "name";
    // An edge list saved as .txt.
    if (alone && /^[^\n]*[,;\t|]/.test(start)) return "guess";
    if (TEXT_EXTENSIONS.has(extension) || extension === "xml") return undefined;
    const newline = start.indexOf("\n");
    return /[,;\t|]/.test(start.slice(0, newline === -1 ? 1000 : newline)) ? "guess" : undefined;
  },

  async read(files, context) {
    const strays = files.filter((file) => file.format !== csvFormat);
    if (strays.length > 0)
      return { ok: false, format: null, problems: strays.map(context.notANetworkFile) };
    const { readCsvFiles } = await import("../csv");
    const result = readCsvFiles(files, context.limits);
    if (!result.ok) return { ok: false, format: result.format, problems: result.problems };
    return context.convert(result.format, { ok: true, graph: result.graph });
  },
};
