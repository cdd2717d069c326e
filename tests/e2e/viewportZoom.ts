/**
 * WCAG 1.4.4 (Resize text) on a phone: the viewport meta must let a reader pinch-zoom. Used by the
 * unit test on index.html and by the e2e gate on the built page, which the build may rewrite.
 */

/** Lowest maximum-scale that still lets text reach 200%. */
const MINIMUM_MAXIMUM_SCALE = 2;

/**
 * What in a viewport meta's `content` stops a reader zooming, one sentence each; empty when zoom
 * is allowed. Keys and values are read as browsers do: case-insensitive, "," or ";" between pairs.
 */
export function zoomProblems(content: string): string[] {
  const settings = new Map<string, string>();
  for (const part of content.split(/[,;]/)) {
    const [key, value] = part.split("=").map((side) => side.trim().toLowerCase());
    if (key) settings.set(key, value ?? "");
  }
  const problems: string[] = [];
  const scalable = settings.get("user-scalable");
  if (scalable !== undefined && ["no", "0"].includes(scalable)) {
    problems.push(`user-scalable=${scalable} forbids zoom`);
  }
  const maximum = settings.get("maximum-scale");
  if (maximum !== undefined) {
    const scale = Number(maximum);
    if (!Number.isFinite(scale) || scale < MINIMUM_MAXIMUM_SCALE) {
      problems.push(
        `maximum-scale=${maximum} caps zoom below ${MINIMUM_MAXIMUM_SCALE}× (text must reach 200%)`,
      );
    }
  }
  return problems;
}
