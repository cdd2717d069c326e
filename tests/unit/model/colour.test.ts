/**
 * The colour arithmetic the palette checks rely on, against published values: if a formula is
 * wrong, every palette test below it would pass or fail for the wrong reason.
 */
import { describe, expect, it } from "vitest";
import {
  ciede2000,
  closestPair,
  colourDifference,
  contrastRatio,
  parseHex,
  simulate,
} from "../../../src/model/colour";

describe("colour arithmetic", () => {
  it("refuses what is not a #rrggbb colour", () => {
    for (const bad of ["", "red", "#fff", "#12345g", "rgb(0,0,0)", "#1234567"]) {
      expect(() => parseHex(bad), bad).toThrow(/Not a #rrggbb colour/);
    }
    expect(parseHex("#FF0080")).toEqual([1, 0, 128 / 255]);
  });

  it("gives WCAG's contrast ratios", () => {
    const cases: [string, string, number][] = [
      ["#ffffff", "#ffffff", 1],
      ["#000000", "#ffffff", 21],
      ["#ffffff", "#000000", 21],
      ["#777777", "#ffffff", 4.48],
      ["#767676", "#ffffff", 4.54],
    ];
    for (const [a, b, ratio] of cases)
      expect(contrastRatio(a, b), `${a} ${b}`).toBeCloseTo(ratio, 2);
  });

  it("matches Sharma, Wu and Dalal's CIEDE2000 test data", () => {
    const cases: [[number, number, number], [number, number, number], number][] = [
      [[50, 0, 0], [50, 0, 0], 0],
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    ];
    for (const [one, two, expected] of cases) {
      expect(ciede2000(one, two)).toBeCloseTo(expected, 4);
      expect(ciede2000(two, one)).toBeCloseTo(expected, 4);
    }
  });

  it("simulates the deficiencies as Machado's matrices do", () => {
    // Red and green, far apart for normal vision, nearly meet for protans and deutans but not
    // for tritans; blue and green meet for tritans instead.
    expect(colourDifference("#d62728", "#2ca02c")).toBeGreaterThan(50);
    expect(colourDifference("#d62728", "#2ca02c", "protan")).toBeLessThan(25);
    expect(colourDifference("#d62728", "#2ca02c", "deutan")).toBeLessThan(25);
    expect(colourDifference("#d62728", "#2ca02c", "tritan")).toBeGreaterThan(40);
    expect(colourDifference("#1f77b4", "#2ca02c", "tritan")).toBeLessThan(
      colourDifference("#1f77b4", "#2ca02c"),
    );
    // Greys stay grey.
    for (const vision of ["protan", "deutan", "tritan"] as const) {
      expect(simulate("#808080", vision)).toBe("#808080");
      expect(simulate("#ffffff", vision)).toBe("#ffffff");
    }
  });

  it("finds the closest pair under any vision", () => {
    expect(closestPair(["#000000"])).toBeNull();
    const closest = closestPair(["#d62728", "#2ca02c", "#1f77b4"]);
    expect(closest).toMatchObject({ a: "#d62728", b: "#2ca02c" });
    expect(["protan", "deutan"]).toContain(closest?.vision);
  });
});
