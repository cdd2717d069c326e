/** Pointer events on the graph, turned into explorer actions and a hover state. Draws nothing. */
import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { ExplorerAction } from "../state/explorer";

export function GraphEventsController({
  dispatch,
  onHover,
}: {
  dispatch: (action: ExplorerAction) => void;
  onHover: (entityId: string | null) => void;
}) {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();

  // When the handlers change ⇒ register them with sigma (the hook replaces the previous set).
  useEffect(() => {
    const setCursor = (cursor: string) => {
      sigma.getContainer().style.cursor = cursor;
    };
    registerEvents({
      enterNode: ({ node }) => {
        onHover(node);
        setCursor("pointer");
      },
      leaveNode: () => {
        onHover(null);
        setCursor("");
      },
      enterEdge: () => setCursor("pointer"),
      leaveEdge: () => setCursor(""),
      // Shift-click picks an end of "how are they connected?"; a plain click selects.
      clickNode: ({ node, event }) =>
        dispatch(
          event.original.shiftKey
            ? { type: "pick-path-end", id: node }
            : { type: "select-entity", id: node },
        ),
      clickEdge: ({ edge }) => dispatch({ type: "select-relation", id: edge }),
      clickStage: () => dispatch({ type: "clear" }),
    });
  }, [registerEvents, sigma, dispatch, onHover]);

  return null;
}
