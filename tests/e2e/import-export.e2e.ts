/**
 * Bringing one's own network and taking one away: files dropped on the page or picked with
 * "Open…" replace the dataset once read and checked whole; a file that cannot be opened is
 * refused with every problem and its place, over the dataset already open, which stays exactly as
 * it was; and the Export menu saves the dataset (dramatis JSON, GEXF) and the view (PNG, SVG),
 * files that open again as they left.
 *
 * The fixtures are tests/fixtures/import/ (files in each format) and tests/fixtures/hostile/ (one
 * broken or hostile file per case); what the specs expect is read from the files themselves.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { dataset, entity } from "./dataset";
import { GRAPH_SELECTOR, canvasHasDrawing } from "./canvas";
import { it } from "./fixture";
import { downloadOf, dragFilesOver, dropFiles, fixtureFile, pickFiles } from "./files";
import { drawnEntities } from "./hook";
import { decodePng, measureDrawing } from "./png";

const BERIA = entity("beria");

/** The nodes and edges of a GEXF file, read with regular expressions (the fixtures are simple). */
async function gexfContent(name: string) {
  const text = await readFile(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
  const labels = new Map(
    [...text.matchAll(/<node id="([^"]+)" label="([^"]*)"/g)].map(([, id, label]) => [
      id ?? "",
      label ?? "",
    ]),
  );
  const edges = [...text.matchAll(/<edge [^>]*source="([^"]+)"[^>]*target="([^"]+)"/g)].map(
    ([, source, target]) => ({ source: source ?? "", target: target ?? "" }),
  );
  const title = /<title>([^<]*)<\/title>/.exec(text)?.[1] ?? "";
  return { labels, edges, title };
}

/** The rows of a simple CSV fixture (no line breaks inside quotes), each as its header's fields. */
async function csvRows(name: string): Promise<Record<string, string>[]> {
  const text = await readFile(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
  const split = (line: string) =>
    [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)]
      .slice(0, -1)
      .map((match) => match[2] ?? match[1] ?? "");
  const [header = "", ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const columns = split(header);
  return lines.map((line) => {
    const fields = split(line);
    return Object.fromEntries(columns.map((column, index) => [column, fields[index] ?? ""]));
  });
}

/** relations.csv's arrest of Beria (cited to an http source), and the entity row of its arrester. */
function arrestRow(entities: Record<string, string>[], rows: Record<string, string>[]) {
  const arrest = rows.find((row) => row.type === "arrested" && row.to === "beria");
  const arrester = entities.find((row) => row.id === arrest?.from);
  if (!arrest?.source?.startsWith("http") || !arrest.quote || !arrester) {
    throw new Error("relations.csv has no arrest of Beria cited to an http source with a quote");
  }
  return {
    arrest: { type: arrest.type ?? "", quote: arrest.quote, source: arrest.source },
    arrester: { label: arrester.label ?? "" },
  };
}

function brandTitle(page: Page) {
  return page.locator("header.topbar .brand-title");
}

function counts(entities: number, relations: number): string {
  return `${entities} entities · ${relations} relations`;
}

function problemsDialog(page: Page, name: string) {
  return page.getByRole("alertdialog", { name: `${name} could not be opened` });
}

/** Each problem a dialog lists: its place and its message. */
async function listedProblems(dialog: ReturnType<typeof problemsDialog>) {
  const items = dialog.getByRole("listitem");
  const places = await items.locator("code.problem-path").allInnerTexts();
  const messages = await items.locator(".problem-message").allInnerTexts();
  return places.map((place, index) => ({ place, message: messages[index] ?? "" }));
}

/**
 * Records, from now on, what the page's import progress said: the text of the status and the
 * name of its progress bar, each time they change (they may come and go between two looks).
 */
async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
    const look = () => {
      const status = document.querySelector('.import-progress[role="status"]');
      if (!status) return;
      const bar = status.querySelector("progress");
      const said = `${status.textContent ?? ""} | ${bar?.getAttribute("aria-label") ?? "no bar"}`;
      if (seen.at(-1) !== said) seen.push(said);
    };
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);
}

/** The page's address, the title in its top bar, and the heading of its panel. */
async function whatIsOpen(page: Page) {
  return {
    url: page.url(),
    title: await brandTitle(page).innerText(),
    panel: await page.locator("#panel-title").innerText(),
  };
}

describe("opening a network file", () => {
  it("a dropped GEXF replaces the dataset: its title, counts, drawing and panels", async ({
    open,
  }) => {
    const gexf = await gexfContent("import/les-miserables.gexf");
    expect(gexf.labels.size).toBe(77);
    expect(gexf.edges.length).toBe(254);
    const { page, app } = await open(`/?entity=${BERIA.id}`);
    await app.waitForGraph();
    await app.panel.heading(BERIA.label).waitFor();

    // While the file is dragged over the page, it says where to drop it.
    const file = await fixtureFile("import/les-miserables.gexf");
    const progress = await recordProgress(page);
    const { drop } = await dragFilesOver(page, [file]);
    const target = page.locator(".drop-zone");
    await target.waitFor();
    expect(await target.innerText()).toContain("Drop to open");
    expect(await target.innerText()).toContain("GEXF");
    await drop();
    await target.waitFor({ state: "detached" });

    await expect.poll(() => brandTitle(page).innerText()).toBe(gexf.title);
    expect(gexf.title).toContain("Les Miserables");
    await app.panel.heading(gexf.title).waitFor();
    await page.getByText(counts(gexf.labels.size, gexf.edges.length), { exact: true }).waitFor();
    expect(await page.title()).toBe(`${gexf.title} · Dramatis`);
    // Its progress was shown while it was read, with a bar named after the file.
    const said = await progress();
    expect(said.length).toBeGreaterThan(0);
    for (const line of said) {
      expect(line).toMatch(/^Opening les-miserables\.gexf: [a-z]+…/);
      expect(line).toContain("| Opening les-miserables.gexf");
    }
    await page.locator(".import-progress").waitFor({ state: "detached" });
    // Nothing of the old dataset's selection is left in the address.
    expect(new URL(page.url()).search).toBe("");

    // What was not used is said, once, and can be dismissed.
    const notes = page.getByRole("status").filter({ hasText: "Opened les-miserables.gexf." });
    await notes.waitFor();
    expect(await notes.innerText()).toContain("cooccurrence");
    await notes.getByRole("button", { name: "Dismiss" }).click();
    await notes.waitFor({ state: "detached" });

    await app.waitForGraph();
    const drawing = await canvasHasDrawing(page);
    expect(drawing.nonBackgroundPixels).toBeGreaterThan(5_000);
    // GEXF colours by modularity class: several of them.
    expect(drawing.distinctHues).toBeGreaterThanOrEqual(3);

    // Search finds Valjean; his panel lists all his co-appearances.
    const valjeanId = [...gexf.labels].find(([, label]) => label === "Valjean")?.[0] ?? "";
    const his = gexf.edges.filter((edge) => edge.source === valjeanId || edge.target === valjeanId);
    expect(his.length).toBeGreaterThan(10);
    const box = app.search.box;
    await box.click();
    await box.pressSequentially("Valjean");
    const list = app.search.results;
    await list.getByRole("option").first().waitFor();
    expect(await list.getByRole("option").first().innerText()).toContain("Valjean");
    await box.press("Enter");
    await app.panel.heading("Valjean").waitFor();
    expect(app.params().get("entity")).toBe(valjeanId);
    const relations = page.getByRole("heading", { level: 3, name: /^Relations/ });
    expect(await relations.innerText()).toContain(`(${his.length})`);
    const sidebar = app.panel.root;
    for (const edge of his) {
      const other = gexf.labels.get(edge.source === valjeanId ? edge.target : edge.source) ?? "";
      expect(
        await sidebar.getByRole("link", { name: other, exact: true }).count(),
        other,
      ).toBeGreaterThanOrEqual(1);
    }

    // A neighbour's link opens the neighbour's panel, which links back.
    await sidebar.getByRole("link", { name: "Javert", exact: true }).first().click();
    await app.panel.heading("Javert").waitFor();
    const javertId = [...gexf.labels].find(([, label]) => label === "Javert")?.[0] ?? "";
    expect(app.params().get("entity")).toBe(javertId);
    await sidebar.getByRole("link", { name: "Valjean", exact: true }).first().waitFor();
  });

  it("a CSV pair picked with Open… opens with every row, and its relations in the panels", async ({
    open,
  }) => {
    const entities = await csvRows("import/entities.csv");
    const rows = await csvRows("import/relations.csv");
    const { page, app } = await open("/");
    await app.waitForGraph();
    await page.getByRole("button", { name: "Open…" }).waitFor();

    await pickFiles(page, [
      await fixtureFile("import/entities.csv"),
      await fixtureFile("import/relations.csv"),
    ]);
    await expect.poll(() => brandTitle(page).innerText()).not.toBe(dataset.title);
    const title = await brandTitle(page).innerText();
    expect(title).toContain("entities.csv");
    await app.panel.heading(title).waitFor();
    await page.getByText(counts(entities.length, rows.length), { exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe("");
    await app.waitForGraph();
    expect((await canvasHasDrawing(page)).nonBackgroundPixels).toBeGreaterThan(500);

    // The index holds each row of entities.csv, grouped under its type.
    const index = app.index;
    for (const row of entities) {
      await index.getByRole("link", { name: row.label, exact: true }).waitFor();
    }
    for (const type of new Set(entities.map((row) => row.type))) {
      await index.getByRole("heading", { name: type, exact: true }).waitFor();
    }

    // Beria's panel: each row of relations.csv naming him, with the other end a link.
    const beria = entities.find((row) => row.id === "beria");
    if (!beria) throw new Error("entities.csv has no beria");
    await index.getByRole("link", { name: beria.label, exact: true }).click();
    await app.panel.heading(beria.label ?? "").waitFor();
    expect(app.params().get("entity")).toBe("beria");
    const his = rows.filter((row) => row.from === "beria" || row.to === "beria");
    expect(his.length).toBeGreaterThan(1);
    const relations = page.getByRole("heading", { level: 3, name: /^Relations/ });
    expect(await relations.innerText()).toContain(`(${his.length})`);
    const sidebar = app.panel.root;
    for (const row of his) {
      const other = entities.find((item) => item.id === (row.from === "beria" ? row.to : row.from));
      const sentence = sidebar
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: other?.label, exact: true }) });
      expect(await sentence.count(), `${row.from} ${row.type} ${row.to}`).toBeGreaterThanOrEqual(1);
    }
    // The arrest, from the arrester's side, then its own panel: the row's quote and source.
    const { arrest, arrester } = arrestRow(entities, rows);
    await sidebar.getByRole("link", { name: arrester.label, exact: true }).first().click();
    await app.panel.heading(arrester.label).waitFor();
    await sidebar.getByRole("link", { name: arrest.type, exact: true }).first().click();
    await app.panel.heading(`${arrester.label} ${arrest.type} ${beria.label}`).waitFor();
    await sidebar.getByRole("link", { name: arrest.quote, exact: true }).waitFor();
    expect(await sidebar.innerText()).toContain(`— ${arrest.source}`);
  });

  it("a CSV row's http source is a link the reader can follow", async ({ open }) => {
    const entities = await csvRows("import/entities.csv");
    const rows = await csvRows("import/relations.csv");
    const { page, app } = await open("/");
    await app.waitForGraph();
    await pickFiles(page, [
      await fixtureFile("import/entities.csv"),
      await fixtureFile("import/relations.csv"),
    ]);
    await expect.poll(() => brandTitle(page).innerText()).toBe("entities.csv and relations.csv");
    // The import says what the files became; read, it is dismissed, as a reader would.
    const summary = page.getByRole("status").filter({ hasText: /^Opened / });
    await summary.getByRole("button", { name: "Dismiss" }).click();
    await summary.waitFor({ state: "detached" });
    const { arrest, arrester } = arrestRow(entities, rows);
    const index = app.index;
    await index.getByRole("link", { name: arrester.label, exact: true }).click();
    const sidebar = app.panel.root;
    await sidebar.getByRole("link", { name: arrest.type, exact: true }).first().click();
    await sidebar.getByRole("link", { name: arrest.quote, exact: true }).waitFor();
    const source = sidebar.getByRole("link", { name: arrest.source });
    await source.waitFor();
    expect(await source.getAttribute("href")).toBe(arrest.source);
  });
});

/** Answers /real/… with the real files of tests/fixtures/real/, as a site serving them would. */
function servesRealFiles() {
  return async (page: Page) => {
    await page.route(
      (url) => url.pathname.startsWith("/real/"),
      async (route) => {
        const relative = decodeURIComponent(new URL(route.request().url()).pathname.slice(6));
        if (relative.includes("/") || relative.includes(".."))
          return route.fulfill({ status: 403 });
        const body = await readFile(new URL(`../fixtures/real/${relative}`, import.meta.url));
        return route.fulfill({ status: 200, contentType: "application/xml", body });
      },
    );
  };
}

describe("a network linked with ?data=", () => {
  it("a GEXF opens as Open… would open it, and the page speaks in its words", async ({ open }) => {
    const { page, app } = await open("/?data=/real/tinkerpop-modern.xml", {
      beforeNavigation: servesRealFiles(),
    });
    await app.waitForGraph();
    await expect.poll(() => brandTitle(page).innerText()).toBe("tinkerpop-modern.xml");
    await page.getByText(counts(6, 6), { exact: true }).waitFor();
    // Its own kinds and verbs, never the built-in dataset's people and arrests.
    expect(await app.search.box.getAttribute("placeholder")).toBe(
      "Search people and software, or a relation like “created”",
    );
    const hint = await page.locator(".overview .hint").innerText();
    expect(hint).toContain("Search above finds people and software");
    expect(hint).toContain("(try “created”)");
    expect(hint).not.toContain("arrested");
    const legend = await page.getByRole("region", { name: "Legend and filters" }).innerText();
    for (const name of ["person 4", "software 2"]) expect(legend.toLowerCase()).toContain(name);

    // The file's attributes are in the panel, as a table.
    await app.search.box.click();
    await app.search.box.pressSequentially("marko");
    await app.search.results.getByRole("option").first().waitFor();
    await app.search.box.press("Enter");
    await app.panel.heading("marko").waitFor();
    const table = page.getByRole("table", { name: "From the file" });
    expect(await table.getByRole("row").allInnerTexts()).toEqual(["age\t29"]);
  });
});

describe("a file that cannot be opened", () => {
  it("is refused with each problem and its place; the open dataset stays as it was", async ({
    open,
  }) => {
    const { page, app } = await open(`/?entity=${BERIA.id}`);
    await app.waitForGraph();
    await app.panel.heading(BERIA.label).waitFor();
    const before = await whatIsOpen(page);
    expect(before.title).toBe(dataset.title);

    // An XML bomb: its DOCTYPE is refused before any parser sees it.
    await dropFiles(page, [await fixtureFile("hostile/billion-laughs.gexf")]);
    const bomb = problemsDialog(page, "billion-laughs.gexf");
    await bomb.waitFor();
    expect(await bomb.innerText()).toContain(
      "1 problem, each with where it is. The dataset already open stays as it was.",
    );
    const bombProblems = await listedProblems(bomb);
    expect(bombProblems).toHaveLength(1);
    expect(bombProblems[0]?.place).toBe("billion-laughs.gexf line 2");
    expect(bombProblems[0]?.message).toContain("declares a document type (<!DOCTYPE>)");
    // No fix to offer: one way out, and the focus is on it.
    expect(await bomb.getByRole("button").allInnerTexts()).toEqual(["Close"]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toBe("Close");
    await bomb.getByRole("button", { name: "Close" }).click();
    await bomb.waitFor({ state: "detached" });
    expect(await whatIsOpen(page)).toEqual(before);

    // JSON cut off inside a string, picked with Open…: the line and column where it breaks.
    await pickFiles(page, [await fixtureFile("hostile/truncated.json")]);
    const truncated = problemsDialog(page, "truncated.json");
    await truncated.waitFor();
    const truncatedProblems = await listedProblems(truncated);
    expect(truncatedProblems).toHaveLength(1);
    expect(truncatedProblems[0]?.place).toBe("(file)");
    expect(truncatedProblems[0]?.message).toMatch(/invalid JSON at line 5, column \d+/);
    // Escape closes the dialog, and only the dialog: Beria's panel stays open.
    await page.keyboard.press("Escape");
    await truncated.waitFor({ state: "detached" });
    expect(await whatIsOpen(page)).toEqual(before);

    await app.waitForGraph();
    expect((await canvasHasDrawing(page)).nonBackgroundPixels).toBeGreaterThan(5_000);
  });

  it("with relations to missing entities offers to drop them, or to keep what is open", async ({
    open,
  }) => {
    const { page, app } = await open(`/?entity=${BERIA.id}`);
    await app.waitForGraph();
    await app.panel.heading(BERIA.label).waitFor();
    const before = await whatIsOpen(page);

    // A CSV pair whose relations name an entity that is not in the list: keep the current one.
    const entities = await csvRows("hostile/dangling-entities.csv");
    const rows = await csvRows("hostile/dangling-relations.csv");
    const ids = new Set(entities.map((row) => row.id));
    const dangling = rows.filter((row) => !ids.has(row.from ?? "") || !ids.has(row.to ?? ""));
    expect(dangling).toHaveLength(1);
    await dropFiles(page, [
      await fixtureFile("hostile/dangling-entities.csv"),
      await fixtureFile("hostile/dangling-relations.csv"),
    ]);
    const pair = problemsDialog(page, "2 files");
    await pair.waitFor();
    expect(await listedProblems(pair)).toEqual([
      {
        place: `dangling-relations.csv:${rows.indexOf(dangling[0] ?? {}) + 2}:2`,
        message: 'to: no entity "berya" (did you mean "beria"?)',
      },
    ]);
    expect(await pair.innerText()).toContain(
      "1 relation points at an entity that does not exist: drop it and open the rest?",
    );
    expect(await pair.getByRole("button").allInnerTexts()).toEqual([
      "Open the rest",
      "Keep the current dataset",
    ]);
    await pair.getByRole("button", { name: "Keep the current dataset" }).click();
    await pair.waitFor({ state: "detached" });
    expect(await whatIsOpen(page)).toEqual(before);

    // A GEXF with edges to missing nodes: each edge's line; opening the rest drops exactly those.
    const gexf = await gexfContent("hostile/edges-to-missing-nodes.gexf");
    const missing = gexf.edges.filter(
      (edge) => !gexf.labels.has(edge.source) || !gexf.labels.has(edge.target),
    );
    expect(missing.length).toBeGreaterThan(1);
    await dropFiles(page, [await fixtureFile("hostile/edges-to-missing-nodes.gexf")]);
    const edges = problemsDialog(page, "edges-to-missing-nodes.gexf");
    await edges.waitFor();
    const problems = await listedProblems(edges);
    expect(problems.length).toBeGreaterThanOrEqual(missing.length);
    for (const problem of problems) expect(problem.place).toMatch(/^<edge id="e\d+"> line \d+$/);
    expect(problems[0]).toEqual({
      place: '<edge id="e2"> line 11',
      message: 'target: no node "berya" (did you mean "beria"?)',
    });
    expect(await edges.innerText()).toContain(
      `${missing.length} edges point at nodes that do not exist: drop them and open the rest?`,
    );
    await edges.getByRole("button", { name: "Open the rest" }).click();
    await edges.waitFor({ state: "detached" });
    // The file has no <title>: it is named after itself.
    await expect.poll(() => brandTitle(page).innerText()).toBe("edges-to-missing-nodes.gexf");
    const kept = gexf.edges.filter((edge) => !missing.includes(edge));
    expect(kept).toHaveLength(1);
    // "1 relations" (sic): see the skipped test below.
    await page
      .getByText(new RegExp(`^${gexf.labels.size} entities · ${kept.length} relations?$`))
      .waitFor();
    expect(new URL(page.url()).search).toBe("");
    const notes = page
      .getByRole("status")
      .filter({ hasText: "Opened edges-to-missing-nodes.gexf." });
    await notes.waitFor();
    expect(await notes.innerText()).toContain(
      `dropped ${missing.length} relations whose ends do not exist`,
    );
    await notes.getByRole("button", { name: "Dismiss" }).click();
    await app.waitForGraph();
    expect((await canvasHasDrawing(page)).nonBackgroundPixels).toBeGreaterThan(100);
    // What is left: the one edge between nodes that exist, on both its ends' panels.
    const [edge] = kept;
    const source = gexf.labels.get(edge?.source ?? "") ?? "";
    const target = gexf.labels.get(edge?.target ?? "") ?? "";
    const index = app.index;
    await index.getByRole("link", { name: target, exact: true }).click();
    await app.panel.heading(target).waitFor();
    expect(await page.getByRole("heading", { level: 3, name: /^Relations/ }).innerText()).toContain(
      "(1)",
    );
    const sidebar = app.panel.root;
    await sidebar.getByRole("link", { name: source, exact: true }).click();
    await app.panel.heading(source).waitFor();
  });

  it("counts one relation as “1 relation”", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    await dropFiles(page, [await fixtureFile("hostile/edges-to-missing-nodes.gexf")]);
    const dialog = problemsDialog(page, "edges-to-missing-nodes.gexf");
    await dialog.getByRole("button", { name: "Open the rest" }).click();
    await page.getByText("2 entities · 1 relation", { exact: true }).waitFor();
  });
});

describe("export", () => {
  it("saves the dataset as dramatis JSON and GEXF, each opening again as it was", async ({
    open,
  }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const menu = page.locator("details.export-menu");
    await menu.getByText("Export", { exact: true }).click();
    const items = page.getByRole("group", { name: "Export" });

    const json = await downloadOf(page, () =>
      items.getByRole("button", { name: "Dataset as dramatis JSON" }).click(),
    );
    expect(json.name).toMatch(/\.json$/);
    const saved = JSON.parse(json.bytes.toString("utf8")) as {
      format: string;
      title: string;
      entities: unknown[];
      relations: unknown[];
    };
    expect(saved.format).toBe("dramatis/1");
    expect(saved.title).toBe(dataset.title);
    expect(saved.entities).toHaveLength(dataset.entities.length);
    expect(saved.relations).toHaveLength(dataset.relations.length);

    const gexf = await downloadOf(page, () =>
      items.getByRole("button", { name: "Dataset as GEXF (Gephi)" }).click(),
    );
    expect(gexf.name).toMatch(/\.gexf$/);
    const xml = gexf.bytes.toString("utf8");
    expect(xml).toContain("<gexf");
    expect(xml.match(/<node\b/g)).toHaveLength(dataset.entities.length);
    expect(xml.match(/<edge\b/g)).toHaveLength(dataset.relations.length);

    const builtIn = counts(dataset.entities.length, dataset.relations.length);
    for (const file of [json, gexf]) {
      // Opened back over another dataset, so that what shows is the file's.
      await dropFiles(page, [await fixtureFile("import/small-1.3.gexf")]);
      await expect.poll(() => brandTitle(page).innerText()).not.toBe(dataset.title);

      await pickFiles(page, [{ name: file.name, bytes: new Uint8Array(file.bytes) }]);
      await expect
        .poll(() => brandTitle(page).innerText(), { message: file.name })
        .toBe(dataset.title);
      await app.panel.heading(dataset.title).waitFor();
      await page.getByText(builtIn, { exact: true }).waitFor();
      await app.waitForGraph();
      expect(await problemsDialog(page, file.name).count()).toBe(0);
    }
  });

  it("saves the view as PNG (at 1× and 2×) and SVG, with the legend", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const graph = await page.locator(GRAPH_SELECTOR).boundingBox();
    if (!graph) throw new Error("the graph has no box");
    await page.locator("details.export-menu").getByText("Export", { exact: true }).click();
    const items = page.getByRole("group", { name: "Export" });

    const png = await downloadOf(page, () =>
      items.getByRole("button", { name: "View as PNG", exact: true }).click(),
    );
    expect(png.name).toMatch(/\.png$/);
    const image = decodePng(png.bytes);
    expect(image.width).toBe(Math.round(graph.width));
    // The legend is under the graph.
    expect(image.height).toBeGreaterThan(Math.round(graph.height));
    const drawing = measureDrawing(image);
    expect(drawing.background).toEqual([255, 255, 255]);
    expect(drawing.nonBackgroundPixels).toBeGreaterThan(5_000);
    expect(drawing.distinctHues).toBeGreaterThanOrEqual(2);

    const png2 = await downloadOf(page, () =>
      items.getByRole("button", { name: "View as PNG, 2× (for print)" }).click(),
    );
    expect(png2.name).toMatch(/\.png$/);
    const image2 = decodePng(png2.bytes);
    expect(image2.width).toBe(2 * image.width);
    expect(image2.height).toBe(2 * image.height);
    expect(measureDrawing(image2).nonBackgroundPixels).toBeGreaterThan(
      2 * drawing.nonBackgroundPixels,
    );

    const svgFile = await downloadOf(page, () =>
      items.getByRole("button", { name: "View as SVG" }).click(),
    );
    expect(svgFile.name).toMatch(/\.svg$/);
    const svg = svgFile.bytes.toString("utf8");
    expect(svg).toContain("<svg");
    expect(svg).toContain(`width="${Math.round(graph.width)}"`);
    // One mark (a group of rings) per entity drawn, and one circle per entity type in the
    // legend, each named.
    const drawn = await drawnEntities(
      page,
      dataset.entities.map((item) => item.id),
    );
    expect(drawn.length).toBeGreaterThan(5);
    const typesShown = dataset.entityTypes.filter((type) =>
      dataset.entities.some((item) => item.type === type.id),
    );
    expect(svg.match(/<g class="entity">/g)).toHaveLength(drawn.length);
    const legendOnly = svg.replace(/<g class="entity">[\s\S]*?<\/g>/g, "");
    expect(legendOnly.match(/<circle\b/g)).toHaveLength(typesShown.length);
    for (const type of typesShown) expect(svg).toContain(`>${type.label}</text>`);
    expect(svg).toContain(">Person</text>");
    expect(await page.getByRole("alert").count()).toBe(0);
  });
});
