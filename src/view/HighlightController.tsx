/**
 * Emphasis, time and labels through sigma's reducers, never by mutating the graph: what is not
 * true as of the chosen date is hidden (positions never move); hovering or selecting keeps an
 * entity, its relations and neighbours in colour and dims the rest; on graphs small enough to
 * label every entity, labels are placed so that none overlaps another (view/labelPlacement.ts).
 * The Sets are built once per change, so each reducer call is a constant-time lookup.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect, useMemo, useRef } from "react";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../graph/build";
import type { Catalog } from "../graph/catalog";
import { computeEmphasis, type Emphasis } from "../graph/emphasis";
import { LABEL_SPACING_MAX_NODES } from "../graph/labelSpacing";
import type { Visible } from "../graph/visibility";
import type { StoryChapter } from "../model/schema";
import type { Selection } from "../state/explorer";
import { placeLabels } from "./labelPlacement";

const DIMMED_NODE = "#d9dce1";
const DIMMED_EDGE = "#eceef1";
/** Labels are placed again once the camera has rested this long. */
const CAMERA_REST_MS = 120;

export function HighlightController({
  catalog,
  selection,
  hovered,
  chapter,
  visible: shown,
  path,
  sizes,
  ready,
}: {
  catalog: Catalog;
  selection: Selection;
  hovered: string | null;
  chapter: StoryChapter | null;
  /** What the date, filters and focus leave on show; null for everything. */
  visible: Visible | null;
  /** The connection on show between two entities, if any. */
  path: Emphasis | null;
  /** Node sizes by the chosen measure; null keeps the sizes the graph was built with. */
  sizes: ReadonlyMap<string, number> | null;
  ready: boolean;
}) {
  const sigma = useSigma<EntityNodeAttributes, RelationEdgeAttributes>();
  const emphasis = useMemo(
    () => computeEmphasis(catalog, selection, hovered, chapter, path),
    [catalog, selection, hovered, chapter, path],
  );
  /** The entities whose labels are drawn; null lets sigma's label grid decide (large graphs). */
  const labelled = useRef<Set<string> | null>(null);

  // When the date or emphasis changes ⇒ install reducers that read the current sets.
  useEffect(() => {
    sigma.setSetting("nodeReducer", (node, attributes) => {
      if (shown && !shown.entities.has(node)) return { ...attributes, hidden: true };
      const data = sizes ? { ...attributes, size: sizes.get(node) ?? attributes.size } : attributes;
      const label = labelled.current && !labelled.current.has(node) ? "" : data.label;
      if (!emphasis) return { ...data, label, forceLabel: label !== "" };
      if (emphasis.primary.has(node)) {
        return { ...data, label, highlighted: true, forceLabel: label !== "", zIndex: 2 };
      }
      if (emphasis.nodes.has(node)) return { ...data, label, forceLabel: label !== "", zIndex: 1 };
      return { ...data, color: DIMMED_NODE, label: "", zIndex: 0 };
    });
    sigma.setSetting("edgeReducer", (edge, data) => {
      if (shown && !shown.relations.has(edge)) return { ...data, hidden: true };
      if (!emphasis) return data;
      return emphasis.edges.has(edge)
        ? { ...data, size: 3, zIndex: 1 }
        : { ...data, color: DIMMED_EDGE, zIndex: 0 };
    });
  }, [sigma, shown, emphasis, sizes]);

  // When the first view is drawn, the emphasis or date changes, or the camera comes to rest ⇒
  // choose the labels to draw, most important first, none overlapping another.
  useEffect(() => {
    if (!ready || sigma.getGraph().order > LABEL_SPACING_MAX_NODES) return;
    const graph = sigma.getGraph();
    const place = () => {
      const candidates = graph
        .filterNodes(
          (node) => (!shown || shown.entities.has(node)) && (!emphasis || emphasis.nodes.has(node)),
        )
        .map((node) => ({
          node,
          priority: (emphasis?.primary.has(node) ? 1e6 : 0) + graph.getNodeAttribute(node, "size"),
        }));
      // Place against the labels as they would be drawn: measure with every label present.
      labelled.current = null;
      sigma.refresh({ skipIndexation: true });
      labelled.current = placeLabels(sigma, candidates);
      sigma.refresh({ skipIndexation: true });
    };
    place();
    let timer: number | undefined;
    const onCamera = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(place, CAMERA_REST_MS);
    };
    const camera = sigma.getCamera();
    camera.on("updated", onCamera);
    return () => {
      window.clearTimeout(timer);
      camera.off("updated", onCamera);
    };
  }, [sigma, ready, shown, emphasis, sizes]);

  return null;
}
