import { describe, expect, it } from "vitest";
import { findDocumentType, parseXml, TagLines } from "../../../src/import/xml";
import { xmlParser } from "./support";

describe("findDocumentType", () => {
  const cases: [string, { line: number; declaration: string } | undefined][] = [
    ['<?xml version="1.0"?>\n<!DOCTYPE a>\n<a/>', { line: 2, declaration: "DOCTYPE" }],
    ["<a/>\n\n<!doctype a>", { line: 3, declaration: "DOCTYPE" }],
    ['<a><!ENTITY x "y"></a>', { line: 1, declaration: "ENTITY" }],
    ["<!-- <!DOCTYPE in a comment is refused too --><a/>", { line: 1, declaration: "DOCTYPE" }],
    ["<a>doctype</a>", undefined],
  ];
  it.each(cases)("%j", (text, found) => {
    expect(findDocumentType(text)).toEqual(found);
  });
});

describe("TagLines", () => {
  it("finds the line of each start tag, past comments, CDATA and quoted '>'", () => {
    const tags = new TagLines(
      '<g>\n<!-- <node> -->\n<node a=">"\n b="x"/>\n<![CDATA[<node>]]>\n\n<node/><edge/>\n</g>',
    );
    expect([tags.line("node", 0), tags.line("node", 1), tags.line("edge", 0)]).toEqual([3, 7, 7]);
    expect(tags.count("node")).toBe(2);
    expect(tags.line("node", 2)).toBeUndefined();
  });
});

describe("parseXml", () => {
  it("refuses XML that is not well formed, with the line", () => {
    expect(parseXml("f.gexf", "<a>\n<b>\n</a>", xmlParser)).toEqual({
      ok: false,
      problems: [
        {
          code: "syntax",
          place: "f.gexf line 2",
          message: 'invalid XML: Opening and ending tag mismatch: "b" != "a"',
        },
      ],
    });
  });

  it("reads what a browser reports in a <parsererror>", () => {
    class BrowserLike {
      parseFromString() {
        return new xmlParser().parseFromString(
          "<html><parsererror>This page contains the following errors:error on line 3 at column 5: Extra content at the end of the document\nBelow is a rendering</parsererror></html>",
          "application/xml",
        );
      }
    }
    expect(parseXml("f.gexf", "whatever", BrowserLike)).toEqual({
      ok: false,
      problems: [
        {
          code: "syntax",
          place: "f.gexf line 3",
          message: "invalid XML: Extra content at the end of the document",
        },
      ],
    });
  });
});
