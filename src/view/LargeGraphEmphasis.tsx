/**
 * Emphasis and time on a graph too large to label every entity (graph/scale.ts). The reducers
 * sigma was created with (view/largeGraphReducers.ts) read `inputsRef`; a change writes the new
 * inputs there and repaints only the entities and relations it touches (graph/redraw.ts), so a
 * date step or a hover touches tens of items rather than 200,000. sigma's label grid chooses the
 * labels. Draws nothing itself.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect, type RefObject } from "react";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../graph/build";
import { changedItems } from "../graph/redraw";
import type { LargeGraphInputs } from "./largeGraphReducers";
import type { EmphasisProps } from "./SmallGraphEmphasis";

export function LargeGraphEmphasis({
  visible,
  emphasis,
  sizes,
  stampRef,
  inputsRef,
}: EmphasisProps & { inputsRef: RefObject<LargeGraphInputs> }) {
  const sigma = useSigma<EntityNodeAttributes, RelationEdgeAttributes>();

  // When what is visible, emphasised or sized changes ⇒ hand it to the reducers and repaint
  // what it touches.
  useEffect(() => {
    const before = inputsRef.current;
    if (before.visible === visible && before.emphasis === emphasis && before.sizes === sizes) {
      return;
    }
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
  }, [sigma, inputsRef, visible, emphasis, sizes, stampRef]);

  return null;
}
