/**
 * A graphology graph read from GEXF or GraphML ▶ raw nodes and edges, each beside the element it
 * came from. The XML readers walk the DOM first (to check it and to know each element's line); the
 * graph gives the values as graphology-gexf / graphology-graphml read them (typed attributes,
 * defaults, `viz` colours, sizes and positions).
 */
import type { default as AbstractGraph } from "graphology-types";
import { EDGE_SYNONYMS, mapNames, NODE_SYNONYMS } from "./fields";
import {
  listSome,
  type DeclaredKind,
  type EdgeField,
  type NodeField,
  type Origin,
  type RawAttribute,
  type RawEdge,
  type RawNode,
} from "./raw";

/** A node element: its key in the graph, its id in the file, and its place. */
export interface NodeSite {
  key: string;
  original: string;
  place: string;
  /** Values read from the DOM as text, in place of the graph's (which turned "left" into NaN). */
  overrides?: ReadonlyMap<NodeField, { value: string; name: string }>;
  /** Attributes read from the DOM (numeric time), beside the graph's. */
  extras?: readonly RawAttribute[];
}

/** What the DOM says of an edge element beyond what the library reads (its time). */
export interface EdgeSite {
  overrides?: ReadonlyMap<EdgeField, { value: string; name: string }>;
  extras?: readonly RawAttribute[];
}

/** Keys the parsers set for drawing that have no place in a dataset; named in a note. */
const DRAWING_ONLY = new Set(["z", "shape", "thickness"]);

/** The types the file declares for its attributes, by the name the graph gives them. */
export interface DeclaredKinds {
  node: ReadonlyMap<string, DeclaredKind>;
  edge: ReadonlyMap<string, DeclaredKind>;
}

/**
 * `nodes` are the declared node elements in file order (the graph may hold more: the ends of edges
 * that point nowhere, which the conversion reports); `edgePlaces` are the edge elements in file
 * order, which is the graph's edge order, since every element adds one edge. `originals` maps the
 * graph's keys back to the ids the file writes.
 */
export function rawFromGraph(
  graph: AbstractGraph,
  nodes: readonly NodeSite[],
  edgePlaces: readonly string[],
  originals: ReadonlyMap<string, string>,
  kinds: DeclaredKinds = { node: new Map(), edge: new Map() },
  edgeSites: readonly (EdgeSite | undefined)[] = [],
): { nodes: RawNode[]; edges: RawEdge[]; notes: string[] } {
  const notes: string[] = [];
  const kept = (names: readonly string[], used: ReadonlyMap<string, number>) => {
    const usedIndices = new Set(used.values());
    return names.filter((name, index) => !usedIndices.has(index) && !DRAWING_ONLY.has(name));
  };

  const nodeNames = attributeNames(nodes.map(({ key }) => graph.getNodeAttributes(key)));
  const nodeMapping = mapNames(nodeNames, NODE_SYNONYMS);
  nodeMapping.byField.delete("id"); // the element's id is the key; an attribute "id" is not
  const nodeExtras = kept(nodeNames, nodeMapping.byField);
  const rawNodes = nodes.map(({ key, original, place, overrides, extras: domExtras }): RawNode => {
    const attributes = graph.getNodeAttributes(key);
    const fields = fieldsOf<NodeField>(attributes, nodeNames, nodeMapping.byField, place);
    for (const [field, { value, name }] of overrides ?? []) {
      fields.values.set(field, value);
      fields.origins.set(field, { path: place, name });
    }
    const extras = [
      ...extrasOf(attributes, nodeExtras, place, kinds.node),
      ...placed(domExtras, place),
    ];
    return { key: original, place, ...fields, ...(extras.length > 0 ? { extras } : {}) };
  });

  const edgeKeys = graph.edges();
  const edgeNames = attributeNames(edgeKeys.map((key) => graph.getEdgeAttributes(key)));
  const edgeMapping = mapNames(edgeNames, EDGE_SYNONYMS);
  for (const structural of ["id", "from", "to", "directed"] as const)
    edgeMapping.byField.delete(structural);
  const edgeExtras = kept(edgeNames, edgeMapping.byField);
  const rawEdges = edgeKeys.map((key, index): RawEdge => {
    const place = edgePlaces[index] ?? `edge ${index + 1}`;
    const [from, to] = [graph.source(key), graph.target(key)];
    const fields = fieldsOf<EdgeField>(
      graph.getEdgeAttributes(key),
      edgeNames,
      edgeMapping.byField,
      place,
    );
    // The ends are the element's `source` and `target` attributes.
    fields.origins.set("from", { path: place, name: "source" });
    fields.origins.set("to", { path: place, name: "target" });
    const site = edgeSites[index];
    for (const [field, { value, name }] of site?.overrides ?? []) {
      fields.values.set(field, value);
      fields.origins.set(field, { path: place, name });
    }
    const extras = [
      ...extrasOf(graph.getEdgeAttributes(key), edgeExtras, place, kinds.edge),
      ...placed(site?.extras, place),
    ];
    return {
      ...(extras.length > 0 ? { extras } : {}),
      from: originals.get(from) ?? from,
      to: originals.get(to) ?? to,
      directed: !graph.isUndirected(key),
      place,
      ...fields,
    };
  });

  if (nodeExtras.length > 0)
    notes.push(`node attributes kept as attributes: ${listSome(nodeExtras, 8)}`);
  if (edgeExtras.length > 0)
    notes.push(`edge attributes kept as attributes: ${listSome(edgeExtras, 8)}`);
  const drawingOnly = [...nodeNames, ...edgeNames].filter((name) => DRAWING_ONLY.has(name));
  if (drawingOnly.length > 0)
    notes.push(`drawing values not kept: ${listSome([...new Set(drawingOnly)], 8)}`);
  return { nodes: rawNodes, edges: rawEdges, notes };
}

/** Attributes read from the DOM, placed at their element. */
function placed(extras: readonly RawAttribute[] | undefined, place: string): RawAttribute[] {
  return (extras ?? []).map((extra) => ({ ...extra, origin: { path: place, name: extra.name } }));
}

/** The item's values for the names no field took, as free attributes. */
function extrasOf(
  attributes: Record<string, unknown>,
  names: readonly string[],
  place: string,
  kinds: ReadonlyMap<string, DeclaredKind>,
): RawAttribute[] {
  const extras: RawAttribute[] = [];
  for (const name of names) {
    if (!Object.hasOwn(attributes, name)) continue;
    const value = attributes[name];
    if (value === undefined || value === null || value === "") continue;
    const kind = kinds.get(name);
    extras.push({ name, value, origin: { path: place, name }, ...(kind ? { kind } : {}) });
  }
  return extras;
}

/** Every attribute name in use, in order of first appearance. */
function attributeNames(records: readonly Record<string, unknown>[]): string[] {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record)) names.add(name);
  return [...names];
}

function fieldsOf<Field extends string>(
  attributes: Record<string, unknown>,
  names: readonly string[],
  byField: ReadonlyMap<Field, number>,
  place: string,
): { values: Map<Field, unknown>; origins: Map<Field, Origin> } {
  const values = new Map<Field, unknown>();
  const origins = new Map<Field, Origin>();
  for (const [field, index] of byField) {
    const name = names[index];
    if (name === undefined) continue;
    origins.set(field, { path: place, name });
    if (!Object.hasOwn(attributes, name)) continue;
    const value = attributes[name];
    if (value !== undefined && value !== null && value !== "") values.set(field, value);
  }
  return { values, origins };
}
