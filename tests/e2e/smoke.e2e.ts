import { afterAll, describe, expect, it } from "vitest";
import { canvasHasDrawing, closeBrowser, openPage, waitForGraph } from "./support";

afterAll(closeBrowser);

describe("the first view", () => {
  it("draws the graph in colour, without console errors", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);

    expect(await page.title()).toContain("Dramatis");

    const drawing = await canvasHasDrawing(page);
    expect(drawing.nonBackgroundPixels).toBeGreaterThan(1000);
    // Nodes are coloured by type.
    expect(drawing.distinctColors).toBeGreaterThanOrEqual(3);

    expect(consoleErrors).toEqual([]);
    await close();
  });
});
