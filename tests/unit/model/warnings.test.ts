import { describe, expect, it } from "vitest";
import { Dataset, type DatasetInput } from "../../../src/model/schema";
import { datasetWarnings } from "../../../src/model/warnings";
import { placeOf } from "../../../src/model/problem";

/** Beria (until 23 December 1953) and Khrushchev (undated), and one relation between them. */
function dataset(relation: { start?: string; end?: string }): Dataset {
  const input: DatasetInput = {
    format: "dramatis/1",
    id: "warnings",
    title: "Warnings",
    sources: [],
    entityTypes: [{ id: "person", label: "Person", color: "#112233" }],
    relationTypes: [
      { id: "denounced", label: "denounced", inverse: "was denounced by", color: "#445566" },
    ],
    entities: [
      { id: "khrushchev", type: "person", label: "Nikita Khrushchev" },
      {
        id: "beria",
        type: "person",
        label: "Lavrentiy Beria",
        start: "1953-03",
        end: "1953-12-23",
      },
    ],
    relations: [{ id: "r", type: "denounced", from: "khrushchev", to: "beria", ...relation }],
  };
  return Dataset.parse(input);
}

describe("datasetWarnings: relations dated outside the dates of their ends", () => {
  // relation dates, expected [path, message part][]: the cases that warn first
  const cases: [string, { start?: string; end?: string }, [string, string][]][] = [
    [
      "after an end's last day",
      { start: "1956-02-25" },
      [["relations[0].start", "25 February 1956 is after Lavrentiy Beria ends (23 December 1953)"]],
    ],
    [
      "before an end's first day",
      { start: "1952" },
      [["relations[0].start", "1952 is before Lavrentiy Beria starts (March 1953)"]],
    ],
    [
      "a state running on past an end",
      { start: "1953-06", end: "1955" },
      [["relations[0].end", "1955 is after Lavrentiy Beria ends"]],
    ],
    ["a year that overlaps the end's last month", { start: "1953" }, []],
    ["inside both ends' dates", { start: "1953-06-26" }, []],
    ["undated", {}, []],
  ];
  it.each(cases)("%s", (_what, relation, expected) => {
    const warnings = datasetWarnings(dataset(relation));
    expect(warnings.map(placeOf)).toEqual(expected.map(([path]) => path));
    warnings.forEach((warning, i) => expect(warning.message).toContain(expected[i]?.[1]));
  });
});
