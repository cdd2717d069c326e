/**
 * When two entities are not connected under the current filters, date, focus and direction:
 * which single change would connect them, each with the action that makes it. Each candidate's
 * picture is computed with the scene's own recipe (visible.ts), changed in one input.
 */
import type { KnowledgeGraph } from "../graph/build";
import type { Catalog } from "../graph/catalog";
import { explainNoConnection, type Relaxation } from "../graph/paths";
import { formatPartialDate } from "../model/time";
import { parseFilterToken, type VisibleSets } from "../model/vocabulary";
import type { ExplorerAction, ExplorerState } from "../state/explorer";
import { filteredLayer, visibleOf } from "./visible";

/** One change that would connect the two ends, in words, and the action that makes it. */
export interface Opening {
  label: string;
  action: ExplorerAction;
}

function describeToken(catalog: Catalog, token: string): string {
  const parsed = parseFilterToken(token);
  const value = parsed?.value ?? token;
  switch (parsed?.group) {
    case "entity":
      return `show ${catalog.entityType.get(value)?.label ?? value} entities`;
    case "relation":
      return `show “${catalog.relationType.get(value)?.label ?? value}” relations`;
    case "certainty":
      return `show ${value} claims`;
    default:
      return value === "notes" ? "show claims from the notes" : "show claims not from the notes";
  }
}

export function findOpenings(
  catalog: Catalog,
  graph: KnowledgeGraph,
  state: Pick<ExplorerState, "path" | "hidden" | "date" | "focus">,
  /** The state's own layers, already computed by the scene: each candidate changes one. */
  layers: { asOf: VisibleSets | null; filtered: VisibleSets | null },
  undirectedTypes: ReadonlySet<string>,
): Opening[] {
  const { path, hidden, date, focus } = state;
  if (!path?.to) return [];
  const { asOf, filtered } = layers;
  const candidates: (Relaxation & { action: ExplorerAction })[] = [];
  for (const token of hidden) {
    const without = filteredLayer(
      catalog,
      hidden.filter((other) => other !== token),
    );
    candidates.push({
      label: describeToken(catalog, token),
      visible: visibleOf(catalog, asOf, without, focus),
      directed: path.directed,
      action: { type: "toggle-filter", token },
    });
  }
  if (date) {
    candidates.push({
      label: `show all time, not only ${formatPartialDate(date)}`,
      visible: visibleOf(catalog, null, filtered, focus),
      directed: path.directed,
      action: { type: "set-date", date: null },
    });
  }
  if (path.directed) {
    candidates.push({
      label: "ignore the direction of relations",
      visible: visibleOf(catalog, asOf, filtered, focus),
      directed: false,
      action: { type: "set-path", path: { ...path, directed: false } },
    });
  }
  if (focus) {
    candidates.push({
      label: "leave the focused neighbourhood",
      visible: visibleOf(catalog, asOf, filtered, null),
      directed: path.directed,
      action: { type: "set-focus", focus: null },
    });
  }
  const open = new Set(explainNoConnection(graph, path.from, path.to, candidates, undirectedTypes));
  return candidates
    .filter((candidate) => open.has(candidate.label))
    .map(({ label, action }) => ({ label, action }));
}
