/**
 * Emphasis, time and labels through sigma's reducers, never by mutating the graph: what is not
 * true as of the chosen date is hidden (positions never move); hovering or selecting keeps an
 * entity, its relations and neighbours in colour and dims the rest; on graphs small enough to
 * label every entity, labels are placed so that none overlaps another (view/labelPlacement.ts).
 * Large graphs take a cheaper road, explained in view/largeGraphReducers.ts.
 * The Sets are built once per change, so each reducer call is a constant-time lookup.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect, useMemo, useRef, type RefObject } from "react";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../graph/build";
import type { Catalog } from "../graph/catalog";
import { computeEmphasis, type Emphasis } from "../graph/emphasis";
import { scaleOf } from "../graph/scale";
import { palette } from "../model/palette";
import type { VisibleSets } from "../model/vocabulary";
import type { StoryChapter } from "../model/schema";
import type { Selection } from "../model/vocabulary";
import { changedItems } from "../graph/redraw";
import type { LargeGraphInputs } from "./largeGraphReducers";
import { placeLabels } from "./labelPlacement";
import type { RenderStamp } from "./ReadyController";

/** Labels are placed again once the camera has rested this long. */
const CAMERA_REST_MS = 120;

export function HighlightController({
  catalog,
  selection,
  hovered,
  chapter,
  visible,
  path,
  sizes,
  ready,
  stampRef,
  inputsRef,
}: {
  catalog: Catalog;
  selection: Selection;
  hovered: string | null;
  chapter: StoryChapter | null;
  /** What the date, filters and focus leave on show; null for everything. */
  visible: VisibleSets | null;
  /** The connection on show between two entities, if any. */
  path: Emphasis | null;
  /** Node sizes by the chosen measure; null keeps the sizes the graph was built with. */
  sizes: ReadonlyMap<string, number> | null;
  ready: boolean;
  /** Counts each change of what is emphasised or visible, so a frame can say which it drew. */
  stampRef: RefObject<RenderStamp>;
  /** What a large graph's reducers read (view/largeGraphReducers.ts); unused on small graphs. */
  inputsRef: RefObject<LargeGraphInputs>;
}) {
  const sigma = useSigma<EntityNodeAttributes, RelationEdgeAttributes>();
  const emphasis = useMemo(
    () => computeEmphasis(catalog, selection, hovered, chapter, path),
    [catalog, selection, hovered, chapter, path],
  );
  /** The entities whose labels are drawn; null lets sigma's label grid decide (large graphs). */
  const labelled = useRef<Set<string> | null>(null);

  const { allLabels } = scaleOf(sigma.getGraph().order);

  // Small graphs. When the date or emphasis changes ⇒ install reducers that read the current
  // sets: sigma repaints every entity, which takes a few milliseconds here.
  useEffect(() => {
    if (!allLabels) return;
    // Counted before the settings change: sigma may draw at once, and that frame shows it.
    stampRef.current.applied++;
    sigma.setSetting("nodeReducer", (node, attributes) => {
      if (visible && !visible.entities.has(node)) return { ...attributes, hidden: true };
      const data = sizes ? { ...attributes, size: sizes.get(node) ?? attributes.size } : attributes;
      const label = labelled.current && !labelled.current.has(node) ? "" : data.label;
      if (!emphasis) return { ...data, label, forceLabel: label !== "" };
      if (emphasis.primary.has(node)) {
        return { ...data, label, highlighted: true, forceLabel: label !== "", zIndex: 2 };
      }
      if (emphasis.nodes.has(node)) return { ...data, label, forceLabel: label !== "", zIndex: 1 };
      return { ...data, color: palette.dimmedNode, label: "", zIndex: 0 };
    });
    sigma.setSetting("edgeReducer", (edge, data) => {
      if (visible && !visible.relations.has(edge)) return { ...data, hidden: true };
      if (!emphasis) return data;
      return emphasis.edges.has(edge)
        ? { ...data, size: 3, zIndex: 1 }
        : { ...data, color: palette.dimmedEdge, zIndex: 0 };
    });
  }, [allLabels, sigma, visible, emphasis, sizes, stampRef]);

  // Large graphs: the reducers sigma was created with (view/largeGraphReducers.ts) read
  // `inputsRef`; a change repaints only what it touches.
  useEffect(() => {
    if (allLabels) return;
    const before = inputsRef.current;
    if (before.visible === visible && before.emphasis === emphasis && before.sizes === sizes)
      return;
    inputsRef.current = { visible, emphasis, sizes };
    stampRef.current.applied++;
    if (before.sizes !== sizes) {
      // Every entity's size, and the ends of every relation, move: repaint everything.
      sigma.refresh({ schedule: true });
      return;
    }
    const changed = changedItems(sigma.getGraph(), before, inputsRef.current);
    // skipIndexation: sizes and positions are unchanged, so each item is rewritten in place.
    sigma.refresh({
      partialGraph: { nodes: changed.entities, edges: changed.relations },
      skipIndexation: true,
      schedule: true,
    });
  }, [allLabels, sigma, inputsRef, visible, emphasis, sizes, stampRef]);

  // When the first view is drawn, the emphasis or date changes, or the camera comes to rest ⇒
  // choose the labels to draw, most important first, none overlapping another.
  useEffect(() => {
    if (!ready || !allLabels) return;
    const graph = sigma.getGraph();
    const place = () => {
      const candidates = graph
        .filterNodes(
          (node) =>
            (!visible || visible.entities.has(node)) && (!emphasis || emphasis.nodes.has(node)),
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
  }, [sigma, ready, allLabels, visible, emphasis, sizes]);

  return null;
}
