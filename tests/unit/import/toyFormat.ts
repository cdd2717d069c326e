/**
 * A format that exists only for the tests: an adjacency list (`tiny.adj`), one node per line with
 * the nodes it points at, `khrushchev: beria, malenkov`. It is written as any format in
 * src/import/formats/ is, to prove that a new format is this one file plus one line in the list.
 */
import type { RawEdge, RawNode } from "../../../src/import/raw";
import type { ImportFormat } from "../../../src/import/types";

export const adjacencyFormat: ImportFormat = {
  id: "adjacency",
  expected: "an adjacency list (.adj)",
  usage: ".adj",
  extensions: ["adj"],
  kinds: [{ id: "adjacency", name: "adjacency list" }],

  sniff: ({ name }) => (name.toLowerCase().endsWith(".adj") ? "name" : undefined),

  async read(files, context) {
    const [file] = files;
    if (!file || files.length > 1)
      return {
        ok: false,
        format: "adjacency",
        problems: [{ code: "file-combination", place: "(file)", message: "one list at a time" }],
      };
    const nodes: RawNode[] = [];
    const edges: RawEdge[] = [];
    const lines = file.text.split("\n");
    for (const [index, line] of lines.entries()) {
      if (line.trim() === "") continue;
      const place = `${file.name}:${index + 1}`;
      const [key, targets] = line.split(":");
      if (targets === undefined)
        return {
          ok: false,
          format: "adjacency",
          problems: [{ code: "syntax", place, message: 'expected "node: other, other"' }],
        };
      const from = key?.trim() ?? "";
      nodes.push({ key: from, place, values: new Map(), origins: new Map() });
      for (const to of targets.split(",").map((target) => target.trim()))
        if (to !== "")
          edges.push({
            from,
            to,
            directed: true,
            place,
            values: new Map(),
            origins: new Map([["to", { path: place, name: to }]]),
          });
    }
    return context.convert("adjacency", {
      ok: true,
      graph: {
        fileName: file.name,
        formatLabel: "an adjacency list",
        nodes,
        edges,
        nodesFromEdges: false,
        nodeWord: "node",
        notes: [],
      },
    });
  },
};
