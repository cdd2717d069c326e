/**
 * Nodes inside nodes: GEXF's hierarchies (`<node><nodes><node/>…`, or a `pid` naming the parent)
 * and GraphML's nested graphs (`<node><graph><node/>…`). Dramatis has no groups, so each group
 * stays an entity of its own and each member gets a "member of" relation to it.
 *
 * The nested elements are moved to the top of the graph before the graph libraries read it: they
 * collect a node's values from every element below it, so a group left holding its members would
 * take its first member's colour, position or summary, which is wrong data rather than missing.
 */
import { quoted } from "../model/problem";
import type { EdgeField, Origin, RawEdge } from "./raw";
import { attribute, childElements, localName } from "./xml";
import type { NodeElement } from "./xmlGraph";

export interface Membership {
  member: string;
  group: string;
  place: string;
}

export interface Nesting {
  members: Membership[];
  notes: string[];
}

/** Moves nested nodes (and a nested graph's edges) up to the top-level graph; says who was in what. */
export function flattenNesting(
  graphElement: Element,
  nodes: readonly NodeElement[],
  dialect: "gexf" | "graphml",
): Nesting {
  const members: Membership[] = [];
  const top =
    dialect === "gexf"
      ? childElements(graphElement).find((child) => localName(child) === "nodes")
      : graphElement;
  const edgesTop =
    dialect === "gexf"
      ? childElements(graphElement).find((child) => localName(child) === "edges")
      : graphElement;
  const known = new Set(nodes.map((node) => node.key));
  for (const { element, key, place } of nodes) {
    const parent = enclosingNode(element, graphElement);
    const group = parent ? attribute(parent, "id") : attribute(element, "pid");
    if (group !== undefined && group !== "" && known.has(group) && group !== key)
      members.push({ member: key, group, place });
    if (parent && top && element.parentNode !== top) top.appendChild(element);
  }
  // A nested GraphML graph's edges join the top graph's; then the empty containers go.
  if (dialect === "graphml" && edgesTop)
    for (const nested of nestedContainers(graphElement, "graph"))
      for (const edge of childElements(nested).filter((child) => localName(child) === "edge"))
        edgesTop.appendChild(edge);
  for (const nested of nestedContainers(graphElement, dialect === "gexf" ? "nodes" : "graph"))
    nested.parentNode?.removeChild(nested);
  const groups = new Set(members.map((membership) => membership.group));
  const notes =
    members.length === 0
      ? []
      : [
          `${members.length} node${members.length === 1 ? " is" : "s are"} nested in ${groups.size} group${groups.size === 1 ? "" : "s"} (${[
            ...groups,
          ]
            .slice(0, 3)
            .map((id) => quoted(id))
            .join(
              ", ",
            )}${groups.size > 3 ? " …" : ""}): each group is an entity, and each member has a "member of" relation to it`,
        ];
  return { members, notes };
}

/** The nearest `<node>` above an element, within the graph. */
function enclosingNode(element: Element, graphElement: Element): Element | undefined {
  for (let at = element.parentNode; at && at !== graphElement; at = at.parentNode)
    if (at.nodeType === 1 && localName(at as Element) === "node") return at as Element;
  return undefined;
}

/** Containers of the given name that sit inside a node. */
function nestedContainers(graphElement: Element, name: string): Element[] {
  const found: Element[] = [];
  const walk = (element: Element, insideNode: boolean) => {
    for (const child of childElements(element)) {
      const childName = localName(child);
      if (insideNode && childName === name) found.push(child);
      walk(child, insideNode || childName === "node");
    }
  };
  walk(graphElement, false);
  return found;
}

/** One "member of" relation per membership, placed at the member's element. */
export function memberOfEdges(nesting: Nesting): RawEdge[] {
  return nesting.members.map(({ member, group, place }) => {
    const origin: Origin = { path: place, name: "nesting" };
    return {
      from: member,
      to: group,
      directed: true,
      place,
      values: new Map<EdgeField, unknown>([["type", "member of"]]),
      origins: new Map<EdgeField, Origin>([
        ["type", origin],
        ["from", origin],
        ["to", origin],
      ]),
    };
  });
}
