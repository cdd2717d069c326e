/**
 * sigma measures its container when the window resizes, but not when the page's own layout
 * changes its size (presenter mode hiding the sidebar). Draws nothing.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

export function ResizeController({ layoutKey }: { layoutKey: string }) {
  const sigma = useSigma();

  // When the frame around the graph changes ⇒ let sigma measure its container again, if its
  // size did change. Not otherwise: this also runs just after sigma is created, which measured
  // the container then, and a needless refresh indexes and draws the whole graph once more
  // (half a second of software rendering on 1,000 entities, seconds on 10,000).
  useEffect(() => {
    const { width, height } = sigma.getDimensions();
    const container = sigma.getContainer();
    if (container.offsetWidth === width && container.offsetHeight === height) return;
    sigma.resize();
    sigma.refresh();
  }, [sigma, layoutKey]);

  return null;
}
