/** Dates as people write them, read per column, and what cannot be read offered to drop. */
import { describe, expect, it } from "vitest";
import { columnDayOrder, readDate, type DayOrder } from "../../../src/import/dates";
import { importFiles } from "../../../src/import";
import { placeOf } from "../../../src/model/problem";
import { opened, refused, text, xmlParser } from "./support";

describe("readDate", () => {
  const cases: [string, DayOrder, string | undefined][] = [
    // Not dates, or not dates that can be told: refused, never guessed.
    ["31/02/1815", "day-first", undefined],
    ["25/12/15", "day-first", undefined],
    ["1815-13", "day-first", undefined],
    ["Marchpane 1815", "day-first", undefined],
    ["soon", "day-first", undefined],
    ["25/12/1815", "month-first", undefined],
    // Read.
    ["1815", "day-first", "1815"],
    ["1815-12", "day-first", "1815-12"],
    ["1815-12-25", "day-first", "1815-12-25"],
    ["2009-01-20T00:00:00", "day-first", "2009-01-20"],
    ["1815/12/25", "day-first", "1815-12-25"],
    ["25/12/1815", "day-first", "1815-12-25"],
    ["12/25/1815", "month-first", "1815-12-25"],
    ["03.04.1815", "day-first", "1815-04-03"],
    ["03.04.1815", "month-first", "1815-03-04"],
    ["12/1815", "day-first", "1815-12"],
    ["Dec 1815", "day-first", "1815-12"],
    ["December 1815", "day-first", "1815-12"],
    ["25 Dec 1815", "day-first", "1815-12-25"],
    ["Dec 25, 1815", "day-first", "1815-12-25"],
    ["18th June 1815", "day-first", "1815-06-18"],
  ];
  it.each(cases)("%s (%s) ▶ %s", (input, order, expected) => {
    expect(readDate(input, order)).toBe(expected);
  });
});

describe("columnDayOrder: one order for a whole column", () => {
  it("says when values disagree, and when nothing tells", () => {
    expect(columnDayOrder(["25/12/1815", "12/25/1815"])).toMatchObject({ how: "mixed" });
    expect(columnDayOrder(["03/04/1815"])).toEqual({
      order: "day-first",
      how: "assumed",
      used: true,
    });
    expect(columnDayOrder(["1815-12"])).toMatchObject({ used: false });
  });
  it("is decided by one value that can only be read one way", () => {
    expect(columnDayOrder(["03/04/1815", "12/25/1815"])).toEqual({
      order: "month-first",
      how: "values",
      used: true,
    });
    expect(columnDayOrder(["03/04/1815", "25/12/1815"])).toMatchObject({ order: "day-first" });
  });
});

describe("dates in a CSV", () => {
  it("a date that cannot be read is offered to drop, never a refusal of the network", async () => {
    const result = refused(
      await importFiles(
        [
          text(
            "battles.csv",
            "from,to,date\nWellington,Napoleon,18/06/1815\nBlücher,Napoleon,31/02/1815\nNey,Napoleon,32/13/1815\n",
          ),
        ],
        { domParser: xmlParser },
      ),
    );
    expect(result.problems.map(placeOf)).toEqual(["battles.csv:3:3", "battles.csv:4:3"]);
    expect(result.fix?.description).toBe("drop the 2 dates that cannot be read and open the rest?");
    const fixed = result.fix?.loaded.dataset;
    expect(fixed?.relations.map((r) => r.start)).toEqual(["1815-06-18", undefined, undefined]);
    expect(result.fix?.notes).toContain("dropped 2 dates that could not be read");
  });

  it("reads month-first dates when the column says so, and names the order in a note", async () => {
    const dataset = opened(
      await importFiles(
        [
          text(
            "letters.csv",
            "from,to,date\nAdams,Jefferson,07/04/1776\nJefferson,Adams,12/25/1776\n",
          ),
        ],
        { domParser: xmlParser },
      ),
    );
    expect(dataset.relations.map((r) => r.start)).toEqual(["1776-07-04", "1776-12-25"]);
    expect(dataset.notes).toContain(
      'dates in "date" read as month/day/year (12/25/1815): some of its values can only be read that way',
    );
  });

  it("a date column that is not the start is kept as a date attribute", async () => {
    const dataset = opened(
      await importFiles([text("people.csv", "from,to,signed\nA,B,Dec 1815\nB,C,25/12/1815\n")], {
        domParser: xmlParser,
      }),
    );
    expect(dataset.relations.map((r) => [r.start, r.attributes])).toEqual([
      [undefined, { signed: { date: "1815-12" } }],
      [undefined, { signed: { date: "1815-12-25" } }],
    ]);
  });

  it("a column named like a date becomes the relations' dates when there is no start column", async () => {
    const dataset = opened(
      await importFiles([text("mail.csv", "from,to,Created at\nA,B,Dec 1815\nB,C,25/12/1815\n")], {
        domParser: xmlParser,
      }),
    );
    expect(dataset.relations.map((r) => r.start)).toEqual(["1815-12", "1815-12-25"]);
    expect(dataset.notes).toContain('"Created at" read as the relations\' dates');
  });

  it("numeric time (seasons 1–8) is kept as numbers, with a note, not read as years 0001–0008", async () => {
    const dataset = opened(
      await importFiles([text("got.csv", "from,to,time\nNed,Robert,1\nArya,Sansa,8\n")], {
        domParser: xmlParser,
      }),
    );
    expect(dataset.relations.map((r) => [r.start, r.attributes])).toEqual([
      [undefined, { time: 1 }],
      [undefined, { time: 8 }],
    ]);
    expect(dataset.notes.some((note) => note.startsWith("time given as numbers (1, 8…)"))).toBe(
      true,
    );
  });
});
