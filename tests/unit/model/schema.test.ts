import { describe, expect, it } from "vitest";
import { ID_PATTERN, isPartialDate } from "../../../src/model/format";
import { Dataset, type DatasetInput } from "../../../src/model/schema";

describe("isPartialDate", () => {
  const cases: [string, boolean][] = [
    ["1953-13", false], // no thirteenth month
    ["1953-02-29", false], // 1953 is not a leap year
    ["1953-6", false], // months take two digits
    ["53", false], // years take four
    ["1953-06-31", false], // June has 30 days
    ["1953-00", false],
    ["1953-06-00", false],
    ["1953-06-26T12:00", false],
    ["", false],
    ["1952-02-29", true], // 1952 is a leap year
    ["1953", true],
    ["1953-06", true],
    ["1953-06-26", true],
    ["2000-02-29", true], // divisible by 400
  ];
  it.each(cases)("%j ▶ %s", (value, expected) => {
    expect(isPartialDate(value)).toBe(expected);
  });
});

describe("ID_PATTERN", () => {
  const cases: [string, boolean][] = [
    ["", false],
    ["Beria", false],
    ["-beria", false],
    ["beria_lavrentiy", false],
    ["béria", false],
    ["beria ", false],
    ["__proto__", false],
    ["beria", true],
    ["1953", true],
    ["khrushchev-arrested-beria", true],
    ["constructor", true],
  ];
  it.each(cases)("%j ▶ %s", (value, expected) => {
    expect(ID_PATTERN.test(value)).toBe(expected);
  });
});

function minimal(): DatasetInput {
  return {
    format: "dramatis/1",
    id: "minimal",
    title: "Minimal",
    sources: [{ id: "notes", title: "Notes", kind: "notes" }],
    entityTypes: [{ id: "person", label: "Person", color: "#112233" }],
    relationTypes: [
      { id: "arrested", label: "arrested", inverse: "was arrested by", color: "#445566" },
    ],
    entities: [
      { id: "khrushchev", type: "person", label: "Nikita Khrushchev" },
      { id: "beria", type: "person", label: "Lavrentiy Beria" },
    ],
    relations: [
      {
        id: "khrushchev-arrested-beria",
        type: "arrested",
        from: "khrushchev",
        to: "beria",
        evidence: [{ source: "notes", quote: "arrested and executed Beria" }],
      },
    ],
  };
}

describe("Dataset schema", () => {
  it("rejects an id with capitals, naming the path", () => {
    const input = minimal();
    input.entities[1] = { id: "Beria", type: "person", label: "Lavrentiy Beria" };
    const result = Dataset.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["entities", 1, "id"]]);
  });

  it("rejects an unknown key rather than dropping it", () => {
    const input = { ...minimal(), sumary: "x" };
    const result = Dataset.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["sumary"] });
  });

  it("fills the defaults: aliases, evidence, certainty, directed, temporal, story, focus", () => {
    const input = minimal();
    input.story = [{ id: "chapter", title: "Chapter", text: "Text" }];
    const dataset = Dataset.parse(input);
    expect(dataset.entities[0]?.aliases).toEqual([]);
    expect(dataset.entities[0]?.evidence).toEqual([]);
    expect(dataset.relations[0]?.certainty).toBe("attested");
    expect(dataset.relationTypes[0]?.directed).toBe(true);
    expect(dataset.relationTypes[0]?.temporal).toBe("event");
    expect(dataset.story[0]?.focus).toEqual([]);
    expect(dataset.story[0]?.relations).toEqual([]);
    expect(Dataset.parse(minimal()).story).toEqual([]);
  });

  it("keeps values that are given instead of the defaults", () => {
    const input = minimal();
    input.relationTypes[0] = { ...input.relationTypes[0]!, directed: false, temporal: "state" };
    input.relations[0] = { ...input.relations[0]!, certainty: "disputed" };
    const dataset = Dataset.parse(input);
    expect(dataset.relationTypes[0]).toMatchObject({ directed: false, temporal: "state" });
    expect(dataset.relations[0]?.certainty).toBe("disputed");
  });
});
