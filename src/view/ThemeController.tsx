/**
 * Keeps the canvas in the palette in use when the system's theme changes while the page is open
 * (src/app/theme.ts follows it): the label and hover drawers and the reducers read the palette at
 * each draw, so they need only a redraw; the marks' outline colour is baked into the node
 * programs, so those are swapped. Draws nothing.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../graph/build";
import { onPaletteChange, palette } from "../model/palette";
import { nodeProgramsFor } from "./nodePrograms";

export function ThemeController() {
  const sigma = useSigma<EntityNodeAttributes, RelationEdgeAttributes>();

  // When sigma is made or the palette switches ⇒ draw with the palette in use.
  useEffect(() => {
    const apply = () => {
      // Every type sigma knows stays registered: sigma kills the program of a type that leaves
      // the settings, and on a shared WebGL context that stopped every entity from drawing.
      sigma.setSetting("nodeProgramClasses", {
        ...sigma.getSetting("nodeProgramClasses"),
        ...nodeProgramsFor(palette),
      });
      // Reducers read the palette when sigma indexes, so the refresh is a full one.
      sigma.refresh();
    };
    return onPaletteChange(apply);
  }, [sigma]);

  return null;
}
