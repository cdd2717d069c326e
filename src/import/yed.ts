/**
 * yEd's drawing, read from GraphML's `<data>` that yEd (desktop: `yfiles.type` keys, `y:NodeLabel`,
 * `y:Geometry`, `y:Fill`) and yEd Live / yFiles for HTML (`y:attr.uri` keys, `y:Label.Text`,
 * `y:RectD`, a style's `fill`) write. A node's label, centre and fill colour, an edge's label (as
 * its relation) and line colour are read from the element's own data only; the rest of the drawing
 * (shapes, ports, label models, shared styles) has no place in a dataset and is said so in a note.
 * The data are then removed from the DOM, so that graphology-graphml does not read them as text.
 */
import type { EdgeField, NodeField } from "./raw";
import { attribute, childElements, localName } from "./xml";
import { elementsOf } from "./xmlGraph";

type Found<Field extends string> = Map<Field, { value: string; name: string }>;

export interface YedDrawing {
  nodes: Found<NodeField>[];
  edges: Found<EdgeField>[];
  notes: string[];
}

/** Keys that hold yFiles' drawing or view state rather than the user's data. */
function drawingKeys(document: Document): Set<string> {
  const keys = new Set<string>();
  for (const key of elementsOf(document, "key")) {
    const uri = attribute(key, "y:attr.uri") ?? attribute(key, "attr.uri") ?? "";
    if (attribute(key, "yfiles.type") !== undefined || uri.includes("yworks.com"))
      keys.add(attribute(key, "id") ?? "");
  }
  return keys;
}

/** Every element below `element` (itself excluded), depth first. */
function descendants(element: Element): Element[] {
  const found: Element[] = [];
  const walk = (at: Element) => {
    for (const child of childElements(at)) {
      found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

/** The text directly inside an element (yEd puts its label model as child elements after it). */
function ownText(element: Element): string {
  let text = "";
  const nodes = element.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node && (node.nodeType === 3 || node.nodeType === 4)) text += node.nodeValue ?? "";
  }
  return text.trim();
}

/** "#FFFF8C00" (yFiles for HTML writes alpha first) or "#FF8C00" ▶ "#ff8c00". */
function yColour(value: string | undefined): string | undefined {
  const hex = /^#([0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value?.trim() ?? "")?.[1];
  if (!hex) return undefined;
  return `#${(hex.length === 8 ? hex.slice(2) : hex).toLowerCase()}`;
}

function nodeDrawing(data: readonly Element[]): Found<NodeField> {
  const found: Found<NodeField> = new Map();
  const all = data.flatMap(descendants);
  const byName = (name: string) => all.filter((element) => localName(element) === name);
  const label =
    byName("nodelabel")
      .map(ownText)
      .find((text) => text !== "") ??
    byName("label.text")
      .map((element) => (element.textContent ?? "").trim())
      .find((text) => text !== "");
  if (label) found.set("label", { value: label, name: "yEd label" });
  const box = byName("geometry")[0] ?? byName("rectd")[0];
  if (box) {
    const number = (lower: string, upper: string) =>
      Number(attribute(box, lower) ?? attribute(box, upper));
    const [x, y, width, height] = [
      number("x", "X"),
      number("y", "Y"),
      number("width", "Width") || 0,
      number("height", "Height") || 0,
    ];
    // The centre, with y turned up: yEd draws y downwards, the graph view upwards.
    if (Number.isFinite(x) && Number.isFinite(y)) {
      found.set("x", { value: String(x + width / 2), name: "yEd geometry x" });
      found.set("y", { value: String(-(y + height / 2)), name: "yEd geometry y" });
    }
  }
  const fill = byName("fill").find(
    (element) => attribute(element, "hasColor") !== "false" && attribute(element, "color"),
  );
  const colour =
    yColour(fill ? attribute(fill, "color") : undefined) ??
    all.map((element) => yColour(attribute(element, "fill"))).find((value) => value);
  if (colour) found.set("color", { value: colour, name: "yEd fill" });
  return found;
}

function edgeDrawing(data: readonly Element[]): Found<EdgeField> {
  const found: Found<EdgeField> = new Map();
  const all = data.flatMap(descendants);
  const label =
    all
      .filter((element) => localName(element) === "edgelabel")
      .map(ownText)
      .find((text) => text !== "") ??
    all
      .filter((element) => localName(element) === "label.text")
      .map((element) => (element.textContent ?? "").trim())
      .find((text) => text !== "");
  if (label) found.set("type", { value: label, name: "yEd edge label" });
  const line = all.find((element) => localName(element) === "linestyle");
  const colour = yColour(line ? attribute(line, "color") : undefined);
  if (colour) found.set("color", { value: colour, name: "yEd line colour" });
  return found;
}

/** Reads and removes the drawing of the given node and edge elements. */
export function readYedDrawing(
  document: Document,
  nodeElements: readonly Element[],
  edgeElements: readonly Element[],
): YedDrawing {
  const keys = drawingKeys(document);
  if (keys.size === 0)
    return {
      nodes: nodeElements.map(() => new Map()),
      edges: edgeElements.map(() => new Map()),
      notes: [],
    };
  const own = (element: Element) =>
    childElements(element).filter(
      (child) => localName(child) === "data" && keys.has(attribute(child, "key") ?? ""),
    );
  const nodes = nodeElements.map((element) => nodeDrawing(own(element)));
  const edges = edgeElements.map((element) => edgeDrawing(own(element)));
  const names = new Set<string>();
  for (const key of elementsOf(document, "key"))
    if (keys.has(attribute(key, "id") ?? "")) {
      names.add(attribute(key, "attr.name") ?? attribute(key, "yfiles.type") ?? "");
      key.parentNode?.removeChild(key);
    }
  for (const data of elementsOf(document, "data"))
    if (keys.has(attribute(data, "key") ?? "")) data.parentNode?.removeChild(data);
  const read = nodes.filter((found) => found.size > 0).length;
  return {
    nodes,
    edges,
    notes: [
      `yEd drawing read for ${read} node${read === 1 ? "" : "s"} (labels, centres, fill colours) and edge labels; shapes, ports, styles and view state not kept (${[...names].filter(Boolean).slice(0, 6).join(", ")})`,
    ],
  };
}
