/**
 * Edge lists as network archives publish them: SNAP, KONECT, networkx's `write_edgelist` (two
 * ends a line separated by spaces or tabs, comments after `#` or `%`). The reader
 * (../textEdgeList.ts) needs no parsing library, so the page carries it with its sniff.
 *
 * Limits and notes: recognised by content, whatever the file's name (`.edgelist`, `.txt`, KONECT's
 * `out.*`), but never a `.csv` or `.tsv`, which CSV reads; lines are counted against the limits
 * before they are read; a weight and a time after the ends are kept as numbers.
 */
import { extensionOf } from "../sniff";
import { looksLikeTextEdgeList, readTextEdgeList } from "../textEdgeList";
import type { ImportFormat } from "../types";

export const textEdgeListFormat: ImportFormat = {
  id: "text-edge-list",
  expected: "an edge list (.edgelist, .txt: SNAP, KONECT)",
  usage: "an edge list .edgelist/.txt (SNAP, KONECT)",
  extensions: ["edgelist", "edges"],
  alsoOpens: ["txt", "el", "dat"],
  kinds: [{ id: "text-edge-list", name: "edge list" }],

  sniff({ name, text }) {
    const extension = extensionOf(name);
    if (extension === "csv" || extension === "tsv") return undefined;
    const first = text.trimStart().charAt(0);
    if (first === "<" || first === "{" || first === "[") return undefined;
    return looksLikeTextEdgeList(text) ? "content" : undefined;
  },

  async read(files, context) {
    const [file, ...others] = files;
    if (!file || others.length > 0)
      return {
        ok: false,
        format: "text-edge-list",
        problems: [
          {
            code: "file-combination",
            place: files.map((one) => one.name).join(", "),
            message: "an edge list holds the whole network: open it on its own",
          },
        ],
      };
    const result = readTextEdgeList(file.name, file.text, context.limits);
    if (!result.ok) return { ok: false, format: "text-edge-list", problems: result.problems };
    return context.convert("text-edge-list", { ok: true, graph: result.graph });
  },
};
