import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asOfDate } from "../../../src/graph/asOf";
import { buildCatalog } from "../../../src/graph/catalog";
import { Dataset, type DatasetInput } from "../../../src/model/schema";
import { dateSpan, firstDay, lastDay, monthsBetween } from "../../../src/model/time";
import { smallDataset, smallDatasetInput } from "./fixture";

const small = buildCatalog(smallDataset);

/**
 * The small dataset with entities that carry dates of their own:
 * - "congress" (1956-02 to 1956-02) has no relations: shown only by its own dates;
 * - "zhukov" (from 1955) has one relation, dated 1957: shown by his dates before it;
 * - "hermit" has neither dates nor relations: always shown;
 * - "ghost-ties": a relation from Beria to an entity the dataset lacks (the schema takes it;
 *   validation would not), which must never be shown, since one of its ends is never there.
 */
const datedInput: DatasetInput = {
  ...smallDatasetInput,
  entities: [
    ...smallDatasetInput.entities,
    { id: "congress", type: "body", label: "20th Congress", start: "1956-02", end: "1956-02" },
    { id: "zhukov", type: "person", label: "Georgy Zhukov", start: "1955" },
    { id: "hermit", type: "person", label: "Hermit" },
  ],
  relations: [
    ...smallDatasetInput.relations,
    { id: "z-member-p", type: "member-of", from: "zhukov", to: "presidium", start: "1957" },
    { id: "ghost-ties", type: "rivalled", from: "beria", to: "nobody" },
  ],
};
const dated = buildCatalog(Dataset.parse(datedInput));

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe("asOfDate", () => {
  it("before every date, hides dated relations but keeps undated ones and their ends", () => {
    const shown = asOfDate(small, "1900-01");
    expect(sorted(shown.relations)).toEqual(["k-member-p"]);
    // Khrushchev and the Presidium stand by their undated membership; the others have nothing.
    expect(sorted(shown.entities)).toEqual(["khrushchev", "presidium"]);
  });

  it("shows an event from the first day its date could mean, and keeps it after", () => {
    // "1953" could be any day of 1953: the arrest is there from January 1953 on.
    expect(asOfDate(small, "1952-12").relations.has("k-arrested-b")).toBe(false);
    expect(asOfDate(small, "1953-01").relations.has("k-arrested-b")).toBe(true);
    expect(asOfDate(small, "1964-10").relations.has("k-arrested-b")).toBe(true);
    // A month-precision event: from that month on.
    expect(asOfDate(small, "1957-05").relations.has("m-arrested-k")).toBe(false);
    expect(asOfDate(small, "1957-06").relations.has("m-arrested-k")).toBe(true);
  });

  it("shows a state only between its start and its end", () => {
    // The rivalry holds 1953–1955: through December 1955, gone in January 1956.
    expect(asOfDate(small, "1952-12").relations.has("k-rivalled-m")).toBe(false);
    expect(asOfDate(small, "1953-01").relations.has("k-rivalled-m")).toBe(true);
    expect(asOfDate(small, "1955-12").relations.has("k-rivalled-m")).toBe(true);
    expect(asOfDate(small, "1956-01").relations.has("k-rivalled-m")).toBe(false);
    // Whereas the arrest, an event of 1953, stays.
    expect(asOfDate(small, "1956-01").relations.has("k-arrested-b")).toBe(true);
  });

  it("takes a date of any precision", () => {
    expect(asOfDate(small, "1955").relations.has("k-rivalled-m")).toBe(true);
    expect(asOfDate(small, "1956").relations.has("k-rivalled-m")).toBe(false);
    expect(asOfDate(small, "1957-06-30").relations.has("m-arrested-k")).toBe(true);
  });

  it("shows an entity while one of its relations is shown", () => {
    // Malenkov is there while he rivals Khrushchev, gone between the rivalry and his arrest of
    // Khrushchev, and back from then on.
    expect(asOfDate(small, "1954-06").entities.has("malenkov")).toBe(true);
    expect(asOfDate(small, "1956-06").entities.has("malenkov")).toBe(false);
    expect(asOfDate(small, "1957-06").entities.has("malenkov")).toBe(true);
    // Beria comes with his arrest.
    expect(asOfDate(small, "1952-12").entities.has("beria")).toBe(false);
    expect(asOfDate(small, "1953-01").entities.has("beria")).toBe(true);
  });

  it("shows an entity by its own dates when none of its relations is shown", () => {
    // No relations at all: the congress is there in February 1956 only.
    expect(asOfDate(dated, "1956-01").entities.has("congress")).toBe(false);
    expect(asOfDate(dated, "1956-02").entities.has("congress")).toBe(true);
    expect(asOfDate(dated, "1956-03").entities.has("congress")).toBe(false);
    // Zhukov is there from 1955 by his own dates, before his membership (1957) is.
    const in1955 = asOfDate(dated, "1955-01");
    expect(in1955.entities.has("zhukov")).toBe(true);
    expect(in1955.relations.has("z-member-p")).toBe(false);
    expect(asOfDate(dated, "1954-12").entities.has("zhukov")).toBe(false);
  });

  it("always shows an entity with neither dates nor relations", () => {
    for (const date of ["1900", "1953-07", "2000-01-01"]) {
      expect(asOfDate(dated, date).entities.has("hermit")).toBe(true);
    }
  });

  it("never shows a relation one of whose ends is not there", () => {
    // "ghost-ties" is undated, so the time rule alone would show it at every date.
    for (const date of ["1900", "1953-07", "1957-06", "2000"]) {
      expect(asOfDate(dated, date).relations.has("ghost-ties")).toBe(false);
    }
  });

  it("shows every relation only between entities that are shown, at any month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 1960 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const date = `${y}-${String(m).padStart(2, "0")}`;
        for (const catalog of [small, dated]) {
          const shown = asOfDate(catalog, date);
          for (const id of shown.relations) {
            const relation = catalog.relation.get(id)!;
            expect(shown.entities.has(relation.from)).toBe(true);
            expect(shown.entities.has(relation.to)).toBe(true);
          }
        }
      }),
    );
  });
});

/** A partial date of any precision in 1950–1960, as the format writes it. */
const partialDate = fc
  .tuple(
    fc.integer({ min: 1950, max: 1960 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.constantFrom("year", "month", "day"),
  )
  .map(([year, month, day, precision]) => {
    const mm = String(month).padStart(2, "0");
    const dd = String(day).padStart(2, "0");
    return precision === "year"
      ? `${year}`
      : precision === "month"
        ? `${year}-${mm}`
        : `${year}-${mm}-${dd}`;
  });

/** Optional start and end, the end never before the start. */
const dates = fc.tuple(fc.option(partialDate), fc.option(partialDate)).map(([a, b]) => {
  const out: { start?: string; end?: string } = {};
  if (a && b) {
    const [start, end] = firstDay(a) <= firstDay(b) ? [a, b] : [b, a];
    return { start, end };
  }
  if (a) out.start = a;
  if (b) out.end = b;
  return out;
});

const randomDataset = fc
  .tuple(
    fc.array(dates, { minLength: 1, maxLength: 6 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("event", "state"), dates), {
      maxLength: 12,
    }),
  )
  .map(([entityDates, relations]) =>
    Dataset.parse({
      format: "dramatis/1",
      id: "random",
      title: "Random",
      sources: [],
      entityTypes: [{ id: "thing", label: "Thing", color: "#000000" }],
      relationTypes: [
        { id: "event", label: "did", inverse: "was done by", temporal: "event", color: "#000000" },
        { id: "state", label: "held", inverse: "was held by", temporal: "state", color: "#000000" },
      ],
      entities: entityDates.map((own, i) => ({
        id: `e${i}`,
        type: "thing",
        label: `E${i}`,
        ...own,
      })),
      relations: relations.map(([from, to, type, own], i) => ({
        id: `r${i}`,
        type,
        from: `e${from % entityDates.length}`,
        to: `e${to % entityDates.length}`,
        ...own,
      })),
    } satisfies DatasetInput),
  );

describe("asOfDate: at every month of the data, nothing is drawn outside its time", () => {
  // A property over many random datasets: on a shared 2-core machine it can pass 5 s.
  it(
    "a drawn relation is within its dates with both ends drawn; a drawn entity within its own",
    {
      timeout: 30_000,
    },
    () => {
      fc.assert(
        fc.property(randomDataset, (dataset) => {
          const catalog = buildCatalog(dataset);
          const span = dateSpan([...dataset.entities, ...dataset.relations]);
          if (!span) return;
          for (const month of monthsBetween(span.first, span.last)) {
            const shown = asOfDate(catalog, month);
            for (const id of shown.relations) {
              const relation = catalog.relation.get(id)!;
              const date = relation.start ?? relation.end;
              if (relation.type === "event" && date)
                expect(firstDay(date) <= lastDay(month)).toBe(true);
              if (relation.type === "state") {
                if (relation.start) expect(firstDay(relation.start) <= lastDay(month)).toBe(true);
                if (relation.end) expect(lastDay(relation.end) >= firstDay(month)).toBe(true);
              }
              expect(shown.entities.has(relation.from)).toBe(true);
              expect(shown.entities.has(relation.to)).toBe(true);
            }
            for (const id of shown.entities) {
              const entity = catalog.entity.get(id)!;
              if (entity.start) expect(firstDay(entity.start) <= lastDay(month)).toBe(true);
              if (entity.end) expect(lastDay(entity.end) >= firstDay(month)).toBe(true);
            }
          }
        }),
        { numRuns: 300 },
      );
    },
  );
});
