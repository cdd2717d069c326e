/**
 * When two entities are not connected under the current filters, date and direction: which
 * single change would connect them, each with the action that makes it.
 */
import type { ShownAsOf } from "../graph/asOf";
import type { KnowledgeGraph } from "../graph/build";
import type { Catalog } from "../graph/catalog";
import { explainNoConnection, type Relaxation } from "../graph/paths";
import { filterVisible, focusVisible, intersectVisible } from "../graph/visibility";
import { formatPartialDate } from "../model/time";
import type { ExplorerAction, ExplorerState } from "../state/explorer";

/** One change that would connect the two ends, in words, and the action that makes it. */
export interface Opening {
  label: string;
  action: ExplorerAction;
}

function describeToken(catalog: Catalog, token: string): string {
  const [group, value = ""] = token.split(":");
  switch (group) {
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
  state: ExplorerState,
  shown: ShownAsOf | null,
  undirectedTypes: ReadonlySet<string>,
): Opening[] {
  const path = state.path;
  if (!path?.to) return [];
  const focusOf = (base: ReturnType<typeof intersectVisible>) =>
    state.focus ? focusVisible(catalog, base, state.focus.id, state.focus.depth) : base;
  const filtered = filterVisible(catalog, new Set(state.hidden));
  const candidates: (Relaxation & { action: ExplorerAction })[] = [];
  for (const token of state.hidden) {
    const without = filterVisible(catalog, new Set(state.hidden.filter((t) => t !== token)));
    candidates.push({
      label: describeToken(catalog, token),
      visible: focusOf(intersectVisible(without, shown)),
      directed: path.directed,
      action: { type: "toggle-filter", token },
    });
  }
  if (state.date) {
    candidates.push({
      label: `show all time, not only ${formatPartialDate(state.date)}`,
      visible: focusOf(filtered),
      directed: path.directed,
      action: { type: "set-date", date: null },
    });
  }
  if (path.directed) {
    candidates.push({
      label: "ignore the direction of relations",
      visible: focusOf(intersectVisible(filtered, shown)),
      directed: false,
      action: { type: "set-path", path: { ...path, directed: false } },
    });
  }
  if (state.focus) {
    candidates.push({
      label: "leave the focused neighbourhood",
      visible: intersectVisible(filtered, shown),
      directed: path.directed,
      action: { type: "set-focus", focus: null },
    });
  }
  const open = new Set(explainNoConnection(graph, path.from, path.to, candidates, undirectedTypes));
  return candidates
    .filter((candidate) => open.has(candidate.label))
    .map(({ label, action }) => ({ label, action }));
}
