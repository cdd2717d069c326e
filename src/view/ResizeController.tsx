/**
 * sigma measures its container when the window resizes, but not when the page's own layout
 * changes its size (presenter mode hiding the sidebar). Draws nothing.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

export function ResizeController({ layoutKey }: { layoutKey: string }) {
  const sigma = useSigma();

  // When the frame around the graph changes ⇒ let sigma measure its container again.
  useEffect(() => {
    sigma.resize();
    sigma.refresh();
  }, [sigma, layoutKey]);

  return null;
}
