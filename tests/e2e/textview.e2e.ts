/**
 * "Cast and relations", the text view beside the graph: switched on from the top bar and kept in
 * the URL, walked with the tree keys, in step with the graph both ways (each way measured inside
 * the page, and under 100 ms on the built-in dataset), and narrowed by the timeline and the
 * filters exactly as the graph is.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { dataset, entity } from "./dataset";
import { it } from "./fixture";
import { nextFrames } from "./canvas";
import { drawnEntities, drawnRelations, entityScreenPosition } from "./hook";

const BERIA = entity("beria");
const KHRUSHCHEV = entity("khrushchev");
const PEOPLE = dataset.entityTypes.find((type) => type.id === "person")!;
const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });
/** The first person the tree lists: people are listed by name. */
const FIRST_PERSON = dataset.entities
  .filter((item) => item.type === "person")
  .sort((a, b) => byName.compare(a.label, b.label))[0]!;

/** Within this long of a key press or a click, the other view must have followed (issue 14). */
const IN_STEP_MS = 100;

function tree(page: Page) {
  return page.getByRole("tree", { name: "Cast and relations" });
}

/** The row in the tab order: the tree's current row. */
function currentRow(page: Page) {
  return tree(page).locator('[role="treeitem"][tabindex="0"]');
}

/** The entity ids the tree lists (its level-2 rows), and each one's relation count as it says. */
async function listedEntities(page: Page): Promise<Map<string, number>> {
  const rows = await tree(page)
    .locator('[role="treeitem"][aria-level="2"]')
    .evaluateAll((items) =>
      items.map((item) => [
        (item as HTMLElement).dataset.key ?? "",
        item.querySelector(".cast-count")?.textContent ?? "",
      ]),
    );
  return new Map(
    rows.map(([key, count]) => [key!.replace(/^e:/, ""), Number(/^\d+/.exec(count!)?.[0])]),
  );
}

/** Checks that the tree lists exactly the entities the graph draws, each with its drawn relations. */
async function expectSameAsGraph(page: Page): Promise<void> {
  const listed = await listedEntities(page);
  const drawn = await drawnEntities(
    page,
    dataset.entities.map((item) => item.id),
  );
  expect([...listed.keys()].sort()).toEqual([...drawn].sort());
  const drawnLinks = new Set(
    await drawnRelations(
      page,
      dataset.relations.map((item) => item.id),
    ),
  );
  for (const id of drawn) {
    const ownDrawn = dataset.relations.filter(
      (item) => drawnLinks.has(item.id) && (item.from === id || item.to === id),
    );
    expect({ id, relations: listed.get(id) }).toEqual({ id, relations: ownDrawn.length });
  }
}

/** Milliseconds from the trigger: to the DOM change (what assistive technology reads), and to the frame that shows it. */
interface InStep {
  commit: number;
  frame: number;
}

/**
 * Starts a clock at the next `trigger` event (captured before the app sees it). It stops twice:
 * when React writes the tree's current row (what assistive technology reads), and
 * at the first animation frame where it holds (polled by frame: the graph's emphasis is read from
 * what sigma drew, so for it the two are one). -1 when it has not held within 5 s.
 */
async function startClock(
  page: Page,
  trigger: "keydown" | "mouseup",
  done: { emphasised: string[] } | { currentRowKey: string },
): Promise<void> {
  await page.evaluate(
    ([eventName, wanted]) => {
      const w = window as typeof window & { __inStep?: Promise<InStep> };
      w.__inStep = new Promise<InStep>((resolve) => {
        const holds = () => {
          if ("emphasised" in wanted) {
            const now = new Set(window.__dramatis?.emphasised() ?? []);
            return wanted.emphasised.every((id) => now.has(id));
          }
          const row = document.querySelector<HTMLElement>(
            '[role="tree"] [role="treeitem"][aria-selected="true"]',
          );
          return row?.dataset.key === wanted.currentRowKey;
        };
        window.addEventListener(
          eventName,
          () => {
            const start = performance.now();
            let commit = -1;
            // The moment React writes aria-selected="true" on the wanted row, taken synchronously:
            // a MutationObserver would report only after the rest of the task (the graph's work).
            const setAttribute = Element.prototype.setAttribute;
            const restore = () => {
              Element.prototype.setAttribute = setAttribute;
            };
            if (!("emphasised" in wanted)) {
              Element.prototype.setAttribute = function (this: Element, name, value) {
                setAttribute.call(this, name, value);
                if (
                  commit < 0 &&
                  name === "aria-selected" &&
                  String(value) === "true" &&
                  (this as HTMLElement).dataset.key === wanted.currentRowKey
                ) {
                  commit = performance.now() - start;
                }
              };
            }
            const poll = () => {
              const elapsed = performance.now() - start;
              if (holds() || elapsed > 5_000) {
                restore();
                const frame = holds() ? elapsed : -1;
                resolve({ commit: commit < 0 || "emphasised" in wanted ? frame : commit, frame });
              } else requestAnimationFrame(poll);
            };
            poll();
          },
          { once: true, capture: true },
        );
      });
    },
    [trigger, done] as const,
  );
}

async function stopClock(page: Page): Promise<InStep> {
  return page.evaluate(
    () =>
      (window as typeof window & { __inStep?: Promise<InStep> }).__inStep ?? {
        commit: -1,
        frame: -1,
      },
  );
}

describe("the cast and relations view", () => {
  it("is switched on and off from the top bar, and the URL keeps it", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const toggle = page.getByRole("button", { name: "Cast and relations", exact: true });
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    expect(await tree(page).count()).toBe(0);
    await toggle.click();
    await tree(page).waitFor();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(app.params().get("view")).toBe("text");
    await page.reload();
    await app.waitForGraph();
    await tree(page).waitFor();
    await page.getByRole("button", { name: "Cast and relations", exact: true }).click();
    await tree(page).waitFor({ state: "detached" });
    expect(app.params().get("view")).toBeNull();
  });

  it("lists Beria under people; the keys walk it and the graph follows within 100 ms", async ({
    open,
  }) => {
    const { page, app } = await open("/?view=text");
    await app.waitForGraph();
    const people = tree(page).getByRole("treeitem", { name: new RegExp(`^${PEOPLE.label} \\d+`) });
    expect(await people.getAttribute("aria-level")).toBe("1");
    // Rows are one flat list, nested by level: Beria's row comes after the people's.
    const beria = tree(page).getByRole("treeitem", {
      name: new RegExp(`^${BERIA.label} \\d+ relation`),
    });
    expect(await beria.getAttribute("aria-level")).toBe("2");
    expect(
      await people.evaluate(
        (type, row) =>
          (type.compareDocumentPosition(row!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        await beria.elementHandle(),
      ),
    ).toBe(true);

    await currentRow(page).focus();
    await startClock(page, "keydown", { emphasised: [FIRST_PERSON.id] });
    await page.keyboard.press("ArrowDown");
    const keyToGraph = (await stopClock(page)).frame;
    console.log(`[textview] key press → graph emphasis drawn: ${keyToGraph.toFixed(1)} ms`);
    expect(keyToGraph).toBeGreaterThanOrEqual(0);
    expect(keyToGraph).toBeLessThan(IN_STEP_MS);
    expect(await currentRow(page).getAttribute("data-key")).toBe(`e:${FIRST_PERSON.id}`);

    // Type-ahead: the name typed lands on Beria, and focus goes with the current row.
    await page.keyboard.type(BERIA.label.slice(0, 5));
    await expect.poll(() => currentRow(page).getAttribute("data-key")).toBe("e:beria");
    expect(await currentRow(page).evaluate((row) => row === document.activeElement)).toBe(true);
    await expect
      .poll(() => page.evaluate(() => window.__dramatis?.emphasised()))
      .toEqual(["beria"]);

    // Right opens, Right again goes to his first relation; the graph shows its two ends.
    await page.keyboard.press("ArrowRight");
    expect(await beria.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("ArrowRight");
    const relationKey = (await currentRow(page).getAttribute("data-key"))!;
    const relationId = relationKey.split(":")[2]!;
    const first = dataset.relations.find((item) => item.id === relationId)!;
    expect([first.from, first.to]).toContain("beria");
    expect(await currentRow(page).getAttribute("aria-level")).toBe("3");
    await expect
      .poll(async () => (await page.evaluate(() => window.__dramatis?.emphasised()))?.sort())
      .toEqual([first.from, first.to].sort());

    // Enter opens its panel; Left goes back to Beria, whose panel Enter opens.
    await page.keyboard.press("Enter");
    await expect.poll(() => app.params().get("relation")).toBe(relationId);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await app.panel.heading(BERIA.label).waitFor();
  });

  it("a click on a node makes its row current within 100 ms, and focus stays in the graph", async ({
    open,
  }) => {
    const { page, app } = await open("/?view=text");
    await app.waitForGraph();
    // A person's pointer rests on the node before the click: the hover it causes (an emphasis of
    // its own) is drawn first, so the clock times the click alone.
    const point = await entityScreenPosition(page, KHRUSHCHEV.id);
    if (!point) throw new Error("Khrushchev is not drawn");
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() => page.evaluate(() => window.__dramatis?.emphasised()))
      .toEqual([KHRUSHCHEV.id]);
    await nextFrames(page, 2);
    await startClock(page, "mouseup", { currentRowKey: `e:${KHRUSHCHEV.id}` });
    await page.mouse.down();
    await page.mouse.up();
    const clickToRow = await stopClock(page);
    console.log(
      `[textview] graph click → row current: ${clickToRow.commit.toFixed(1)} ms; ` +
        `→ painted: ${clickToRow.frame.toFixed(1)} ms`,
    );
    // The row is current (aria-selected, in the tab order) once the DOM says so: that is what a
    // screen reader reads. Painting it waits for the graph's label placement after a selection
    // (view/SmallGraphEmphasis.tsx), which runs in the same task; the paint time is printed.
    expect(clickToRow.commit).toBeGreaterThanOrEqual(0);
    expect(clickToRow.commit).toBeLessThan(IN_STEP_MS);
    expect(clickToRow.frame).toBeGreaterThanOrEqual(0);
    expect(await currentRow(page).getAttribute("data-key")).toBe(`e:${KHRUSHCHEV.id}`);
    expect(await tree(page).evaluate((root) => root.contains(document.activeElement))).toBe(false);
    // Scrolled into the view's visible part.
    const inView = await currentRow(page).evaluate((row) => {
      const box = row.querySelector(".cast-row")!.getBoundingClientRect();
      const frame = row.closest(".cast-view")!.getBoundingClientRect();
      return box.top >= frame.top && box.bottom <= frame.bottom;
    });
    expect(inView).toBe(true);
  });

  it("lists exactly what the graph draws as of a date, and after a filter", async ({ open }) => {
    const { page, app } = await open("/?view=text&date=1953-03");
    await app.waitForGraph();
    await tree(page).waitFor();
    await expectSameAsGraph(page);
    const asOfMarch = await listedEntities(page);
    expect(asOfMarch.size).toBeLessThan(dataset.entities.length);

    await app.legend.only(PEOPLE.label).click();
    await expect.poll(() => app.params().get("hide")).not.toBeNull();
    await expect
      .poll(() =>
        tree(page)
          .locator('[role="treeitem"][aria-level="1"]')
          .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.key)),
      )
      .toEqual(["t:person"]);
    await expectSameAsGraph(page);
  });
});
