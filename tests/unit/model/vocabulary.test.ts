import { describe, expect, it } from "vitest";
import { isPartialDate } from "../../../src/model/format";
import { compareByDate, eventDate } from "../../../src/model/time";
import { filterToken, parseFilterToken } from "../../../src/model/vocabulary";

describe("parseFilterToken", () => {
  it.each(["", "entity", "entity:", ":office", "colour:red", "entity:a:b", "__proto__:x"])(
    "refuses %j",
    (token) => expect(parseFilterToken(token)).toBeNull(),
  );

  it.each([
    ["entity", "office"],
    ["relation", "part-of"],
    ["certainty", "alleged"],
    ["source", "reference"],
  ] as const)("reads back what filterToken(%s, %s) wrote", (group, value) => {
    expect(parseFilterToken(filterToken(group, value))).toEqual({ group, value });
  });
});

describe("one calendar", () => {
  it.each(["1953-02-29", "1900-02-29", "1953-13", "1953-04-31", "53", "1953-6"])(
    "isPartialDate refuses %s",
    (date) => expect(isPartialDate(date)).toBe(false),
  );
  it.each(["1952-02-29", "2000-02-29", "1953", "1953-06", "1953-06-26"])(
    "isPartialDate accepts %s",
    (date) => expect(isPartialDate(date)).toBe(true),
  );
});

describe("event dates", () => {
  it("places an event at its start, or failing that its end", () => {
    expect(eventDate({ start: "1953", end: "1955" })).toBe("1953");
    expect(eventDate({ end: "1955" })).toBe("1955");
    expect(eventDate({})).toBeUndefined();
  });

  it("orders by that date, coarser first on the same day, undated last", () => {
    const items = [{}, { start: "1953-06" }, { end: "1953" }, { start: "1953-01-01" }];
    expect([...items].sort(compareByDate)).toEqual([
      { end: "1953" },
      { start: "1953-01-01" },
      { start: "1953-06" },
      {},
    ]);
  });
});
