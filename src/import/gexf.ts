/**
 * GEXF 1.2 and 1.3 (Gephi's format) ▶ raw nodes and edges.
 *
 * The DOM is checked and tidied before graphology-gexf reads it, because the library trusts its
 * input: it throws on a missing `<graph>`, a duplicate id or an unknown edge type, and it keys plain
 * objects by attribute names. So, first:
 * - every node needs an id, unique; every edge a source and a target (problems, with lines);
 * - attribute declarations named `__proto__`, `constructor` or `prototype` are removed with their
 *   values, and so are values of undeclared attributes (a note says how many);
 * - edge ids are removed: dramatis mints its own, and the library would merge two edges that share
 *   an id into one, losing one silently; the original id stays in the edge's place for messages;
 * - "mutual" edges become undirected (they are), unknown edge types fall back to the default.
 */
import Graph from "graphology";
import createGexfParser from "graphology-gexf/common/parser.js";
import { rawFromGraph, type DeclaredKinds, type NodeSite } from "./fromGraph";
import { readGexfTime } from "./gexfTime";
import { flattenNesting, memberOfEdges } from "./nesting";
import { quoted } from "../model/problem";
import { RESERVED_NAMES, type DeclaredKind, type NodeField, type RawResult } from "./raw";
import { attribute, childElements, localName, type DomParserConstructor } from "./xml";
import {
  assignSurrogateKeys,
  checkNodesAndEdges,
  elementsOf,
  openXmlGraph,
  type XmlLimits,
} from "./xmlGraph";
import { dramatisGexfToJson, isDramatisGexf } from "./dramatisGexf";

const EDGE_TYPES = new Set(["directed", "undirected"]);

export function readGexf(
  fileName: string,
  text: string,
  DomParser: DomParserConstructor,
  limits: XmlLimits,
): RawResult {
  const opened = openXmlGraph(fileName, text, DomParser, limits, "gexf", "<gexf>");
  if (!opened.ok) return opened;
  const { document, root, graphElement, tags } = opened;

  const notes: string[] = [];
  const version = attribute(root, "version") ?? versionFromNamespace(root.namespaceURI) ?? "1.2";
  if (!["1.1", "1.2", "1.3"].includes(version))
    notes.push(`GEXF version ${quoted(version)} was read as GEXF 1.3`);

  // Edge direction: graphology knows "directed" and "undirected"; GEXF also says "mutual".
  const defaultType = attribute(graphElement, "defaultedgetype");
  if (defaultType !== undefined && !EDGE_TYPES.has(defaultType)) {
    if (defaultType === "mutual") graphElement.setAttribute("defaultedgetype", "undirected");
    else {
      graphElement.removeAttribute("defaultedgetype");
      notes.push(`unknown defaultedgetype ${quoted(defaultType)}: edges read as undirected`);
    }
  }

  tidyAttributeModel(document, notes);

  const checked = checkNodesAndEdges(document, tags, "source", "target");
  if (!checked.ok) return checked;
  // Nested nodes are moved to the top before the library reads them, so that a group node's
  // values are its own and not its first child's; membership becomes relations below.
  const nesting = flattenNesting(graphElement, checked.nodes, "gexf");
  const time = readGexfTime(
    graphElement,
    checked.nodes.map(({ element }) => element),
    checked.edges.map(({ element }) => element),
  );
  // The file's own edge ids, kept for a file Dramatis wrote, whose edge ids are relation ids.
  const edgeIds = checked.edges.map((edge) => attribute(edge.element, "id"));
  for (const edge of checked.edges) {
    edge.element.removeAttribute("id");
    const type = attribute(edge.element, "type");
    if (type === undefined || EDGE_TYPES.has(type)) continue;
    if (type === "mutual") edge.element.setAttribute("type", "undirected");
    else edge.element.removeAttribute("type");
  }

  const nodes: NodeSite[] = checked.nodes.map(({ element, key, place }, index) => {
    const overrides = vizText(element);
    const itemTime = time.nodes[index];
    for (const [field, value] of itemTime?.dates ?? []) overrides.set(field, value);
    return {
      key: `n${index}`,
      original: key,
      place,
      overrides,
      ...(itemTime && itemTime.extras.length > 0 ? { extras: itemTime.extras } : {}),
    };
  });
  const originals = assignSurrogateKeys(checked.nodes, checked.edges, "source", "target");
  const parse = createGexfParser(DomParser, document.constructor);
  const graph = parse(Graph, document, { addMissingNodes: true });
  const dramatis = isDramatisGexf(graph)
    ? (dramatisGexfToJson(graph, originals, edgeIds) ?? undefined)
    : undefined;
  const raw = rawFromGraph(
    graph,
    nodes,
    checked.edges.map(({ place }) => place),
    originals,
    declaredKinds(document),
    time.edges.map((itemTime) => ({ overrides: itemTime.dates, extras: itemTime.extras })),
  );
  return {
    ok: true,
    ...(dramatis ? { dramatis } : {}),
    graph: {
      fileName,
      formatLabel: `GEXF ${version}`,
      title: textAttribute(graph.getAttribute("title")),
      description: textAttribute(graph.getAttribute("description")),
      nodes: raw.nodes,
      edges: [...raw.edges, ...memberOfEdges(nesting)],
      nodesFromEdges: false,
      nodeWord: "node",
      notes: [...notes, ...time.notes, ...nesting.notes, ...raw.notes],
    },
  };
}

/**
 * A node's `viz:position` and `viz:size` as the file writes them. The library reads them with `+x`,
 * which makes "left" and "NaN" alike; the text lets the problem say what the file holds. Found as
 * the library finds them: `viz:name`, then the viz namespace, then a bare `name`.
 */
function vizText(node: Element): Map<NodeField, { value: string; name: string }> {
  const found = new Map<NodeField, { value: string; name: string }>();
  // The node's own viz elements only: a nested node's are its own (see nesting.ts).
  const first = (name: string) =>
    childElements(node).find((child) => localName(child) === name.toLowerCase());
  const position = first("position");
  for (const axis of ["x", "y"] as const) {
    const value = position ? attribute(position, axis) : undefined;
    if (value) found.set(axis, { value, name: `viz:position ${axis}` });
  }
  const size = first("size");
  const sizeValue = size ? attribute(size, "value") : undefined;
  if (sizeValue) found.set("size", { value: sizeValue, name: "viz:size" });
  return found;
}

function versionFromNamespace(namespace: string | null): string | undefined {
  return /gexf\.net\/(1\.\d)/.exec(namespace ?? "")?.[1];
}

function textAttribute(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/**
 * Removes declarations whose id or title is a reserved name, and every value (`<attvalue>`) that
 * names no remaining declaration of its class (node or edge).
 */
function tidyAttributeModel(document: Document, notes: string[]): void {
  mergeAttributeGroups(document);
  const declared = { node: new Set<string>(), edge: new Set<string>() };
  const reserved: string[] = [];
  for (const group of elementsOf(document, "attributes")) {
    const kind = attribute(group, "class") === "edge" ? "edge" : "node";
    for (const declaration of elementsOf(group, "attribute")) {
      const id = attribute(declaration, "id") ?? attribute(declaration, "for") ?? "";
      const title = attribute(declaration, "title") ?? "";
      if (RESERVED_NAMES.has(id) || RESERVED_NAMES.has(title)) {
        reserved.push(RESERVED_NAMES.has(id) ? id : title);
        declaration.parentNode?.removeChild(declaration);
      } else declared[kind].add(id);
    }
  }
  let undeclared = 0;
  for (const value of elementsOf(document, "attvalue")) {
    const kind = owningKind(value);
    const id = attribute(value, "for") ?? attribute(value, "id") ?? "";
    if (kind !== undefined && declared[kind].has(id)) continue;
    if (!RESERVED_NAMES.has(id)) undeclared++;
    value.parentNode?.removeChild(value);
  }
  if (reserved.length > 0)
    notes.push(
      `attributes named ${[...new Set(reserved)].map((name) => quoted(name)).join(", ")} were ignored: the names are reserved`,
    );
  if (undeclared > 0)
    notes.push(
      `${undeclared} value${undeclared === 1 ? "" : "s"} of undeclared attributes ignored (each <attvalue> needs an <attribute> declaration)`,
    );
}

/**
 * A dynamic GEXF declares its static and its dynamic attributes in two `<attributes>` groups of one
 * class; graphology-gexf reads only the first, and refuses values of the second as undeclared. The
 * declarations are gathered into the first group of their class.
 */
function mergeAttributeGroups(document: Document): void {
  const first = new Map<string, Element>();
  for (const group of elementsOf(document, "attributes")) {
    const kind = attribute(group, "class") === "edge" ? "edge" : "node";
    const target = first.get(kind);
    if (!target) {
      first.set(kind, group);
      continue;
    }
    for (const declaration of elementsOf(group, "attribute")) target.appendChild(declaration);
    group.parentNode?.removeChild(group);
  }
}

/** Whether an `<attvalue>` belongs to a node or an edge: its nearest such ancestor. */
function owningKind(element: Element): "node" | "edge" | undefined {
  for (let at = element.parentNode; at; at = at.parentNode) {
    if (at.nodeType !== 1) continue;
    const name = localName(at as Element);
    if (name === "node" || name === "edge") return name;
  }
  return undefined;
}

/** GEXF attribute types ▶ the kinds an attribute is kept as. */
const GEXF_KINDS: Record<string, DeclaredKind> = {
  integer: "number",
  long: "number",
  float: "number",
  double: "number",
  short: "number",
  byte: "number",
  bigdecimal: "number",
  biginteger: "number",
  boolean: "boolean",
  date: "date",
};

/**
 * The declared type of each attribute, by the name graphology-gexf gives it: the title when the
 * id is a number (as networkx writes them), the id otherwise.
 */
function declaredKinds(document: Document): DeclaredKinds {
  const kinds = { node: new Map<string, DeclaredKind>(), edge: new Map<string, DeclaredKind>() };
  for (const group of elementsOf(document, "attributes")) {
    const kind = attribute(group, "class") === "edge" ? "edge" : "node";
    for (const declaration of elementsOf(group, "attribute")) {
      const id = attribute(declaration, "id") ?? attribute(declaration, "for") ?? "";
      const name = Number.isNaN(Number(id)) ? id : (attribute(declaration, "title") ?? id);
      const type = GEXF_KINDS[(attribute(declaration, "type") ?? "string").toLowerCase()];
      if (type) kinds[kind].set(name, type);
    }
  }
  return kinds;
}
