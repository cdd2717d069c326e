/**
 * Finding one's way: the search box (an ARIA combobox) forgiving typos, panels linking to one
 * another, Back and Forward, and links opened cold, including one naming what is not there.
 */
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { ARREST_ID, dataset, entity, relation, relationClaim, relationType } from "./dataset";
import {
  GRAPH_SELECTOR,
  appUrl,
  closeBrowser,
  entityScreenPosition,
  openPage,
  waitForGraph,
} from "./support";

afterAll(closeBrowser);

const KHRUSHCHEV = entity("khrushchev");
const BERIA = entity("beria");
const ARREST = relation(ARREST_ID);
const ARRESTED = relationType(ARREST.type);

function searchBox(page: Page) {
  return page.getByRole("combobox", { name: "Search entities and relations" });
}

function panelHeading(page: Page, name: string) {
  return page.getByRole("heading", { level: 2, name, exact: true });
}

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The list item of a relation on an entity's panel: the one whose verb link is `verb`. */
function relationItem(page: Page, verb: string, other: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: verb, exact: true }) })
    .filter({ has: page.getByRole("link", { name: other, exact: true }) });
}

describe("search", () => {
  it("finds Khrushchev despite typos, by keyboard", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);
    const box = searchBox(page);
    const list = page.getByRole("listbox", { name: "Search results" });
    expect(await box.getAttribute("aria-expanded")).toBe("false");

    await box.click();
    await box.pressSequentially("Krushchev");
    await list.waitFor();
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    const options = list.getByRole("option");
    const first = options.first();
    expect(await first.textContent()).toContain(KHRUSHCHEV.label);
    expect(await first.getAttribute("aria-selected")).toBe("true");
    expect(await box.getAttribute("aria-activedescendant")).toBe(await first.getAttribute("id"));

    // ↓ moves the active option (when there is another), ↑ comes back to the first.
    const count = await options.count();
    if (count > 1) {
      await box.press("ArrowDown");
      await expect.poll(() => options.nth(1).getAttribute("aria-selected")).toBe("true");
      expect(await first.getAttribute("aria-selected")).toBe("false");
      expect(await box.getAttribute("aria-activedescendant")).toBe(
        await options.nth(1).getAttribute("id"),
      );
      await box.press("ArrowUp");
      await expect.poll(() => first.getAttribute("aria-selected")).toBe("true");
    }

    await box.press("Enter");
    await panelHeading(page, KHRUSHCHEV.label).waitFor();
    expect(params(page).get("entity")).toBe(KHRUSHCHEV.id);
    await list.waitFor({ state: "hidden" });
    expect(await box.getAttribute("aria-expanded")).toBe("false");

    // The notes' own misspelling finds him too; Enter takes the first hit.
    await page.goto(appUrl("/"));
    await waitForGraph(page);
    await box.click();
    await box.pressSequentially("Khruschev");
    await list.waitFor();
    expect(await list.getByRole("option").first().textContent()).toContain(KHRUSHCHEV.label);
    await box.press("Enter");
    await panelHeading(page, KHRUSHCHEV.label).waitFor();
    expect(params(page).get("entity")).toBe(KHRUSHCHEV.id);

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("lists relations by their verb; Escape closes the list and keeps the selection", async () => {
    const { page, consoleErrors, close } = await openPage(`/?entity=${KHRUSHCHEV.id}`);
    await waitForGraph(page);
    await panelHeading(page, KHRUSHCHEV.label).waitFor();
    const box = searchBox(page);
    const list = page.getByRole("listbox", { name: "Search results" });

    await box.click();
    await box.pressSequentially(ARRESTED.label);
    await list.waitFor();
    const arrest = list.getByRole("option", { name: relationClaim(ARREST) });
    await arrest.waitFor();
    expect(await arrest.textContent()).toContain(`${ARRESTED.label} ${BERIA.label}`);
    // Every arrest is listed, each once.
    const arrests = dataset.relations.filter((item) => item.type === ARREST.type);
    for (const item of arrests) {
      expect(await list.getByRole("option", { name: relationClaim(item) }).count()).toBe(1);
    }

    await box.press("Escape");
    await list.waitFor({ state: "hidden" });
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    // That Escape was the search box's: the panel stays.
    expect(params(page).get("entity")).toBe(KHRUSHCHEV.id);
    await panelHeading(page, KHRUSHCHEV.label).waitFor();

    // Choosing a relation with the mouse opens its panel.
    await box.fill("");
    await box.pressSequentially(ARRESTED.label);
    await list.getByRole("option", { name: relationClaim(ARREST) }).click();
    await panelHeading(page, relationClaim(ARREST)).waitFor();
    expect(params(page).get("relation")).toBe(ARREST_ID);

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("closes the list on the first Escape and empties the box on the second", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);
    const box = searchBox(page);
    const list = page.getByRole("listbox", { name: "Search results" });
    await box.click();
    await box.pressSequentially(ARRESTED.label);
    await list.waitFor();

    await box.press("Escape");
    await list.waitFor({ state: "hidden" });
    expect(await box.inputValue()).toBe(ARRESTED.label);
    await box.press("Escape");
    expect(await box.inputValue()).toBe("");

    expect(consoleErrors).toEqual([]);
    await close();
  });
});

describe("panels", () => {
  it("link from one to another, with Back and Forward retracing the steps", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);

    await page
      .getByRole("navigation", { name: "Index of entities" })
      .getByRole("link", { name: KHRUSHCHEV.label, exact: true })
      .click();
    await panelHeading(page, KHRUSHCHEV.label).waitFor();
    expect(params(page).get("entity")).toBe(KHRUSHCHEV.id);

    // "arrested Lavrentiy Beria · 1953" (or a fuller date in 1953), told from his side.
    const arrest = relationItem(page, ARRESTED.label, BERIA.label);
    expect(await arrest.count()).toBe(1);
    const sentence = `${ARRESTED.label} ${BERIA.label} · `;
    const text = await arrest.innerText();
    expect(text).toContain(sentence);
    const when = text.slice(text.indexOf(sentence) + sentence.length).split("\n")[0];
    expect(when).toContain(ARREST.start?.slice(0, 4) ?? "undated");

    await arrest.getByRole("link", { name: BERIA.label, exact: true }).click();
    await panelHeading(page, BERIA.label).waitFor();
    expect(params(page).get("entity")).toBe(BERIA.id);
    // The same relation, told from Beria's side.
    const arrested = relationItem(page, ARRESTED.inverse, KHRUSHCHEV.label);
    expect(await arrested.count()).toBe(1);
    expect(await arrested.innerText()).toContain(`${ARRESTED.inverse} ${KHRUSHCHEV.label}`);

    await arrested.getByRole("link", { name: ARRESTED.inverse, exact: true }).click();
    await panelHeading(page, relationClaim(ARREST)).waitFor();
    expect(params(page).get("relation")).toBe(ARREST_ID);
    expect(params(page).has("entity")).toBe(false);

    await page.goBack();
    await panelHeading(page, BERIA.label).waitFor();
    expect(params(page).get("entity")).toBe(BERIA.id);
    await page.goBack();
    await panelHeading(page, KHRUSHCHEV.label).waitFor();
    expect(params(page).get("entity")).toBe(KHRUSHCHEV.id);
    await page.goForward();
    await panelHeading(page, BERIA.label).waitFor();
    expect(params(page).get("entity")).toBe(BERIA.id);
    await page.goForward();
    await panelHeading(page, relationClaim(ARREST)).waitFor();
    expect(params(page).get("relation")).toBe(ARREST_ID);

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("bring an entity chosen outside the graph into its view", async () => {
    const { page, consoleErrors, close } = await openPage(`/?entity=${KHRUSHCHEV.id}`);
    await waitForGraph(page);
    await panelHeading(page, KHRUSHCHEV.label).waitFor();
    const graph = await page.locator(GRAPH_SELECTOR).boundingBox();
    if (!graph) throw new Error("the graph has no box");
    const beriaInView = async () => {
      const point = await entityScreenPosition(page, BERIA.id);
      return (
        point !== null &&
        point.x > graph.x &&
        point.x < graph.x + graph.width &&
        point.y > graph.y &&
        point.y < graph.y + graph.height
      );
    };

    // Zoom in on Khrushchev with the wheel until Beria is out of sight.
    const khrushchev = await entityScreenPosition(page, KHRUSHCHEV.id);
    if (!khrushchev) throw new Error("Khrushchev is not drawn");
    await page.mouse.move(khrushchev.x, khrushchev.y);
    for (let turn = 0; turn < 12 && (await beriaInView()); turn++) {
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(300);
    }
    expect(await beriaInView()).toBe(false);

    await relationItem(page, ARRESTED.label, BERIA.label)
      .getByRole("link", { name: BERIA.label, exact: true })
      .click();
    await panelHeading(page, BERIA.label).waitFor();
    await expect.poll(beriaInView, { timeout: 3_000 }).toBe(true);

    expect(consoleErrors).toEqual([]);
    await close();
  });
});

describe("links opened cold", () => {
  it("open an entity's panel", async () => {
    const { page, consoleErrors, close } = await openPage(`/?entity=${BERIA.id}`);
    await waitForGraph(page);
    await panelHeading(page, BERIA.label).waitFor();
    expect(await relationItem(page, ARRESTED.inverse, KHRUSHCHEV.label).count()).toBe(1);
    expect(params(page).get("entity")).toBe(BERIA.id);

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("open a relation's panel", async () => {
    const { page, consoleErrors, close } = await openPage(`/?relation=${ARREST_ID}`);
    await waitForGraph(page);
    await panelHeading(page, relationClaim(ARREST)).waitFor();
    // Both ends are links, and the claim is read back from Beria's side.
    expect(await page.getByRole("link", { name: KHRUSHCHEV.label, exact: true }).count()).toBe(1);
    expect(await page.getByRole("link", { name: BERIA.label, exact: true }).count()).toBe(1);
    await page.getByText(`${BERIA.label} ${ARRESTED.inverse} ${KHRUSHCHEV.label}`).waitFor();
    // Its evidence, quoted.
    const quote = ARREST.evidence?.[0]?.quote ?? "";
    await page.getByRole("link", { name: quote }).waitFor();
    expect(params(page).get("relation")).toBe(ARREST_ID);

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("naming an unknown entity says so and shows the overview", async () => {
    const { page, consoleErrors, close } = await openPage("/?entity=nobody");
    await waitForGraph(page);
    const notice = page.getByRole("status").filter({ hasText: "nobody" });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('entity "nobody"');
    await panelHeading(page, dataset.title).waitFor();
    await page.getByRole("navigation", { name: "Index of entities" }).waitFor();
    // The link is tidied: what is not there is left out of the address.
    expect(params(page).has("entity")).toBe(false);

    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached" });

    expect(consoleErrors).toEqual([]);
    await close();
  });
});
