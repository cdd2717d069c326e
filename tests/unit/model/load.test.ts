import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isInsideFolder, loadDataset } from "../../../src/model/load";
import type { Problem } from "../../../src/model/schema";
import { placeOf } from "../../../src/model/problem";

const minimalJson = readFileSync(
  new URL("../../fixtures/valid-minimal.json", import.meta.url),
  "utf8",
);
const minimalText = readFileSync(
  new URL("../../fixtures/sources/minimal.txt", import.meta.url),
  "utf8",
);

/** A readText over an in-memory folder; records what was asked for. */
function folder(files: Record<string, string>) {
  const asked: string[] = [];
  const readText = (path: string) => {
    asked.push(path);
    return Object.hasOwn(files, path)
      ? Promise.resolve(files[path] ?? "")
      : Promise.reject(new Error("no such file"));
  };
  return { readText, asked };
}

const minimalFolder = () => folder({ "sources/minimal.txt": minimalText });

async function problemsOf(
  jsonText: string,
  readText = minimalFolder().readText,
): Promise<Problem[]> {
  const result = await loadDataset(jsonText, readText);
  return result.ok ? [] : result.problems;
}

/** valid-minimal.json with its notes source's `text` replaced. */
function withNotesPath(path: string): string {
  const input = JSON.parse(minimalJson) as { sources: { text?: string }[] };
  if (input.sources[0]) input.sources[0].text = path;
  return JSON.stringify(input);
}

describe("loadDataset: the file as a whole", () => {
  const cases: [string, string, Problem[]][] = [
    ["empty", "", [{ code: "empty", place: "(file)", message: "the file is empty" }]],
    [
      "white space only",
      " \n\t\r\n ",
      [{ code: "empty", place: "(file)", message: "the file is empty" }],
    ],
    ["a BOM only", "\uFEFF", [{ code: "empty", place: "(file)", message: "the file is empty" }]],
    [
      "truncated inside an object",
      '{\n  "format": "dramatis/1",\n  "id": "x",\n  "entities": [\n    { "id": "beria"\n\n',
      [
        {
          code: "syntax",
          place: "(file)",
          message:
            'invalid JSON at line 5, column 20: the file ends inside an object (a "}" is missing)',
        },
      ],
    ],
    [
      "a missing comma",
      '{\n  "format": "dramatis/1"\n  "id": "x"\n}',
      [
        {
          code: "syntax",
          place: "(file)",
          message:
            'invalid JSON at line 3, column 3: expected "," or "}" after a property value, found a double quote',
        },
      ],
    ],
    [
      "a trailing comma",
      '{\n  "a": [1, 2,],\n}',
      [
        {
          code: "syntax",
          place: "(file)",
          message:
            'invalid JSON at line 2, column 13: a "," before "]" (JSON allows no trailing comma)',
        },
      ],
    ],
    [
      "single quotes",
      "{\n  'format': 1}",
      [
        {
          code: "syntax",
          place: "(file)",
          message:
            "invalid JSON at line 2, column 3: expected a property name in double quotes, found a single quote (JSON strings take double quotes)",
        },
      ],
    ],
    [
      "a line break inside a string",
      '{"title": "two\nlines"}',
      [
        {
          code: "syntax",
          place: "(file)",
          message:
            "invalid JSON at line 1, column 15: a line break or control character inside a string",
        },
      ],
    ],
    [
      "text after the value",
      '{"a": 1}\n}',
      [
        {
          code: "syntax",
          place: "(file)",
          message:
            'invalid JSON at line 2, column 1: unexpected "}" after the end of the JSON value',
        },
      ],
    ],
  ];
  it.each(cases)("%s", async (_what, jsonText, expected) => {
    const problems = await problemsOf(jsonText);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe(expected[0]?.code);
    expect(problems[0] && placeOf(problems[0])).toBe("(file)");
    expect(problems[0]?.message).toContain(expected[0]?.message);
  });

  it("reports nesting too deep for the scanner as invalid JSON, without throwing", async () => {
    const problems = await problemsOf("[".repeat(200_000));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "syntax", place: "(file)" });
    expect(problems[0]?.message).toMatch(/^invalid JSON/);
  });

  it("loads a file that starts with a UTF-8 BOM, and strips a BOM from source texts", async () => {
    const result = await loadDataset(
      `\uFEFF${minimalJson}`,
      folder({ "sources/minimal.txt": `\uFEFF${minimalText}` }).readText,
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.loaded.dataset.id).toBe("minimal");
      expect(result.loaded.sourceTexts.get("sources/minimal.txt")).toBe(minimalText);
    }
  });

  it("loads valid-minimal.json with its source text, reading each path once", async () => {
    const { readText, asked } = minimalFolder();
    const result = await loadDataset(minimalJson, readText);
    expect(result.ok).toBe(true);
    expect(asked).toEqual(["sources/minimal.txt"]);
  });

  it("reports schema problems after a successful parse", async () => {
    expect(await problemsOf(withNotesPath("").replace('"dramatis/1"', '"dramatis/9"'))).toEqual([
      { code: "schema", path: ["format"], message: 'expected "dramatis/1", found "dramatis/9"' },
      { code: "schema", path: ["sources", 0, "text"], message: "expected some text" },
    ]);
  });
});

describe("loadDataset: source texts", () => {
  it("turns a failed read into a problem with the reason, once", async () => {
    expect(await problemsOf(withNotesPath("sources/missing.txt"))).toEqual([
      {
        code: "unreadable",
        path: ["sources", 0, "text"],
        message: 'could not read "sources/missing.txt" (no such file)',
      },
    ]);
  });

  it("handles a readText that rejects with something other than an Error", async () => {
    const problems = await problemsOf(minimalJson, () => Promise.reject("offline"));
    expect(problems).toEqual([
      {
        code: "unreadable",
        path: ["sources", 0, "text"],
        message: 'could not read "sources/minimal.txt" (offline)',
      },
    ]);
  });

  const escaping: [string][] = [
    ["../secret.txt"],
    ["sources/../../secret.txt"],
    ["sources\\..\\..\\secret.txt"],
    ["%2e%2e/secret.txt"],
    ["/etc/passwd"],
    ["\\\\server\\share\\x.txt"],
    ["C:\\Windows\\win.ini"],
    ["file:///etc/passwd"],
    ["https://example.org/notes.txt"],
  ];
  it.each(escaping)("refuses %j without reading it", async (path) => {
    const { readText, asked } = minimalFolder();
    expect(await problemsOf(withNotesPath(path), readText)).toEqual([
      {
        code: "unsafe",
        path: ["sources", 0, "text"],
        message: "must be a path inside the dataset's folder",
      },
    ]);
    expect(asked).toEqual([]);
  });

  const paths: [string, boolean][] = [
    ["../x.txt", false],
    ["a/../../x.txt", false],
    ["/x.txt", false],
    ["c:x.txt", false],
    ["x.txt", true],
    ["./sources/x.txt", true],
    ["sources/..x.txt", true],
    ["sources/x..txt", true],
  ];
  it.each(paths)("isInsideFolder(%j) ▶ %s", (path, expected) =>
    expect(isInsideFolder(path)).toBe(expected),
  );
});
