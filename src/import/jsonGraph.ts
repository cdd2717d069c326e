/**
 * Networks as JSON from the tools that write them ▶ raw nodes and edges:
 * - networkx's node-link data (`nodes` with `id`, `links` or `edges` with `source` and `target`;
 *   the d3 form names nodes by their place in the list instead);
 * - Cytoscape.js (and Cytoscape's `.cyjs`): elements with a `data` object, in a bare list, in
 *   `elements` (a list, or `nodes` and `edges`), or in top-level `nodes` and `edges`; compound
 *   `parent` nodes become groups with "member of" relations; `position` becomes the layout;
 * - graphology's serialisation (`nodes` with `key` and `attributes`, `edges` with `source`,
 *   `target`, `attributes` and `undirected`).
 * Their attributes are read through a graphology graph, like GEXF's and GraphML's (fromGraph.ts),
 * so that the same names give the same fields whatever the format.
 */
import Graph from "graphology";
import type { Problem } from "../model/problem";
import { isRecord } from "../model/record";
import { rawFromGraph, type NodeSite } from "./fromGraph";
import { formatCount } from "./limits";
import { RESERVED_NAMES, type EdgeField, type Origin, type RawEdge, type RawResult } from "./raw";

export type JsonGraphKind = "node-link" | "cytoscape" | "graphology";

export const JSON_GRAPH_NAMES: Record<JsonGraphKind, string> = {
  "node-link": "networkx node-link JSON",
  cytoscape: "Cytoscape.js JSON",
  graphology: "graphology JSON",
};

interface Item {
  key: string;
  attributes: Record<string, unknown>;
  place: string;
}

interface Link {
  from: unknown;
  to: unknown;
  directed: boolean;
  attributes: Record<string, unknown>;
  place: string;
}

interface Shape {
  kind: JsonGraphKind;
  nodes: Item[];
  edges: Link[];
  members: { member: string; group: string; place: string }[];
  title?: string;
  notes: string[];
}

/** Plain attributes only: reserved names are left out (and counted for a note). */
function attributesOf(value: unknown, dropped: { count: number }): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  if (!isRecord(value)) return attributes;
  for (const name of Object.keys(value)) {
    if (RESERVED_NAMES.has(name)) {
      dropped.count++;
      continue;
    }
    attributes[name] = value[name];
  }
  return attributes;
}

function listAt(value: unknown, key: string): unknown[] | undefined {
  if (!isRecord(value) || !Object.hasOwn(value, key)) return undefined;
  const list = value[key];
  return Array.isArray(list) ? list : undefined;
}

function without(record: Record<string, unknown>, names: readonly string[]) {
  return Object.fromEntries(Object.entries(record).filter(([name]) => !names.includes(name)));
}

/** Which of the JSON networks a parsed value is, or undefined. */
export function jsonGraphKind(value: unknown): JsonGraphKind | undefined {
  const elementsOf = (list: unknown[] | undefined) =>
    list !== undefined &&
    list.length > 0 &&
    list.every((item) => isRecord(item) && isRecord(item.data));
  if (Array.isArray(value)) return elementsOf(value) ? "cytoscape" : undefined;
  if (!isRecord(value)) return undefined;
  if (Object.hasOwn(value, "elements")) return "cytoscape";
  const nodes = listAt(value, "nodes");
  if (nodes === undefined) return undefined;
  if (elementsOf(nodes)) return "cytoscape";
  if (nodes.some((node) => isRecord(node) && Object.hasOwn(node, "key"))) return "graphology";
  if (listAt(value, "links") !== undefined || listAt(value, "edges") !== undefined)
    return "node-link";
  return nodes.length > 0 ? "node-link" : undefined;
}

function nodeLink(value: Record<string, unknown>, dropped: { count: number }): Shape {
  const directed = value.directed === true;
  const rawNodes = listAt(value, "nodes") ?? [];
  const linksKey = listAt(value, "links") !== undefined ? "links" : "edges";
  const rawLinks = listAt(value, linksKey) ?? [];
  const nodes = rawNodes.map((node, index): Item => {
    const attributes = attributesOf(node, dropped);
    const id = attributes.id;
    return {
      key: id === undefined || id === null ? String(index) : String(id),
      attributes: without(attributes, ["id"]),
      place: `nodes[${index}]`,
    };
  });
  // The d3 form: nodes without ids, links naming them by their place in the list.
  const byIndex = rawNodes.every((node) => !isRecord(node) || !Object.hasOwn(node, "id"));
  const edges = rawLinks.map((link, index): Link => {
    const attributes = attributesOf(link, dropped);
    const end = (raw: unknown) =>
      byIndex && typeof raw === "number" ? (nodes[raw]?.key ?? raw) : raw;
    return {
      from: end(attributes.source),
      to: end(attributes.target),
      directed,
      attributes: without(attributes, ["source", "target", "key"]),
      place: `${linksKey}[${index}]`,
    };
  });
  const graph = isRecord(value.graph) ? value.graph : {};
  const title = typeof graph.name === "string" && graph.name.trim() !== "" ? graph.name : undefined;
  return {
    kind: "node-link",
    nodes,
    edges,
    members: [],
    ...(title ? { title } : {}),
    notes: [
      ...(byIndex && rawLinks.length > 0
        ? ["links name their nodes by place in the list (the d3 form)"]
        : []),
      ...(value.directed === undefined
        ? ["the file does not say whether it is directed: read as undirected"]
        : []),
    ],
  };
}

function cytoscape(value: unknown, dropped: { count: number }): Shape {
  const elements: { element: unknown; place: string; group?: string }[] = [];
  const add = (list: unknown[] | undefined, path: string, group?: string) =>
    list?.forEach((element, index) =>
      elements.push({ element, place: `${path}[${index}]`, ...(group ? { group } : {}) }),
    );
  if (Array.isArray(value)) add(value, "elements");
  else if (isRecord(value)) {
    const inner = value.elements;
    if (Array.isArray(inner)) add(inner, "elements");
    else {
      const holder = isRecord(inner) ? inner : value;
      const prefix = isRecord(inner) ? "elements." : "";
      add(listAt(holder, "nodes"), `${prefix}nodes`, "nodes");
      add(listAt(holder, "edges"), `${prefix}edges`, "edges");
    }
  }
  const nodes: Item[] = [];
  const edges: Link[] = [];
  const members: Shape["members"] = [];
  for (const { element, place, group } of elements) {
    if (!isRecord(element)) continue;
    const data = attributesOf(element.data, dropped);
    const isEdge =
      element.group === "edges" ||
      group === "edges" ||
      (element.group !== "nodes" && data.source !== undefined && data.target !== undefined);
    const extra: Record<string, unknown> = {};
    if (typeof element.classes === "string" && element.classes.trim() !== "")
      extra.classes = element.classes;
    if (isEdge) {
      edges.push({
        from: data.source,
        to: data.target,
        directed: true,
        attributes: { ...without(data, ["source", "target", "id"]), ...extra },
        place,
      });
      continue;
    }
    const key = String(data.id ?? `${nodes.length}`);
    const position = isRecord(element.position) ? element.position : undefined;
    const layout =
      position && typeof position.x === "number" && typeof position.y === "number"
        ? // Cytoscape draws y downwards, the graph view upwards.
          { x: position.x, y: -position.y }
        : {};
    if (typeof data.parent === "string" && data.parent !== "")
      members.push({ member: key, group: data.parent, place });
    nodes.push({
      key,
      attributes: { ...without(data, ["id", "parent"]), ...layout, ...extra },
      place,
    });
  }
  const title =
    isRecord(value) && isRecord(value.data) && typeof value.data.name === "string"
      ? value.data.name
      : undefined;
  return {
    kind: "cytoscape",
    nodes,
    edges,
    members,
    ...(title ? { title } : {}),
    notes:
      members.length > 0
        ? [
            `${members.length} node${members.length === 1 ? " is" : "s are"} inside compound nodes: each compound node is an entity, and each member has a "member of" relation to it`,
          ]
        : [],
  };
}

function graphology(value: Record<string, unknown>, dropped: { count: number }): Shape {
  const options = isRecord(value.options) ? value.options : {};
  const undirectedGraph = options.type === "undirected";
  const nodes = (listAt(value, "nodes") ?? []).map((node, index): Item => ({
    key: isRecord(node) ? String(node.key) : String(index),
    attributes: attributesOf(isRecord(node) ? node.attributes : undefined, dropped),
    place: `nodes[${index}]`,
  }));
  const edges = (listAt(value, "edges") ?? []).map((edge, index): Link => {
    const record = isRecord(edge) ? edge : {};
    return {
      from: record.source,
      to: record.target,
      directed: !(undirectedGraph || record.undirected === true),
      attributes: attributesOf(record.attributes, dropped),
      place: `edges[${index}]`,
    };
  });
  const attributes = isRecord(value.attributes) ? value.attributes : {};
  const title = typeof attributes.title === "string" ? attributes.title : undefined;
  return { kind: "graphology", nodes, edges, members: [], ...(title ? { title } : {}), notes: [] };
}

/** Parsed JSON of a known kind ▶ raw nodes and edges. */
export function readJsonGraph(
  fileName: string,
  value: unknown,
  kind: JsonGraphKind,
  limits: { maxEntities: number; maxRelations: number },
): RawResult {
  const dropped = { count: 0 };
  const shape =
    kind === "cytoscape"
      ? cytoscape(value, dropped)
      : kind === "graphology"
        ? graphology(isRecord(value) ? value : {}, dropped)
        : nodeLink(isRecord(value) ? value : {}, dropped);
  const problems: Problem[] = [];
  if (shape.nodes.length > limits.maxEntities)
    problems.push({
      code: "too-large",
      place: fileName,
      message: `${formatCount(shape.nodes.length)} nodes; at most ${formatCount(limits.maxEntities)} entities can be opened`,
    });
  if (shape.edges.length > limits.maxRelations)
    problems.push({
      code: "too-large",
      place: fileName,
      message: `${formatCount(shape.edges.length)} edges; at most ${formatCount(limits.maxRelations)} relations can be opened`,
    });
  const seen = new Map<string, string>();
  for (const node of shape.nodes) {
    const first = seen.get(node.key);
    if (first !== undefined && problems.length < 50)
      problems.push({
        code: "duplicate-id",
        place: `${fileName}: ${node.place}`,
        message: `duplicate id ${JSON.stringify(node.key)} (first at ${first})`,
      });
    else seen.set(node.key, node.place);
  }
  for (const edge of shape.edges)
    for (const [end, name] of [
      [edge.from, "source"],
      [edge.to, "target"],
    ] as const)
      if ((typeof end !== "string" && typeof end !== "number") || String(end) === "")
        if (problems.length < 50)
          problems.push({
            code: "missing-field",
            place: `${fileName}: ${edge.place}`,
            message: `no ${name}: every edge needs both ends`,
          });
  if (problems.length > 0) return { ok: false, problems };

  // Through a graphology graph, so that attributes map to fields as for GEXF and GraphML.
  const graph = new Graph({ multi: true, allowSelfLoops: true, type: "mixed" });
  const originals = new Map<string, string>();
  const surrogate = new Map<string, string>();
  const sites: NodeSite[] = shape.nodes.map((node, index) => {
    const key = `n${index}`;
    graph.addNode(key, node.attributes);
    originals.set(key, node.key);
    surrogate.set(node.key, key);
    return { key, original: node.key, place: `${fileName}: ${node.place}` };
  });
  let missing = 0;
  const keyOf = (end: unknown) => {
    const original = String(end);
    let key = surrogate.get(original);
    if (key === undefined) {
      // An end that names no node: kept, so that the conversion reports it (with a fix).
      key = `missing${missing++}`;
      surrogate.set(original, key);
      originals.set(key, original);
      graph.addNode(key);
    }
    return key;
  };
  for (const edge of shape.edges) {
    const [from, to] = [keyOf(edge.from), keyOf(edge.to)];
    if (edge.directed) graph.addDirectedEdge(from, to, edge.attributes);
    else graph.addUndirectedEdge(from, to, edge.attributes);
  }
  const raw = rawFromGraph(
    graph,
    sites,
    shape.edges.map((edge) => `${fileName}: ${edge.place}`),
    originals,
  );
  const memberEdges: RawEdge[] = shape.members.map(({ member, group, place }) => {
    const origin: Origin = { path: `${fileName}: ${place}`, name: "parent" };
    return {
      from: member,
      to: group,
      directed: true,
      place: origin.path,
      values: new Map<EdgeField, unknown>([["type", "member of"]]),
      origins: new Map<EdgeField, Origin>([
        ["type", origin],
        ["to", origin],
      ]),
    };
  });
  return {
    ok: true,
    graph: {
      fileName,
      formatLabel: JSON_GRAPH_NAMES[kind],
      ...(shape.title ? { title: shape.title } : {}),
      nodes: raw.nodes,
      edges: [...raw.edges, ...memberEdges],
      nodesFromEdges: false,
      nodeWord: "node",
      notes: [
        ...shape.notes,
        ...(dropped.count > 0
          ? [
              `${dropped.count} attribute${dropped.count === 1 ? "" : "s"} with a reserved name (__proto__, constructor, prototype) not kept`,
            ]
          : []),
        ...raw.notes,
      ],
    },
  };
}
