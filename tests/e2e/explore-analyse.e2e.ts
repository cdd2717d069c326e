/**
 * Exploring and analysing: how two entities are connected (picked from a panel, from the picker's
 * search box or by shift-clicking in the graph), what turning a relation type off or following
 * direction does to that connection and which change would bring it back; the legend as a filter
 * ("Only"), the neighbourhood focus, and the measures that size and rank the entities. Every one
 * of these is kept in the URL.
 *
 * What the page should show is written down here as named facts of the built-in dataset
 * (data/post-stalin-power-struggle.json), worked out by reading it: the relations that join
 * Voroshilov to Beria, who is within one or two steps of Beria, where Beria and Voroshilov rank.
 * How shortest paths, neighbourhoods and ranks are computed is proven by the unit and property
 * tests (tests/unit/graph/paths.test.ts checks findConnections against a brute force); these specs
 * ask whether a person sees them on the page.
 */
import { describe, expect } from "vitest";
import { palette } from "../../src/model/palette";
import { colourAt, graphImage, graphShowsAt } from "./canvas";
import { dataset, entity, relation, relationType } from "./dataset";
import type { ExplorerPage } from "./explorerPage";
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

// ---------------------------------------------------------------------------------------------
// Named facts of the built-in dataset

/**
 * Voroshilov and Beria have no relation of their own: they meet two steps apart, in six ways. Both
 * were part of the power struggle and of the collective leadership; Voroshilov was allied with
 * Stalin, with whom Beria is associated; and Voroshilov sat on the Presidium, which opposed,
 * arrested and executed Beria. Each path is its relations, from Voroshilov's end.
 */
const VOROSHILOV_TO_BERIA = {
  powerStruggle: ["voroshilov-part-of-power-struggle", "beria-part-of-power-struggle"],
  collectiveLeadership: [
    "voroshilov-part-of-collective-leadership",
    "beria-part-of-collective-leadership",
  ],
  stalin: ["voroshilov-allied-with-stalin", "beria-associated-with-stalin"],
  presidiumOpposed: ["voroshilov-member-of-presidium", "presidium-opposed-beria"],
  presidiumArrested: ["voroshilov-member-of-presidium", "presidium-arrested-beria"],
  presidiumExecuted: ["voroshilov-member-of-presidium", "presidium-executed-beria"],
};

/**
 * Following direction, with only "was part of" (and the types Voroshilov has no relation of) left:
 * "was part of" runs from a part to its whole, so the two short ways through the power struggle and
 * the collective leadership are closed, and the one way left is six steps long. Voroshilov chaired
 * the Presidium of the Supreme Soviet, part of the Supreme Soviet, part of the emergency meeting,
 * which came before Stalin's death, which Stalin is associated with, as Beria is with Stalin.
 */
const THE_LONG_WAY_ROUND = [
  "voroshilov-held-office-chairman-of-the-presidium-of-the-supreme-soviet",
  "chairman-of-the-presidium-of-the-supreme-soviet-part-of-supreme-soviet",
  "supreme-soviet-part-of-emergency-meeting",
  "emergency-meeting-preceded-stalins-death",
  "stalin-associated-with-stalins-death",
  "beria-associated-with-stalin",
];

/** Khrushchev opposed, arrested and executed Beria: three paths of one step. */
const KHRUSHCHEV_TO_BERIA = [
  ["khrushchev-opposed-beria"],
  ["khrushchev-arrested-beria"],
  ["khrushchev-executed-beria"],
];

/** Beria and the fifteen entities one relation away from him. */
const BERIA_AND_HIS_NEIGHBOURS = new Set([
  "beria",
  "stalin",
  "malenkov",
  "khrushchev",
  "collective-leadership",
  "presidium",
  "security-apparatus",
  "intelligence-services",
  "chief-of-the-nkvd",
  "reducing-repression",
  "satellite-autonomy",
  "repression",
  "power-struggle",
  "minister-of-internal-affairs",
  "amnesty-of-1953",
  "end-of-the-doctors-plot",
]);

/** The 21 of the 75 entities that are more than two relations away from Beria. */
const BEYOND_TWO_STEPS_OF_BERIA = new Set([
  "kaganovich",
  "shepilov",
  "leading-communists",
  "conservative-elements",
  "administration",
  "council-of-ministers",
  "supreme-soviet",
  "bolsheviks",
  "peoples-commissar-of-defence",
  "minister-of-defence",
  "ussr",
  "free-world",
  "living-standards",
  "heavy-industry",
  "20th-party-congress",
  "attempt-to-remove-khrushchev",
  "post-war-era",
  "chairman-of-the-presidium-of-the-supreme-soviet",
  "minister-of-foreign-affairs",
  "east-german-uprising",
  "hungarian-revolution",
]);

/** By number of relations: Khrushchev 42, Malenkov 25, Beria 19, Stalin 16, then Voroshilov 9. */
const BERIA_BY_RELATIONS = "3rd most central of 75 by number of relations";
/** Voroshilov shares fifth place with the Anti-Party Group (9 relations each): a "1224" rank. */
const VOROSHILOV_BY_RELATIONS = "5th most central of 75 by number of relations";

/** The relations that `id` is an end of. */
function relationsOf(id: string) {
  return dataset.relations.filter((item) => item.from === id || item.to === id);
}

// ---------------------------------------------------------------------------------------------
// What the page shows

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

/** The number of relation types the legend's "Relation types (N)" menu counts. */
const RELATION_TYPES_USED = new Set(dataset.relations.map((item) => item.type)).size;

function connectionHeading(app: ExplorerPage, from: string, to: string) {
  return app.panel.heading(`How is ${entity(from).label} connected to ${entity(to).label}?`);
}

function directionSwitch(app: ExplorerPage) {
  return app.page.getByRole("switch", { name: "Follow the direction of relations" });
}

/** The "show “…” relations" button that would bring a hidden relation type back. */
function showTypeOpening(typeId: string): string {
  return `show “${relationType(typeId).label}” relations`;
}

/** One hop of a listed path, as its sentence's links name it. */
interface ListedHop {
  from: string;
  relation: string;
  to: string;
  sentence: string;
}

/** The connection panel's paths, each as its hops: the first three links of each sentence. */
async function listedPaths(app: ExplorerPage): Promise<ListedHop[][]> {
  const raw = await app.panel.root.locator(".paths > li").evaluateAll((items) =>
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

/** The set of listed paths, each as its relations. */
function pathKeys(paths: readonly (readonly ListedHop[])[]): Set<string> {
  return new Set(paths.map((path) => pathKey(path.map((hop) => hop.relation))));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Checks that the connection panel from `from` to `to` says `status` ("6 shortest paths of 2
 * steps.") and lists exactly `expected`, each path as its relations. Each listed hop is a sentence
 * "A verb B" linking its two entities and its relation, told the way the relation is walked
 * (against its direction only when direction is not followed or its type has none), chained from
 * `from` to `to`; and the graph draws every entity and relation of the listed paths. Returns the
 * listed paths.
 */
async function expectConnection(
  app: ExplorerPage,
  from: string,
  to: string,
  directed: boolean,
  status: string,
  expected: readonly (readonly string[])[],
): Promise<ListedHop[][]> {
  await connectionHeading(app, from, to).waitFor();
  await expect.poll(() => app.panel.status.innerText()).toBe(status);

  const listed = await listedPaths(app);
  expect(pathKeys(listed)).toEqual(new Set(expected.map(pathKey)));
  expect(listed.length).toBe(expected.length);
  for (const path of listed) {
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
  // The graph draws every entity and relation of the listed paths.
  const entities = [
    ...new Set(listed.flatMap((path) => path.flatMap((hop) => [hop.from, hop.to]))),
  ];
  const relations = [...new Set(listed.flatMap((path) => path.map((hop) => hop.relation)))];
  await expect.poll(() => drawnEntities(app.page, entities)).toEqual(entities);
  await expect.poll(() => drawnRelations(app.page, relations)).toEqual(relations);
  return listed;
}

/**
 * Checks that the connection panel says there is no connection from `from` to `to`, and offers
 * `openings`, the buttons naming each change that would open one, in this order.
 */
async function expectNoConnection(
  app: ExplorerPage,
  from: string,
  to: string,
  directed: boolean,
  openings: readonly string[],
): Promise<void> {
  await connectionHeading(app, from, to).waitFor();
  const noConnection =
    `No connection between ${entity(from).label} and ${entity(to).label} under the current ` +
    `filters${directed ? ", following direction" : ""}.`;
  await expect.poll(() => app.panel.status.innerText()).toContain(noConnection);
  expect(await app.panel.status.getByRole("button").allInnerTexts()).toEqual(openings);
}

/** The grey that the graph dims what is not emphasised to, from the app's own palette. */
const DIMMED_NODE = palette.dimmedNode;

function hexColour(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace(/^#/, ""), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** Colours within a few steps of each other on every channel (anti-aliasing, blending). */
function near(a: readonly number[], b: readonly number[], tolerance = 12): boolean {
  return a.every((value, channel) => Math.abs(value - (b[channel] ?? 0)) <= tolerance);
}

async function positionOf(app: ExplorerPage, entityId: string): Promise<ScreenPoint> {
  const point = await entityScreenPosition(app.page, entityId);
  if (!point) throw new Error(`the test hook has no position for "${entityId}"`);
  return point;
}

/** Shift-clicks an entity's node, as a person picks an end of a connection. */
async function shiftClickEntity(app: ExplorerPage, entityId: string): Promise<void> {
  const point = await positionOf(app, entityId);
  await app.page.keyboard.down("Shift");
  try {
    await clickAt(app.page, point);
  } finally {
    await app.page.keyboard.up("Shift");
  }
}

/** Moves the pointer off the graph, so that no hovered node changes what is emphasised. */
async function pointerAway(app: ExplorerPage): Promise<void> {
  const box = await app.panel.root.boundingBox();
  if (!box) throw new Error("the Details panel has no box");
  await app.page.mouse.move(box.x + box.width / 2, box.y + 10);
}

// ---------------------------------------------------------------------------------------------

describe("how two entities are connected", () => {
  it("are found from Voroshilov's panel through the picker's search box, and from Khrushchev's by shift-click", async ({
    open,
  }) => {
    const { page, app } = await open(`/?entity=${VOROSHILOV.id}`);
    await app.waitForGraph();
    await app.panel.heading(VOROSHILOV.label).waitFor();
    await page.getByRole("button", { name: "How is this connected to…?", exact: true }).click();
    await page.getByText(`How is ${VOROSHILOV.label} connected to…?`).waitFor();
    expect(app.params().get("path")).toBe(VOROSHILOV.id);

    const picker = page.getByRole("combobox", { name: "The other end of the connection" });
    await picker.click();
    await picker.pressSequentially("Beria");
    await app.search.results.getByRole("option").first().waitFor();
    await picker.press("Enter");
    await connectionHeading(app, VOROSHILOV.id, BERIA.id).waitFor();
    expect(app.params().get("path")).toBe(`${VOROSHILOV.id},${BERIA.id}`);
    await expectConnection(
      app,
      VOROSHILOV.id,
      BERIA.id,
      false,
      "6 shortest paths of 2 steps.",
      Object.values(VOROSHILOV_TO_BERIA),
    );

    await page.goto(page.url().replace(/\?.*$/, `?entity=${KHRUSHCHEV.id}`));
    await app.waitForGraph();
    await app.panel.heading(KHRUSHCHEV.label).waitFor();
    await page.getByRole("button", { name: "How is this connected to…?", exact: true }).click();
    expect(app.params().get("path")).toBe(KHRUSHCHEV.id);
    await shiftClickEntity(app, BERIA.id);
    await connectionHeading(app, KHRUSHCHEV.id, BERIA.id).waitFor();
    expect(app.params().get("path")).toBe(`${KHRUSHCHEV.id},${BERIA.id}`);
    await expectConnection(
      app,
      KHRUSHCHEV.id,
      BERIA.id,
      false,
      "3 shortest paths of 1 step.",
      KHRUSHCHEV_TO_BERIA,
    );
  });

  it("are found by shift-clicking one end and searching for the other, or shift-clicking both", async ({
    open,
  }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();

    await shiftClickEntity(app, VOROSHILOV.id);
    const pickerRegion = page.getByRole("region", { name: "Connection to pick" });
    await pickerRegion.getByText(`How is ${VOROSHILOV.label} connected to…?`).waitFor();
    expect(app.params().get("path")).toBe(VOROSHILOV.id);
    const picker = page.getByRole("combobox", { name: "The other end of the connection" });
    await picker.click();
    await picker.pressSequentially("Beria");
    const options = pickerRegion
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option");
    await expect.poll(() => options.first().innerText()).toContain(BERIA.label);
    await picker.press("Enter");
    await connectionHeading(app, VOROSHILOV.id, BERIA.id).waitFor();
    await pickerRegion.waitFor({ state: "detached" });
    expect(app.params().get("path")).toBe(`${VOROSHILOV.id},${BERIA.id}`);
    expect(app.params().has("directed")).toBe(false);
    const listed = await expectConnection(
      app,
      VOROSHILOV.id,
      BERIA.id,
      false,
      "6 shortest paths of 2 steps.",
      Object.values(VOROSHILOV_TO_BERIA),
    );

    // What a person sees: the path's entities in their colours, every other one dimmed to grey
    // (looked at where no button or legend lies over the graph).
    await pointerAway(app);
    const onPath = new Set(listed.flatMap((path) => path.flatMap((hop) => [hop.from, hop.to])));
    expect([...onPath].sort()).toEqual(
      [
        BERIA.id,
        VOROSHILOV.id,
        "power-struggle",
        "collective-leadership",
        "stalin",
        PRESIDIUM.id,
      ].sort(),
    );
    const points = await Promise.all(ENTITY_IDS.map((id) => positionOf(app, id)));
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

    await app.panel.root.getByRole("button", { name: "Close", exact: true }).click();
    await connectionHeading(app, VOROSHILOV.id, BERIA.id).waitFor({ state: "detached" });
    expect(app.params().has("path")).toBe(false);

    await shiftClickEntity(app, KHRUSHCHEV.id);
    await pickerRegion.getByText(`How is ${KHRUSHCHEV.label} connected to…?`).waitFor();
    await shiftClickEntity(app, BERIA.id);
    await connectionHeading(app, KHRUSHCHEV.id, BERIA.id).waitFor();
    expect(app.params().get("path")).toBe(`${KHRUSHCHEV.id},${BERIA.id}`);
    await expectConnection(
      app,
      KHRUSHCHEV.id,
      BERIA.id,
      false,
      "3 shortest paths of 1 step.",
      KHRUSHCHEV_TO_BERIA,
    );
  });

  it("change or vanish as relation types are turned off, and say which one would bring them back", async ({
    open,
  }) => {
    const { page, app } = await open(`/?path=${VOROSHILOV.id},${BERIA.id}`);
    await app.waitForGraph();
    const { powerStruggle, collectiveLeadership, stalin } = VOROSHILOV_TO_BERIA;
    await expectConnection(
      app,
      VOROSHILOV.id,
      BERIA.id,
      false,
      "6 shortest paths of 2 steps.",
      Object.values(VOROSHILOV_TO_BERIA),
    );
    await app.legend.openRelationTypes(RELATION_TYPES_USED);

    // Turn off, one by one, the types of the relations that join Voroshilov to Beria, until no
    // connection is left: the Presidium's paths go first, then Stalin's, then the rest.
    const turns: [string, string, string[][]][] = [
      ["member-of", "3 shortest paths of 2 steps.", [powerStruggle, collectiveLeadership, stalin]],
      ["allied-with", "2 shortest paths of 2 steps.", [powerStruggle, collectiveLeadership]],
      ["part-of", "", []],
    ];
    const hidden = new Set<string>();
    for (const [typeId, status, paths] of turns) {
      const toggle = app.legend.relationType(relationToggleName(typeId));
      expect(await toggle.getAttribute("aria-pressed")).toBe("true");
      await toggle.click();
      await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("false");
      hidden.add(typeId);
      expect(app.params().get("hide")?.split(",").sort()).toEqual(
        [...hidden].map((id) => `relation:${id}`).sort(),
      );
      const ofType = dataset.relations
        .filter((item) => item.type === typeId)
        .map((item) => item.id);
      await expect.poll(() => drawnRelations(page, ofType)).toEqual([]);
      if (paths.length > 0) {
        await expectConnection(app, VOROSHILOV.id, BERIA.id, false, status, paths);
      }
    }
    // None is left; any one of the three types turned off would open one again.
    await expectNoConnection(app, VOROSHILOV.id, BERIA.id, false, [
      showTypeOpening("allied-with"),
      showTypeOpening("member-of"),
      showTypeOpening("part-of"),
    ]);

    // The last type turned off: its button shows it again.
    const opening = app.panel.root.getByRole("button", {
      name: showTypeOpening("part-of"),
      exact: true,
    });
    await opening.click();
    await expect
      .poll(() =>
        app.legend.relationType(relationToggleName("part-of")).getAttribute("aria-pressed"),
      )
      .toBe("true");
    expect(app.params().get("hide")?.split(",").sort()).toEqual([
      "relation:allied-with",
      "relation:member-of",
    ]);
    const undirected = await expectConnection(
      app,
      VOROSHILOV.id,
      BERIA.id,
      false,
      "2 shortest paths of 2 steps.",
      [powerStruggle, collectiveLeadership],
    );

    // Following direction: the paths change, to the long way round.
    await directionSwitch(app).check();
    await expect.poll(() => app.params().get("directed")).toBe("1");
    const directed = await expectConnection(
      app,
      VOROSHILOV.id,
      BERIA.id,
      true,
      "1 shortest path of 6 steps.",
      [THE_LONG_WAY_ROUND],
    );
    expect(pathKeys(directed)).not.toEqual(pathKeys(undirected));
  });

  it("keeps its filters, direction and ends over a reload", async ({ open }) => {
    const { page, app } = await open(`/?path=${VOROSHILOV.id},${BERIA.id}`);
    await app.waitForGraph();
    await expectConnection(
      app,
      VOROSHILOV.id,
      BERIA.id,
      false,
      "6 shortest paths of 2 steps.",
      Object.values(VOROSHILOV_TO_BERIA),
    );

    // Hide "was part of" and offices; then follow direction: the paths through the power
    // struggle and the collective leadership go, those through Stalin and the Presidium stay.
    const { stalin, presidiumOpposed, presidiumArrested, presidiumExecuted } = VOROSHILOV_TO_BERIA;
    const remaining = [stalin, presidiumOpposed, presidiumArrested, presidiumExecuted];
    await app.legend.entityType(entityToggleName("office")).click();
    await app.legend.openRelationTypes(RELATION_TYPES_USED);
    await app.legend.relationType(relationToggleName("part-of")).click();
    await directionSwitch(app).check();
    await expect.poll(() => app.params().get("directed")).toBe("1");
    expect(app.params().get("hide")).toBe("entity:office,relation:part-of");
    const before = await expectConnection(
      app,
      VOROSHILOV.id,
      BERIA.id,
      true,
      "4 shortest paths of 2 steps.",
      remaining,
    );
    const status = await app.panel.status.innerText();
    const url = page.url();

    await page.reload();
    await app.waitForGraph();
    expect(page.url()).toBe(url);
    await app.legend.openRelationTypes(RELATION_TYPES_USED);
    expect(
      await app.legend.entityType(entityToggleName("office")).getAttribute("aria-pressed"),
    ).toBe("false");
    expect(
      await app.legend.relationType(relationToggleName("part-of")).getAttribute("aria-pressed"),
    ).toBe("false");
    expect(await directionSwitch(app).isChecked()).toBe(true);
    await connectionHeading(app, VOROSHILOV.id, BERIA.id).waitFor();
    expect(await app.panel.status.innerText()).toBe(status);
    const after = await expectConnection(
      app,
      VOROSHILOV.id,
      BERIA.id,
      true,
      "4 shortest paths of 2 steps.",
      remaining,
    );
    expect(after.length).toBe(before.length);
    expect(after).toEqual(before);
  });
});

describe("the legend as a filter", () => {
  it("shows only people with “Only Person”, in the graph, the search and the panels; Show all restores", async ({
    open,
  }) => {
    const { page, app } = await open(`/?entity=${KHRUSHCHEV.id}`);
    await app.waitForGraph();
    await app.panel.heading(KHRUSHCHEV.label).waitFor();
    const person = KHRUSHCHEV.type;
    const types = [...new Set(dataset.entities.map((item) => item.type))];
    const box = app.search.box;
    const options = app.search.results.getByRole("option");
    const search = async (text: string) => {
      await box.fill("");
      await box.pressSequentially(text);
      await app.search.results.waitFor();
    };

    // Before: the Presidium is offered.
    await search(PRESIDIUM.label);
    await expect.poll(() => options.first().innerText()).toContain(PRESIDIUM.label);
    await box.press("Escape");

    await app.legend.only(entityTypeOf(person).label).click();
    for (const type of types) {
      await expect
        .poll(() => app.legend.entityType(entityToggleName(type)).getAttribute("aria-pressed"))
        .toBe(String(type === person));
    }
    expect(app.params().get("hide")).toBe(
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
    const note = app.panel.root.getByText(`${hiddenCount} hidden by the filters in the legend.`, {
      exact: true,
    });
    await note.waitFor();

    await app.legend.showAll.click();
    for (const type of types) {
      await expect
        .poll(() => app.legend.entityType(entityToggleName(type)).getAttribute("aria-pressed"))
        .toBe("true");
    }
    expect(app.params().has("hide")).toBe(false);
    await expect.poll(() => drawnEntities(page, ENTITY_IDS)).toEqual(ENTITY_IDS);
    expect(await drawnRelations(page, RELATION_IDS)).toEqual(RELATION_IDS);
    await note.waitFor({ state: "detached" });
    await app.legend.root.getByRole("button", { name: "Show all" }).waitFor({ state: "detached" });
  });
});

describe("the neighbourhood focus", () => {
  it("shows Beria and what is one, then two steps away, and steps back out to everything", async ({
    open,
  }) => {
    const { page, app } = await open(`/?entity=${BERIA.id}`);
    await app.waitForGraph();
    await app.panel.heading(BERIA.label).waitFor();
    const depths = app.panel.root.getByRole("group", { name: "Show only the neighbourhood" });
    const bar = page.getByRole("region", { name: "Focus" });
    const oneStep = ENTITY_IDS.filter((id) => BERIA_AND_HIS_NEIGHBOURS.has(id));
    const twoSteps = ENTITY_IDS.filter((id) => !BEYOND_TWO_STEPS_OF_BERIA.has(id));
    expect(oneStep.length).toBe(16);
    expect(twoSteps.length).toBe(54);

    await depths.getByRole("button", { name: "1", exact: true }).click();
    await expect.poll(() => app.params().get("focus")).toBe(BERIA.id);
    expect(app.params().get("depth")).toBe("1");
    await expect.poll(() => drawnEntities(page, ENTITY_IDS)).toEqual(oneStep);
    expect(await drawnRelations(page, RELATION_IDS)).toEqual(
      dataset.relations
        .filter(
          (item) =>
            BERIA_AND_HIS_NEIGHBOURS.has(item.from) && BERIA_AND_HIS_NEIGHBOURS.has(item.to),
        )
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
    await expect.poll(() => app.params().get("depth")).toBe("2");
    expect(app.params().get("focus")).toBe(BERIA.id);
    await expect.poll(() => drawnEntities(page, ENTITY_IDS)).toEqual(twoSteps);
    expect(
      await depths.getByRole("button", { name: "2", exact: true }).getAttribute("aria-pressed"),
    ).toBe("true");

    await bar.getByRole("button", { name: "Step back out", exact: true }).click();
    await bar.waitFor({ state: "detached" });
    expect(app.params().has("focus")).toBe(false);
    expect(app.params().has("depth")).toBe(false);
    await expect.poll(() => drawnEntities(page, ENTITY_IDS)).toEqual(ENTITY_IDS);
    expect(await drawnRelations(page, RELATION_IDS)).toEqual(RELATION_IDS);
  });
});

describe("the measures", () => {
  it("size and rank the entities by relations, betweenness or PageRank", async ({ open }) => {
    const { app } = await open(`/?entity=${BERIA.id}`);
    await app.waitForGraph();
    await app.panel.heading(BERIA.label).waitFor();
    const sizeBy = app.legend.sizeBy;
    const rankText = app.panel.root.getByText(/ central of \d+ by /);
    const of = dataset.entities.length;
    expect(of).toBe(75);

    expect(await sizeBy.inputValue()).toBe("relations");
    expect(await rankText.innerText()).toBe(BERIA_BY_RELATIONS);

    await sizeBy.selectOption({ label: "betweenness" });
    await expect.poll(() => app.params().get("size")).toBe("betweenness");
    await expect
      .poll(() => rankText.innerText())
      .toMatch(new RegExp(`^(Most|\\d+(st|nd|rd|th) most) central of ${of} by betweenness \\(`));

    // Voroshilov shares his rank by relations ("1224" ranking) and ranks otherwise by PageRank.
    const box = app.search.box;
    await box.click();
    await box.pressSequentially(VOROSHILOV.label);
    await app.search.results.waitFor();
    await box.press("Enter");
    await app.panel.heading(VOROSHILOV.label).waitFor();
    await sizeBy.selectOption({ label: "relations" });
    await expect.poll(() => app.params().has("size")).toBe(false);
    expect(relationsOf("anti-party-group").length).toBe(relationsOf(VOROSHILOV.id).length);
    await expect.poll(() => rankText.innerText()).toBe(VOROSHILOV_BY_RELATIONS);

    await sizeBy.selectOption({ label: "PageRank" });
    await expect.poll(() => app.params().get("size")).toBe("pagerank");
    await expect.poll(() => rankText.innerText()).toMatch(/ central of \d+ by PageRank$/);
    const byPageRank = await rankText.innerText();
    expect(byPageRank).toMatch(new RegExp(`^(Most|\\d+(st|nd|rd|th) most) central of ${of} by`));
    expect(byPageRank.replace(/ central.*$/, "")).not.toBe(
      VOROSHILOV_BY_RELATIONS.replace(/ central.*$/, ""),
    );
  });
});
