/**
 * Emphasis through sigma's reducers, never by mutating the graph: hovering or selecting an
 * entity keeps it, its relations and its neighbours in colour and dims the rest; selecting a
 * relation keeps that relation and its two ends. The Sets are built once per change, so each
 * reducer call is a constant-time lookup; with nothing active the reducers are removed.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../graph/build";
import type { Catalog } from "../graph/catalog";
import { neighbours } from "../graph/query";
import type { Selection } from "../state/explorer";

const DIMMED_NODE = "#d9dce1";
const DIMMED_EDGE = "#eceef1";

interface Emphasis {
  nodes: Set<string>;
  edges: Set<string>;
  /** Drawn with sigma's hover halo and a label whatever the label grid says. */
  primary: Set<string>;
}

function emphasisFor(catalog: Catalog, entityId: string): Emphasis {
  const nodes = neighbours(catalog, entityId);
  nodes.add(entityId);
  const edges = new Set((catalog.relationsOf.get(entityId) ?? []).map((relation) => relation.id));
  return { nodes, edges, primary: new Set([entityId]) };
}

export function computeEmphasis(
  catalog: Catalog,
  selection: Selection,
  hovered: string | null,
): Emphasis | null {
  // Hover wins over selection while it lasts, so a reader can peek and come back.
  if (hovered && catalog.entity.has(hovered)) return emphasisFor(catalog, hovered);
  if (!selection) return null;
  if (selection.kind === "entity") {
    return catalog.entity.has(selection.id) ? emphasisFor(catalog, selection.id) : null;
  }
  const relation = catalog.relation.get(selection.id);
  if (!relation) return null;
  const ends = new Set([relation.from, relation.to]);
  return { nodes: ends, edges: new Set([relation.id]), primary: ends };
}

export function HighlightController({
  catalog,
  selection,
  hovered,
}: {
  catalog: Catalog;
  selection: Selection;
  hovered: string | null;
}) {
  const sigma = useSigma<EntityNodeAttributes, RelationEdgeAttributes>();

  // When the selection or hover changes ⇒ rebuild the emphasis sets and refresh the reducers.
  useEffect(() => {
    const emphasis = computeEmphasis(catalog, selection, hovered);
    if (!emphasis) {
      sigma.setSetting("nodeReducer", null);
      sigma.setSetting("edgeReducer", null);
    } else {
      sigma.setSetting("nodeReducer", (node, data) => {
        if (emphasis.primary.has(node)) {
          return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
        }
        if (emphasis.nodes.has(node)) return { ...data, forceLabel: true, zIndex: 1 };
        return { ...data, color: DIMMED_NODE, label: "", zIndex: 0 };
      });
      sigma.setSetting("edgeReducer", (edge, data) =>
        emphasis.edges.has(edge)
          ? { ...data, size: 3, zIndex: 1 }
          : { ...data, color: DIMMED_EDGE, zIndex: 0 },
      );
    }
  }, [sigma, catalog, selection, hovered]);

  return null;
}
