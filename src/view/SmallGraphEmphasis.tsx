/**
 * Emphasis, time and labels on a graph small enough to label every entity (graph/scale.ts),
 * through sigma's reducers, never by mutating the graph: what is not visible is hidden (positions
 * never move); what the reader hovers or selects keeps its colour with its relations and
 * neighbours and the rest is dimmed; labels are placed so that none overlaps another
 * (view/labelPlacement.ts). Each change installs new reducers, and sigma repaints every entity,
 * which takes a few milliseconds here. The Sets are built once per change, so each reducer call
 * is a constant-time lookup. Draws nothing itself.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef, type RefObject } from "react";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../graph/build";
import type { Emphasis } from "../graph/emphasis";
import { palette } from "../model/palette";
import type { VisibleSets } from "../model/vocabulary";
import { placeLabels } from "./labelPlacement";
import type { RenderStamp } from "./ReadyController";

/** Labels are placed again once the camera has rested this long. */
const CAMERA_REST_MS = 120;

export interface EmphasisProps {
  /** What the graph draws (the scene's visible sets); null for everything. */
  visible: VisibleSets | null;
  /** What stands out now: the hovered entity, else the scene's emphasis. */
  emphasis: Emphasis | null;
  /** Node sizes by the chosen measure; null keeps the sizes the graph was built with. */
  sizes: ReadonlyMap<string, number> | null;
  /** Counts each change of what is emphasised or visible, so a frame can say which it drew. */
  stampRef: RefObject<RenderStamp>;
}

export function SmallGraphEmphasis({
  visible,
  emphasis,
  sizes,
  stampRef,
  ready,
}: EmphasisProps & { ready: boolean }) {
  const sigma = useSigma<EntityNodeAttributes, RelationEdgeAttributes>();
  /** The entities whose labels are drawn; null while they are being measured. */
  const labelled = useRef<Set<string> | null>(null);

  // When what is visible, emphasised or sized changes ⇒ install reducers that read it.
  useEffect(() => {
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
      return {
        ...data,
        color: palette.dimmedNode,
        borderColor: palette.dimmedNode,
        label: "",
        zIndex: 0,
      };
    });
    sigma.setSetting("edgeReducer", (edge, data) => {
      if (visible && !visible.relations.has(edge)) return { ...data, hidden: true };
      if (!emphasis) return data;
      return emphasis.edges.has(edge)
        ? { ...data, size: 3, zIndex: 1 }
        : { ...data, color: palette.dimmedEdge, zIndex: 0 };
    });
  }, [sigma, visible, emphasis, sizes, stampRef]);

  // When the first view is drawn, the emphasis or date changes, or the camera comes to rest ⇒
  // choose the labels to draw, most important first, none overlapping another.
  useEffect(() => {
    if (!ready) return;
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
  }, [sigma, ready, visible, emphasis, sizes]);

  return null;
}
