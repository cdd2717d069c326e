/**
 * A large network is drawn at once and arranged by the layout worker while the page stays
 * usable: a progress bar shows how far it has got and Stop keeps the arrangement reached.
 */
import { describe, expect } from "vitest";
import { syntheticDataset } from "../../scripts/bench/synthetic";
import { it, type AppPage, type Open } from "./fixture";
import { entityScreenPosition } from "./hook";

const SIZE = 3000;

function openLarge(open: Open): Promise<AppPage> {
  const body = JSON.stringify(syntheticDataset(SIZE));
  return open("/?data=/e2e-layout/large.json", {
    beforeNavigation: async (page) => {
      // By path: a glob would also match the page's own address, whose query names the file.
      await page.route(
        (url) => url.pathname === "/e2e-layout/large.json",
        (route) => route.fulfill({ contentType: "application/json", body }),
      );
    },
  });
}

describe("the layout of a large network", () => {
  it(
    "draws the graph before the layout ends, shows progress, and stops when asked",
    { timeout: 180_000 },
    async ({ open }) => {
      const { page, app } = await openLarge(open);
      await app.waitForGraph(60_000).catch(async (error: unknown) => {
        console.log((await page.locator("body").innerText()).slice(0, 800));
        throw error;
      });
      const progress = page.getByRole("status").filter({ hasText: "Arranging 3,000 entities" });
      // Drawn first, arranged after: the bar is up while the graph is already there.
      await expect(progress.isVisible()).resolves.toBe(true);
      const bar = progress.getByRole("progressbar", { name: "Layout progress" });
      await page.waitForFunction(
        () =>
          Number(
            document.querySelector<HTMLProgressElement>('progress[aria-label="Layout progress"]')
              ?.value ?? 0,
          ) > 0,
        null,
        { timeout: 60_000 },
      );
      const reached = Number(await bar.getAttribute("value"));
      expect(reached).toBeGreaterThan(0);
      expect(reached).toBeLessThan(100);

      // The page answers while the layout runs: a search finds an entity.
      await app.search.box.fill("Entity 2999");
      await expect(
        page
          .getByRole("option", { name: /Entity 2999/ })
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      await page.keyboard.press("Escape");

      await progress.getByRole("button", { name: "Stop" }).click();
      // The bar goes once the worker has tidied and sent the arrangement it reached.
      await page
        .getByRole("progressbar", { name: "Layout progress" })
        .waitFor({ state: "detached", timeout: 60_000 });
      const layoutMeasures = await page.evaluate(
        () => performance.getEntriesByName("dramatis:layout").length,
      );
      expect(layoutMeasures).toBe(1);
      // The arrangement kept is spread over the view, not piled on one spot.
      const spots = await Promise.all(
        ["e0", "e1", "e2", "e3", "e4", "e5"].map((id) => entityScreenPosition(page, id)),
      );
      const distinct = new Set(
        spots.map((spot) => `${Math.round(spot!.x)},${Math.round(spot!.y)}`),
      );
      expect(distinct.size).toBe(6);
    },
  );

  it("shows a small network only once it is arranged, with no progress bar left", async ({
    open,
  }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    await expect(page.getByRole("progressbar", { name: "Layout progress" }).count()).resolves.toBe(
      0,
    );
  });
});
