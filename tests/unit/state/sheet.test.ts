/**
 * The bottom sheet's heights: a tap on the handle steps through all three and comes back, the
 * handle says where it goes next, and a drag settles on the nearest height.
 */
import { describe, expect, it } from "vitest";
import {
  nextSheetHeight,
  sheetHandleLabel,
  sheetHeightNearest,
  SHEET_HEIGHTS,
  type SheetHeight,
} from "../../../src/state/sheet";

describe("the handle's tap", () => {
  it.each([
    ["peek", "half", "Details: raise to half height"],
    ["half", "full", "Details: raise to full height"],
    ["full", "peek", "Details: lower to a peek"],
  ] as const)("from %s goes to %s and says so", (from, to, label) => {
    expect(nextSheetHeight(from)).toBe(to);
    expect(sheetHandleLabel(from)).toBe(label);
  });

  it("three taps come back to where they started, through every height", () => {
    for (const start of SHEET_HEIGHTS) {
      const seen = new Set<SheetHeight>();
      let height: SheetHeight = start;
      for (let tap = 0; tap < 3; tap++) {
        height = nextSheetHeight(height);
        seen.add(height);
      }
      expect(height).toBe(start);
      expect(seen.size).toBe(3);
    }
  });
});

describe("the end of a drag", () => {
  // Tops of each height on a 784 px workspace, in pixels from its top.
  const tops = { peek: 624, half: 392, full: 128 };
  it.each([
    ["an unusable measure keeps the start", Number.NaN, "half", "half"],
    ["let go near the foot", 700, "half", "peek"],
    ["let go just above the middle", 350, "peek", "half"],
    ["let go near the top", 40, "half", "full"],
    ["let go past the top", -200, "peek", "full"],
  ] as const)("%s ⇒ %s", (_, top, started, expected) => {
    expect(sheetHeightNearest(top, tops, started)).toBe(expected);
  });
});
