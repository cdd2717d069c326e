/**
 * When things go wrong the page says what and where, never goes blank: a dataset that fails
 * validation, one that is not JSON, one on another site, and a browser without WebGL.
 *
 * The fixtures (tests/fixtures/) are served through page.route under /fixtures/, on the app's own
 * origin, so the app fetches them as it would any dataset of the site.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { loadDataset } from "../../src/model/load";
import { dataset, entity, relationType } from "./dataset";
import { appUrl } from "./browser";
import { it } from "./fixture";
import { placeOf } from "../../src/model/problem";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const FIXTURE_PREFIX = "/fixtures/";

/** Paths of /fixtures/ that were answered 404 on purpose (a file the fixture names but lacks). */
function servesFixtures(missing: string[]) {
  return async (page: Page) => {
    await page.route(
      (url) =>
        url.origin === new URL(appUrl("/")).origin && url.pathname.startsWith(FIXTURE_PREFIX),
      async (route) => {
        const { pathname } = new URL(route.request().url());
        const relative = decodeURIComponent(pathname.slice(FIXTURE_PREFIX.length));
        if (relative.split("/").includes("..")) return route.fulfill({ status: 403 });
        try {
          const body = await readFile(new URL(relative, FIXTURES));
          const contentType = relative.endsWith(".json") ? "application/json" : "text/plain";
          return await route.fulfill({ status: 200, contentType, body });
        } catch {
          missing.push(pathname);
          return route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" });
        }
      },
    );
  };
}

/** Whether a console error is the browser's report of a 404 caused on purpose, for `missing`. */
function notFoundOnPurpose(missing: readonly string[]) {
  return (error: string): boolean =>
    /Failed to load resource: the server responded with a status of 404/.test(error) &&
    missing.some((pathname) => error.includes(appUrl(pathname)));
}

/** What the app's own loader finds wrong with a fixture (its sources read from tests/fixtures/). */
async function problemPaths(name: string): Promise<string[]> {
  const text = await readFile(new URL(name, FIXTURES), "utf8");
  const result = await loadDataset(text, (relative) =>
    readFile(new URL(relative, new URL(name, FIXTURES)), "utf8"),
  );
  if (result.ok) throw new Error(`${name} is valid`);
  return result.problems.map(placeOf);
}

function errorPage(page: Page) {
  return page.getByRole("alert").filter({
    has: page.getByRole("heading", { name: "This dataset could not be opened" }),
  });
}

describe("a dataset that cannot be opened", () => {
  it("lists each problem of an invalid dataset with where it is", async ({ open }) => {
    const missing: string[] = [];
    const expected = await problemPaths("invalid-references.json");
    const { page, allowConsoleErrors } = await open("/?data=/fixtures/invalid-references.json", {
      beforeNavigation: servesFixtures(missing),
    });
    const alert = errorPage(page);
    await alert.waitFor();
    await alert
      .getByText(`The dataset at /fixtures/invalid-references.json has ${expected.length} problems`)
      .waitFor();

    const items = alert.getByRole("listitem");
    expect(await items.count()).toBe(expected.length);
    const shown = await items.locator("code").allInnerTexts();
    expect(shown).toEqual(expected);
    // For instance: a relation pointing at an entity that is not there, with a hint.
    const berya = items.filter({ hasText: "relations[0].to" });
    expect(await berya.innerText()).toContain('no entity "berya"');
    expect(await berya.innerText()).toContain('did you mean "beria"');
    expect(shown.filter((path) => path.startsWith("relations[")).length).toBeGreaterThanOrEqual(3);
    // A way out.
    await alert.getByRole("link", { name: "Open the built-in dataset instead" }).waitFor();
    expect(await page.locator('[data-testid="graph"]').count()).toBe(0);

    // The fixture names a source text that does not exist: that 404 is the only console error.
    expect(missing).toEqual(["/fixtures/sources/missing.txt"]);
    allowConsoleErrors(notFoundOnPurpose(missing));
  });

  it("points at the line where a truncated file stops being JSON", async ({ open }) => {
    const missing: string[] = [];
    const { page } = await open("/?data=/fixtures/invalid-truncated.json.txt", {
      beforeNavigation: servesFixtures(missing),
    });
    const alert = errorPage(page);
    await alert.waitFor();
    const items = alert.getByRole("listitem");
    expect(await items.count()).toBe(1);
    expect(await items.locator("code").innerText()).toBe("(file)");
    expect(await items.innerText()).toMatch(/invalid JSON at line \d+, column \d+/);

    expect(missing).toEqual([]);
  });

  it("refuses a dataset on another site without fetching it", async ({ open }) => {
    const requested: string[] = [];
    const { page } = await open("/?data=https://example.org/x.json", {
      beforeNavigation: async (page) => {
        page.on("request", (request) => {
          if (new URL(request.url()).hostname === "example.org") requested.push(request.url());
        });
        // Never let a request leave the machine, should the app try.
        await page.route("https://example.org/**", (route) => route.abort());
      },
    });
    const alert = errorPage(page);
    await alert.waitFor();
    const items = alert.getByRole("listitem");
    expect(await items.count()).toBe(1);
    expect(await items.innerText()).toContain("only datasets on this site can be opened by link");
    expect(await items.innerText()).toContain("https://example.org is another site");
    expect(requested).toEqual([]);
  });

  it("says so when the built-in dataset's own file cannot be fetched, and offers to try again", async ({
    open,
  }) => {
    let asked = "";
    const { page, allowConsoleErrors } = await open("/", {
      beforeNavigation: async (page) => {
        await page.route(/\/assets\/built-in-dataset-[\w-]+\.json$/, (route) => {
          asked = new URL(route.request().url()).pathname;
          return route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found" });
        });
      },
    });
    const alert = errorPage(page);
    await alert.waitFor();
    await alert.getByText("The built-in dataset has 1 problem").waitFor();
    const item = alert.getByRole("listitem");
    expect(await item.locator("code").innerText()).toBe("(built-in dataset)");
    expect(await item.innerText()).toContain("could not be loaded: 404 Not Found");
    await alert.getByRole("link", { name: "Try again" }).waitFor();
    expect(await page.locator('[data-testid="graph"]').count()).toBe(0);

    allowConsoleErrors(notFoundOnPurpose([asked]));
  });

  it("opens a valid dataset served the same way (the fixtures' route works)", async ({ open }) => {
    const missing: string[] = [];
    const { page, app } = await open("/?data=/fixtures/valid-minimal.json", {
      beforeNavigation: servesFixtures(missing),
    });
    await app.panel.heading("Minimal valid dataset").waitFor();
    expect(await errorPage(page).count()).toBe(0);

    expect(missing).toEqual([]);
  });
});

describe("a browser without WebGL", () => {
  it("says the graph cannot be drawn and keeps every entity reachable from the index", async ({
    open,
  }) => {
    const { page, app } = await open("/", {
      browserArgs: ["--disable-webgl", "--disable-3d-apis"],
    });
    // Make sure the flags did what they say: no WebGL context to be had.
    expect(
      await page.evaluate(() => {
        const canvas = document.createElement("canvas");
        return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
      }),
    ).toBe(false);

    const status = page
      .getByRole("status")
      .filter({ has: page.getByRole("heading", { name: "The graph cannot be drawn here" }) });
    await status.waitFor();
    expect(await status.innerText()).toContain("WebGL");
    expect(await page.locator("canvas").count()).toBe(0);

    const beria = entity("beria");
    await app.index.getByRole("link", { name: beria.label, exact: true }).click();
    await app.panel.heading(beria.label).waitFor();
    expect(app.params().get("entity")).toBe(beria.id);
    // His relations are listed, each a sentence told from his side, with links.
    const relations = page.getByRole("heading", { level: 3, name: /^Relations/ });
    await relations.waitFor();
    const his = dataset.relations.filter((item) => item.from === beria.id || item.to === beria.id);
    expect(his.length).toBeGreaterThan(3);
    expect(await relations.innerText()).toContain(`(${his.length})`);
    for (const item of his) {
      const type = relationType(item.type);
      const outgoing = item.from === beria.id;
      const verb = outgoing || type.directed === false ? type.label : type.inverse;
      const other = entity(outgoing ? item.to : item.from).label;
      const sentence = app.panel.relationItem(verb, other);
      expect(await sentence.count(), `${verb} ${other}`).toBeGreaterThanOrEqual(1);
    }
    // The index is still there to go on from.
    await app.index.getByRole("link", { name: entity("khrushchev").label, exact: true }).click();
    await app.panel.heading(entity("khrushchev").label).waitFor();
  });
});
