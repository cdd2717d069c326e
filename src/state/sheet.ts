/**
 * The bottom sheet that holds the panels on a narrow screen: three heights, a peek (the handle,
 * the timeline and the panel's title), half the screen, and nearly all of it (a band of graph
 * stays visible, so the entity a reader is on is never wholly covered). Tapping the handle steps
 * up through them and from the top back to the peek; a drag ends at the nearest one.
 */
export const SHEET_HEIGHTS = ["peek", "half", "full"] as const;
export type SheetHeight = (typeof SHEET_HEIGHTS)[number];

/** The height a tap on the handle goes to. */
export function nextSheetHeight(height: SheetHeight): SheetHeight {
  return height === "peek" ? "half" : height === "half" ? "full" : "peek";
}

/** The handle's accessible name: what it holds, and what a tap on it does. */
export function sheetHandleLabel(height: SheetHeight): string {
  const next = nextSheetHeight(height);
  return next === "peek"
    ? "Details: lower to a peek"
    : `Details: raise to ${next === "half" ? "half" : "full"} height`;
}

/**
 * The height a drag ends at: the one nearest to where the sheet's top was let go, given each
 * height's top in the same pixels. An unusable measure (NaN) keeps the height it started from.
 */
export function sheetHeightNearest(
  top: number,
  tops: Readonly<Record<SheetHeight, number>>,
  started: SheetHeight,
): SheetHeight {
  if (!Number.isFinite(top)) return started;
  let best: SheetHeight = started;
  let distance = Infinity;
  for (const height of SHEET_HEIGHTS) {
    const d = Math.abs(tops[height] - top);
    if (d < distance) {
      best = height;
      distance = d;
    }
  }
  return best;
}

/** The peek: the handle, the timeline and the start of the panel. */
const PEEK_PX = 168;
/** At full height, this much of the graph stays in view above the sheet. */
const GRAPH_LEFT_AT_FULL_PX = 128;

/** A height in pixels, for a workspace (the space under the top bar) this many pixels tall. */
export function sheetPixels(height: SheetHeight, workspace: number): number {
  const peek = Math.min(PEEK_PX, workspace);
  if (height === "peek") return peek;
  if (height === "half") return Math.max(peek, Math.round(workspace / 2));
  return Math.max(peek, workspace - GRAPH_LEFT_AT_FULL_PX);
}
