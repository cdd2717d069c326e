import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPartialDate } from "../../../src/model/format";
import {
  compareDates,
  dateSpan,
  entityPresentAsOf,
  firstDay,
  formatDateRange,
  formatMonth,
  formatPartialDate,
  isUndated,
  lastDay,
  monthsBetween,
  parsePartialDate,
  precisionOf,
  relationHoldsAsOf,
  type Dated,
  type ParsedDate,
  type Precision,
} from "../../../src/model/time";

const RUNS = { numRuns: 500 };

describe("parsePartialDate", () => {
  const cases: [string, ParsedDate | null][] = [
    ["1953-13", null], // no thirteenth month
    ["1953-02-29", null], // 1953 is not a leap year
    ["53", null], // years take four digits
    ["1953-6", null],
    ["1953-00", null],
    ["1953-06-31", null],
    ["1900-02-29", null], // divisible by 100 but not by 400
    ["1953-06-26T12:00", null],
    ["", null],
    ["1953", { year: 1953, precision: "year" }],
    ["1953-06", { year: 1953, month: 6, precision: "month" }],
    ["1953-06-26", { year: 1953, month: 6, day: 26, precision: "day" }],
    ["1952-02-29", { year: 1952, month: 2, day: 29, precision: "day" }],
    ["2000-02-29", { year: 2000, month: 2, day: 29, precision: "day" }],
  ];
  it.each(cases)("%j ▶ %j", (date, expected) => {
    expect(parsePartialDate(date)).toEqual(expected);
  });

  it("accepts exactly what isPartialDate accepts", () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .chain(([y, m, d]) =>
        fc.constantFrom(
          `${y}`,
          `${String(y).padStart(4, "0")}`,
          `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`,
          `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
        ),
      );
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string()), (value) => {
        expect(parsePartialDate(value) !== null).toBe(isPartialDate(value));
      }),
      RUNS,
    );
  });
});

describe("precisionOf", () => {
  const cases: [string, Precision | "throws"][] = [
    ["1953-13", "throws"], // invalid dates are a caller's bug, not a guess
    ["1953", "year"],
    ["1953-06", "month"],
    ["1953-06-26", "day"],
  ];
  it.each(cases)("%j ▶ %s", (date, expected) => {
    if (expected === "throws") expect(() => precisionOf(date)).toThrow(RangeError);
    else expect(precisionOf(date)).toBe(expected);
  });
});

describe("firstDay and lastDay", () => {
  const cases: [string, string, string][] = [
    ["1953-02-29", "throws", "throws"], // not a date
    ["1953", "1953-01-01", "1953-12-31"],
    ["1953-06", "1953-06-01", "1953-06-30"],
    ["1953-07", "1953-07-01", "1953-07-31"],
    ["1952-02", "1952-02-01", "1952-02-29"], // leap year
    ["1900-02", "1900-02-01", "1900-02-28"], // divisible by 100: not leap
    ["2000-02", "2000-02-01", "2000-02-29"], // divisible by 400: leap
    ["1953-02", "1953-02-01", "1953-02-28"],
    ["1953-12", "1953-12-01", "1953-12-31"],
    ["1953-06-30", "1953-06-30", "1953-06-30"],
    ["0900", "0900-01-01", "0900-12-31"], // padding survives
  ];
  it.each(cases)("%j ▶ %s / %s", (date, first, last) => {
    if (first === "throws") {
      expect(() => firstDay(date)).toThrow(RangeError);
      expect(() => lastDay(date)).toThrow(RangeError);
    } else {
      expect(firstDay(date)).toBe(first);
      expect(lastDay(date)).toBe(last);
    }
  });
});

describe("compareDates", () => {
  const cases: [string, string, "<" | "=" | ">"][] = [
    ["1953", "1953-01", "<"], // same first day: the coarser first
    ["1953-01", "1953-01-01", "<"],
    ["1953", "1953-01-01", "<"],
    ["1953-06-26", "1953-06", ">"],
    ["1953-12-31", "1954", "<"],
    ["1953-06", "1953", ">"],
    ["1953-06", "1953-06", "="],
  ];
  it.each(cases)("%j %s %j", (a, b, expected) => {
    const sign = Math.sign(compareDates(a, b));
    expect(sign).toBe(expected === "<" ? -1 : expected === "=" ? 0 : 1);
    expect(Math.sign(compareDates(b, a))).toBe(-sign || 0);
  });

  it("sorts the holders of an office", () => {
    const dates = ["1953-09-13", "1953", "1922-04", "1953-03", "1953-09"];
    expect([...dates].sort(compareDates)).toEqual([
      "1922-04",
      "1953",
      "1953-03",
      "1953-09",
      "1953-09-13",
    ]);
  });
});

describe("isUndated", () => {
  const cases: [Dated, boolean][] = [
    [{}, true],
    [{ start: "1953" }, false],
    [{ end: "1953" }, false],
    [{ start: "1953", end: "1955" }, false],
  ];
  it.each(cases)("%j ▶ %s", (item, expected) => {
    expect(isUndated(item)).toBe(expected);
  });
});

describe("relationHoldsAsOf: events", () => {
  const cases: [string, Dated, string, boolean][] = [
    ["a day event the month before", { start: "1953-06-26" }, "1953-05", false],
    ["a day event in its month", { start: "1953-06-26" }, "1953-06", true],
    ["a day event later", { start: "1953-06-26" }, "1999-01", true],
    ["a day event as of the day before", { start: "1953-06-26" }, "1953-06-25", false],
    ["a day event as of its day", { start: "1953-06-26" }, "1953-06-26", true],
    ["a year event the December before", { start: "1953" }, "1952-12", false],
    ["a year event in January", { start: "1953" }, "1953-01", true],
    ["a year event as of its year", { start: "1953" }, "1953", true],
    ["a month event the day before", { start: "1953-06" }, "1953-05-31", false],
    ["a month event on its first day", { start: "1953-06" }, "1953-06-01", true],
    ["an event dated by its end only, before", { end: "1953-06" }, "1953-05", false],
    ["an event dated by its end only", { end: "1953-06" }, "1953-06", true],
    ["an event counts from its start", { start: "1953-06", end: "1953-09" }, "1953-07", true],
    ["an undated event", {}, "0001-01", true],
  ];
  it.each(cases)("%s", (_name, relation, asOf, expected) => {
    expect(relationHoldsAsOf(relation, "event", asOf)).toBe(expected);
  });
});

describe("relationHoldsAsOf: states", () => {
  const term = { start: "1953-03", end: "1955-02" };
  const cases: [string, Dated, string, boolean][] = [
    ["the month before the start", term, "1953-02", false],
    ["the start month", term, "1953-03", true],
    ["inside", term, "1954-07", true],
    ["the end month", term, "1955-02", true],
    ["the month after the end", term, "1955-03", false],
    ["the last day of the end month", term, "1955-02-28", true],
    ["the year of the end", term, "1955", true],
    [
      "a day-precision end, next day",
      { start: "1953-03-05", end: "1953-06-26" },
      "1953-06-27",
      false,
    ],
    [
      "a day-precision end, that month",
      { start: "1953-03-05", end: "1953-06-26" },
      "1953-06",
      true,
    ],
    ["a day-precision start, month before", { start: "1953-03-05" }, "1953-02", false],
    ["a year span, December before", { start: "1953", end: "1955" }, "1952-12", false],
    ["a year span, December of the end", { start: "1953", end: "1955" }, "1955-12", true],
    ["a year span, January after", { start: "1953", end: "1955" }, "1956-01", false],
    ["open end, before the start", { start: "1953-03" }, "1953-02", false],
    ["open end, start month", { start: "1953-03" }, "1953-03", true],
    ["open end, long after", { start: "1953-03" }, "1999-12", true],
    ["end only, long before", { end: "1955-02" }, "1800-01", true],
    ["end only, the end month", { end: "1955-02" }, "1955-02", true],
    ["end only, after", { end: "1955-02" }, "1955-03", false],
    ["undated, early", {}, "0001-01", true],
    ["undated, late", {}, "9999-12", true],
  ];
  it.each(cases)("%s", (_name, relation, asOf, expected) => {
    expect(relationHoldsAsOf(relation, "state", asOf)).toBe(expected);
  });
});

describe("entityPresentAsOf", () => {
  // entity, hasRelations, anyRelationShown, asOf, expected
  const cases: [string, Dated, boolean, boolean, string, boolean][] = [
    ["undated, relations all hidden", {}, true, false, "1953-06", false],
    ["undated, a relation shown", {}, true, true, "1953-06", true],
    ["undated, no relations", {}, false, false, "1953-06", true],
    ["dated, no relations, before its start", { start: "1953-03" }, false, false, "1953-02", false],
    [
      "dated, no relations, inside",
      { start: "1953-03", end: "1955" },
      false,
      false,
      "1955-12",
      true,
    ],
    [
      "dated, no relations, after its end",
      { start: "1953-03", end: "1955" },
      false,
      false,
      "1956-01",
      false,
    ],
    [
      "dated, relations hidden, inside its own dates",
      { start: "1894", end: "1971-09-11" },
      true,
      false,
      "1950-01",
      true,
    ],
    [
      "dated, relations hidden, after its end",
      { start: "1894", end: "1971-09-11" },
      true,
      false,
      "1971-10",
      false,
    ],
    [
      // Beria, executed in December 1953, is not drawn in 1956 because a relation still holds.
      "dated, a relation shown outside its own dates",
      { end: "1953-12-23" },
      true,
      true,
      "1956-01",
      false,
    ],
    [
      "dated, a relation shown, inside its own dates",
      { end: "1953-12-23" },
      true,
      true,
      "1953-12",
      true,
    ],
  ];
  it.each(cases)("%s", (_name, entity, hasRelations, anyRelationShown, asOf, expected) => {
    expect(entityPresentAsOf(entity, hasRelations, anyRelationShown, asOf)).toBe(expected);
  });
});

describe("dateSpan", () => {
  const cases: [string, Dated[], { first: string; last: string } | null][] = [
    ["nothing", [], null],
    ["nothing dated", [{}, {}], null],
    ["one date", [{ start: "1953-06-26" }], { first: "1953-06-26", last: "1953-06-26" }],
    ["an end only", [{}, { end: "1955" }], { first: "1955", last: "1955" }],
    [
      "mixed precisions",
      [
        { start: "1953-03-05", end: "1953-06-26" },
        { start: "1953" },
        { start: "1922-04", end: "1953-12" },
      ],
      { first: "1922-04", last: "1953" }, // "1953" and "1953-12" both end on 31 December: the coarser is kept
    ],
    [
      "a year against a later day",
      [{ start: "1953" }, { start: "1953-06" }],
      { first: "1953", last: "1953" },
    ],
    [
      "a later month beats a year",
      [{ start: "1952" }, { end: "1953-01" }],
      { first: "1952", last: "1953-01" },
    ],
    [
      "ties keep the coarser date whatever the order",
      [{ start: "1953-01-01", end: "1953-12-31" }, { start: "1953" }],
      { first: "1953", last: "1953" },
    ],
  ];
  it.each(cases)("%s", (_name, items, expected) => {
    expect(dateSpan(items)).toEqual(expected);
  });

  it("takes any iterable", () => {
    function* items(): Generator<Dated> {
      yield { start: "1953-03" };
      yield { end: "1955-02" };
    }
    expect(dateSpan(items())).toEqual({ first: "1953-03", last: "1955-02" });
  });
});

describe("monthsBetween", () => {
  const cases: [string, string, string[]][] = [
    ["1953-07", "1953-06", []], // backwards: nothing
    ["1953-07", "1953-07", ["1953-07"]],
    ["1953-11", "1954-02", ["1953-11", "1953-12", "1954-01", "1954-02"]],
    ["1953-06-26", "1953-07-01", ["1953-06", "1953-07"]],
    ["1953", "1953-02", ["1953-01", "1953-02"]],
    [
      "1953-11",
      "1954",
      [
        "1953-11",
        "1953-12",
        ...Array.from({ length: 12 }, (_, i) => `1954-${String(i + 1).padStart(2, "0")}`),
      ],
    ],
  ];
  it.each(cases)("%j to %j", (first, last, expected) => {
    expect(monthsBetween(first, last)).toEqual(expected);
  });
});

describe("formatting", () => {
  const cases: [string, string][] = [
    ["1953", "1953"],
    ["1953-07", "July 1953"],
    ["1953-06-26", "26 June 1953"],
  ];
  it.each(cases)("formatMonth(%j) ▶ %j", (date, expected) => {
    expect(formatMonth(date)).toBe(expected);
    expect(formatPartialDate(date)).toBe(expected);
  });

  const ranges: [string | undefined, string | undefined, string | undefined][] = [
    [undefined, undefined, undefined],
    ["1953", undefined, "1953"],
    [undefined, "1955", "until 1955"],
    ["1953", "1953", "1953"],
    ["1953-03", "1955-02", "March 1953–February 1955"],
  ];
  it.each(ranges)("formatDateRange(%j, %j) ▶ %j", (start, end, expected) => {
    expect(formatDateRange(start, end)).toBe(expected);
  });
});

// ---- properties -------------------------------------------------------------------------------

/** Days in a month by asking the platform calendar: independent of the code under test. */
function platformDaysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0); // day 0 of the next month is the last of this one
  return date.getUTCDate();
}

const yearArb = fc.integer({ min: 1, max: 2999 });
const monthNumberArb = fc.integer({ min: 1, max: 12 });

interface Month {
  year: number;
  month: number;
}

const monthArb: fc.Arbitrary<Month> = fc.record({ year: yearArb, month: monthNumberArb });

function formatYM({ year, month }: Month): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

function index(m: Month): number {
  return m.year * 12 + m.month - 1;
}

/** A valid partial date of any precision, with its numbers for the independent oracle. */
const partialDateArb = fc
  .record({
    year: yearArb,
    month: monthNumberArb,
    dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    precision: fc.constantFrom<Precision>("year", "month", "day"),
  })
  .map(({ year, month, dayFraction, precision }) => {
    const day = 1 + Math.floor(dayFraction * platformDaysInMonth(year, month));
    const y = String(year).padStart(4, "0");
    const m = String(month).padStart(2, "0");
    const text =
      precision === "year"
        ? y
        : precision === "month"
          ? `${y}-${m}`
          : `${y}-${m}-${String(day).padStart(2, "0")}`;
    // The months the date could fall in: a year covers January to December.
    const firstMonth = year * 12 + (precision === "year" ? 0 : month - 1);
    const lastMonth = year * 12 + (precision === "year" ? 11 : month - 1);
    return { text, firstMonth, lastMonth };
  });

const twoMonthsInOrder = fc
  .tuple(monthArb, monthArb)
  .map(([a, b]) => (index(a) <= index(b) ? [a, b] : [b, a]) as [Month, Month]);

/** Months a few centuries apart at most: a timeline spans decades, and long lists are slow. */
const nearbyMonthArb: fc.Arbitrary<Month> = fc.record({
  year: fc.integer({ min: 1800, max: 2100 }),
  month: monthNumberArb,
});

const twoNearbyMonthsInOrder = fc
  .tuple(nearbyMonthArb, nearbyMonthArb)
  .map(([a, b]) => (index(a) <= index(b) ? [a, b] : [b, a]) as [Month, Month]);

describe("properties", () => {
  it("an event shown at D stays shown at every later D'", () => {
    fc.assert(
      fc.property(
        partialDateArb,
        fc.constantFrom<"start" | "end" | "both">("start", "end", "both"),
        partialDateArb,
        twoMonthsInOrder,
        (date, where, other, [d, later]) => {
          const relation: Dated =
            where === "start"
              ? { start: date.text }
              : where === "end"
                ? { end: date.text }
                : { start: date.text, end: other.text };
          if (relationHoldsAsOf(relation, "event", formatYM(d))) {
            expect(relationHoldsAsOf(relation, "event", formatYM(later))).toBe(true);
          }
          // and it is shown from the first month its date could fall in
          expect(relationHoldsAsOf(relation, "event", formatYM(d))).toBe(
            index(d) >= date.firstMonth,
          );
        },
      ),
      RUNS,
    );
  });

  it("a state is shown at month D exactly when D lies within [month(start), month(end)]", () => {
    fc.assert(
      fc.property(
        fc.option(partialDateArb),
        fc.option(partialDateArb),
        monthArb,
        (start, end, d) => {
          const relation: Dated = {};
          if (start) relation.start = start.text;
          if (end) relation.end = end.text;
          const at = index(d);
          const expected = (!start || start.firstMonth <= at) && (!end || at <= end.lastMonth);
          expect(relationHoldsAsOf(relation, "state", formatYM(d))).toBe(expected);
          // an entity with the same dates and no relations follows the same rule
          expect(entityPresentAsOf(relation, false, false, formatYM(d))).toBe(expected);
        },
      ),
      RUNS,
    );
  });

  it("firstDay(d) <= lastDay(d), both valid days inside d, lastDay on the month's last day", () => {
    fc.assert(
      fc.property(partialDateArb, ({ text }) => {
        const first = firstDay(text);
        const last = lastDay(text);
        expect(first <= last).toBe(true);
        for (const day of [first, last]) {
          expect(isPartialDate(day)).toBe(true);
          expect(precisionOf(day)).toBe("day");
          expect(day.startsWith(text)).toBe(true);
        }
        // a year or month ends on the last day of its last month, as the platform calendar says
        const parsed = parsePartialDate(last);
        const expectedLastDay =
          text.length === 10
            ? Number(text.slice(-2))
            : platformDaysInMonth(parsed?.year ?? 0, parsed?.month ?? 0);
        expect(parsed?.day).toBe(expectedLastDay);
        expect(parsed?.month).toBe(text.length === 4 ? 12 : Number(text.slice(5, 7)));
        expect(first.slice(-2)).toBe(text.length === 10 ? text.slice(-2) : "01");
      }),
      RUNS,
    );
  });

  it("monthsBetween is sorted, without duplicates, of length 12·Δyear + Δmonth + 1", () => {
    fc.assert(
      fc.property(twoNearbyMonthsInOrder, ([a, b]) => {
        const months = monthsBetween(formatYM(a), formatYM(b));
        expect(months.length).toBe(12 * (b.year - a.year) + (b.month - a.month) + 1);
        expect(new Set(months).size).toBe(months.length);
        expect(months.every((m, i) => i === 0 || (months[i - 1] ?? "") < m)).toBe(true);
        expect(months[0]).toBe(formatYM(a));
        expect(months.at(-1)).toBe(formatYM(b));
        expect(months.every((m) => precisionOf(m) === "month")).toBe(true);
      }),
      RUNS,
    );
  });

  it("compareDates is a total order consistent with firstDay", () => {
    fc.assert(
      fc.property(partialDateArb, partialDateArb, (a, b) => {
        const ab = compareDates(a.text, b.text);
        expect(Math.sign(ab)).toBe(-Math.sign(compareDates(b.text, a.text)) || 0);
        expect(ab === 0).toBe(a.text === b.text);
        if (firstDay(a.text) < firstDay(b.text)) expect(ab).toBeLessThan(0);
      }),
      RUNS,
    );
  });

  it("dateSpan's first and last bound every date named", () => {
    const itemArb = fc
      .record({ start: fc.option(partialDateArb), end: fc.option(partialDateArb) })
      .map(({ start, end }) => {
        const item: Dated = {};
        if (start) item.start = start.text;
        if (end) item.end = end.text;
        return item;
      });
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 8 }), (items) => {
        const span = dateSpan(items);
        const dates = items.flatMap((i) => [i.start, i.end]).filter((d): d is string => !!d);
        if (dates.length === 0) {
          expect(span).toBeNull();
          return;
        }
        expect(span).not.toBeNull();
        if (!span) return;
        expect(dates).toContain(span.first);
        expect(dates).toContain(span.last);
        for (const d of dates) {
          expect(firstDay(span.first) <= firstDay(d)).toBe(true);
          expect(lastDay(span.last) >= lastDay(d)).toBe(true);
        }
        expect(dateSpan([...items].reverse())).toEqual(span);
      }),
      RUNS,
    );
  });
});
