/**
 * The one boundary for untrusted data: JSON text in, a checked `Dataset` (defaults filled) with the
 * texts of its sources out, or every problem found. It uses no Node or DOM API, so the browser
 * (reading with `fetch`) and the CLI (reading files) share it; the caller supplies `readText`.
 */
import type { Dataset } from "./schema";
import { placeOf, type Problem } from "./problem";
import { isRecord } from "./record";
import { inDocumentOrder, validateDataset } from "./validate";

export type LoadedDataset = { dataset: Dataset; sourceTexts: ReadonlyMap<string, string> };
export type LoadResult = { ok: true; loaded: LoadedDataset } | { ok: false; problems: Problem[] };

/** The path of problems with the file as a whole: empty, or not JSON. */
export const FILE_PATH = "(file)";

/**
 * Parses `jsonText`, reads each source's `text` through `readText` (called with the path as written
 * in the dataset, relative to the dataset file), and validates the whole.
 */
export async function loadDataset(
  jsonText: string,
  readText: (relativePath: string) => Promise<string>,
): Promise<LoadResult> {
  const text = stripBom(jsonText);
  if (text.trim() === "")
    return failure([{ code: "empty", place: FILE_PATH, message: "the file is empty" }]);

  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return failure([{ code: "syntax", place: FILE_PATH, message: describeJsonError(text, error) }]);
  }

  const { sourceTexts, problems } = await readSourceTexts(input, readText);
  const validation = validateDataset(input, sourceTexts);
  if (validation.ok && problems.length === 0)
    return { ok: true, loaded: { dataset: validation.dataset, sourceTexts } };

  // A text that could not be read is already reported here, with the reason; drop the validator's
  // plainer "could not read" for the same place.
  const reported = new Set(problems.map(placeOf));
  const rest = validation.ok
    ? []
    : validation.problems.filter((problem) => !reported.has(placeOf(problem)));
  return failure(inDocumentOrder([...problems, ...rest]));
}

function failure(problems: Problem[]): LoadResult {
  return { ok: false, problems };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// Source texts

async function readSourceTexts(
  input: unknown,
  readText: (relativePath: string) => Promise<string>,
): Promise<{ sourceTexts: Map<string, string>; problems: Problem[] }> {
  const sources =
    isRecord(input) && Object.hasOwn(input, "sources") && Array.isArray(input.sources)
      ? (input.sources as unknown[])
      : [];

  // Path ▶ the sources (by index) that name it; each file is read once.
  const wanted = new Map<string, number[]>();
  const problems: Problem[] = [];
  sources.forEach((source, index) => {
    if (!isRecord(source) || !Object.hasOwn(source, "text")) return;
    const path = source.text;
    if (typeof path !== "string" || path === "") return; // the schema reports it
    if (!isInsideFolder(path)) {
      problems.push({
        code: "unsafe",
        path: ["sources", index, "text"],
        message: "must be a path inside the dataset's folder",
      });
      return;
    }
    wanted.set(path, [...(wanted.get(path) ?? []), index]);
  });

  const sourceTexts = new Map<string, string>();
  await Promise.all(
    [...wanted].map(async ([path, indices]) => {
      try {
        sourceTexts.set(path, stripBom(await readText(path)));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        for (const index of indices)
          problems.push({
            code: "unreadable",
            path: ["sources", index, "text"],
            message: `could not read ${JSON.stringify(path)}${reason ? ` (${reason})` : ""}`,
          });
      }
    }),
  );
  return { sourceTexts, problems: inDocumentOrder(problems) };
}

/**
 * True for a relative path that stays inside the dataset's folder. Refused: absolute paths, drive
 * letters and URLs (`/x`, `C:\x`, `https://…`), and any `..` segment, also when percent-encoded
 * (a browser resolving `%2e%2e/x` against a URL climbs out just the same).
 */
export function isInsideFolder(path: string): boolean {
  if (/^[\\/]/.test(path)) return false;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return false;
  return !path.split(/[\\/]/).some((segment) => segment.replace(/%2e/gi, ".") === "..");
}

// ---------------------------------------------------------------------------------------------
// JSON syntax errors

/**
 * `invalid JSON at line 3, column 14: …`. Engines word and place `JSON.parse` errors differently
 * (V8 gives a character offset, Firefox a line and column), so the place is found by a small scanner
 * of our own; the engine's message is the fallback.
 */
function describeJsonError(text: string, error: unknown): string {
  let found: JsonSyntaxError | undefined;
  try {
    scanJson(text);
  } catch (scanError) {
    if (scanError instanceof JsonSyntaxError) found = scanError;
    // Anything else (nesting deep enough to exhaust the stack): use the engine's message.
  }
  if (found) {
    const { line, column } = lineAndColumn(text, found.offset);
    return `invalid JSON at line ${line}, column ${column}: ${found.reason}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const offset = /position (\d+)/.exec(message)?.[1];
  if (offset === undefined) return `invalid JSON: ${message}`;
  const { line, column } = lineAndColumn(text, Number(offset));
  return `invalid JSON at line ${line}, column ${column}: ${message}`;
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Throws a `JsonSyntaxError` at the first place where `text` stops being JSON (RFC 8259). */
function scanJson(text: string): void {
  let at = 0;

  const fail = (reason: string, offset = at): never => {
    throw new JsonSyntaxError(offset, reason);
  };
  /** A truncated file is reported where its content ends, not after its trailing blank lines. */
  const failAtEnd = (reason: string): never => fail(reason, text.trimEnd().length);
  const skipWhiteSpace = () => {
    while (at < text.length && " \t\n\r".includes(text.charAt(at))) at++;
  };
  const found = (): string => {
    const char = text.charAt(at);
    if (char === '"') return "a double quote";
    if (char === "'") return "a single quote (JSON strings take double quotes)";
    return JSON.stringify(char);
  };

  const value = (): void => {
    skipWhiteSpace();
    if (at >= text.length) failAtEnd("the file ends where a value was expected");
    const char = text.charAt(at);
    if (char === "{") return object();
    if (char === "[") return array();
    if (char === '"') return string();
    if (char === "-" || (char >= "0" && char <= "9")) return number();
    for (const literal of ["true", "false", "null"])
      if (text.startsWith(literal, at)) {
        at += literal.length;
        return;
      }
    fail(`expected a value, found ${found()}`);
  };

  const object = (): void => {
    at++; // {
    skipWhiteSpace();
    if (text.charAt(at) === "}") {
      at++;
      return;
    }
    for (;;) {
      skipWhiteSpace();
      if (at >= text.length) failAtEnd('the file ends inside an object (a "}" is missing)');
      if (text.charAt(at) !== '"')
        fail(`expected a property name in double quotes, found ${found()}`);
      string();
      skipWhiteSpace();
      if (at >= text.length) failAtEnd('the file ends inside an object (a "}" is missing)');
      if (text.charAt(at) !== ":") fail(`expected ":" after a property name, found ${found()}`);
      at++;
      value();
      skipWhiteSpace();
      if (at >= text.length) failAtEnd('the file ends inside an object (a "}" is missing)');
      const char = text.charAt(at);
      if (char === "}") {
        at++;
        return;
      }
      if (char !== ",") fail(`expected "," or "}" after a property value, found ${found()}`);
      const comma = at++;
      skipWhiteSpace();
      if (text.charAt(at) === "}") fail('a "," before "}" (JSON allows no trailing comma)', comma);
    }
  };

  const array = (): void => {
    at++; // [
    skipWhiteSpace();
    if (text.charAt(at) === "]") {
      at++;
      return;
    }
    for (;;) {
      value();
      skipWhiteSpace();
      if (at >= text.length) failAtEnd('the file ends inside a list (a "]" is missing)');
      const char = text.charAt(at);
      if (char === "]") {
        at++;
        return;
      }
      if (char !== ",") fail(`expected "," or "]" after a list item, found ${found()}`);
      const comma = at++;
      skipWhiteSpace();
      if (text.charAt(at) === "]") fail('a "," before "]" (JSON allows no trailing comma)', comma);
    }
  };

  const string = (): void => {
    at++; // "
    for (;;) {
      if (at >= text.length)
        failAtEnd("the file ends inside a string (a closing quote is missing)");
      const char = text.charAt(at);
      if (char === '"') {
        at++;
        return;
      }
      if (char === "\\") {
        const escape = text.charAt(at + 1);
        if (escape === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
            fail("expected four hex digits after \\u");
          at += 6;
        } else if (escape !== "" && '"\\/bfnrt'.includes(escape)) at += 2;
        else fail(`unknown escape "\\${escape}" in a string`);
      } else if (char < " ") {
        fail("a line break or control character inside a string (write it as \\n or \\t)");
      } else at++;
    }
  };

  const number = (): void => {
    const pattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    pattern.lastIndex = at;
    if (!pattern.exec(text)) fail("a malformed number");
    at = pattern.lastIndex;
  };

  value();
  skipWhiteSpace();
  if (at < text.length) fail(`unexpected ${found()} after the end of the JSON value`);
}
