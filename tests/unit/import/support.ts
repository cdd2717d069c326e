/**
 * What the import tests share: fixtures read as bytes, xmldom as the DOM parser (the tests run in
 * Node, which has none), and a parser that counts its uses, to show what is refused before parsing.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DOMParser } from "@xmldom/xmldom";
import { importFiles, type ImportOptions, type ImportResult } from "../../../src/import";
import type { DomParserConstructor } from "../../../src/import/xml";
import { placeOf } from "../../../src/model/problem";

export const xmlParser = DOMParser as unknown as DomParserConstructor;

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));

/** `import/entities.csv` ▶ its bytes, named by the file's own name (as a dropped file is). */
export function fixture(relativePath: string): { name: string; bytes: Uint8Array } {
  return {
    name: relativePath.split("/").pop() ?? relativePath,
    bytes: new Uint8Array(readFileSync(`${FIXTURES}${relativePath}`)),
  };
}

export function fixtureText(relativePath: string): string {
  return readFileSync(`${FIXTURES}${relativePath}`, "utf8");
}

export function text(name: string, content: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new TextEncoder().encode(content) };
}

/** Opens fixtures by path, with xmldom. */
export function open(
  paths: string | string[],
  options: Partial<ImportOptions> = {},
): Promise<ImportResult> {
  const files = (Array.isArray(paths) ? paths : [paths]).map(fixture);
  return importFiles(files, { domParser: xmlParser, ...options });
}

/** The dataset of a result that must have opened; fails the test with the problems otherwise. */
export function opened(result: ImportResult) {
  if (!result.ok)
    throw new Error(
      `expected the file to open, got:\n${result.problems.map((p) => `${placeOf(p)}: ${p.message}`).join("\n")}`,
    );
  // The first note of a file from another tool says what it became; the others, what was not read.
  const [first, ...rest] = result.notes;
  const summarised = first?.startsWith("read: ") === true;
  return {
    ...result.loaded.dataset,
    summary: summarised ? first : undefined,
    notes: summarised ? rest : result.notes,
    format: result.format,
  };
}

/** The problems of a result that must have failed. */
export function refused(result: ImportResult) {
  if (result.ok) throw new Error("expected the file to be refused, but it opened");
  return result;
}

/** An xmldom parser that counts how often it is made and used. */
export function spyParser(): { Parser: DomParserConstructor; uses: () => number } {
  let uses = 0;
  class SpyParser extends DOMParser {
    constructor(...args: ConstructorParameters<typeof DOMParser>) {
      super(...args);
      uses++;
    }
    override parseFromString(...args: Parameters<DOMParser["parseFromString"]>) {
      uses++;
      return super.parseFromString(...args);
    }
  }
  return { Parser: SpyParser as unknown as DomParserConstructor, uses: () => uses };
}
