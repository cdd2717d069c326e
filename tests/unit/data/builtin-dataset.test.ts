/**
 * The built-in dataset: it loads through the same boundary as any other, every quote stands in the
 * notes, every relation is cited, and the people, bodies and policies the issue names are there.
 */
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset, type LoadedDataset } from "../../../src/model/load";
import type { Evidence } from "../../../src/model/schema";
import { collapseWhitespace } from "../../../src/model/quote";

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
      `${FILE} does not load:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join("\n")}`,
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
