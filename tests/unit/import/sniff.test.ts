import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes, firstInvalidUtf8Byte, xmlRootName } from "../../../src/import/sniff";
import { IMPORT_FORMATS, sniffFile } from "../../../src/import/formats";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf16 = (text: string, littleEndian: boolean) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i * 2 + (littleEndian ? 0 : 1)] = code & 0xff;
    out[i * 2 + (littleEndian ? 1 : 0)] = code >> 8;
  }
  return out;
};

describe("decodeBytes", () => {
  const refusals: [string, Uint8Array, string][] = [
    ["nothing", bytes(), "the file is empty"],
    ["white space", new TextEncoder().encode(" \n\t "), "the file holds only white space"],
    ["a BOM alone", bytes(0xef, 0xbb, 0xbf), "the file is empty"],
    [
      "an invalid byte",
      bytes(0x61, 0x0a, 0x62, 0xff),
      "the file is not valid UTF-8 (byte 4, line 2): save it as UTF-8",
    ],
    [
      "an overlong form",
      bytes(0x61, 0xc0, 0xaf),
      "the file is not valid UTF-8 (byte 2, line 1): save it as UTF-8",
    ],
    [
      "a cut sequence",
      bytes(0x61, 0xe2, 0x82),
      "the file is not valid UTF-8 (byte 2, line 1): save it as UTF-8",
    ],
    [
      "a NUL",
      bytes(0x61, 0x0a, 0x00, 0x62),
      "the file holds a NUL character (line 2): it looks like a binary file, not text",
    ],
    [
      "UTF-32",
      bytes(0xff, 0xfe, 0, 0, 0x61, 0, 0, 0),
      "the file is UTF-32 text, which cannot be read: save it as UTF-8",
    ],
    [
      "a lone UTF-16 surrogate",
      bytes(0xff, 0xfe, 0x61, 0, 0x00, 0xd8),
      "the file is not valid UTF-16LE (byte 3)",
    ],
    [
      "an unknown declared encoding",
      new TextEncoder().encode('<?xml version="1.0" encoding="klingon"?><a/>'),
      'the file declares encoding "klingon", which cannot be read: save it as UTF-8',
    ],
  ];
  it.each(refusals)("refuses %s", (_what, input, message) => {
    // Nothing to read is "empty"; bytes that are not text are "unreadable".
    const code = /empty|only white space/.test(message) ? "empty" : "unreadable";
    expect(decodeBytes("f", input)).toEqual({ ok: false, problem: { code, place: "f", message } });
  });

  const readings: [string, Uint8Array, string][] = [
    ["UTF-8", new TextEncoder().encode("id,label\nx,Ж"), "id,label\nx,Ж"],
    ["UTF-8 with a BOM", bytes(0xef, 0xbb, 0xbf, 0x61), "a"],
    ["UTF-16 LE with a BOM", bytes(0xff, 0xfe, ...utf16("Ж,x", true)), "Ж,x"],
    ["UTF-16 BE with a BOM", bytes(0xfe, 0xff, ...utf16("Ж,x", false)), "Ж,x"],
    ["UTF-16 LE without a BOM", utf16("<a/>", true), "<a/>"],
    ["UTF-16 BE without a BOM", utf16("<a/>", false), "<a/>"],
    [
      "Latin-1 declared by XML",
      bytes(
        ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
        0xe9,
        0x3c,
        0x2f,
        0x61,
        0x3e,
      ),
      '<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>',
    ],
  ];
  it.each(readings)("reads %s", (_what, input, text) => {
    expect(decodeBytes("f", input)).toEqual({ ok: true, text });
  });

  it("finds the same first invalid byte as TextDecoder refuses", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        const offset = firstInvalidUtf8Byte(input);
        const decoder = new TextDecoder("utf-8", { fatal: true });
        if (offset === -1) expect(() => decoder.decode(input)).not.toThrow();
        else {
          expect(() => decoder.decode(input)).toThrow();
          // Everything before the bad sequence is valid on its own.
          expect(() => decoder.decode(input.subarray(0, offset))).not.toThrow();
        }
      }),
      { numRuns: 2_000, seed: 7 },
    );
  });
});

describe("sniffFile: which format of the registry claims a file, and how surely", () => {
  // [name, first characters, opened alone?, format, claim]; unclaimed files first.
  const cases: [string, string, boolean, string | undefined, string | undefined][] = [
    ["notes.txt", "from,to", false, undefined, undefined],
    ["noname", "Just words.", true, undefined, undefined],
    ["data.gexf", "{ }", false, "dramatis", "content"],
    ["x.txt", '  [{"a":1}]', false, "dramatis", "content"],
    [
      "anything",
      '<?xml version="1.0"?>\n<!-- c -->\n<gexf version="1.3">',
      false,
      "gexf",
      "content",
    ],
    ["anything", "<g:graphml xmlns:g='x'>", false, "graphml", "content"],
    ["network.gexf", "<graphml>", false, "graphml", "content"],
    ["cut.gexf", "<?xml vers", false, "gexf", "name"],
    // XML of no known dialect goes to the first XML format, which refuses it as such.
    ["page.xml", "<html/>", false, "gexf", "guess"],
    ["page.json", "<html/>", false, "gexf", "guess"],
    ["table.xml", "a,b", true, "gexf", "guess"],
    ["data.json", "not json", false, "dramatis", "name"],
    ["data.json", "a,b", false, "dramatis", "name"],
    ["edges.csv", "a", false, "csv", "name"],
    ["edges.tsv", "a\tb", false, "csv", "name"],
    ["edges.csv", "<html/>", false, "gexf", "guess"],
    ["notes.txt", "from,to", true, "csv", "guess"],
    ["noname", "from;to\na;b", false, "csv", "guess"],
  ];
  it.each(cases)("%s holding %j (alone: %s) is %s, by %s", (name, text, alone, format, claim) => {
    const sniffed = sniffFile(IMPORT_FORMATS, { name, text }, { alone });
    expect([sniffed?.format.id, sniffed?.claim]).toEqual([format, claim]);
  });

  it("finds the root element past a DOCTYPE", () => {
    expect(xmlRootName('<!DOCTYPE x [<!ENTITY a "b">]><graphml/>')).toBe("graphml");
  });
});
