/**
 * A large network is drawn at once and arranged by the layout worker while the page stays
 * usable: a progress bar shows how far it has got and Stop keeps the arrangement reached.
 */
import { afterAll, describe, expect, it } from "vitest";
import { syntheticDataset } from "../../scripts/bench/synthetic";
import { closeBrowser, openPage, waitForGraph, type OpenedPage } from "./support";

afterAll(closeBrowser);

const SIZE = 3000;

function openLarge(): Promise<OpenedPage> {
  const body = JSON.stringify(syntheticDataset(SIZE));
  return openPage("/?data=/e2e-layout/large.json", {
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
    async () => {
      const { page, consoleErrors, close } = await openLarge();
      await waitForGraph(page, 60_000).catch(async (error: unknown) => {
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
      await page
        .getByRole("combobox", { name: "Search entities and relations" })
        .fill("Entity 2999");
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
      const spots = await page.evaluate(
        (ids) => {
          const hook = (
            window as unknown as {
              __dramatis: { viewportPosition(id: string): { x: number; y: number } | null };
            }
          ).__dramatis;
          return ids.map((id) => hook.viewportPosition(id));
        },
        ["e0", "e1", "e2", "e3", "e4", "e5"],
      );
      const distinct = new Set(
        spots.map((spot) => `${Math.round(spot!.x)},${Math.round(spot!.y)}`),
      );
      expect(distinct.size).toBe(6);
      expect(consoleErrors).toEqual([]);
      await close();
    },
  );

  it("shows a small network only once it is arranged, with no progress bar left", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);
    await expect(page.getByRole("progressbar", { name: "Layout progress" }).count()).resolves.toBe(
      0,
    );
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
