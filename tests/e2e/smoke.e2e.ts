import { describe, expect } from "vitest";
import { canvasHasDrawing } from "./canvas";
import { it } from "./fixture";

describe("the first view", () => {
  it("draws the graph in colour, without console errors", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();

    expect(await page.title()).toContain("Dramatis");

    const drawing = await canvasHasDrawing(page);
    expect(drawing.nonBackgroundPixels).toBeGreaterThan(1000);
    // Nodes are coloured by type.
    expect(drawing.distinctColors).toBeGreaterThanOrEqual(3);
  });
});
