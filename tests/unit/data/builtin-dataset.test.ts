/**
 * The built-in dataset: it loads through the same boundary as any other, every quote stands in the
 * notes, every relation is cited, and the people, bodies and policies the issue names are there.
 */
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { asOfDate } from "../../../src/graph/asOf";
import { buildCatalog } from "../../../src/graph/catalog";
import { relationClaim } from "../../../src/graph/query";
import { loadDataset, type LoadedDataset } from "../../../src/model/load";
import type { Evidence } from "../../../src/model/schema";
import { collapseWhitespace } from "../../../src/model/quote";
import { dateSpan, firstDay, lastDay, monthsBetween } from "../../../src/model/time";
import { datasetWarnings } from "../../../src/model/warnings";
import { placeOf } from "../../../src/model/problem";

const DATA = new URL("../../../data/", import.meta.url);
const FILE = "post-stalin-power-struggle.json";

let loaded: LoadedDataset;

beforeAll(async () => {
  const jsonText = await readFile(new URL(FILE, DATA), "utf8");
  const result = await loadDataset(jsonText, (relativePath) =>
    readFile(new URL(relativePath, DATA), "utf8"),
  );
  if (!result.ok)
    throw new Error(
      `${FILE} does not load:\n${result.problems.map((p) => `${placeOf(p)}: ${p.message}`).join("\n")}`,
    );
  loaded = result.loaded;
});

/** Every evidence item with the place it stands, entities first. */
function allEvidence(): { path: string; evidence: Evidence }[] {
  const { entities, relations } = loaded.dataset;
  return [
    ...entities.flatMap((entity, i) =>
      entity.evidence.map((evidence, j) => ({ path: `entities[${i}].evidence[${j}]`, evidence })),
    ),
    ...relations.flatMap((relation, i) =>
      relation.evidence.map((evidence, j) => ({
        path: `relations[${i}].evidence[${j}]`,
        evidence,
      })),
    ),
  ];
}

describe(`data/${FILE}`, () => {
  it("loads and validates", () => {
    expect(loaded.dataset.id).toBe("post-stalin-power-struggle");
  });

  it("has a notes source whose text was read", () => {
    const notes = loaded.dataset.sources.filter((source) => source.kind === "notes" && source.text);
    expect(notes.length).toBeGreaterThan(0);
    for (const source of notes) expect(loaded.sourceTexts.get(source.text ?? "")).toBeTruthy();
  });

  it("quotes the notes verbatim in every evidence item that cites them (white space collapsed)", () => {
    const texts = new Map(
      loaded.dataset.sources.flatMap((source) => {
        const text = source.text === undefined ? undefined : loaded.sourceTexts.get(source.text);
        return text === undefined ? [] : [[source.id, collapseWhitespace(text)] as const];
      }),
    );
    const cited = allEvidence().filter(({ evidence }) => texts.has(evidence.source));
    expect(cited.length).toBeGreaterThan(0);
    const missing = cited
      .filter(
        ({ evidence }) => !texts.get(evidence.source)?.includes(collapseWhitespace(evidence.quote)),
      )
      .map(({ path, evidence }) => `${path}: ${JSON.stringify(evidence.quote)}`);
    expect(missing).toEqual([]);
  });

  it("ships the text of every source it cites, so that every quote is checked word for word", () => {
    for (const source of loaded.dataset.sources) {
      expect(source.text, `source "${source.id}" has no text`).toBeDefined();
      expect(loaded.sourceTexts.get(source.text ?? "")).toBeTruthy();
    }
  });

  it("names, on every line of its chronology, the public page each fact was checked against", () => {
    const chronology = loaded.dataset.sources.find((source) => source.id === "chronology");
    const text = loaded.sourceTexts.get(chronology?.text ?? "") ?? "";
    const facts = text
      .split("\n")
      .filter((line) => /^[A-Z0-9"]/.test(line) && line.includes(". Checked: "));
    expect(facts.length).toBeGreaterThan(40);
    const unchecked = facts.filter((line) => !/Checked: .+https?:\/\/\S+/.test(line));
    expect(unchecked).toEqual([]);
    // The facts are the dataset's own words, not a quotation of any book.
    expect(chronology?.citation).toMatch(/quotes no book/);
  });

  it("has no validator warnings: no relation is dated outside the dates of its ends", () => {
    expect(datasetWarnings(loaded.dataset)).toEqual([]);
  });

  it("dates at least 90% of its relations", () => {
    const { relations } = loaded.dataset;
    const dated = relations.filter((relation) => relation.start || relation.end);
    expect(dated.length / relations.length).toBeGreaterThanOrEqual(0.9);
  });

  it("never draws a relation or an entity outside its time, at any month of its data", () => {
    const catalog = buildCatalog(loaded.dataset);
    const span = dateSpan([...loaded.dataset.entities, ...loaded.dataset.relations]);
    if (!span) throw new Error("no dates");
    const wrong: string[] = [];
    for (const month of monthsBetween(span.first, span.last)) {
      const shown = asOfDate(catalog, month);
      for (const id of shown.relations) {
        const relation = catalog.relation.get(id)!;
        const temporal = catalog.relationType.get(relation.type)?.temporal;
        const start = relation.start ?? (temporal === "event" ? relation.end : undefined);
        if (start && firstDay(start) > lastDay(month))
          wrong.push(`${month}: ${id} before its start`);
        if (temporal === "state" && relation.end && lastDay(relation.end) < firstDay(month))
          wrong.push(`${month}: ${id} after its end`);
        if (!shown.entities.has(relation.from) || !shown.entities.has(relation.to))
          wrong.push(`${month}: ${id} without both ends`);
      }
      for (const id of shown.entities) {
        const entity = catalog.entity.get(id)!;
        if (entity.start && firstDay(entity.start) > lastDay(month))
          wrong.push(`${month}: ${id} before its start`);
        if (entity.end && lastDay(entity.end) < firstDay(month))
          wrong.push(`${month}: ${id} after its end`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("shows, as of July 1953, Malenkov as Premier and not Bulganin, the Virgin Lands or the Secret Speech", () => {
    const catalog = buildCatalog(loaded.dataset);
    const shown = asOfDate(catalog, "1953-07");
    const premiers = [...shown.relations]
      .map((id) => catalog.relation.get(id)!)
      .filter((r) => r.type === "held-office" && r.to === "chairman-of-the-council-of-ministers")
      .map((r) => r.from);
    expect(premiers).toEqual(["malenkov"]);
    expect(shown.entities.has("virgin-lands-campaign")).toBe(false);
    expect(shown.entities.has("secret-speech")).toBe(false);
    // Beria, executed in December 1953, is gone from the picture of 1956.
    expect(asOfDate(catalog, "1956-06").entities.has("beria")).toBe(false);
  });

  it("keeps each of the notes' errors as a disputed claim, with the chronology's account beside it", () => {
    const catalog = buildCatalog(loaded.dataset);
    const disputed = loaded.dataset.relations.filter((r) => r.certainty === "disputed");
    const pairs = disputed
      .map(
        (claim) =>
          [
            relationClaim(catalog, claim),
            claim.evidence.map((e) => e.source),
            (claim.disputedBy ?? []).map((id) =>
              catalog.relation.get(id)!.evidence.map((e) => e.source),
            ),
          ] as const,
      )
      .sort((a, b) => a[0].localeCompare(b[0]));
    expect(pairs).toEqual([
      [
        "Georgy Malenkov lost the office of Secretary of the Central Committee",
        ["notes"],
        [["chronology"], ["chronology", "chronology"]],
      ],
      [
        "Nikita Khrushchev stood apart from Stalin's innermost circle",
        ["notes"],
        [["chronology", "chronology", "chronology"]],
      ],
      [
        "Stalin's death came before Joint meeting of 5 March 1953",
        ["notes"],
        [["chronology", "chronology"]],
      ],
    ]);
  });

  it("shows every chapter's highlighted relations as of the chapter's date", () => {
    const catalog = buildCatalog(loaded.dataset);
    const hidden = loaded.dataset.story.flatMap((chapter) => {
      if (!chapter.date) return [];
      const shown = asOfDate(catalog, chapter.date);
      return chapter.relations
        .filter((id) => !shown.relations.has(id))
        .map((id) => `${chapter.id}: ${id}`);
    });
    expect(hidden).toEqual([]);
  });

  it("cites at least one piece of evidence for every relation", () => {
    const uncited = loaded.dataset.relations
      .filter((relation) => relation.evidence.length === 0)
      .map((relation) => relation.id);
    expect(uncited).toEqual([]);
  });

  const named = [
    "Stalin",
    "Malenkov",
    "Beria",
    "Khrushchev",
    "Voroshilov",
    "Presidium",
    "Council of Ministers",
    "Central Committee",
    "Supreme Soviet",
    "NKVD",
    "Secret Speech",
    "de-Stalinisation",
    "Virgin Lands campaign",
    "consumerism",
    "westernisation",
    "housing",
  ];
  it.each(named)("has an entity labelled or aliased %j (any case)", (name) => {
    const wanted = name.toLowerCase();
    const matches = loaded.dataset.entities.filter((entity) =>
      [entity.label, ...entity.aliases].some((n) => collapseWhitespace(n).toLowerCase() === wanted),
    );
    // On failure, show the entities whose names contain the word, to say which alias is missing.
    const near = loaded.dataset.entities
      .filter((entity) =>
        [entity.label, ...entity.aliases].some((n) => n.toLowerCase().includes(wanted)),
      )
      .map((entity) => `${entity.id} (${[entity.label, ...entity.aliases].join(" / ")})`);
    expect(
      matches.length,
      `no label or alias ${JSON.stringify(name)}; near: ${near.join("; ")}`,
    ).toBeGreaterThan(0);
  });

  const spellings: [string, string][] = [
    ["Khruschev", "Khrushchev"],
    ["de-Stalinization", "de-Stalinisation"],
  ];
  it.each(spellings)("keeps the notes' spelling %j as an alias of %j", (spelling, name) => {
    const entity = loaded.dataset.entities.find((e) =>
      [e.label, ...e.aliases].some((n) => n.toLowerCase() === name.toLowerCase()),
    );
    expect(entity?.aliases).toContain(spelling);
  });
});
