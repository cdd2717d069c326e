import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TIMEOUT = 60_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx src/cli/validate.ts ...args` from the repository root. */
function validate(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", "src/cli/validate.ts", ...args],
      { cwd: ROOT, timeout: TIMEOUT, env: { ...process.env, npm_lifecycle_event: "" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        // npx itself may warn (an old npm config, an update notice); that is not the CLI speaking.
        const own = stderr
          .split("\n")
          .filter((line) => !/^npm (warn|notice)/i.test(line))
          .join("\n");
        resolve({ code, stdout, stderr: own });
      },
    );
  });
}

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

const scratch = mkdtempSync(path.join(tmpdir(), "dramatis-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm run validate -- FILE", () => {
  it(
    "invalid-references.json: one line per problem, a count, exit 1",
    async () => {
      const run = await validate("tests/fixtures/invalid-references.json");
      expect(run.code).toBe(1);
      expect(run.stderr).toBe("");
      const output = lines(run.stdout);
      expect(output).toHaveLength(12);
      expect(output).toContain('relations[0].to: no entity "berya" (did you mean "beria"?)');
      expect(output).toContain(
        'sources[2].text: could not read "sources/missing.txt" (no such file)',
      );
      expect(output.at(-1)).toBe("tests/fixtures/invalid-references.json: 11 problems");
    },
    TIMEOUT,
  );

  it(
    "invalid-truncated.json.txt: the line and column, '1 problem', exit 1",
    async () => {
      const run = await validate("tests/fixtures/invalid-truncated.json.txt");
      expect(run.code).toBe(1);
      expect(lines(run.stdout)).toEqual([
        '(file): invalid JSON at line 6, column 39: the file ends inside an object (a "}" is missing)',
        "tests/fixtures/invalid-truncated.json.txt: 1 problem",
      ]);
    },
    TIMEOUT,
  );

  it(
    "valid-minimal.json: one summary line, exit 0",
    async () => {
      const run = await validate("tests/fixtures/valid-minimal.json");
      expect(run).toEqual({
        code: 0,
        stdout:
          'tests/fixtures/valid-minimal.json: valid dramatis/1 dataset "minimal": 3 entities, 2 relations, 2 sources\n',
        stderr: "",
      });
    },
    TIMEOUT,
  );

  it(
    "uses singulars for one of each, with an absolute path",
    async () => {
      const file = path.join(scratch, "one.json");
      writeFileSync(
        file,
        JSON.stringify({
          format: "dramatis/1",
          id: "one",
          title: "One of each",
          sources: [{ id: "notes", title: "Notes", kind: "notes" }],
          entityTypes: [{ id: "person", label: "Person", color: "#000000" }],
          relationTypes: [
            { id: "knew", label: "knew", inverse: "knew", directed: false, color: "#000000" },
          ],
          entities: [{ id: "stalin", type: "person", label: "Stalin" }],
          relations: [{ id: "stalin-knew-stalin", type: "knew", from: "stalin", to: "stalin" }],
        }),
      );
      const run = await validate(file);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(
        `${file}: valid dramatis/1 dataset "one": 1 entity, 1 relation, 1 source\n`,
      );
    },
    TIMEOUT,
  );

  const failures: [string, string[], number, RegExp][] = [
    ["no arguments", [], 2, /^dramatis validate: no file given; usage: npm run validate -- FILE/],
    ["two files", ["a.json", "b.json"], 2, /^dramatis validate: give exactly one file; usage:/],
    [
      "a missing file",
      ["tests/fixtures/nothing-here.json"],
      1,
      /^tests\/fixtures\/nothing-here\.json: cannot read the file: no such file$/,
    ],
    [
      "a folder",
      ["tests/fixtures"],
      1,
      /^tests\/fixtures: cannot read the file: it is a folder, not a file$/,
    ],
  ];
  it.each(failures)(
    "%s: one line on stderr, nothing on stdout",
    async (_what, args, code, message) => {
      const run = await validate(...args);
      expect(run.code).toBe(code);
      expect(run.stdout).toBe("");
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(message);
    },
    TIMEOUT,
  );
});
