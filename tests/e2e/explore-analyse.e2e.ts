/**
 * Exploring and analysing: how two entities are connected (picked from a panel, from the picker's
 * search box or by shift-clicking in the graph), what turning a relation type off or following
 * direction does to that connection and which change would bring it back; the legend as a filter
 * ("Only"), the neighbourhood focus, and the measures that size and rank the entities. Every one
 * of these is kept in the URL.
 *
 * The expected paths, neighbourhoods and ranks are worked out here from the dataset itself.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { dataset, entity, neighboursOf, relation, relationType, type RawRelation } from "./dataset";
import { colourAt, graphImage, graphShowsAt, waitForGraph } from "./canvas";
import { it } from "./fixture";
import {
  clickAt,
  drawnEntities,
  drawnRelations,
  entityScreenPosition,
  type ScreenPoint,
} from "./hook";

const VOROSHILOV = entity("voroshilov");
const BERIA = entity("beria");
const KHRUSHCHEV = entity("khrushchev");
const PRESIDIUM = entity("presidium");

const ENTITY_IDS = dataset.entities.map((item) => item.id);
const RELATION_IDS = dataset.relations.map((item) => item.id);
/** Relation types walked both ways even when following direction. */
const UNDIRECTED = new Set(
  dataset.relationTypes.filter((type) => type.directed === false).map((type) => type.id),
);
/** The app lists at most this many shortest paths (DEFAULT_PATH_LIMIT). */
const PATH_LIMIT = 10;

// ---------------------------------------------------------------------------------------------
// Expectations from the dataset

interface Filters {
  /** Hidden relation type ids. */
  relationTypes: ReadonlySet<string>;
  /** Hidden entity type ids. */
  entityTypes?: ReadonlySet<string>;
}

/** Relations on show under the filters (types only: certainty and source filters are not used). */
function shownRelations(filters: Filters): RawRelation[] {
  const typeOf = new Map(dataset.entities.map((item) => [item.id, item.type]));
  const entityShown = (id: string) => !filters.entityTypes?.has(typeOf.get(id) ?? "");
  return dataset.relations.filter(
    (item) =>
      !filters.relationTypes.has(item.type) &&
      entityShown(item.from) &&
      entityShown(item.to) &&
      item.from !== item.to,
  );
}

/**
 * Every shortest path from `from` to `to` as its relations, under the filters; each relation walked
 * from its `from` end, or either way when `directed` is off or its type is undirected. Null when
 * there is none. A plain breadth-first search and a walk back through the layers.
 */
function shortestPaths(
  from: string,
  to: string,
  filters: Filters,
  directed: boolean,
): RawRelation[][] | null {
  const relations = shownRelations(filters);
  const steps = (at: string): [RawRelation, string][] =>
    relations.flatMap((item): [RawRelation, string][] => {
      if (item.from === at) return [[item, item.to]];
      if (item.to === at && (!directed || UNDIRECTED.has(item.type))) return [[item, item.from]];
      return [];
    });
  const distance = new Map([[from, 0]]);
  for (let frontier = [from]; frontier.length > 0 && !distance.has(to);) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const [, other] of steps(at)) {
        if (distance.has(other)) continue;
        distance.set(other, (distance.get(at) ?? 0) + 1);
        next.push(other);
      }
    }
    frontier = next;
  }
  const length = distance.get(to);
  if (length === undefined) return null;
  const paths: RawRelation[][] = [];
  const walk = (at: string, trail: RawRelation[]) => {
    if (trail.length === length) {
      if (at === to) paths.push(trail);
      return;
    }
    for (const [item, other] of steps(at)) {
      if (distance.get(other) === trail.length + 1) walk(other, [...trail, item]);
    }
  };
  walk(from, []);
  return paths;
}

/** Entities within `depth` relations of `id`, itself included. */
function withinSteps(id: string, depth: number): Set<string> {
  const reached = new Set([id]);
  let frontier = [id];
  for (let step = 0; step < depth; step++) {
    frontier = frontier.flatMap((at) =>
      [...neighboursOf(at)].filter((other) => !reached.has(other)),
    );
    for (const other of frontier) reached.add(other);
  }
  return reached;
}

/** 1 → "Most", 2 → "2nd most", 11 → "11th most", 23 → "23rd most": as the rank text says it. */
function rankWords(rank: number): string {
  if (rank === 1) return "Most";
  const lastTwo = rank % 100;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? "th" : (["th", "st", "nd", "rd"][rank % 10] ?? "th");
  return `${rank}${suffix} most`;
}

/** Competition rank ("1224") of an entity by its number of relations. */
function rankByRelations(id: string): number {
  const count = (of: string) =>
    dataset.relations.filter((item) => item.from === of || item.to === of).length;
  const mine = count(id);
  return 1 + ENTITY_IDS.filter((other) => count(other) > mine).length;
}

/** A relation type's toggle in the legend: its label as the legend writes it, and its count. */
function relationToggleName(typeId: string): string {
  const type = relationType(typeId);
  const label = type.directed === false ? `${type.label} (both ways)` : `${type.label} →`;
  const count = dataset.relations.filter((item) => item.type === typeId).length;
  return `${label} ${count}`;
}

function entityTypeOf(typeId: string) {
  const type = dataset.entityTypes.find((item) => item.id === typeId);
  if (!type) throw new Error(`the built-in dataset has no entity type "${typeId}"`);
  return type;
}

function entityToggleName(typeId: string): string {
  const count = dataset.entities.filter((item) => item.type === typeId).length;
  return `${entityTypeOf(typeId).label} ${count}`;
}

// ---------------------------------------------------------------------------------------------
// What the page shows

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

function details(page: Page): Locator {
  return page.getByRole("complementary", { name: "Details" });
}

function panelHeading(page: Page, name: string): Locator {
  return page.getByRole("heading", { level: 2, name, exact: true });
}

function connectionHeading(page: Page, from: string, to: string): Locator {
  return panelHeading(page, `How is ${entity(from).label} connected to ${entity(to).label}?`);
}

function legend(page: Page): Locator {
  return page.getByRole("region", { name: "Legend and filters" });
}

function directionSwitch(page: Page): Locator {
  return page.getByRole("switch", { name: "Follow the direction of relations" });
}

function searchBox(page: Page, name = "Search entities and relations"): Locator {
  return page.getByRole("combobox", { name });
}

/** Opens the legend's "Relation types (N)" menu, where the relation type toggles are. */
async function openRelationTypes(page: Page): Promise<void> {
  const count = new Set(dataset.relations.map((item) => item.type)).size;
  const summary = legend(page).getByText(`Relation types (${count})`);
  const toggles = legend(page).getByRole("list", { name: "Relation types" });
  if (!(await toggles.isVisible())) await summary.click();
  await toggles.waitFor();
}

function relationToggle(page: Page, typeId: string): Locator {
  return legend(page)
    .getByRole("list", { name: "Relation types" })
    .getByRole("button", { name: relationToggleName(typeId), exact: true });
}

function entityToggle(page: Page, typeId: string): Locator {
  return legend(page)
    .getByRole("list", { name: "Entity types" })
    .getByRole("button", { name: entityToggleName(typeId), exact: true });
}

/** One hop of a listed path, as its sentence's links name it. */
interface ListedHop {
  from: string;
  relation: string;
  to: string;
  sentence: string;
}

/** The connection panel's paths, each as its hops: the first three links of each sentence. */
async function listedPaths(page: Page): Promise<ListedHop[][]> {
  const raw = await details(page)
    .locator(".paths > li")
    .evaluateAll((items) =>
      items.map((item) =>
        [...item.querySelectorAll<HTMLElement>(".hop .sentence")].map((sentence) => ({
          hrefs: [...sentence.querySelectorAll("a")].map((link) => link.getAttribute("href") ?? ""),
          text: sentence.innerText.trim(),
        })),
      ),
    );
  const query = (href: string | undefined, name: string) =>
    new URLSearchParams((href ?? "").slice((href ?? "").indexOf("?"))).get(name) ?? "";
  return raw.map((hops) =>
    hops.map(({ hrefs, text }) => {
      expect(hrefs.length).toBe(3);
      return {
        from: query(hrefs[0], "entity"),
        relation: query(hrefs[1], "relation"),
        to: query(hrefs[2], "entity"),
        sentence: text,
      };
    }),
  );
}

const pathKey = (ids: readonly string[]) => ids.join(" > ");

function stepsText(paths: number, length: number, truncated: boolean): string {
  return (
    `${paths}${truncated ? "+" : ""} shortest ${paths === 1 ? "path" : "paths"} of ${length} ` +
    `${length === 1 ? "step" : "steps"}.${truncated ? " Only the first are listed." : ""}`
  );
}

/** What would open a connection: the opening buttons' labels, in the panel's order. */
function expectedOpenings(from: string, to: string, filters: Filters, directed: boolean): string[] {
  const openings: string[] = [];
  for (const typeId of [...filters.relationTypes].sort()) {
    const relationTypes = new Set([...filters.relationTypes].filter((id) => id !== typeId));
    if (shortestPaths(from, to, { ...filters, relationTypes }, directed)) {
      openings.push(`show “${relationType(typeId).label}” relations`);
    }
  }
  if (directed && shortestPaths(from, to, filters, false)) {
    openings.push("ignore the direction of relations");
  }
  return openings;
}

/**
 * Checks the connection panel against the dataset: either every shortest path, each hop a
 * sentence "A verb B" linking its two entities and its relation, chained from `from` to `to`,
 * and each drawn in the graph; or "No connection" with the buttons naming what would open one.
 * Returns the listed paths, or null when there is no connection.
 */
async function expectConnection(
  page: Page,
  from: string,
  to: string,
  filters: Filters,
  directed: boolean,
): Promise<ListedHop[][] | null> {
  await connectionHeading(page, from, to).waitFor();
  const expected = shortestPaths(from, to, filters, directed);
  const status = details(page).getByRole("status");
  if (!expected) {
    const noConnection =
      `No connection between ${entity(from).label} and ${entity(to).label} under the current ` +
      `filters${directed ? ", following direction" : ""}.`;
    await expect.poll(() => status.innerText()).toContain(noConnection);
    const openings = status.getByRole("button");
    expect(await openings.allInnerTexts()).toEqual(expectedOpenings(from, to, filters, directed));
    return null;
  }
  const length = expected[0]?.length ?? 0;
  const truncated = expected.length > PATH_LIMIT;
  const count = Math.min(expected.length, PATH_LIMIT);
  await expect.poll(() => status.innerText()).toBe(stepsText(count, length, truncated));

  const listed = await listedPaths(page);
  expect(listed.length).toBe(count);
  const expectedKeys = new Set(expected.map((path) => pathKey(path.map((item) => item.id))));
  for (const path of listed) {
    expect(expectedKeys).toContain(pathKey(path.map((hop) => hop.relation)));
    // Each hop starts where the last ended, from `from` to `to`.
    expect(path.map((hop) => hop.from)).toEqual([from, ...path.slice(0, -1).map((hop) => hop.to)]);
    expect(path.at(-1)?.to).toBe(to);
    for (const hop of path) {
      const item = relation(hop.relation);
      const type = relationType(item.type);
      const forwards = item.from === hop.from && item.to === hop.to;
      expect(forwards || (item.to === hop.from && item.from === hop.to)).toBe(true);
      if (directed) expect(forwards || type.directed === false).toBe(true);
      const verb = forwards || type.directed === false ? type.label : type.inverse;
      expect(hop.sentence).toMatch(
        new RegExp(`^${escapeRegExp(`${entity(hop.from).label} ${verb} ${entity(hop.to).label}`)}`),
      );
    }
  }
  if (!truncated) {
    expect(new Set(listed.map((path) => pathKey(path.map((hop) => hop.relation))))).toEqual(
      expectedKeys,
    );
  }
  // The graph draws every entity and relation of the listed paths.
  const entities = [
    ...new Set(listed.flatMap((path) => path.flatMap((hop) => [hop.from, hop.to]))),
  ];
  const relations = [...new Set(listed.flatMap((path) => path.map((hop) => hop.relation)))];
  await expect.poll(() => drawnEntities(page, entities)).toEqual(entities);
  await expect.poll(() => drawnRelations(page, relations)).toEqual(relations);
  return listed;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The grey that the graph dims what is not emphasised to (HighlightController's DIMMED_NODE). */
const DIMMED_NODE = "#d9dce1";

function hexColour(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace(/^#/, ""), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** Colours within a few steps of each other on every channel (anti-aliasing, blending). */
function near(a: readonly number[], b: readonly number[], tolerance = 12): boolean {
  return a.every((value, channel) => Math.abs(value - (b[channel] ?? 0)) <= tolerance);
}

async function positionOf(page: Page, entityId: string): Promise<ScreenPoint> {
  const point = await entityScreenPosition(page, entityId);
  if (!point) throw new Error(`the test hook has no position for "${entityId}"`);
  return point;
}

/** Shift-clicks an entity's node, as a person picks an end of a connection. */
async function shiftClickEntity(page: Page, entityId: string): Promise<void> {
  const point = await positionOf(page, entityId);
  await page.keyboard.down("Shift");
  try {
    await clickAt(page, point);
  } finally {
    await page.keyboard.up("Shift");
  }
}

/** Moves the pointer off the graph, so that no hovered node changes what is emphasised. */
async function pointerAway(page: Page): Promise<void> {
  const box = await details(page).boundingBox();
  if (!box) throw new Error("the Details panel has no box");
  await page.mouse.move(box.x + box.width / 2, box.y + 10);
}

// ---------------------------------------------------------------------------------------------

describe("how two entities are connected", () => {
  it("are found from Voroshilov's panel through the picker's search box, and from Khrushchev's by shift-click", async ({
    open,
  }) => {
    const { page } = await open(`/?entity=${VOROSHILOV.id}`);
    await waitForGraph(page);
    await panelHeading(page, VOROSHILOV.label).waitFor();
    await page.getByRole("button", { name: "How is this connected to…?", exact: true }).click();
    await page.getByText(`How is ${VOROSHILOV.label} connected to…?`).waitFor();
    expect(params(page).get("path")).toBe(VOROSHILOV.id);

    const picker = searchBox(page, "The other end of the connection");
    await picker.click();
    await picker.pressSequentially("Beria");
    await page
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option")
      .first()
      .waitFor();
    await picker.press("Enter");
    await connectionHeading(page, VOROSHILOV.id, BERIA.id).waitFor();
    expect(params(page).get("path")).toBe(`${VOROSHILOV.id},${BERIA.id}`);
    const listed = await expectConnection(
      page,
      VOROSHILOV.id,
      BERIA.id,
      { relationTypes: new Set() },
      false,
    );
    expect(listed?.length).toBeGreaterThan(0);

    await page.goto(page.url().replace(/\?.*$/, `?entity=${KHRUSHCHEV.id}`));
    await waitForGraph(page);
    await panelHeading(page, KHRUSHCHEV.label).waitFor();
    await page.getByRole("button", { name: "How is this connected to…?", exact: true }).click();
    expect(params(page).get("path")).toBe(KHRUSHCHEV.id);
    await shiftClickEntity(page, BERIA.id);
    await connectionHeading(page, KHRUSHCHEV.id, BERIA.id).waitFor();
    expect(params(page).get("path")).toBe(`${KHRUSHCHEV.id},${BERIA.id}`);
    await expectConnection(page, KHRUSHCHEV.id, BERIA.id, { relationTypes: new Set() }, false);
  });

  it("are found by shift-clicking one end and searching for the other, or shift-clicking both", async ({
    open,
  }) => {
    const { page } = await open("/");
    await waitForGraph(page);
    const none = { relationTypes: new Set<string>() };

    await shiftClickEntity(page, VOROSHILOV.id);
    const pickerRegion = page.getByRole("region", { name: "Connection to pick" });
    await pickerRegion.getByText(`How is ${VOROSHILOV.label} connected to…?`).waitFor();
    expect(params(page).get("path")).toBe(VOROSHILOV.id);
    const picker = searchBox(page, "The other end of the connection");
    await picker.click();
    await picker.pressSequentially("Beria");
    const options = pickerRegion
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option");
    await expect.poll(() => options.first().innerText()).toContain(BERIA.label);
    await picker.press("Enter");
    await connectionHeading(page, VOROSHILOV.id, BERIA.id).waitFor();
    await pickerRegion.waitFor({ state: "detached" });
    expect(params(page).get("path")).toBe(`${VOROSHILOV.id},${BERIA.id}`);
    expect(params(page).has("directed")).toBe(false);
    const listed = await expectConnection(page, VOROSHILOV.id, BERIA.id, none, false);
    if (!listed) throw new Error("Voroshilov and Beria are not connected");

    // What a person sees: the path's entities in their colours, every other one dimmed to grey
    // (looked at where no button or legend lies over the graph).
    await pointerAway(page);
    const onPath = new Set(listed.flatMap((path) => path.flatMap((hop) => [hop.from, hop.to])));
    const points = await Promise.all(ENTITY_IDS.map((id) => positionOf(page, id)));
    const inSight = await graphShowsAt(page, points);
    const seen = ENTITY_IDS.filter((_, i) => inSight[i]);
    expect(seen).toEqual(expect.arrayContaining([...onPath]));
    expect(seen.length).toBeGreaterThan(ENTITY_IDS.length / 2);
    // A path's labels are drawn over the graph, to the right of their nodes: a dimmed node that a
    // label covers shows the label's box, not its own fill, so it is not looked at.
    const labelled = [...onPath].map((id) => ({
      at: points[ENTITY_IDS.indexOf(id)]!,
      width: entity(id).label.length * 9 + 30,
    }));
    const underALabel = (id: string) => {
      if (onPath.has(id)) return false;
      const point = points[ENTITY_IDS.indexOf(id)]!;
      return labelled.some(
        ({ at, width }) =>
          point.x >= at.x && point.x <= at.x + width && Math.abs(point.y - at.y) <= 14,
      );
    };
    const looked = seen.filter((id) => !underALabel(id));
    expect(looked.length).toBeGreaterThan(ENTITY_IDS.length / 2);
    const expectedFill = (id: string) =>
      hexColour(onPath.has(id) ? entityTypeOf(entity(id).type).color : DIMMED_NODE);
    await expect
      .poll(async () => {
        const shot = await graphImage(page, { includeOverlays: true });
        return looked.filter((id) => {
          const fill = colourAt(shot, points[ENTITY_IDS.indexOf(id)]!);
          return !fill || !near(fill, expectedFill(id));
        });
      })
      .toEqual([]);

    await details(page).getByRole("button", { name: "Close", exact: true }).click();
    await connectionHeading(page, VOROSHILOV.id, BERIA.id).waitFor({ state: "detached" });
    expect(params(page).has("path")).toBe(false);

    await shiftClickEntity(page, KHRUSHCHEV.id);
    await pickerRegion.getByText(`How is ${KHRUSHCHEV.label} connected to…?`).waitFor();
    await shiftClickEntity(page, BERIA.id);
    await connectionHeading(page, KHRUSHCHEV.id, BERIA.id).waitFor();
    expect(params(page).get("path")).toBe(`${KHRUSHCHEV.id},${BERIA.id}`);
    await expectConnection(page, KHRUSHCHEV.id, BERIA.id, none, false);
  });

  it("change or vanish as relation types are turned off, and say which one would bring them back", async ({
    open,
  }) => {
    const { page } = await open(`/?path=${VOROSHILOV.id},${BERIA.id}`);
    await waitForGraph(page);
    const hidden = new Set<string>();
    const filters = { relationTypes: hidden };
    let listed = await expectConnection(page, VOROSHILOV.id, BERIA.id, filters, false);
    await openRelationTypes(page);

    // Turn off the type of the first listed hop until no connection is left.
    let last = "";
    for (let turn = 0; listed && turn < dataset.relationTypes.length; turn++) {
      last = relation(listed[0]?.[0]?.relation ?? "").type;
      const toggle = relationToggle(page, last);
      expect(await toggle.getAttribute("aria-pressed")).toBe("true");
      await toggle.click();
      await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("false");
      hidden.add(last);
      expect(params(page).get("hide")?.split(",").sort()).toEqual(
        [...hidden].map((id) => `relation:${id}`).sort(),
      );
      const ofType = dataset.relations.filter((item) => item.type === last).map((item) => item.id);
      await expect.poll(() => drawnRelations(page, ofType)).toEqual([]);
      listed = await expectConnection(page, VOROSHILOV.id, BERIA.id, filters, false);
      const types = new Set(
        listed?.flatMap((path) => path.map((hop) => relation(hop.relation).type)),
      );
      for (const id of hidden) expect(types.has(id)).toBe(false);
    }
    expect(listed).toBeNull();

    // The last type turned off would open one: its button shows it again.
    const opening = details(page).getByRole("button", {
      name: `show “${relationType(last).label}” relations`,
      exact: true,
    });
    await opening.click();
    hidden.delete(last);
    await expect.poll(() => relationToggle(page, last).getAttribute("aria-pressed")).toBe("true");
    const undirected = await expectConnection(page, VOROSHILOV.id, BERIA.id, filters, false);
    expect(undirected).not.toBeNull();

    // Following direction: the paths change, or vanish with the way back offered.
    await directionSwitch(page).check();
    await expect.poll(() => params(page).get("directed")).toBe("1");
    const directed = await expectConnection(page, VOROSHILOV.id, BERIA.id, filters, true);
    if (directed) {
      const keys = (paths: ListedHop[][] | null) =>
        new Set((paths ?? []).map((path) => pathKey(path.map((hop) => hop.relation))));
      expect(keys(directed)).not.toEqual(keys(undirected));
    } else {
      await details(page)
        .getByRole("button", { name: "ignore the direction of relations", exact: true })
        .click();
      await expect.poll(() => directionSwitch(page).isChecked()).toBe(false);
      expect(params(page).has("directed")).toBe(false);
      expect(await expectConnection(page, VOROSHILOV.id, BERIA.id, filters, false)).toEqual(
        undirected,
      );
    }
  });

  it("keeps its filters, direction and ends over a reload", async ({ open }) => {
    const { page } = await open(`/?path=${VOROSHILOV.id},${BERIA.id}`);
    await waitForGraph(page);
    const none = { relationTypes: new Set<string>() };
    const all = await expectConnection(page, VOROSHILOV.id, BERIA.id, none, false);

    // Hide the type of the last listed path's first hop, and offices; then follow direction.
    const typeId = relation(all?.at(-1)?.[0]?.relation ?? "").type;
    const filters = { relationTypes: new Set([typeId]), entityTypes: new Set(["office"]) };
    await entityToggle(page, "office").click();
    await openRelationTypes(page);
    await relationToggle(page, typeId).click();
    await directionSwitch(page).check();
    await expect.poll(() => params(page).get("directed")).toBe("1");
    expect(params(page).get("hide")).toBe(["entity:office", `relation:${typeId}`].sort().join(","));
    const before = await expectConnection(page, VOROSHILOV.id, BERIA.id, filters, true);
    const status = await details(page).getByRole("status").innerText();
    const url = page.url();

    await page.reload();
    await waitForGraph(page);
    expect(page.url()).toBe(url);
    await openRelationTypes(page);
    expect(await entityToggle(page, "office").getAttribute("aria-pressed")).toBe("false");
    expect(await relationToggle(page, typeId).getAttribute("aria-pressed")).toBe("false");
    expect(await directionSwitch(page).isChecked()).toBe(true);
    await connectionHeading(page, VOROSHILOV.id, BERIA.id).waitFor();
    expect(await details(page).getByRole("status").innerText()).toBe(status);
    const after = await expectConnection(page, VOROSHILOV.id, BERIA.id, filters, true);
    expect(after?.length).toBe(before?.length);
    expect(after).toEqual(before);
  });
});

describe("the legend as a filter", () => {
  it("shows only people with “Only Person”, in the graph, the search and the panels; Show all restores", async ({
    open,
  }) => {
    const { page } = await open(`/?entity=${KHRUSHCHEV.id}`);
    await waitForGraph(page);
    await panelHeading(page, KHRUSHCHEV.label).waitFor();
    const person = KHRUSHCHEV.type;
    const types = [...new Set(dataset.entities.map((item) => item.type))];
    const box = searchBox(page);
    const options = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
    const search = async (text: string) => {
      await box.fill("");
      await box.pressSequentially(text);
      await page.getByRole("listbox", { name: "Search results" }).waitFor();
    };

    // Before: the Presidium is offered.
    await search(PRESIDIUM.label);
    await expect.poll(() => options.first().innerText()).toContain(PRESIDIUM.label);
    await box.press("Escape");

    await legend(page)
      .getByRole("button", { name: `Only ${entityTypeOf(person).label}`, exact: true })
      .click();
    for (const type of types) {
      await expect
        .poll(() => entityToggle(page, type).getAttribute("aria-pressed"))
        .toBe(String(type === person));
    }
    expect(params(page).get("hide")).toBe(
      types
        .filter((type) => type !== person)
        .map((type) => `entity:${type}`)
        .sort()
        .join(","),
    );
    const people = dataset.entities.filter((item) => item.type === person).map((item) => item.id);
    await expect.poll(() => drawnEntities(page, ENTITY_IDS)).toEqual(people);
    const betweenPeople = dataset.relations
      .filter((item) => people.includes(item.from) && people.includes(item.to))
      .map((item) => item.id);
    expect(await drawnRelations(page, RELATION_IDS)).toEqual(betweenPeople);

    // The search offers no Presidium, nor any relation of it.
    await search(PRESIDIUM.label);
    const offered = await options.allInnerTexts();
    expect(offered.filter((text) => text.includes(PRESIDIUM.label))).toEqual([]);
    await box.press("Escape");
    await box.press("Escape");

    // Khrushchev's panel counts what the filters hide.
    const his = dataset.relations.filter(
      (item) => item.from === KHRUSHCHEV.id || item.to === KHRUSHCHEV.id,
    );
    const hiddenCount = his.filter((item) => !betweenPeople.includes(item.id)).length;
    expect(hiddenCount).toBeGreaterThan(0);
    const note = details(page).getByText(`${hiddenCount} hidden by the filters in the legend.`, {
      exact: true,
    });
    await note.waitFor();

    await legend(page).getByRole("button", { name: "Show all", exact: true }).click();
    for (const type of types) {
      await expect.poll(() => entityToggle(page, type).getAttribute("aria-pressed")).toBe("true");
    }
    expect(params(page).has("hide")).toBe(false);
    await expect.poll(() => drawnEntities(page, ENTITY_IDS)).toEqual(ENTITY_IDS);
    expect(await drawnRelations(page, RELATION_IDS)).toEqual(RELATION_IDS);
    await note.waitFor({ state: "detached" });
    await legend(page).getByRole("button", { name: "Show all" }).waitFor({ state: "detached" });
  });
});

describe("the neighbourhood focus", () => {
  it("shows Beria and what is one, then two steps away, and steps back out to everything", async ({
    open,
  }) => {
    const { page } = await open(`/?entity=${BERIA.id}`);
    await waitForGraph(page);
    await panelHeading(page, BERIA.label).waitFor();
    const depths = details(page).getByRole("group", { name: "Show only the neighbourhood" });
    const bar = page.getByRole("region", { name: "Focus" });
    const drawnAtDepth = (depth: number) => {
      const near = withinSteps(BERIA.id, depth);
      return ENTITY_IDS.filter((id) => near.has(id));
    };
    const oneStep = ENTITY_IDS.filter((id) => id === BERIA.id || neighboursOf(BERIA.id).has(id));

    await depths.getByRole("button", { name: "1", exact: true }).click();
    await expect.poll(() => params(page).get("focus")).toBe(BERIA.id);
    expect(params(page).get("depth")).toBe("1");
    await expect.poll(() => drawnEntities(page, ENTITY_IDS)).toEqual(oneStep);
    const near = new Set(oneStep);
    expect(await drawnRelations(page, RELATION_IDS)).toEqual(
      dataset.relations
        .filter((item) => near.has(item.from) && near.has(item.to))
        .map((item) => item.id),
    );
    expect(await bar.innerText()).toContain(`Showing ${BERIA.label}’s neighbourhood:`);
    const barDepths = bar.getByRole("group", { name: "Depth" });
    expect(
      await barDepths.getByRole("button", { name: "1 step" }).getAttribute("aria-pressed"),
    ).toBe("true");
    expect(
      await depths.getByRole("button", { name: "1", exact: true }).getAttribute("aria-pressed"),
    ).toBe("true");

    await barDepths.getByRole("button", { name: "2 steps", exact: true }).click();
    await expect.poll(() => params(page).get("depth")).toBe("2");
    expect(params(page).get("focus")).toBe(BERIA.id);
    expect(drawnAtDepth(2).length).toBeGreaterThan(oneStep.length);
    await expect.poll(() => drawnEntities(page, ENTITY_IDS)).toEqual(drawnAtDepth(2));
    expect(
      await depths.getByRole("button", { name: "2", exact: true }).getAttribute("aria-pressed"),
    ).toBe("true");

    await bar.getByRole("button", { name: "Step back out", exact: true }).click();
    await bar.waitFor({ state: "detached" });
    expect(params(page).has("focus")).toBe(false);
    expect(params(page).has("depth")).toBe(false);
    await expect.poll(() => drawnEntities(page, ENTITY_IDS)).toEqual(ENTITY_IDS);
    expect(await drawnRelations(page, RELATION_IDS)).toEqual(RELATION_IDS);
  });
});

describe("the measures", () => {
  it("size and rank the entities by relations, betweenness or PageRank", async ({ open }) => {
    const { page } = await open(`/?entity=${BERIA.id}`);
    await waitForGraph(page);
    await panelHeading(page, BERIA.label).waitFor();
    const sizeBy = legend(page).getByRole("combobox", { name: /^Size by/ });
    const rankText = details(page).getByText(/ central of \d+ by /);
    const of = dataset.entities.length;
    const byRelations = (id: string) =>
      `${rankWords(rankByRelations(id))} central of ${of} by number of relations`;

    expect(await sizeBy.inputValue()).toBe("relations");
    expect(await rankText.innerText()).toBe(byRelations(BERIA.id));

    await sizeBy.selectOption({ label: "betweenness" });
    await expect.poll(() => params(page).get("size")).toBe("betweenness");
    await expect
      .poll(() => rankText.innerText())
      .toMatch(new RegExp(`^(Most|\\d+(st|nd|rd|th) most) central of ${of} by betweenness \\(`));

    // Voroshilov shares his rank by relations ("1224" ranking) and ranks otherwise by PageRank.
    const box = searchBox(page);
    await box.click();
    await box.pressSequentially(VOROSHILOV.label);
    await page.getByRole("listbox", { name: "Search results" }).waitFor();
    await box.press("Enter");
    await panelHeading(page, VOROSHILOV.label).waitFor();
    await sizeBy.selectOption({ label: "relations" });
    await expect.poll(() => params(page).has("size")).toBe(false);
    const count = (id: string) =>
      dataset.relations.filter((item) => item.from === id || item.to === id).length;
    expect(
      ENTITY_IDS.filter((id) => id !== VOROSHILOV.id && count(id) === count(VOROSHILOV.id)),
    ).not.toEqual([]);
    await expect.poll(() => rankText.innerText()).toBe(byRelations(VOROSHILOV.id));

    await sizeBy.selectOption({ label: "PageRank" });
    await expect.poll(() => params(page).get("size")).toBe("pagerank");
    await expect.poll(() => rankText.innerText()).toMatch(/ central of \d+ by PageRank$/);
    const byPageRank = await rankText.innerText();
    expect(byPageRank).toMatch(new RegExp(`^(Most|\\d+(st|nd|rd|th) most) central of ${of} by`));
    expect(byPageRank.replace(/ central.*$/, "")).not.toBe(
      rankWords(rankByRelations(VOROSHILOV.id)),
    );
  });
});
