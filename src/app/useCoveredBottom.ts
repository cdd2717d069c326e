/**
 * How many pixels at the foot of the graph something opaque covers: the bottom sheet on a narrow
 * screen, the presenter's caption. The camera frames in the band above (view/visibleBand.ts).
 * Measured rather than computed from CSS, because the sheet's height follows its content, the
 * caption's follows its chapter's text, and a drag sets the sheet to any height.
 */
import { useEffect, useState, type RefObject } from "react";

export function useCoveredBottom(
  area: RefObject<HTMLElement | null>,
  cover: RefObject<HTMLElement | null>,
  /** Changes when a different element (or none) may be the cover: re-attach the observer. */
  coverKey: string,
): number {
  const [covered, setCovered] = useState(0);

  // When the cover or the area changes size, or the window does ⇒ measure their overlap.
  useEffect(() => {
    const areaElement = area.current;
    const coverElement = cover.current;
    const measure = () =>
      setCovered(areaElement && coverElement ? coveredPixels(areaElement, coverElement) : 0);
    measure();
    if (!areaElement || !coverElement || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(areaElement);
    observer.observe(coverElement);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, [area, cover, coverKey]);

  return covered;
}

/**
 * The height of the area's foot that the cover hides: none when the cover stands beside the
 * area (the sidebar of a wide screen) rather than over it.
 */
function coveredPixels(area: HTMLElement, cover: HTMLElement): number {
  const a = area.getBoundingClientRect();
  const c = cover.getBoundingClientRect();
  const overlapWidth = Math.min(a.right, c.right) - Math.max(a.left, c.left);
  if (overlapWidth < a.width / 2 || c.height === 0) return 0;
  return Math.round(Math.max(0, a.bottom - Math.max(a.top, c.top)));
}
