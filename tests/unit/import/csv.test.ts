import { describe, expect, it } from "vitest";
import { guessDelimiter, parseCsv } from "../../../src/import/csv";
import { mapEdgeColumns, mapNames, NODE_SYNONYMS } from "../../../src/import/fields";

describe("parseCsv", () => {
  it("refuses broken rows, each with its line", () => {
    const result = parseCsv("r.csv", 'a,b\n1,2,3\n4\n5,"6\n', 10);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: "syntax",
          place: "r.csv:4",
          message: 'a quoted value is never closed (a " is missing)',
        },
        {
          code: "syntax",
          place: "r.csv:2:3",
          message:
            "a value beyond the last column of the header (line 1): the row has 3 fields, the header 2",
        },
        {
          code: "syntax",
          place: "r.csv:3",
          message: "expected 2 fields as in the header (line 1), found 1",
        },
      ],
    });
  });

  it("gives each row the line it starts on, across quoted line breaks, blank lines and mixed line ends", () => {
    const result = parseCsv("r.csv", '\n\na,b\r\n1,"two\nlines"\n\n3,4\r5,6\n', 10);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.table.headerLine).toBe(3);
    expect(result.table.rows).toEqual([
      { line: 4, fields: ["1", "two\nlines"] },
      { line: 7, fields: ["3", "4"] },
      { line: 8, fields: ["5", "6"] },
    ]);
  });

  it("ignores trailing empty fields", () => {
    const result = parseCsv("r.csv", "a,b\n1,2,,\n", 10);
    expect(result.ok).toBe(true);
  });

  it("refuses more rows than allowed, counting lines before parsing", () => {
    expect(parseCsv("r.csv", "a\n1\n2\n3\n", 2)).toEqual({
      ok: false,
      problems: [
        {
          code: "too-large",
          place: "r.csv",
          message: "the file has 3 lines after its header; at most 2 rows can be opened",
        },
      ],
    });
  });
});

describe("guessDelimiter", () => {
  const cases: [string, string][] = [
    ["a", ","],
    ["a,b;c", ","],
    ["a;b;c\n1,5;2", ";"],
    ['"a;b",c', ","],
    ["a\tb", "\t"],
    ["a|b", "|"],
  ];
  it.each(cases)("%j ▶ %j", (text, delimiter) => {
    expect(guessDelimiter(text)).toBe(delimiter);
  });
});

describe("column names", () => {
  it("matches without case, spaces or underscores, and the first synonym wins", () => {
    const mapping = mapNames(["Name", "ID", "Start Date", "Group", "weird"], NODE_SYNONYMS);
    expect(Object.fromEntries(mapping.byField)).toEqual({ id: 1, label: 0, type: 3, start: 2 });
    expect(mapping.unused).toEqual([4]);
  });

  it("Gephi's Source/Target are the ends, its Type the direction, its Label the relation", () => {
    const mapping = mapEdgeColumns(["Source", "Target", "Type", "Label"], (index) =>
      index === 2 ? ["Directed", "Undirected"] : ["x"],
    );
    expect(Object.fromEntries(mapping.byField)).toEqual({ from: 0, to: 1, directed: 2, type: 3 });
  });

  it("with from and to, a source column is the citation", () => {
    const mapping = mapEdgeColumns(["from", "to", "source", "type"], () => ["x"]);
    expect(Object.fromEntries(mapping.byField)).toEqual({ from: 0, to: 1, source: 2, type: 3 });
  });
});
