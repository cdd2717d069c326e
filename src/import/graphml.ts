/**
 * GraphML ▶ raw nodes and edges.
 *
 * As with GEXF, the DOM is checked and tidied before graphology-graphml reads it. The library keys
 * plain objects by the `for` and `id` of each `<key>`: a key `for="__proto__"` would write onto
 * `Object.prototype` itself, and a `<data key="toString">` makes it call a function it did not
 * expect. So, first:
 * - keys are kept only for nodes, edges and the graph (`for="all"` becomes one key for nodes and
 *   one for edges); keys whose id or name is `__proto__`, `constructor` or `prototype` are removed
 *   with their data; a key without `attr.name` is named by its id; an unknown `attr.type` is text;
 * - data naming no key gets a text key of its own (the library would otherwise look the name up
 *   among an object's inherited properties);
 * - every node needs a unique id and every edge two ends (problems, with lines); edge ids are
 *   removed, as in GEXF, so that two edges sharing one are not merged into one;
 * - `directed="false"` edges in a directed graph stay undirected (the library reads only "true").
 */
import Graph from "graphology";
import createGraphmlParser from "graphology-graphml/common/parser.js";
import { normalizeName } from "./fields";
import { rawFromGraph, type DeclaredKinds } from "./fromGraph";
import { flattenNesting, memberOfEdges } from "./nesting";
import { readYedDrawing } from "./yed";
import { quoted } from "../model/problem";
import { RESERVED_NAMES, type DeclaredKind, type RawResult } from "./raw";
import {
  assignSurrogateKeys,
  checkNodesAndEdges,
  elementsOf,
  openXmlGraph,
  type XmlLimits,
} from "./xmlGraph";
import { attribute, localName, type DomParserConstructor } from "./xml";

type KeyDomain = "node" | "edge" | "graph";
const KEY_DOMAINS = new Set<string>(["node", "edge", "graph"]);
const KEY_TYPES = new Set(["boolean", "int", "long", "float", "double", "string"]);
const LAYOUT_NAMES = new Set(["x", "y", "size"]);

export function readGraphml(
  fileName: string,
  text: string,
  DomParser: DomParserConstructor,
  limits: XmlLimits,
): RawResult {
  const opened = openXmlGraph(fileName, text, DomParser, limits, "graphml", "<graphml> or <gexf>");
  if (!opened.ok) return opened;
  const { document, root, graphElement, tags } = opened;

  const notes: string[] = [];
  let edgeDefault = attribute(graphElement, "edgedefault") ?? "undirected";
  if (edgeDefault !== "directed" && edgeDefault !== "undirected") {
    notes.push(`unknown edgedefault ${quoted(edgeDefault)}: edges read as undirected`);
    edgeDefault = "undirected";
  }
  graphElement.setAttribute("edgedefault", edgeDefault);

  const kinds = declaredKinds(document);
  const hyperedges = elementsOf(document, "hyperedge");
  if (hyperedges.length > 0) {
    notes.push(
      `${hyperedges.length} hyperedge${hyperedges.length === 1 ? " was" : "s were"} not read: a relation joins two entities, and a hyperedge joins any number`,
    );
    for (const hyperedge of hyperedges) hyperedge.parentNode?.removeChild(hyperedge);
  }

  const checked = checkNodesAndEdges(document, tags, "source", "target");
  if (!checked.ok) return checked;
  // Read before the keys are tidied: yEd's drawing keys are removed with their data.
  const drawing = readYedDrawing(
    document,
    checked.nodes.map(({ element }) => element),
    checked.edges.map(({ element }) => element),
  );
  notes.push(...drawing.notes);
  tidyKeys(document, root, notes);
  trimTypedData(document);
  const nesting = flattenNesting(graphElement, checked.nodes, "graphml");
  const undirectedInDirected = checked.edges.some(
    ({ element }) => edgeDefault === "directed" && attribute(element, "directed") === "false",
  );
  for (const { element } of checked.edges) {
    element.removeAttribute("id");
    if (undirectedInDirected && attribute(element, "directed") !== "false")
      element.setAttribute("directed", "true");
  }
  if (undirectedInDirected) graphElement.setAttribute("edgedefault", "undirected");

  const nodes = checked.nodes.map(({ key, place }, index) => ({
    key: `n${index}`,
    original: key,
    place,
    overrides: drawing.nodes[index] ?? new Map(),
  }));
  const originals = assignSurrogateKeys(checked.nodes, checked.edges, "source", "target");
  const parse = createGraphmlParser(DomParser, document.constructor);
  const graph = parse(Graph, document, { addMissingNodes: true });
  const raw = rawFromGraph(
    graph,
    nodes,
    checked.edges.map(({ place }) => place),
    originals,
    kinds,
    drawing.edges.map((overrides) => ({ overrides })),
  );
  const graphText = (name: string) => {
    const value: unknown = graph.getAttribute(name);
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
  };
  return {
    ok: true,
    graph: {
      fileName,
      formatLabel: "GraphML",
      title: graphText("title") ?? graphText("name") ?? graphText("label"),
      description: graphText("description"),
      nodes: raw.nodes,
      edges: [...raw.edges, ...memberOfEdges(nesting)],
      nodesFromEdges: false,
      nodeWord: "node",
      notes: [...notes, ...nesting.notes, ...raw.notes],
    },
  };
}

function tidyKeys(document: Document, root: Element, notes: string[]): void {
  const declared: Record<KeyDomain, Set<string>> = {
    node: new Set(),
    edge: new Set(),
    graph: new Set(),
  };
  const reserved = new Set<string>();
  const otherDomains = new Set<string>();
  /** Ids of removed keys: their data goes with them. */
  const removed = new Set<string>();

  for (const key of elementsOf(document, "key")) {
    const id = attribute(key, "id") ?? "";
    const name = attribute(key, "attr.name") ?? id;
    const domain = attribute(key, "for") ?? "node";
    if (RESERVED_NAMES.has(id) || RESERVED_NAMES.has(name)) {
      reserved.add(RESERVED_NAMES.has(id) ? id : name);
      removed.add(id);
      key.parentNode?.removeChild(key);
      continue;
    }
    if (domain !== "all" && !KEY_DOMAINS.has(domain)) {
      otherDomains.add(domain);
      removed.add(id);
      key.parentNode?.removeChild(key);
      continue;
    }
    key.setAttribute("attr.name", name);
    // Layout numbers stay text, so that a problem can quote "left" rather than the library's NaN.
    const type = attribute(key, "attr.type") ?? "string";
    if (!KEY_TYPES.has(type) || LAYOUT_NAMES.has(normalizeName(name)))
      key.setAttribute("attr.type", "string");
    if (domain === "all") {
      key.setAttribute("for", "node");
      const forEdges = key.cloneNode(true) as Element;
      forEdges.setAttribute("for", "edge");
      key.parentNode?.insertBefore(forEdges, key.nextSibling);
      declared.node.add(id);
      declared.edge.add(id);
    } else {
      key.setAttribute("for", domain);
      declared[domain as KeyDomain].add(id);
    }
  }

  let undeclared = 0;
  for (const data of elementsOf(document, "data")) {
    const key = attribute(data, "key") ?? "";
    const domain = owningDomain(data);
    if (
      domain === undefined ||
      RESERVED_NAMES.has(key) ||
      (removed.has(key) && !declared[domain].has(key))
    ) {
      data.parentNode?.removeChild(data);
      continue;
    }
    if (declared[domain].has(key)) continue;
    const declaration = document.createElement("key");
    declaration.setAttribute("id", key);
    declaration.setAttribute("for", domain);
    declaration.setAttribute("attr.name", key);
    declaration.setAttribute("attr.type", "string");
    root.insertBefore(declaration, root.firstChild);
    declared[domain].add(key);
    undeclared++;
  }

  if (reserved.size > 0)
    notes.push(
      `keys named ${[...reserved].map((name) => quoted(name)).join(", ")} were ignored: the names are reserved`,
    );
  if (otherDomains.size > 0)
    notes.push(
      `keys for ${[...otherDomains].map((name) => quoted(name)).join(", ")} were ignored: only node, edge and graph data are read`,
    );
  if (undeclared > 0)
    notes.push(
      `${undeclared} data key${undeclared === 1 ? "" : "s"} without a <key> declaration read as text`,
    );
}

/**
 * Typed values written with spaces around them ("  true   ", "  2.0") are trimmed, since the
 * library reads "  true" as false; text values are left exactly as written.
 */
function trimTypedData(document: Document): void {
  const typed = new Set<string>();
  for (const key of elementsOf(document, "key"))
    if ((attribute(key, "attr.type") ?? "string") !== "string")
      typed.add(attribute(key, "id") ?? "");
  for (const data of elementsOf(document, "data")) {
    if (!typed.has(attribute(data, "key") ?? "")) continue;
    const text = data.textContent ?? "";
    if (text.trim() !== text) data.textContent = text.trim();
  }
}

/** Whether a `<data>` belongs to a node, an edge or a graph: its nearest such ancestor. */
function owningDomain(element: Element): KeyDomain | undefined {
  for (let at = element.parentNode; at; at = at.parentNode) {
    if (at.nodeType !== 1) continue;
    const name = localName(at as Element);
    if (name === "node" || name === "edge" || name === "graph") return name;
  }
  return undefined;
}

const GRAPHML_KINDS: Record<string, DeclaredKind> = {
  int: "number",
  long: "number",
  float: "number",
  double: "number",
  boolean: "boolean",
};

/** The declared `attr.type` of each key, by the name graphology-graphml gives it (`attr.name`). */
function declaredKinds(document: Document): DeclaredKinds {
  const kinds = { node: new Map<string, DeclaredKind>(), edge: new Map<string, DeclaredKind>() };
  for (const key of elementsOf(document, "key")) {
    const name = attribute(key, "attr.name") ?? attribute(key, "id") ?? "";
    const type = GRAPHML_KINDS[(attribute(key, "attr.type") ?? "string").toLowerCase()];
    if (!type) continue;
    const domain = attribute(key, "for") ?? "node";
    if (domain === "node" || domain === "all") kinds.node.set(name, type);
    if (domain === "edge" || domain === "all") kinds.edge.set(name, type);
  }
  return kinds;
}
