/**
 * Evidence a reader can check, and a timeline that never shows what had not happened yet: as of
 * July 1953 the graph shows Malenkov as Premier and neither Bulganin's premiership, the Virgin
 * Lands nor the Secret Speech; a disputed claim's panel sets the notes' account beside the
 * chronology's, each with its evidence; a chronology quote opens the chronology at its line; the
 * legend lists every disputed claim.
 */
import { describe, expect } from "vitest";
import { dataset, relation, relationClaim, source } from "./dataset";
import { appUrl } from "./browser";
import { it } from "./fixture";
import { drawnEntities, drawnRelations } from "./hook";

const PREMIERSHIPS = dataset.relations.filter(
  (item) => item.type === "held-office" && item.to === "chairman-of-the-council-of-ministers",
);
const DISPUTED = relation("khrushchev-stood-apart-from-stalins-innermost-circle");
const COUNTER = relation("khrushchev-member-of-stalins-innermost-circle");
const CHRONOLOGY = source("chronology");

describe("the timeline shows nothing before it happened", () => {
  it("as of July 1953: Malenkov is Premier, Bulganin is not, no Virgin Lands and no Secret Speech", async ({
    open,
  }) => {
    const { page, app } = await open("/?date=1953-07");
    await app.waitForGraph();
    const premiers = await drawnRelations(
      page,
      PREMIERSHIPS.map((item) => item.id),
    );
    expect(premiers.map((id) => relation(id).from)).toEqual(["malenkov"]);
    expect(
      await drawnEntities(page, ["virgin-lands-campaign", "secret-speech", "malenkov", "bulganin"]),
    ).toEqual(["malenkov", "bulganin"]);
    // Bulganin is there as Minister of Defence, not as Premier: his panel says so in words.
    await page.goto(appUrl("/?date=1953-07&entity=bulganin"));
    await app.waitForGraph();
    const offices = page.getByRole("heading", { name: "Offices held, in order" });
    await offices.waitFor();
    const premiership = page
      .locator("ol.succession li")
      .filter({ hasText: "Chairman of the Council of Ministers" });
    await expect.poll(() => premiership.textContent()).toContain("not in effect as of July 1953");
  });

  it("Beria, executed in December 1953, is no longer drawn in 1956", async ({ open }) => {
    const { page, app } = await open("/?date=1956-06");
    await app.waitForGraph();
    expect(await drawnEntities(page, ["beria", "khrushchev"])).toEqual(["khrushchev"]);
  });
});

describe("where the notes are wrong, both accounts side by side", () => {
  it("a disputed claim's panel reads 'The notes say' beside 'The chronology says', each with its evidence", async ({
    open,
  }) => {
    const { page, app } = await open(`/?relation=${DISPUTED.id}`);
    await app.panel.heading(relationClaim(DISPUTED)).waitFor();
    const accounts = page.getByRole("group", { name: "Two accounts" });
    await accounts.waitFor();
    const sides = accounts.locator(".dispute-side");
    expect(await sides.count()).toBe(2);
    const notesSide = sides.nth(0);
    const chronologySide = sides.nth(1);
    expect(await notesSide.getByRole("heading", { level: 4 }).textContent()).toBe("The notes say");
    expect(await chronologySide.getByRole("heading", { level: 4 }).textContent()).toBe(
      "The chronology says",
    );
    expect(await notesSide.textContent()).toContain(DISPUTED.evidence?.[0]?.quote);
    expect(await chronologySide.textContent()).toContain(COUNTER.evidence?.[0]?.quote);
    // Side by side: the two accounts share a row on a desktop screen.
    const [left, right] = await Promise.all([
      notesSide.boundingBox(),
      chronologySide.boundingBox(),
    ]);
    expect(left && right && Math.abs(left.y - right.y) < 2 && left.x < right.x).toBe(true);
    // The certainty is said in words, not by colour alone.
    expect(await page.locator(".facts").textContent()).toContain("disputed");

    // The other side's claim is a link to its own panel, which shows the same comparison.
    await chronologySide.getByRole("link", { name: relationClaim(COUNTER) }).click();
    await app.panel.heading(relationClaim(COUNTER)).waitFor();
    await page.getByRole("group", { name: "Two accounts" }).waitFor();
  });

  it("a chronology quote opens the chronology at its line, highlighted, with the page it was checked against", async ({
    open,
  }) => {
    const { page, app } = await open(`/?relation=${COUNTER.id}`);
    await app.panel.heading(relationClaim(COUNTER)).waitFor();
    const quote = COUNTER.evidence?.[0]?.quote ?? "";
    await page
      .getByRole("group", { name: "Two accounts" })
      .locator(".dispute-side")
      .nth(1)
      .getByRole("link", { name: `“${quote}”` })
      .click();
    await app.panel.heading(CHRONOLOGY.title).waitFor();
    const text = page.getByLabel(`Text of ${CHRONOLOGY.title}`);
    expect(await text.locator("mark").textContent()).toBe(quote);
    // The line goes on to name the page that was read.
    expect(await text.textContent()).toContain(
      `${quote} Checked: "The True Story of the Death of Stalin"`,
    );
  });

  it("the legend lists every disputed claim, and the overview names each", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const disputed = dataset.relations.filter(
      (item) => (item as { certainty?: string }).certainty === "disputed",
    );
    const index = page.getByRole("heading", { name: /Where the sources disagree/ });
    await index.waitFor();
    for (const claim of disputed) {
      await page
        .getByRole("link", { name: relationClaim(claim), exact: true })
        .first()
        .waitFor();
    }
    // "only disputed" in the legend leaves exactly the disputed claims drawn.
    await page.locator(".legend-menu summary").click();
    await page.getByRole("button", { name: "Only disputed", exact: true }).click();
    await expect
      .poll(() =>
        drawnRelations(
          page,
          dataset.relations.map((item) => item.id),
        ),
      )
      .toEqual(disputed.map((item) => item.id));
  });
});
