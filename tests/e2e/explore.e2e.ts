/**
 * Finding one's way: the search box (an ARIA combobox) forgiving typos, panels linking to one
 * another, Back and Forward, and links opened cold, including one naming what is not there.
 */
import { describe, expect } from "vitest";
import { ARREST_ID, dataset, entity, relation, relationClaim, relationType } from "./dataset";
import { appUrl } from "./browser";
import { GRAPH_SELECTOR } from "./canvas";
import { it } from "./fixture";
import { entityScreenPosition } from "./hook";

const KHRUSHCHEV = entity("khrushchev");
const BERIA = entity("beria");
const ARREST = relation(ARREST_ID);
const ARRESTED = relationType(ARREST.type);

describe("search", () => {
  it("finds Khrushchev despite typos, by keyboard", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const box = app.search.box;
    const list = app.search.results;
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
    await app.panel.heading(KHRUSHCHEV.label).waitFor();
    expect(app.params().get("entity")).toBe(KHRUSHCHEV.id);
    await list.waitFor({ state: "hidden" });
    expect(await box.getAttribute("aria-expanded")).toBe("false");

    // The notes' own misspelling finds him too; Enter takes the first hit.
    await page.goto(appUrl("/"));
    await app.waitForGraph();
    await box.click();
    await box.pressSequentially("Khruschev");
    await list.waitFor();
    expect(await list.getByRole("option").first().textContent()).toContain(KHRUSHCHEV.label);
    await box.press("Enter");
    await app.panel.heading(KHRUSHCHEV.label).waitFor();
    expect(app.params().get("entity")).toBe(KHRUSHCHEV.id);
  });

  it("lists relations by their verb; Escape closes the list and keeps the selection", async ({
    open,
  }) => {
    const { app } = await open(`/?entity=${KHRUSHCHEV.id}`);
    await app.waitForGraph();
    await app.panel.heading(KHRUSHCHEV.label).waitFor();
    const box = app.search.box;
    const list = app.search.results;

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
    expect(app.params().get("entity")).toBe(KHRUSHCHEV.id);
    await app.panel.heading(KHRUSHCHEV.label).waitFor();

    // Choosing a relation with the mouse opens its panel.
    await box.fill("");
    await box.pressSequentially(ARRESTED.label);
    await list.getByRole("option", { name: relationClaim(ARREST) }).click();
    await app.panel.heading(relationClaim(ARREST)).waitFor();
    expect(app.params().get("relation")).toBe(ARREST_ID);
  });

  it("closes the list on the first Escape and empties the box on the second", async ({ open }) => {
    const { app } = await open("/");
    await app.waitForGraph();
    const box = app.search.box;
    const list = app.search.results;
    await box.click();
    await box.pressSequentially(ARRESTED.label);
    await list.waitFor();

    await box.press("Escape");
    await list.waitFor({ state: "hidden" });
    expect(await box.inputValue()).toBe(ARRESTED.label);
    await box.press("Escape");
    expect(await box.inputValue()).toBe("");
  });
});

describe("panels", () => {
  it("link from one to another, with Back and Forward retracing the steps", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();

    await page
      .getByRole("navigation", { name: "Index of entities" })
      .getByRole("link", { name: KHRUSHCHEV.label, exact: true })
      .click();
    await app.panel.heading(KHRUSHCHEV.label).waitFor();
    expect(app.params().get("entity")).toBe(KHRUSHCHEV.id);

    // "arrested Lavrentiy Beria · 1953" (or a fuller date in 1953), told from his side.
    const arrest = app.panel.relationItem(ARRESTED.label, BERIA.label);
    expect(await arrest.count()).toBe(1);
    const sentence = `${ARRESTED.label} ${BERIA.label} · `;
    const text = await arrest.innerText();
    expect(text).toContain(sentence);
    const when = text.slice(text.indexOf(sentence) + sentence.length).split("\n")[0];
    expect(when).toContain(ARREST.start?.slice(0, 4) ?? "undated");

    await arrest.getByRole("link", { name: BERIA.label, exact: true }).click();
    await app.panel.heading(BERIA.label).waitFor();
    expect(app.params().get("entity")).toBe(BERIA.id);
    // The same relation, told from Beria's side.
    const arrested = app.panel.relationItem(ARRESTED.inverse, KHRUSHCHEV.label);
    expect(await arrested.count()).toBe(1);
    expect(await arrested.innerText()).toContain(`${ARRESTED.inverse} ${KHRUSHCHEV.label}`);

    await arrested.getByRole("link", { name: ARRESTED.inverse, exact: true }).click();
    await app.panel.heading(relationClaim(ARREST)).waitFor();
    expect(app.params().get("relation")).toBe(ARREST_ID);
    expect(app.params().has("entity")).toBe(false);

    await page.goBack();
    await app.panel.heading(BERIA.label).waitFor();
    expect(app.params().get("entity")).toBe(BERIA.id);
    await page.goBack();
    await app.panel.heading(KHRUSHCHEV.label).waitFor();
    expect(app.params().get("entity")).toBe(KHRUSHCHEV.id);
    await page.goForward();
    await app.panel.heading(BERIA.label).waitFor();
    expect(app.params().get("entity")).toBe(BERIA.id);
    await page.goForward();
    await app.panel.heading(relationClaim(ARREST)).waitFor();
    expect(app.params().get("relation")).toBe(ARREST_ID);
  });

  it("bring an entity chosen outside the graph into its view", async ({ open }) => {
    const { page, app } = await open(`/?entity=${KHRUSHCHEV.id}`);
    await app.waitForGraph();
    await app.panel.heading(KHRUSHCHEV.label).waitFor();
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

    await app.panel
      .relationItem(ARRESTED.label, BERIA.label)
      .getByRole("link", { name: BERIA.label, exact: true })
      .click();
    await app.panel.heading(BERIA.label).waitFor();
    await expect.poll(beriaInView, { timeout: 3_000 }).toBe(true);
  });
});

describe("links opened cold", () => {
  it("open an entity's panel", async ({ open }) => {
    const { app } = await open(`/?entity=${BERIA.id}`);
    await app.waitForGraph();
    await app.panel.heading(BERIA.label).waitFor();
    expect(await app.panel.relationItem(ARRESTED.inverse, KHRUSHCHEV.label).count()).toBe(1);
    expect(app.params().get("entity")).toBe(BERIA.id);
  });

  it("open a relation's panel", async ({ open }) => {
    const { page, app } = await open(`/?relation=${ARREST_ID}`);
    await app.waitForGraph();
    await app.panel.heading(relationClaim(ARREST)).waitFor();
    // Both ends are links, and the claim is read back from Beria's side.
    expect(await page.getByRole("link", { name: KHRUSHCHEV.label, exact: true }).count()).toBe(1);
    expect(await page.getByRole("link", { name: BERIA.label, exact: true }).count()).toBe(1);
    await page.getByText(`${BERIA.label} ${ARRESTED.inverse} ${KHRUSHCHEV.label}`).waitFor();
    // Its evidence, quoted.
    const quote = ARREST.evidence?.[0]?.quote ?? "";
    await page.getByRole("link", { name: quote }).waitFor();
    expect(app.params().get("relation")).toBe(ARREST_ID);
  });

  it("naming an unknown entity says so and shows the overview", async ({ open }) => {
    const { page, app } = await open("/?entity=nobody");
    await app.waitForGraph();
    const notice = page.getByRole("status").filter({ hasText: "nobody" });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('entity "nobody"');
    await app.panel.heading(dataset.title).waitFor();
    await app.index.waitFor();
    // The link is tidied: what is not there is left out of the address.
    expect(app.params().has("entity")).toBe(false);

    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached" });
  });
});
