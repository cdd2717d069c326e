/**
 * The reducers of a graph over 400 entities. They read what is visible and emphasised from a ref
 * rather than closing over it, so they are given to sigma when it is created and never replaced:
 * replacing a reducer (`setSetting`) makes sigma index and draw every entity and relation again,
 * which on 10,000 entities costs seconds of a software-rendered frame, and did so once more right
 * after the first frame when they were installed by an effect. A change then repaints only what
 * it touches (src/view/LargeGraphEmphasis.tsx, graph/redraw.ts).
 *
 * Emphasis is drawn over the picture (the relations in ink, the entity in focus labelled) rather
 * than by dimming everything else, and sigma's label grid picks the other labels: forcing every
 * label drew all 10,000 of them on each frame.
 */
import type { RefObject } from "react";
import type { Settings } from "sigma/settings";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../graph/build";
import type { ViewInputs } from "../graph/redraw";
import { palette } from "../model/palette";

/** Relations in focus, drawn in ink over the rest (the palette in use, read at each draw). */
export const emphasisEdgeColour = () => palette.ink;
/** Neighbours' labels are forced only when there are this few of them. */
export const FORCED_NEIGHBOUR_LABELS = 30;

export interface LargeGraphInputs extends ViewInputs {
  /** Node sizes by the chosen measure; null keeps the sizes the graph was built with. */
  sizes: ReadonlyMap<string, number> | null;
}

type Reducers = Pick<
  Settings<EntityNodeAttributes, RelationEdgeAttributes>,
  "nodeReducer" | "edgeReducer"
>;

export function largeGraphReducers(inputs: RefObject<LargeGraphInputs>): Reducers {
  return {
    nodeReducer: (node, attributes) => {
      const { visible, emphasis, sizes } = inputs.current;
      if (visible && !visible.entities.has(node)) return { ...attributes, hidden: true };
      const data = sizes ? { ...attributes, size: sizes.get(node) ?? attributes.size } : attributes;
      if (emphasis?.primary.has(node)) return { ...data, highlighted: true, forceLabel: true };
      if (emphasis && emphasis.nodes.size <= FORCED_NEIGHBOUR_LABELS && emphasis.nodes.has(node)) {
        return { ...data, forceLabel: true };
      }
      return data;
    },
    edgeReducer: (edge, data) => {
      const { visible, emphasis } = inputs.current;
      if (visible && !visible.relations.has(edge)) return { ...data, hidden: true };
      if (emphasis?.edges.has(edge)) return { ...data, color: emphasisEdgeColour(), size: 3 };
      return data;
    },
  };
}
