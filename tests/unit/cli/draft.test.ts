/**
 * `npm run draft` and `npm run draft:score` as someone at a terminal uses them: bad notes get one
 * line saying what is wrong and a non-zero exit; good notes give a dataset the validator accepts,
 * with the notes beside it as its source text; the score prints recall and precision.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TIMEOUT = 60_000;

function run(
  script: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", script, ...args],
      { cwd: ROOT, timeout: TIMEOUT, env: { ...process.env, npm_lifecycle_event: "" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        const own = stderr
          .split("\n")
          .filter((line) => !/^npm (warn|notice)/i.test(line))
          .join("\n");
        resolve({ code, stdout, stderr: own });
      },
    );
  });
}

const scratch = mkdtempSync(path.join(tmpdir(), "dramatis-draft-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm run draft -- NOTES [--out FILE]", () => {
  it(
    "answers a binary file with what is wrong and where, and writes nothing",
    async () => {
      const binary = path.join(scratch, "scan.txt");
      writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x9c, 0x00]));
      const out = path.join(scratch, "scan.json");
      const result = await run("src/cli/draft.ts", binary, "--out", out);
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(/scan\.txt: is not a text file/);
      expect(() => readFileSync(out)).toThrow();
    },
    TIMEOUT,
  );

  it(
    "answers notes that name no one",
    async () => {
      const plain = path.join(scratch, "weather.txt");
      writeFileSync(plain, "it rained all week and then the sun came out again.\n");
      const result = await run("src/cli/draft.ts", plain);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/names no one/);
    },
    TIMEOUT,
  );

  it(
    "writes a dataset the validator accepts, citing the notes copied beside it",
    async () => {
      const notes = path.join(scratch, "notes", "lenin.txt");
      const out = path.join(scratch, "out", "lenin.json");
      for (const folder of [path.dirname(notes), path.dirname(out)])
        mkdirSync(folder, { recursive: true });
      copyFileSync(path.join(ROOT, "tests/fixtures/notes/succession-to-lenin/notes.txt"), notes);
      const drafted = await run("src/cli/draft.ts", notes, "--out", out);
      expect(drafted.code).toBe(0);
      expect(drafted.stdout).toMatch(
        /lenin\.json: drafted [\d,]+ words .*entities and \d+ relations/,
      );
      expect(drafted.stdout).toMatch(/notes copied beside it as lenin\.notes\.txt/);
      const dataset = JSON.parse(readFileSync(out, "utf8")) as {
        sources: { text: string }[];
        relations: { evidence: { quote: string }[] }[];
      };
      expect(dataset.sources[0]?.text).toBe("lenin.notes.txt");
      expect(dataset.relations.length).toBeGreaterThan(5);
      const validated = await run("src/cli/validate.ts", out);
      expect(validated.code).toBe(0);
      expect(validated.stdout).toMatch(/valid dramatis\/1 dataset/);
    },
    TIMEOUT,
  );
});

describe("npm run draft:score -- NOTES CURATED", () => {
  it(
    "refuses a confidence outside 0 to 1",
    async () => {
      const result = await run(
        "src/cli/draftScore.ts",
        "data/sources/post-stalin-revision-notes.txt",
        "data/post-stalin-power-struggle.json",
        "--min-confidence",
        "2",
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--min-confidence takes a number from 0 to 1/);
    },
    TIMEOUT,
  );

  it(
    "prints recall and precision against the curated dataset",
    async () => {
      const result = await run(
        "src/cli/draftScore.ts",
        "data/sources/post-stalin-revision-notes.txt",
        "data/post-stalin-power-struggle.json",
      );
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /recall \d+\.\d% \(\d+ of 105 curated relations citing the notes\), precision \d+\.\d% \(\d+ of \d+ accepted proposals supported\)/,
      );
    },
    TIMEOUT,
  );
});
