/**
 * Networks as JSON from other tools: networkx node-link data, Cytoscape.js and Cytoscape's
 * `.cyjs`, graphology's serialisation. The reader (../jsonGraph.ts, with graphology) is loaded
 * only when a file is read.
 *
 * Limits and notes: claimed by content (nodes with links or edges, or Cytoscape's elements), never
 * a JSON that names the dramatis format or has entities, which stays the dataset reader's; node and
 * edge counts are checked on the parsed JSON before the network is built.
 */
import type { ImportFormat } from "../types";
import { looksLikeGraphJson } from "./jsonSniff";

export const jsonGraphFormat: ImportFormat = {
  id: "json-graph",
  expected: "a JSON network (networkx node-link, Cytoscape.js, graphology)",
  usage: "a JSON network .json (networkx, Cytoscape.js, graphology)",
  extensions: ["cyjs"],
  alsoOpens: ["json"],
  kinds: [
    { id: "node-link", name: "networkx node-link JSON" },
    { id: "cytoscape", name: "Cytoscape.js JSON" },
    { id: "graphology", name: "graphology JSON" },
  ],

  sniff({ text }) {
    const first = text.trimStart().charAt(0);
    if (first !== "{" && first !== "[") return undefined;
    return looksLikeGraphJson(text) ? "content" : undefined;
  },

  async read(files, context) {
    const [file, ...others] = files;
    if (!file || others.length > 0)
      return {
        ok: false,
        format: null,
        problems: [
          {
            code: "file-combination",
            place: files.map((one) => one.name).join(", "),
            message: "a JSON network holds the whole network: open it on its own",
          },
        ],
      };
    let value: unknown;
    try {
      value = JSON.parse(file.text);
    } catch (error) {
      return {
        ok: false,
        format: null,
        problems: [
          {
            code: "syntax",
            place: file.name,
            message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      };
    }
    const { jsonGraphKind, readJsonGraph } = await import("../jsonGraph");
    const kind = jsonGraphKind(value);
    if (kind === undefined)
      return {
        ok: false,
        format: null,
        problems: [
          {
            code: "unknown-format",
            place: file.name,
            message:
              "JSON with nodes but no list of them Dramatis can read: expected networkx node-link (nodes, links), Cytoscape.js (elements) or graphology (nodes with keys, edges)",
          },
        ],
      };
    return context.convert(kind, readJsonGraph(file.name, value, kind, context.limits));
  },
};
