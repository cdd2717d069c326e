/**
 * The built-in dataset's type colours are readable by everyone: no two entity types look alike
 * with normal vision or with a protan, deutan or tritan deficiency, and every mark stands out from
 * the page in the light and the dark theme.
 *
 * Why CIEDE2000 of at least 12: about 2.3 is a just-noticeable difference side by side, but nodes
 * are small and seldom side by side, and Machado's model underrates what tritans confuse; 12 is
 * the margin the palette studies use for categorical colours seen apart (and leaves room for the
 * simulation's error). The previous colours failed it: vermilion and olive came to 5 for deutans.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { closestPair, contrastRatio } from "../../../src/model/colour";
import { DARK_PALETTE, LIGHT_PALETTE } from "../../../src/model/palette";

const MIN_DIFFERENCE = 12;
const MIN_MARK_CONTRAST = 3;
const THEMES = [
  ["light", LIGHT_PALETTE],
  ["dark", DARK_PALETTE],
] as const;

interface TypeColour {
  id: string;
  color: string;
}
const dataset = JSON.parse(
  readFileSync(new URL("../../../data/post-stalin-power-struggle.json", import.meta.url), "utf8"),
) as { entityTypes: TypeColour[]; relationTypes: TypeColour[] };

describe("the built-in dataset's type colours", () => {
  it("tells every pair of entity types apart under normal, protan, deutan and tritan vision", () => {
    const colours = dataset.entityTypes.map((type) => type.color);
    expect(new Set(colours).size).toBe(colours.length);
    const closest = closestPair(colours);
    expect(closest, "ten types to compare").not.toBeNull();
    expect(closest?.difference, JSON.stringify(closest)).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
  });

  it("draws every entity so it reaches 3:1 against the page in each theme, by fill or outline", () => {
    // Ten fills cannot all reach 3:1 against both a white and a near-black page and still differ
    // enough; where a fill does not, the outline every mark is drawn with (model/marks.ts,
    // view/nodePrograms.ts) carries the contrast.
    const failures: string[] = [];
    for (const [theme, palette] of THEMES) {
      for (const type of dataset.entityTypes) {
        const fill = contrastRatio(type.color, palette.paper);
        const outline = contrastRatio(palette.nodeBorder, palette.paper);
        if (fill < MIN_MARK_CONTRAST && outline < MIN_MARK_CONTRAST) {
          failures.push(`${theme}: ${type.id} ${fill.toFixed(2)}, outline ${outline.toFixed(2)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("groups relation types in a few colour families that differ under every vision", () => {
    const families = [...new Set(dataset.relationTypes.map((type) => type.color))];
    expect(families.length).toBeGreaterThanOrEqual(3);
    expect(families.length).toBeLessThanOrEqual(6);
    const closest = closestPair(families);
    expect(closest?.difference, JSON.stringify(closest)).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
  });

  it("draws every relation at 3:1 against the page in each theme, having no outline", () => {
    const failures: string[] = [];
    for (const [theme, palette] of THEMES) {
      for (const type of dataset.relationTypes) {
        const ratio = contrastRatio(type.color, palette.paper);
        if (ratio < MIN_MARK_CONTRAST) failures.push(`${theme}: ${type.id} ${ratio.toFixed(2)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
