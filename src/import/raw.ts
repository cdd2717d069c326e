/**
 * The shape every foreign reader (CSV, GEXF, GraphML) produces and `convert.ts` turns into a
 * dataset: nodes and edges with their values as the file holds them, each value beside its place
 * in the file, so that a problem found while converting names the cell or element it comes from.
 */
import { quoted, type Problem } from "../model/problem";

/** Where a value stands and what the file calls it: `{ path: "relations.csv:12:3", name: "to" }`. */
export interface Origin {
  path: string;
  name: string;
}

/** The fields a node or an edge can give, by their dramatis names. */
export type NodeField =
  "id" | "label" | "type" | "aliases" | "summary" | "start" | "end" | "x" | "y" | "size" | "color";

export type EdgeField =
  | "id"
  | "from"
  | "to"
  | "type"
  | "directed"
  | "start"
  | "end"
  | "certainty"
  | "source"
  | "quote"
  | "note"
  | "color";

export interface RawItem<Field extends string> {
  /** The row or the element: `entities.csv:5`, `<node id="11"> line 14`. */
  place: string;
  /** Values as the file holds them: text from CSV; text, numbers, booleans or lists from XML. */
  values: ReadonlyMap<Field, unknown>;
  origins: ReadonlyMap<Field, Origin>;
  /** Everything else the file says of the item, kept as free attributes, in file order. */
  extras?: readonly RawAttribute[];
}

/** The kinds of value a file can declare for an attribute (GEXF and GraphML types, CSV columns). */
export type DeclaredKind = "string" | "number" | "boolean" | "date";

/** One value the format has no field for: a column, a `<data>`, an `<attvalue>`. */
export interface RawAttribute {
  /** As the file names it: the column header, the key's `attr.name`, the attribute's title. */
  name: string;
  value: unknown;
  origin: Origin;
  /** The type the file declares (or, for a CSV column, that every value in it has). */
  kind?: DeclaredKind;
}

export interface RawNode extends RawItem<NodeField> {
  /** The node's id as the file writes it (the label when a CSV has no id column). */
  key: string;
}

export interface RawEdge extends RawItem<EdgeField> {
  /** Ends as the file writes them. */
  from: string;
  to: string;
  /** Undirected edges give relation types that read the same from both ends. */
  directed: boolean;
}

export interface RawGraph {
  /** The file the network came from, for the dataset's id and title. */
  fileName: string;
  /** "GEXF 1.3", "a CSV pair" … for the dataset's description. */
  formatLabel: string;
  title?: string | undefined;
  description?: string | undefined;
  nodes: RawNode[];
  edges: RawEdge[];
  /** An edge list: the entities are the ends of the edges, in order of appearance. */
  nodesFromEdges: boolean;
  /** What the file calls its nodes, for messages: "entity" (CSV) or "node" (GEXF, GraphML). */
  nodeWord: "entity" | "node";
  /** The name of the file whose rows carry quotes, for a source that quotes naming none cite. */
  quoteFile?: string | undefined;
  notes: string[];
}

export type RawResult =
  | {
      ok: true;
      graph: RawGraph;
      /** A GEXF file Dramatis wrote: the dataset itself, as dramatis JSON with its texts. */
      dramatis?: { json: string; texts: { name: string; text: string }[] };
    }
  | { ok: false; problems: Problem[] };

/** Ids and attribute names that would reach into a JavaScript object's machinery if used as keys. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);

/** "a, b and 3 more": a few names of a long list, for a note. */
export function listSome(names: readonly string[], max = 5): string {
  const named = names.slice(0, max).map((name) => quoted(name));
  const rest = names.length - named.length;
  return rest > 0 ? `${named.join(", ")} and ${rest} more` : named.join(", ");
}
