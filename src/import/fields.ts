/**
 * Which column (CSV) or attribute (GEXF, GraphML) gives which dramatis field. People name their
 * columns as their spreadsheet or tool taught them ("Name", "Start Date", "modularity_class",
 * Gephi's "Source"/"Target"), so names are compared without case, spaces, "_", "-" or ".", and each
 * field has synonyms in order of preference; the first synonym found wins and a column is used once.
 */
import type { EdgeField, NodeField } from "./raw";

/** `Start Date`, `start_date`, `START-DATE` ▶ `startdate`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s_.\-\u00a0]+/g, "");
}

type Synonyms<Field extends string> = readonly (readonly [Field, readonly string[]])[];

export const NODE_SYNONYMS: Synonyms<NodeField> = [
  ["id", ["id", "key", "nodeid", "entityid", "identifier"]],
  ["label", ["label", "name", "title", "nodelabel", "displayname"]],
  [
    "type",
    [
      "type",
      // TinkerPop's vertex label, Neo4j's labels (":Person"): the kind of thing a node is.
      "labelv",
      "labels",
      "category",
      "kind",
      "class",
      "group",
      "entitytype",
      "nodetype",
      "modularityclass",
      "community",
      "cluster",
      "partition",
      // networkx's bipartite sets (0 and 1): two kinds of thing, such as songs and artists.
      "bipartite",
    ],
  ],
  ["aliases", ["aliases", "alias", "aka", "alsoknownas", "othernames"]],
  ["summary", ["summary", "description", "desc", "about", "note", "notes", "comment", "tooltip"]],
  ["start", ["start", "startdate", "begin", "since", "born"]],
  ["end", ["end", "enddate", "until", "died"]],
  ["x", ["x"]],
  ["y", ["y"]],
  ["size", ["size"]],
  ["color", ["color", "colour"]],
];

/**
 * Edge fields. `source` comes twice: Gephi's edge tables call the start of an edge "Source", while a
 * dramatis relations sheet uses it for the citation; `mapEdgeColumns` settles which it is.
 */
export const EDGE_SYNONYMS: Synonyms<EdgeField> = [
  ["id", ["id", "key", "edgeid", "relationid"]],
  ["from", ["from", "fromid", "subject", "actor", "head", "node1", "startnode", "sourceid"]],
  ["to", ["to", "toid", "target", "targetid", "object", "tail", "node2", "endnode"]],
  [
    "type",
    [
      "type",
      // TinkerPop's edge label; Neo4j's `_type` normalises to "type".
      "labele",
      "relation",
      "relationship",
      "relationtype",
      "edgetype",
      "kind",
      "predicate",
      "verb",
      "label",
    ],
  ],
  ["directed", ["directed", "direction"]],
  ["start", ["start", "startdate", "date", "begin", "when", "year", "time", "since"]],
  ["end", ["end", "enddate", "until"]],
  ["certainty", ["certainty", "confidence"]],
  ["source", ["source", "citation", "reference", "ref", "sourceurl", "url"]],
  ["quote", ["quote", "evidence", "excerpt", "quotation"]],
  ["note", ["note", "notes", "comment", "description"]],
  ["color", ["color", "colour"]],
];

export interface ColumnMapping<Field extends string> {
  /** Field ▶ index of the name that gives it. */
  byField: Map<Field, number>;
  /** Indices of names that give no field. */
  unused: number[];
}

/** Assigns names (by index) to fields; `skip` holds indices already spoken for. */
export function mapNames<Field extends string>(
  names: readonly string[],
  synonyms: Synonyms<Field>,
  skip: ReadonlySet<number> = new Set(),
): ColumnMapping<Field> {
  const normalized = names.map(normalizeName);
  const taken = new Set(skip);
  const byField = new Map<Field, number>();
  for (const [field, candidates] of synonyms) {
    for (const candidate of candidates) {
      const index = normalized.findIndex((name, i) => name === candidate && !taken.has(i));
      if (index === -1) continue;
      byField.set(field, index);
      taken.add(index);
      break;
    }
  }
  const unused = names.map((_, i) => i).filter((i) => !taken.has(i) && names[i]?.trim() !== "");
  return { byField, unused };
}

/**
 * Edge columns, with Gephi's conventions: a `Source` column is the start of the edge when no other
 * column is (and a `Target` or `to` column is there), else the citation; a `Type` column whose
 * values are all "Directed"/"Undirected" says the direction, and the relation type then comes from
 * `Label` or another synonym.
 */
export function mapEdgeColumns(
  names: readonly string[],
  columnValues: (index: number) => readonly string[],
): ColumnMapping<EdgeField> {
  let mapping = mapNames(names, EDGE_SYNONYMS);
  const sourceIndex = names.findIndex((name) => normalizeName(name) === "source");
  if (!mapping.byField.has("from") && sourceIndex !== -1 && mapping.byField.has("to")) {
    // "source" is the edge's start: map again with it taken as such.
    mapping = mapNames(names, EDGE_SYNONYMS, new Set([sourceIndex]));
    mapping.byField.set("from", sourceIndex);
  }
  const typeIndex = mapping.byField.get("type");
  if (typeIndex !== undefined && !mapping.byField.has("directed")) {
    const values = columnValues(typeIndex)
      .map((value) => value.trim().toLowerCase())
      .filter((value) => value !== "");
    if (values.length > 0 && values.every((value) => DIRECTION_WORDS.has(value))) {
      const skip = new Set([...mapping.byField.values()]);
      const retyped = mapNames(names, EDGE_SYNONYMS, skip);
      mapping.byField.set("directed", typeIndex);
      mapping.byField.delete("type");
      const label = retyped.byField.get("type");
      if (label !== undefined) mapping.byField.set("type", label);
      mapping.unused = mapping.unused.filter((i) => i !== label);
    }
  }
  return mapping;
}

/** The values of Gephi's `Type` column. */
const DIRECTION_WORDS: ReadonlySet<string> = new Set(["directed", "undirected", "mutual"]);

/** How a direction may be written, and what it means. */
export const DIRECTIONS: ReadonlyMap<string, boolean> = new Map([
  ["directed", true],
  ["undirected", false],
  ["mutual", false],
  ["true", true],
  ["false", false],
  ["yes", true],
  ["no", false],
  ["1", true],
  ["0", false],
]);
