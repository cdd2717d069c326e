/**
 * Framing in the band a cover (the phone's bottom sheet, the presenter's caption) leaves uncovered:
 * whatever the camera frames must land in that band, never under the cover.
 */
import { describe, expect, it } from "vitest";
import {
  afterFraming,
  boxAround,
  framingInBand,
  inBand,
  visibleBand,
  type CoveredView,
  type ViewportPoint,
} from "../../../src/view/visibleBand";

const phone = (coveredBottom: number): CoveredView => ({ width: 390, height: 784, coveredBottom });

describe("visibleBand", () => {
  it.each([
    ["a cover of NaN counts as none", phone(Number.NaN), 784],
    ["a negative cover counts as none", phone(-50), 784],
    ["no cover: the whole view", phone(0), 784],
    ["the sheet at half height", phone(392), 392],
    ["a cover taller than the view leaves a band of 96 px", phone(2000), 96],
    ["a view shorter than 96 px stays whole", { width: 300, height: 60, coveredBottom: 60 }, 60],
  ] as const)("%s", (_, view, bottom) => {
    expect(visibleBand(view)).toEqual({ left: 0, top: 0, right: view.width, bottom });
  });
});

describe("inBand", () => {
  const band = visibleBand(phone(392));
  it.each([
    ["no points: trivially in", [], true],
    ["the band's centre", [{ x: 195, y: 196 }], true],
    ["under the cover", [{ x: 195, y: 500 }], false],
    ["inside, but within the margin of the cover's edge", [{ x: 195, y: 380 }], false],
    [
      "one of two points under the cover",
      [
        { x: 195, y: 196 },
        { x: 100, y: 600 },
      ],
      false,
    ],
  ] as const)("%s ⇒ %s", (_, points, expected) => {
    expect(inBand(points, band, 0.15)).toBe(expected);
  });
});

describe("framingInBand", () => {
  it("an empty list of points has no box to frame", () => {
    expect(boxAround([])).toBeNull();
  });

  it.each([
    ["a node under the half sheet", phone(392), [{ x: 200, y: 600 }]],
    ["a node under the full sheet", phone(656), [{ x: 30, y: 700 }]],
    ["a node with nothing covering", phone(0), [{ x: 380, y: 20 }]],
    [
      "a chapter's spread under the presenter's caption",
      { width: 1366, height: 850, coveredBottom: 280 },
      [
        { x: 300, y: 120 },
        { x: 1100, y: 790 },
        { x: 700, y: 640 },
      ],
    ],
  ] as const)("%s lands inside the band, padded", (_, view, points) => {
    const box = boxAround(points as readonly ViewportPoint[]);
    if (!box) throw new Error("no box");
    const framing = framingInBand(box, view, 40);
    const band = visibleBand(view);
    for (const point of points) {
      const moved = afterFraming(point, framing, view);
      expect(moved.y).toBeGreaterThanOrEqual(band.top + 40 - 1e-6);
      expect(moved.y).toBeLessThanOrEqual(band.bottom - 40 + 1e-6);
      expect(moved.x).toBeGreaterThanOrEqual(band.left + 40 - 1e-6);
      expect(moved.x).toBeLessThanOrEqual(band.right - 40 + 1e-6);
    }
  });

  it("puts a single node at the centre of the band, not of the view", () => {
    const view = phone(392);
    const framing = framingInBand({ left: 200, top: 600, right: 200, bottom: 600 }, view, 40);
    expect(framing.zoomOut).toBe(1);
    expect(afterFraming({ x: 200, y: 600 }, framing, view)).toEqual({ x: 195, y: 196 });
  });

  it("zooms out only as far as the content needs to fit the band", () => {
    const view = { width: 1000, height: 800, coveredBottom: 400 };
    // 640 px tall content in a band of 400 - 2 × 40 = 320 px: twice as far out.
    const framing = framingInBand({ left: 400, top: 100, right: 600, bottom: 740 }, view, 40);
    expect(framing.zoomOut).toBeCloseTo(2);
  });

  it("keeps a closer zoom that was asked for when the content fits", () => {
    const framing = framingInBand({ left: 10, top: 10, right: 10, bottom: 10 }, phone(0), 40, 0.5);
    expect(framing.zoomOut).toBe(0.5);
  });
});
