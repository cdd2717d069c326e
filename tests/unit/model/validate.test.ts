import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DatasetInput, Problem, ProblemCode } from "../../../src/model/schema";
import { placeOf } from "../../../src/model/problem";
import {
  closestMatch,
  comparePartialDates,
  editDistance,
  formatPath,
  validateDataset,
} from "../../../src/model/validate";

const NOTES = "sources/notes.txt";
const NOTES_TEXT = `Fearing his control over the security apparatus and believing he
was a traitor, Khrushchev and other Presidium members arrested and
executed Beria in 1953, shortly after Stalin's death.`;
const TEXTS: ReadonlyMap<string, string> = new Map([[NOTES, NOTES_TEXT]]);

/** A small valid dataset; each case changes one thing. */
function base(): DatasetInput {
  return {
    format: "dramatis/1",
    id: "test",
    title: "Test",
    sources: [
      { id: "notes", title: "Notes", kind: "notes", text: NOTES },
      {
        id: "chronology",
        title: "Chronology",
        kind: "reference",
        citation: "A. Author, A Book (2000)",
      },
    ],
    entityTypes: [
      { id: "person", label: "Person", color: "#112233" },
      { id: "body", label: "Body", color: "#223344" },
    ],
    relationTypes: [
      { id: "arrested", label: "arrested", inverse: "was arrested by", color: "#445566" },
      { id: "member-of", label: "was a member of", inverse: "had as member", color: "#556677" },
    ],
    entities: [
      { id: "khrushchev", type: "person", label: "Nikita Khrushchev" },
      { id: "beria", type: "person", label: "Lavrentiy Beria", start: "1953", end: "1953-12-23" },
      { id: "presidium", type: "body", label: "Presidium" },
    ],
    relations: [
      {
        id: "khrushchev-arrested-beria",
        type: "arrested",
        from: "khrushchev",
        to: "beria",
        start: "1953-06-26",
        evidence: [{ source: "notes", quote: "Khrushchev and other Presidium members arrested" }],
      },
      {
        id: "khrushchev-member-of-presidium",
        type: "member-of",
        from: "khrushchev",
        to: "presidium",
      },
    ],
    story: [
      {
        id: "beria-falls",
        title: "Beria falls",
        text: "…",
        focus: ["beria"],
        relations: ["khrushchev-arrested-beria"],
      },
    ],
  };
}

const BASE_ENTITIES = base().entities.length;
const BASE_RELATIONS = base().relations.length;

type Change = (dataset: DatasetInput) => void;
/**
 * [what, change, expected problems as [path, code or a key part of the message]]; invalid cases
 * first. A code is enough where the kind is the point; the wording is checked where it is.
 */
type Case = [string, Change, [string, ProblemCode | string][]];

const CODES: ReadonlySet<string> = new Set<ProblemCode>([
  "duplicate-id",
  "unknown-reference",
  "date-order",
  "quote-not-found",
  "missing-field",
  "reserved-id",
  "invalid-value",
]);

function problemsOf(
  input: unknown,
  texts: ReadonlyMap<string, string> | undefined = TEXTS,
): Problem[] {
  const result = validateDataset(input, texts);
  return result.ok ? [] : result.problems;
}

function runCases(cases: Case[], texts: ReadonlyMap<string, string> | undefined = TEXTS) {
  it.each(cases)("%s", (_what, change, expected) => {
    const dataset = base();
    change(dataset);
    const problems = problemsOf(dataset, texts);
    expect(problems.map(placeOf)).toEqual(expected.map(([path]) => path));
    problems.forEach((problem, i) => {
      const want = expected[i]?.[1] ?? "";
      if (CODES.has(want)) expect(problem.code).toBe(want);
      else expect(problem.message).toContain(want);
    });
  });
}

function entity(dataset: DatasetInput, index: number) {
  const item = dataset.entities[index];
  if (!item) throw new Error(`no entity ${index}`);
  return item;
}
function relation(dataset: DatasetInput, index: number) {
  const item = dataset.relations[index];
  if (!item) throw new Error(`no relation ${index}`);
  return item;
}

describe("validateDataset: the base dataset", () => {
  it("is valid and comes back with defaults filled", () => {
    const result = validateDataset(base(), TEXTS);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.relations[1]?.certainty).toBe("attested");
  });
});

describe("validateDataset: schema issues become problems with a JSON path", () => {
  runCases([
    [
      "a top-level unknown key",
      (d) => Object.assign(d, { extra: 1 }),
      [["(root)", 'unknown key "extra"']],
    ],
    [
      "a misspelt key, with a hint",
      (d) => Object.assign(entity(d, 1), { sumary: "x" }),
      [["entities[1]", 'unknown key "sumary" (did you mean "summary"?)']],
    ],
    [
      "a wrong type says what was expected and found",
      (d) => Object.assign(d, { title: 3 }),
      [["title", "expected a string, found a number (3)"]],
    ],
    [
      "a list where an object was expected",
      (d) => Object.assign(d, { relations: {} }),
      [["relations", "expected a list [ … ], found an object"]],
    ],
    [
      "a missing required key",
      (d) => delete (relation(d, 0) as { to?: string }).to,
      [["relations[0].to", "missing"]],
    ],
    [
      "the wrong format",
      (d) => Object.assign(d, { format: "dramatis/2" }),
      [["format", 'expected "dramatis/1", found "dramatis/2"']],
    ],
    [
      "a date not on the calendar",
      (d) => Object.assign(entity(d, 1), { end: "1953-02-29" }),
      [["entities[1].end", 'found "1953-02-29"']],
    ],
    [
      "an unknown certainty",
      (d) => Object.assign(relation(d, 0), { certainty: "maybe" }),
      [
        [
          "relations[0].certainty",
          'expected one of "attested", "alleged", "disputed", found "maybe"',
        ],
      ],
    ],
    [
      "an id with capitals",
      (d) => Object.assign(d.story?.[0] ?? {}, { focus: ["Beria"] }),
      [["story[0].focus[0]", "expected an id"]],
    ],
    [
      "an attribute whose value is neither text, a number, a boolean nor a date",
      (d) => Object.assign(entity(d, 1), { attributes: { genre: ["rock"] } }),
      [["entities[1].attributes.genre", "found a list"]],
    ],
    [
      "an attribute dated off the calendar",
      (d) => Object.assign(relation(d, 0), { attributes: { signed: { date: "1953-13" } } }),
      [["relations[0].attributes.signed.date", 'found "1953-13"']],
    ],
    [
      "an entity colour that is not #rrggbb",
      (d) => Object.assign(entity(d, 1), { color: "red" }),
      [["entities[1].color", 'expected a colour as "#rrggbb", found "red"']],
    ],
    [
      "no entity types",
      (d) => Object.assign(d, { entityTypes: [] }),
      // Every entity's type is then unknown too: both are reported.
      [
        ["entityTypes", "at least one entity type"],
        ["entities[0].type", 'no entity type "person"'],
        ["entities[1].type", 'no entity type "person"'],
        ["entities[2].type", 'no entity type "body"'],
      ],
    ],
  ]);

  const notAnObject: [unknown, string][] = [
    [null, "expected an object, found null"],
    [[], "expected an object, found a list"],
    ["dataset", 'expected an object, found "dataset"'],
  ];
  it.each(notAnObject)("input %j ▶ one problem at (root)", (input, message) => {
    expect(problemsOf(input)).toEqual([{ code: "schema", path: [], message }]);
  });

  it("keeps typed attributes, and refuses a reserved attribute name from JSON", () => {
    const kept = base();
    Object.assign(kept.entities[1] ?? {}, {
      attributes: { genre: "rock", popularity: 73, live: true, born: { date: "1815-12" } },
    });
    const valid = validateDataset(kept);
    expect(valid.ok && valid.dataset.entities[1]?.attributes).toEqual({
      genre: "rock",
      popularity: 73,
      live: true,
      born: { date: "1815-12" },
    });
    const input: unknown = JSON.parse(
      JSON.stringify(base()).replace('"id":"beria",', '"id":"beria","attributes":{"__proto__":1},'),
    );
    expect(problemsOf(input).map((p) => [placeOf(p), p.message])).toContainEqual([
      "entities[1].attributes.__proto__",
      expect.stringContaining("reserved"),
    ]);
  });

  it("reports a __proto__ key from JSON as an unknown key", () => {
    const input: unknown = JSON.parse(
      JSON.stringify(base()).replace(/^\{/, '{"__proto__":{"x":1},'),
    );
    expect(problemsOf(input)).toEqual([
      { code: "unknown-key", path: [], message: 'unknown key "__proto__"' },
    ]);
  });
});

describe("validateDataset: ids are unique within their list", () => {
  runCases([
    [
      "a duplicate entity",
      (d) => d.entities.push({ id: "beria", type: "person", label: "Beria again" }),
      [["entities[3].id", 'duplicate id "beria" (first used at entities[1])']],
    ],
    [
      "a duplicate source",
      (d) => d.sources.push({ id: "notes", title: "Notes again", kind: "notes" }),
      [["sources[2].id", 'duplicate id "notes" (first used at sources[0])']],
    ],
    [
      "a duplicate entity type",
      (d) => d.entityTypes.push({ id: "person", label: "Person", color: "#000000" }),
      [["entityTypes[2].id", 'duplicate id "person" (first used at entityTypes[0])']],
    ],
    [
      "a duplicate relation type",
      (d) => d.relationTypes.push({ id: "arrested", label: "a", inverse: "b", color: "#000000" }),
      [["relationTypes[2].id", 'duplicate id "arrested" (first used at relationTypes[0])']],
    ],
    [
      "a duplicate relation",
      (d) => d.relations.push({ ...relation(d, 0) }),
      [
        [
          "relations[2].id",
          'duplicate id "khrushchev-arrested-beria" (first used at relations[0])',
        ],
      ],
    ],
    [
      "a duplicate story chapter, twice",
      (d) =>
        d.story?.push(
          { id: "beria-falls", title: "a", text: "b" },
          { id: "beria-falls", title: "c", text: "d" },
        ),
      [
        ["story[1].id", "duplicate-id"],
        ["story[2].id", "duplicate-id"],
      ],
    ],
    [
      "the same id in two different lists is fine",
      (d) => d.entities.push({ id: "arrested", type: "body", label: "Arrested" }),
      [],
    ],
  ]);
});

describe("validateDataset: references point at something declared", () => {
  runCases([
    [
      "relation to an unknown entity, with a hint",
      (d) => Object.assign(relation(d, 0), { to: "berya" }),
      [["relations[0].to", 'no entity "berya" (did you mean "beria"?)']],
    ],
    [
      "relation from an unknown entity, no hint when nothing is close",
      (d) => Object.assign(relation(d, 0), { from: "zhukov" }),
      [["relations[0].from", "unknown-reference"]],
    ],
    [
      "an unknown entity type",
      (d) => Object.assign(entity(d, 0), { type: "persn" }),
      [["entities[0].type", 'no entity type "persn" (did you mean "person"?)']],
    ],
    [
      "an unknown relation type",
      (d) => Object.assign(relation(d, 1), { type: "member" }),
      [["relations[1].type", "unknown-reference"]],
    ],
    [
      "relation evidence citing an unknown source",
      (d) => Object.assign(relation(d, 0), { evidence: [{ source: "nots", quote: "x" }] }),
      [["relations[0].evidence[0].source", 'no source "nots" (did you mean "notes"?)']],
    ],
    [
      "entity evidence citing an unknown source",
      (d) => Object.assign(entity(d, 2), { evidence: [{ source: "chronicle", quote: "x" }] }),
      [["entities[2].evidence[0].source", "unknown-reference"]],
    ],
    [
      "story focus on an unknown entity",
      (d) => Object.assign(d.story?.[0] ?? {}, { focus: ["beria", "malenkov"] }),
      [["story[0].focus[1]", "unknown-reference"]],
    ],
    [
      "story naming an unknown relation",
      (d) => Object.assign(d.story?.[0] ?? {}, { relations: ["khrushchev-arrested-berya"] }),
      [
        [
          "story[0].relations[0]",
          'no relation "khrushchev-arrested-berya" (did you mean "khrushchev-arrested-beria"?)',
        ],
      ],
    ],
    [
      "ids that are names on Object.prototype are not declared by accident",
      (d) => Object.assign(relation(d, 0), { from: "constructor", to: "prototype" }),
      [
        ["relations[0].from", 'no entity "constructor"'],
        ["relations[0].to", 'no entity "prototype"'],
      ],
    ],
    [
      "ids that are names on Object.prototype are refused as reserved, not crashed on",
      (d) => {
        d.entities.push(
          { id: "constructor", type: "person", label: "C" },
          { id: "prototype", type: "body", label: "P" },
        );
        d.relations.push({
          id: "constructor",
          type: "member-of",
          from: "constructor",
          to: "prototype",
        });
      },
      [
        [`entities[${BASE_ENTITIES}].id`, '"constructor" is reserved'],
        [`entities[${BASE_ENTITIES + 1}].id`, "reserved-id"],
        [`relations[${BASE_RELATIONS}].id`, "reserved-id"],
      ],
    ],
  ]);

  it("picks the closest of several near ids", () => {
    const dataset = base();
    dataset.entities.push({ id: "berias", type: "person", label: "x" });
    Object.assign(relation(dataset, 0), { to: "beriass" });
    expect(problemsOf(dataset)).toEqual([
      {
        code: "unknown-reference",
        path: ["relations", 0, "to"],
        message: 'no entity "beriass" (did you mean "berias"?)',
      },
    ]);
  });
});

describe("validateDataset: end is not before start", () => {
  runCases([
    [
      "an entity ending the day before it starts",
      (d) => Object.assign(entity(d, 1), { start: "1953-06-26", end: "1953-06-25" }),
      [["entities[1].end", 'end "1953-06-25" is before start "1953-06-26"']],
    ],
    [
      "a relation ending a month before it starts",
      (d) => Object.assign(relation(d, 1), { start: "1953-06-26", end: "1953-05" }),
      [["relations[1].end", "date-order"]],
    ],
    [
      "a relation ending a year before it starts",
      (d) => Object.assign(relation(d, 1), { start: "1955", end: "1954-12-31" }),
      [["relations[1].end", "date-order"]],
    ],
    [
      "a year and a month in it",
      (d) => Object.assign(relation(d, 1), { start: "1953-06", end: "1953" }),
      [],
    ],
    [
      "a month and a day in it",
      (d) => Object.assign(relation(d, 1), { start: "1953-06-26", end: "1953-06" }),
      [],
    ],
    [
      "the same day",
      (d) => Object.assign(relation(d, 1), { start: "1953-06-26", end: "1953-06-26" }),
      [],
    ],
    ["only an end", (d) => Object.assign(relation(d, 1), { end: "1950" }), []],
  ]);
});

describe("validateDataset: quotes stand in their source's text", () => {
  runCases([
    [
      "a quote the text does not hold",
      (d) =>
        Object.assign(relation(d, 0), {
          evidence: [
            {
              source: "notes",
              quote:
                "Khrushchev and other Presidium members arrested and executed Malenkov in 1953",
            },
          ],
        }),
      [
        [
          "relations[0].evidence[0].quote",
          'not found in source "notes" ("Khrushchev and other Presidium members arrested and executed…")',
        ],
      ],
    ],
    [
      "an entity's quote that differs by one letter",
      (d) =>
        Object.assign(entity(d, 0), {
          evidence: [{ source: "notes", quote: "believing he was a traiter" }],
        }),
      [["entities[0].evidence[0].quote", 'did you mean "believing he was a traitor"?']],
    ],
    [
      "a quote across a line break, with other white space",
      (d) =>
        Object.assign(relation(d, 0), {
          evidence: [{ source: "notes", quote: "arrested  and\texecuted\n Beria" }],
        }),
      [],
    ],
    [
      "a quote from a source without text is not checked",
      (d) =>
        Object.assign(relation(d, 0), {
          evidence: [{ source: "chronology", quote: "Not in any text" }],
        }),
      [],
    ],
  ]);

  it("reports a source whose text was not read", () => {
    expect(problemsOf(base(), new Map())).toEqual([
      { code: "unreadable", path: ["sources", 0, "text"], message: `could not read "${NOTES}"` },
    ]);
  });

  it("checks neither texts nor quotes when no texts are given", () => {
    const dataset = base();
    Object.assign(relation(dataset, 0), { evidence: [{ source: "notes", quote: "nowhere" }] });
    expect(validateDataset(dataset).ok).toBe(true);
  });
});

describe("validateDataset: a reference source has a citation", () => {
  runCases([
    [
      "a reference source without a citation",
      (d) => delete d.sources[1]?.citation,
      [["sources[1].citation", "missing-field"]],
    ],
    ["notes need no citation", (d) => delete d.sources[0]?.citation, []],
  ]);
});

describe("validateDataset: collects every problem", () => {
  it("reports schema problems and rule problems together, in file order", () => {
    const dataset = base();
    Object.assign(dataset, { format: "dramatis/0" });
    Object.assign(relation(dataset, 1), { to: "presidum" });
    Object.assign(entity(dataset, 0), { sumary: "x", type: "persn" });
    const problems = problemsOf(dataset);
    expect(problems.map(placeOf)).toEqual([
      "format",
      "entities[0]",
      "entities[0].type",
      "relations[1].to",
    ]);
  });

  it("still counts a broken entity as declared, so relations to it are not reported twice", () => {
    const dataset = base();
    Object.assign(entity(dataset, 1), { summary: 42 });
    expect(problemsOf(dataset).map(placeOf)).toEqual(["entities[1].summary"]);
  });

  it("still checks the rest of an item that fails the schema", () => {
    const dataset = base();
    Object.assign(entity(dataset, 1), { aliases: [3], type: "persn", start: "1954", end: "1953" });
    expect(problemsOf(dataset).map(placeOf)).toEqual([
      "entities[1].aliases[0]",
      "entities[1].type",
      "entities[1].end",
    ]);
  });
});

describe("validateDataset: fixtures", () => {
  const fixture = (name: string): unknown =>
    JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8"));
  const minimalText = readFileSync(
    new URL("../../fixtures/sources/minimal.txt", import.meta.url),
    "utf8",
  );
  const texts = new Map([["sources/minimal.txt", minimalText]]);

  it("invalid-references.json: every rule once", () => {
    expect(problemsOf(fixture("invalid-references.json"), texts).map(placeOf)).toEqual([
      "sources[1].citation",
      "sources[2].text",
      "entities[1].type",
      "entities[2].id",
      "entities[3].id",
      "relations[0].to",
      "relations[0].evidence[0].source",
      "relations[1].type",
      "relations[1].end",
      "relations[1].evidence[0].quote",
      "story[0].focus[0]",
      "story[0].relations[0]",
    ]);
  });

  it("invalid-schema.json: schema problems", () => {
    expect(problemsOf(fixture("invalid-schema.json"), texts).map(placeOf)).toEqual([
      "format",
      "entityTypes[0].color",
      "relationTypes[0].directed",
      "entities[0]",
      "entities[1].id",
      "entities[1].aliases[0]",
      "entities[1].end",
      "relations[0].to",
      "relations[0].certainty",
    ]);
  });

  it("valid-minimal.json is valid", () => {
    expect(problemsOf(fixture("valid-minimal.json"), texts)).toEqual([]);
  });
});

describe("formatPath", () => {
  const cases: [PropertyKey[], string][] = [
    [[], "(root)"],
    [["relations", 12, "to"], "relations[12].to"],
    [["entities", 3], "entities[3]"],
    [["odd key", 0], '["odd key"][0]'],
  ];
  it.each(cases)("%j ▶ %s", (path, expected) => expect(formatPath(path)).toBe(expected));
});

describe("closestMatch", () => {
  const declared = ["beria", "khrushchev", "malenkov", "molotov", "a"];
  const cases: [string, string | undefined][] = [
    ["zhukov", undefined], // nothing close
    ["b", undefined], // "a" is one edit away but shares nothing
    ["berya", "beria"],
    ["khruschev", "khrushchev"],
    ["khrushchov", "khrushchev"],
    ["malenkof", "malenkov"],
    ["molotof", "molotov"],
  ];
  it.each(cases)("%s ▶ %s", (unknown, expected) =>
    expect(closestMatch(unknown, declared)).toBe(expected),
  );

  const distances: [string, string, number][] = [
    ["", "abc", 3],
    ["beria", "berya", 1],
    ["kitten", "sitting", 3],
    ["same", "same", 0],
  ];
  it.each(distances)("editDistance(%s, %s) = %d", (a, b, expected) =>
    expect(editDistance(a, b)).toBe(expected),
  );
});

describe("comparePartialDates", () => {
  const cases: [string, string, number][] = [
    ["1953-05", "1953-06-26", -1],
    ["1954", "1953-12-31", 1],
    ["1953", "1953-06", 0],
    ["1953-06", "1953-06-26", 0],
    ["1953-06-26", "1953-06-26", 0],
  ];
  it.each(cases)("%s vs %s ▶ %d", (a, b, expected) =>
    expect(comparePartialDates(a, b)).toBe(expected),
  );
});

describe("reserved ids", () => {
  it.each(["constructor", "prototype"])("refuses %j as an entity id, naming the place", (id) => {
    const result = validateDataset({
      format: "dramatis/1",
      id: "reserved",
      title: "Reserved",
      sources: [],
      entityTypes: [{ id: "person", label: "Person", color: "#000000" }],
      relationTypes: [],
      entities: [{ id, type: "person", label: "X" }],
      relations: [],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual({
        code: "reserved-id",
        path: ["entities", 0, "id"],
        message: `"${id}" is reserved: choose another id`,
      });
    }
  });
});

describe("many broken references", () => {
  it("are all reported, and quickly, with hints for the first ones only", () => {
    const entities = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`,
      type: "t",
      label: `E${i}`,
    }));
    const relations = Array.from({ length: 5000 }, (_, i) => ({
      id: `r${i}`,
      type: "r",
      from: `e${i % 2000}`,
      to: `missing-${i}`,
    }));
    const result = validateDataset({
      format: "dramatis/1",
      id: "broken",
      title: "Broken",
      sources: [],
      entityTypes: [{ id: "t", label: "T", color: "#000000" }],
      relationTypes: [{ id: "r", label: "r", inverse: "r by", color: "#000000" }],
      entities,
      relations,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toHaveLength(5000);
  });
});

describe("validateDataset: every source that ships its text is checked, not only the notes", () => {
  const CHRONOLOGY = "sources/chronology.txt";
  const CHRONOLOGY_TEXT = [
    "Beria was arrested at a meeting of the Presidium on 26 June 1953. Checked: a page.",
    "Beria was shot on 23 December 1953. Checked: a page.",
  ].join("\n");
  const texts = new Map([...TEXTS, [CHRONOLOGY, CHRONOLOGY_TEXT]]);
  const withChronologyText: Change = (d) => {
    const source = d.sources[1];
    if (source) source.text = CHRONOLOGY;
  };

  runCases(
    [
      [
        "a paraphrase attributed to a reference whose text ships is refused, with the passage meant",
        (d) => {
          withChronologyText(d);
          Object.assign(relation(d, 0), {
            evidence: [
              { source: "chronology", quote: "Beria was arrested by the Presidium in June 1953." },
            ],
          });
        },
        [
          [
            "relations[0].evidence[0].quote",
            'not found in source "chronology" ("Beria was arrested by the Presidium in June 1953.");' +
              ' did you mean "Beria was arrested at a meeting of the Presidium on 26 June 1953"?',
          ],
        ],
      ],
      [
        "a quote from elsewhere gets no suggestion",
        (d) => {
          withChronologyText(d);
          Object.assign(relation(d, 0), {
            evidence: [
              { source: "chronology", quote: "Malenkov resigned as Premier in February 1955." },
            ],
          });
        },
        [["relations[0].evidence[0].quote", 'not found in source "chronology"']],
      ],
      [
        "a verbatim line of the reference passes",
        (d) => {
          withChronologyText(d);
          Object.assign(relation(d, 0), {
            evidence: [{ source: "chronology", quote: "Beria was shot on 23 December 1953." }],
          });
        },
        [],
      ],
    ],
    texts,
  );

  it("names the missing suggestion plainly: no 'did you mean' for a quote from elsewhere", () => {
    const dataset = base();
    withChronologyText(dataset);
    Object.assign(relation(dataset, 0), {
      evidence: [{ source: "chronology", quote: "Malenkov resigned as Premier in February 1955." }],
    });
    expect(problemsOf(dataset, texts)[0]?.message).not.toContain("did you mean");
  });
});

describe("validateDataset: disputed claims and what disputes them", () => {
  const dispute: Change = (d) =>
    Object.assign(relation(d, 0), {
      certainty: "disputed",
      disputedBy: ["khrushchev-member-of-presidium"],
    });
  runCases([
    [
      "a claim disputed by a relation that does not exist",
      (d) =>
        Object.assign(relation(d, 0), {
          certainty: "disputed",
          disputedBy: ["khrushchev-member-of-presidum"],
        }),
      [
        [
          "relations[0].disputedBy[0]",
          'no relation "khrushchev-member-of-presidum" (did you mean "khrushchev-member-of-presidium"?)',
        ],
      ],
    ],
    [
      "a claim disputed by itself",
      (d) =>
        Object.assign(relation(d, 0), {
          certainty: "disputed",
          disputedBy: ["khrushchev-arrested-beria"],
        }),
      [["relations[0].disputedBy[0]", "a claim cannot dispute itself"]],
    ],
    [
      "a disputed claim that is marked attested",
      (d) =>
        Object.assign(relation(d, 0), {
          certainty: "attested",
          disputedBy: ["khrushchev-member-of-presidium"],
        }),
      [["relations[0].certainty", 'a claim with "disputedBy" is "disputed", found "attested"']],
    ],
    ["a disputed claim and the relation that disputes it", dispute, []],
  ]);
});

describe("validateDataset: the period the timeline spans", () => {
  runCases([
    [
      "a period that ends before it starts",
      (d) => Object.assign(d, { period: { start: "1964", end: "1953" } }),
      [["period.end", 'end "1953" is before start "1964"']],
    ],
    [
      "a period that is not a date",
      (d) => Object.assign(d, { period: { start: "1953", end: "later" } }),
      [["period.end", "expected an ISO date"]],
    ],
    [
      "a period from 1953 to 1964",
      (d) => Object.assign(d, { period: { start: "1953", end: "1964" } }),
      [],
    ],
  ]);
});
