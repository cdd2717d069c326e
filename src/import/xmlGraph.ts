/**
 * The checks GEXF and GraphML share, on the DOM, before graphology reads it: every node has an id
 * and no other node has it, every edge names both ends. Each problem names the element and its line.
 */
import type { Problem, ProblemCode } from "../model/schema";
import { quoted } from "../model/problem";
import {
  attribute,
  checkBeforeParsing,
  elementPlace,
  localName,
  parseXml,
  TagLines,
  type DomParserConstructor,
} from "./xml";

export interface XmlLimits {
  maxEntities: number;
  maxRelations: number;
}

export interface NodeElement {
  element: Element;
  /** The id as the file writes it. */
  key: string;
  place: string;
}

export interface EdgeElement {
  element: Element;
  place: string;
}

/** At most this many problems of one kind are listed. */
const MAX_LISTED = 50;

/** An XML network file opened: its DOM, the line of each tag, and its first `<graph>`. */
export interface OpenedXmlGraph {
  document: Document;
  root: Element;
  graphElement: Element;
  tags: TagLines;
}

/**
 * The opening GEXF and GraphML share: refuse what must be refused before parsing (a document
 * type, too many tags), parse, then check the root element is `rootName` and that there is a
 * `<graph>`. `expected` is how the root refusal names what was wanted ("<gexf>").
 */
export function openXmlGraph(
  fileName: string,
  text: string,
  DomParser: DomParserConstructor,
  limits: XmlLimits,
  rootName: string,
  expected: string,
): ({ ok: true } & OpenedXmlGraph) | { ok: false; problems: Problem[] } {
  const tags = new TagLines(text);
  const refused = checkBeforeParsing(fileName, text, tags, limits);
  if (refused.length > 0) return { ok: false, problems: refused };
  const parsed = parseXml(fileName, text, DomParser);
  if (!parsed.ok) return parsed;
  const document = parsed.document;
  const root = document.documentElement;
  const place = elementPlace(root.nodeName, null, tags.line(root.nodeName, 0));
  if (localName(root) !== rootName)
    return {
      ok: false,
      problems: [
        {
          code: "unknown-format",
          place,
          message: `expected a ${expected} root element, found <${root.nodeName}>`,
        },
      ],
    };
  const graphElement = elementsOf(document, "graph")[0];
  if (!graphElement)
    return {
      ok: false,
      problems: [
        { code: "no-network", place, message: "no <graph> element: the file holds no network" },
      ],
    };
  return { ok: true, document, root, graphElement, tags };
}

/** `getElementsByTagName` as an array (a live list changes under removals). */
export function elementsOf(scope: Document | Element, tag: string): Element[] {
  const list = scope.getElementsByTagName(tag);
  const elements: Element[] = [];
  for (let i = 0; i < list.length; i++) {
    const element = list[i];
    if (element) elements.push(element);
  }
  return elements;
}

export function checkNodesAndEdges(
  document: Document,
  tags: TagLines,
  sourceAttribute: string,
  targetAttribute: string,
): { ok: true; nodes: NodeElement[]; edges: EdgeElement[] } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (place: string, message: string, code: ProblemCode = "missing-field") => {
    if (problems.length < MAX_LISTED) problems.push({ code, place, message });
  };

  const nodes: NodeElement[] = [];
  const firstLine = new Map<string, number | undefined>();
  elementsOf(document, "node").forEach((element, index) => {
    const line = tags.line("node", index);
    const key = attribute(element, "id");
    const place = elementPlace("node", key, line);
    if (key === undefined || key === "") {
      report(place, "no id: every node needs one");
      return;
    }
    if (firstLine.has(key)) {
      const first = firstLine.get(key);
      report(
        place,
        `duplicate id ${quoted(key)} (first used${first === undefined ? "" : ` at line ${first}`})`,
        "duplicate-id",
      );
      return;
    }
    firstLine.set(key, line);
    nodes.push({ element, key, place });
  });

  const edges: EdgeElement[] = [];
  elementsOf(document, "edge").forEach((element, index) => {
    const place = elementPlace("edge", attribute(element, "id"), tags.line("edge", index));
    for (const end of [sourceAttribute, targetAttribute])
      if (!attribute(element, end)) report(place, `no ${end}: every edge needs both ends`);
    edges.push({ element, place });
  });

  return problems.length > 0 ? { ok: false, problems } : { ok: true, nodes, edges };
}

/**
 * Gives every node a plain key (`n0`, `n1` …) in the DOM, and edges the same keys for their ends,
 * before graphology reads it: graphology indexes neighbours in plain objects keyed by node key, so
 * a node named "constructor" or "toString" makes it throw or return another node's edges. Ends that
 * name no node get keys of their own (`missing0` …), so that the conversion can report them.
 * Returns each key's original id.
 */
export function assignSurrogateKeys(
  nodes: readonly NodeElement[],
  edges: readonly EdgeElement[],
  sourceAttribute: string,
  targetAttribute: string,
): Map<string, string> {
  const originals = new Map<string, string>();
  const surrogates = new Map<string, string>();
  nodes.forEach((node, index) => {
    const surrogate = `n${index}`;
    surrogates.set(node.key, surrogate);
    originals.set(surrogate, node.key);
    node.element.setAttribute("id", surrogate);
  });
  let missing = 0;
  for (const { element } of edges)
    for (const end of [sourceAttribute, targetAttribute]) {
      const original = attribute(element, end) ?? "";
      let surrogate = surrogates.get(original);
      if (surrogate === undefined) {
        surrogate = `missing${missing++}`;
        surrogates.set(original, surrogate);
        originals.set(surrogate, original);
      }
      element.setAttribute(end, surrogate);
    }
  return originals;
}
