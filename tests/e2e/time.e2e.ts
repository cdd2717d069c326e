/**
 * The network through time: the timeline's Date slider moved by keyboard, by dragging and by
 * Play; what is not yet true is not drawn, and the panels say so; the date is in the URL, survives
 * a reload, and Back steps through separate scrubs.
 */
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { ARREST_ID, dataset, entity, relation, relationClaim, relationType } from "./dataset";
import {
  closeBrowser,
  dateSlider,
  entityScreenPosition,
  graphImage,
  monthText,
  openPage,
  pixelsAround,
  waitForGraph,
  type ScreenPoint,
} from "./support";

afterAll(closeBrowser);

const BERIA = entity("beria");
const KHRUSHCHEV = entity("khrushchev");
const MALENKOV = entity("malenkov");
const STALIN = entity("stalin");
const BULGANIN = entity("bulganin");
/** Launched in 1954: nowhere in the picture of July 1953. */
const VIRGIN_LANDS = entity("virgin-lands-campaign");
const PREMIER = entity("chairman-of-the-council-of-ministers");
const ARREST = relation(ARREST_ID);
const ARRESTED = relationType(ARREST.type);
const BULGANIN_PREMIER = relation("bulganin-held-office-chairman-of-the-council-of-ministers");

/**
 * The timeline's stops: every month of the dataset's period when it names one, else from its first
 * date to its last.
 */
const MONTHS: string[] = (() => {
  const dates = [...dataset.relations, ...(dataset.entities as { start?: string; end?: string }[])]
    .flatMap((item) => [item.start, item.end])
    .filter((date): date is string => date !== undefined);
  const first =
    dataset.period?.start.slice(0, 7) ??
    dates.map((date) => (date.length === 4 ? `${date}-01` : date.slice(0, 7))).sort()[0];
  const last =
    dataset.period?.end.slice(0, 7) ??
    dates
      .map((date) => (date.length === 4 ? `${date}-12` : date.slice(0, 7)))
      .sort()
      .at(-1);
  if (!first || !last) throw new Error("the built-in dataset has no dates");
  const months: string[] = [];
  for (let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5))]; ; m++) {
    if (m > 12) [y, m] = [y + 1, 1];
    const month = `${y}-${String(m).padStart(2, "0")}`;
    months.push(month);
    if (month === last) return months;
  }
})();

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

function valueText(page: Page): Promise<string | null> {
  return dateSlider(page).getAttribute("aria-valuetext");
}

function panelHeading(page: Page, name: string) {
  return page.getByRole("heading", { level: 2, name, exact: true });
}

function allTimeButton(page: Page) {
  return page.getByRole("button", { name: "All time", exact: true });
}

/** Presses `key` on the focused slider until its value text is `text` (at most `limit` times). */
async function pressUntil(page: Page, key: string, text: string, limit = 36): Promise<void> {
  for (let i = 0; i < limit && (await valueText(page)) !== text; i++) {
    await dateSlider(page).press(key);
  }
  expect(await valueText(page)).toBe(text);
}

async function positionOf(page: Page, entityId: string): Promise<ScreenPoint> {
  const point = await entityScreenPosition(page, entityId);
  if (!point) throw new Error(`the test hook has no position for "${entityId}"`);
  return point;
}

/** What is drawn in the 5×5 pixels at each entity's node centre (positions stay put over time). */
async function drawnAt(page: Page, points: ScreenPoint[]) {
  const shot = await graphImage(page);
  return points.map((point) => pixelsAround(shot, point, 2));
}

describe("the timeline", () => {
  it("scrubbed by keyboard to July 1953, shows Beria's arrest but not yet Bulganin's premiership", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);
    const slider = dateSlider(page);
    expect(await valueText(page)).toBe("All time");
    expect(await allTimeButton(page).getAttribute("aria-pressed")).toBe("true");
    expect(BULGANIN_PREMIER.start?.startsWith("1955-02")).toBe(true);
    expect(ARREST.start?.startsWith("1953-06")).toBe(true);

    // Over all time both are drawn: their nodes' fills are at their positions.
    const beria = await positionOf(page, BERIA.id);
    const virginLands = await positionOf(page, VIRGIN_LANDS.id);
    const [beriaAll, virginLandsAll] = await drawnAt(page, [beria, virginLands]);
    expect(beriaAll?.coloured).toBe(25);
    expect(virginLandsAll?.coloured).toBe(25);

    await slider.focus();
    await slider.press("Home");
    expect(await valueText(page)).toBe(monthText(MONTHS[0] ?? ""));
    await pressUntil(page, "ArrowRight", "July 1953");
    expect(params(page).get("date")).toBe("1953-07");
    expect(await allTimeButton(page).getAttribute("aria-pressed")).toBe("false");

    // Nothing moved; Beria is still drawn, the Virgin Lands campaign's place is empty.
    expect(await entityScreenPosition(page, BERIA.id)).toEqual(beria);
    expect(await entityScreenPosition(page, VIRGIN_LANDS.id)).toEqual(virginLands);
    await expect
      .poll(async () =>
        (await drawnAt(page, [beria, virginLands])).map((p) => [p.coloured, p.drawn]),
      )
      .toEqual([
        [25, 25],
        [0, 0],
      ]);

    // Beria's panel and the arrest's: in effect, no note.
    await page
      .getByRole("navigation", { name: "Index of entities" })
      .getByRole("link", { name: BERIA.label, exact: true })
      .click();
    await panelHeading(page, BERIA.label).waitFor();
    const details = page.getByRole("complementary", { name: "Details" });
    expect(await details.innerText()).not.toContain("Not in the picture");
    const arrested = details
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: ARRESTED.inverse, exact: true }) })
      .filter({ has: page.getByRole("link", { name: KHRUSHCHEV.label, exact: true }) });
    expect(await arrested.innerText()).not.toContain("not in effect");
    await arrested.getByRole("link", { name: ARRESTED.inverse, exact: true }).click();
    await panelHeading(page, relationClaim(ARREST)).waitFor();
    expect(params(page).get("relation")).toBe(ARREST_ID);
    expect(params(page).get("date")).toBe("1953-07");
    const relationPanel = await details.innerText();
    expect(relationPanel).toContain("26 June 1953");
    expect(relationPanel).not.toContain("not in effect");

    // The premiership: Malenkov holds it in July 1953; Bulganin's (and Khrushchev's) not yet.
    const box = page.getByRole("combobox", { name: "Search entities and relations" });
    await box.click();
    await box.pressSequentially("Premier");
    await page
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option")
      .filter({ hasText: PREMIER.label })
      .first()
      .click();
    await panelHeading(page, PREMIER.label).waitFor();
    const holders = async () => {
      await details.getByRole("heading", { name: "Holders, in order" }).waitFor();
      // The ordered list of holders: the one linking Bulganin's holding by its dates.
      const list = details.getByRole("list").filter({
        has: page.getByRole("link", { name: "8 February 1955–27 March 1958", exact: true }),
      });
      return list.getByRole("listitem").allInnerTexts();
    };
    const items = await holders();
    const names = items.map(
      (text) =>
        [STALIN, MALENKOV, BULGANIN, KHRUSHCHEV].find((person) => text.includes(person.label))
          ?.label,
    );
    expect(names).toEqual([STALIN.label, MALENKOV.label, BULGANIN.label, KHRUSHCHEV.label]);
    // Stalin's ended with his death in March 1953; Malenkov's holds; the later ones not yet.
    expect(items[0]).toContain("(not in effect as of July 1953)");
    expect(items[1]).not.toContain("not in effect");
    expect(items[2]).toContain("(not in effect as of July 1953)");
    expect(items[3]).toContain("(not in effect as of July 1953)");

    // A reload keeps the date, on the slider and in the address, and the panel.
    await page.reload();
    await waitForGraph(page);
    expect(params(page).get("date")).toBe("1953-07");
    expect(await valueText(page)).toBe("July 1953");
    await panelHeading(page, PREMIER.label).waitFor();
    expect((await holders())[2]).toContain("(not in effect as of July 1953)");

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("follows a drag on the track; End goes to the last month, All time back to everything", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);
    const slider = dateSlider(page);
    const last = Number(await slider.getAttribute("aria-valuemax"));
    expect(last).toBe(MONTHS.length - 1);
    const track = await slider.boundingBox();
    if (!track) throw new Error("the Date slider has no box");
    const y = track.y + track.height / 2;
    const now = async () => Number(await slider.getAttribute("aria-valuenow"));

    // Pressing a quarter of the way along picks a month in the first third.
    await page.mouse.move(track.x + track.width * 0.25, y);
    await page.mouse.down();
    await expect.poll(() => valueText(page)).not.toBe("All time");
    const pressed = await now();
    expect(Math.abs(pressed - 0.25 * last)).toBeLessThanOrEqual(1);
    expect(pressed).toBeLessThan(last / 3);
    expect(await valueText(page)).toBe(monthText(MONTHS[pressed] ?? ""));
    expect(params(page).get("date")).toBe(MONTHS[pressed]);

    // Dragging to the middle follows the pointer; once released, the pointer no longer moves it.
    await page.mouse.move(track.x + track.width * 0.5, y, { steps: 5 });
    await expect.poll(now).toBeGreaterThan(pressed);
    const dragged = await now();
    expect(Math.abs(dragged - 0.5 * last)).toBeLessThanOrEqual(1);
    await page.mouse.up();
    await page.mouse.move(track.x + track.width * 0.8, y, { steps: 3 });
    expect(await now()).toBe(dragged);
    expect(await valueText(page)).toBe(monthText(MONTHS[dragged] ?? ""));
    expect(params(page).get("date")).toBe(MONTHS[dragged]);

    // The press focused the slider: End goes to the last month.
    await page.keyboard.press("End");
    expect(await valueText(page)).toBe(monthText(MONTHS.at(-1) ?? ""));
    expect(await now()).toBe(last);
    expect(params(page).get("date")).toBe(MONTHS.at(-1));

    const allTime = allTimeButton(page);
    expect(await allTime.getAttribute("aria-pressed")).toBe("false");
    await allTime.click();
    await expect.poll(() => allTime.getAttribute("aria-pressed")).toBe("true");
    expect(await valueText(page)).toBe("All time");
    expect(params(page).has("date")).toBe(false);

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("tells a mark's events in a tooltip while it is hovered", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);
    const slider = dateSlider(page);
    const track = await slider.boundingBox();
    if (!track) throw new Error("the Date slider has no box");
    const june = MONTHS.indexOf("1953-06");
    expect(june).toBeGreaterThan(0);
    const tooltip = page.getByRole("tooltip");
    expect(await tooltip.count()).toBe(0);

    // The mark stands over the rail at its month (the rail's top is 0.7rem down the track).
    await page.mouse.move(track.x + (track.width * june) / (MONTHS.length - 1), track.y + 13);
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toContain("June 1953");
    expect(text).toContain(`${relationClaim(ARREST)} · 26 June 1953`);
    expect(text).toContain("arrested Lavrentiy Beria");
    // Hovering is not choosing: the date stays.
    expect(await valueText(page)).toBe("All time");

    await page.mouse.move(track.x + track.width / 2, track.y - 100);
    await tooltip.waitFor({ state: "detached" });

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("plays through the months, and stays put once paused", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);
    const slider = dateSlider(page);
    const now = async () => Number(await slider.getAttribute("aria-valuenow"));

    await page.getByRole("button", { name: "Play", exact: true }).click();
    const pause = page.getByRole("button", { name: "Pause", exact: true });
    await pause.waitFor();
    // Play starts from the first month, then moves on.
    await expect.poll(() => valueText(page), { timeout: 3_000 }).not.toBe("All time");
    const started = await now();
    await expect.poll(now, { timeout: 5_000 }).toBeGreaterThan(started);

    await pause.click();
    await page.getByRole("button", { name: "Play", exact: true }).waitFor();
    const stopped = await valueText(page);
    const stoppedAt = params(page).get("date");
    expect(stopped).toBe(monthText(MONTHS[await now()] ?? ""));
    await page.waitForTimeout(1_500);
    expect(await valueText(page)).toBe(stopped);
    expect(params(page).get("date")).toBe(stoppedAt);

    expect(consoleErrors).toEqual([]);
    await close();
  });

  // A regression test: at commit 409e0d7 Play never stopped. A step onto the last month re-ran
  // the "while playing" effect with `index >= last`, which called setMonth(0) at once, so Play
  // went on from January 1953 with the button still "Pause".
  it("stops playing at the last month", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);
    const slider = dateSlider(page);
    // Two months before the end, so that Play has two steps to take.
    await slider.focus();
    await slider.press("End");
    await slider.press("ArrowLeft");
    await slider.press("ArrowLeft");
    expect(await valueText(page)).toBe(monthText(MONTHS.at(-3) ?? ""));

    await page.getByRole("button", { name: "Play", exact: true }).click();
    const lastMonth = monthText(MONTHS.at(-1) ?? "");
    await expect.poll(() => valueText(page), { timeout: 5_000 }).toBe(lastMonth);
    // Play ends there by itself, and the date stays on the last month.
    await page.getByRole("button", { name: "Play", exact: true }).waitFor({ timeout: 5_000 });
    await page.waitForTimeout(1_000);
    expect(await valueText(page)).toBe(lastMonth);

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("keeps separate scrubs as separate steps for Back", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);
    const slider = dateSlider(page);

    // First scrub: Home, then two months on — one gesture, one history entry.
    await slider.focus();
    await slider.press("Home");
    await pressUntil(page, "ArrowRight", "March 1953");
    expect(params(page).get("date")).toBe("1953-03");
    // A pause longer than a gesture (1.5 s), then a second scrub: a year on, a month back.
    await page.waitForTimeout(1_700);
    await slider.press("PageUp");
    expect(await valueText(page)).toBe("March 1954");
    await slider.press("ArrowLeft");
    expect(await valueText(page)).toBe("February 1954");
    expect(params(page).get("date")).toBe("1954-02");

    await page.goBack();
    await expect.poll(() => valueText(page)).toBe("March 1953");
    expect(params(page).get("date")).toBe("1953-03");
    await page.goBack();
    await expect.poll(() => valueText(page)).toBe("All time");
    expect(params(page).has("date")).toBe(false);
    await page.goForward();
    await expect.poll(() => valueText(page)).toBe("March 1953");
    await page.goForward();
    await expect.poll(() => valueText(page)).toBe("February 1954");

    expect(consoleErrors).toEqual([]);
    await close();
  });
});
