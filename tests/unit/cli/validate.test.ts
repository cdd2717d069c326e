import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { IMPORT_FORMATS, usageList } from "../../../src/import/formats";

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
      expect(output).toHaveLength(13);
      expect(output).toContain('relations[0].to: no entity "berya" (did you mean "beria"?)');
      expect(output).toContain(
        'sources[2].text: could not read "sources/missing.txt" (no such file)',
      );
      expect(output.at(-1)).toBe("tests/fixtures/invalid-references.json: 12 problems");
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
    "valid-minimal.json: one summary line and how many quotes were checked, exit 0",
    async () => {
      const run = await validate("tests/fixtures/valid-minimal.json");
      expect(run).toEqual({
        code: 0,
        stdout:
          'tests/fixtures/valid-minimal.json: valid dramatis/1 dataset "minimal": 3 entities, 2 relations, 2 sources\n' +
          "quotes: 3 quotes checked word for word against 1 source text; 1 cite sources without a text\n",
        stderr: "",
      });
    },
    TIMEOUT,
  );

  it(
    "a relation dated after one of its ends: a warning with its place, still exit 0",
    async () => {
      const run = await validate("tests/fixtures/valid-date-warning.json");
      expect(run).toEqual({
        code: 0,
        stdout:
          'tests/fixtures/valid-date-warning.json: valid dramatis/1 dataset "date-warning": 2 entities, 1 relation, 0 sources\n' +
          "warning: relations[0].start: 1956 is after Lavrentiy Beria ends (23 December 1953): the relation is not drawn then\n" +
          "tests/fixtures/valid-date-warning.json: 1 warning\n",
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

  it(
    "lists the registry's formats in its usage line",
    async () => {
      const run = await validate("--help");
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(
        `usage: npm run validate -- FILE [FILE …] [--out dataset.json]   (${usageList()})\n`,
      );
      for (const format of IMPORT_FORMATS) expect(run.stdout).toContain(format.usage);
    },
    TIMEOUT,
  );

  const failures: [string, string[], number, RegExp][] = [
    ["no arguments", [], 2, /^dramatis validate: no file given; usage: npm run validate -- FILE/],
    [
      "a missing file beside a present one",
      ["tests/fixtures/import/entities.csv", "tests/fixtures/nothing-here.csv"],
      1,
      /^tests\/fixtures\/nothing-here\.csv: cannot read the file: no such file$/,
    ],
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
  it(
    "a CSV pair (two files): one summary line naming both, exit 0",
    async () => {
      const run = await validate(
        "tests/fixtures/import/entities.csv",
        "tests/fixtures/import/relations.csv",
      );
      expect(run).toEqual({
        code: 0,
        stdout:
          'note: read: 2 entity types ("Person", "Body"), 3 relation types ("arrested", "colluded with", "member of"), 4 dated items, no positions (laid out afresh), 0 entities with a colour of their own, no attribute values, 3 relations with evidence from the file\n' +
          "tests/fixtures/import/entities.csv + tests/fixtures/import/relations.csv: valid CSV pair, " +
          'read as dramatis/1 dataset "entities": 4 entities, 4 relations, 3 sources\n',
        stderr: "",
      });
    },
    TIMEOUT,
  );

  it(
    "GEXF (Gephi's Les Misérables): its notes, then the summary, exit 0",
    async () => {
      const run = await validate("tests/fixtures/import/les-miserables.gexf");
      expect(run.code).toBe(0);
      expect(lines(run.stdout)).toEqual([
        'note: read: 9 entity types ("modularity_class 1", "modularity_class 8", "modularity_class 6", "modularity_class 7" and 5 more), 1 relation type ("related to"), 0 dated items, 77 positions from the file, 0 entities with a colour of their own, 411 attribute values ("cooccurrence", "weight"), no evidence (the file has no quote or source column)',
        'note: edge attributes kept as attributes: "cooccurrence", "weight"',
        'tests/fixtures/import/les-miserables.gexf: valid GEXF, read as dramatis/1 dataset "les-miserables": 77 entities, 254 relations, 0 sources',
      ]);
    },
    TIMEOUT,
  );

  it(
    "GraphML and an edge list: the summary, exit 0",
    async () => {
      const graphml = await validate("tests/fixtures/import/airlines.graphml");
      expect(lines(graphml.stdout)).toEqual([
        'note: read: 1 entity type ("Node"), 1 relation type ("related to"), 0 dated items, 235 positions from the file, 0 entities with a colour of their own, no attribute values, no evidence (the file has no quote or source column)',
        'tests/fixtures/import/airlines.graphml: valid GraphML, read as dramatis/1 dataset "airlines": 235 entities, 2101 relations, 0 sources',
      ]);
      const edges = await validate("tests/fixtures/import/edge-list.csv");
      expect(edges.code).toBe(0);
      expect(lines(edges.stdout).at(-1)).toBe(
        'tests/fixtures/import/edge-list.csv: valid CSV edge list, read as dramatis/1 dataset "edge-list": 3 entities, 4 relations, 0 sources',
      );
    },
    TIMEOUT,
  );

  it(
    "--out without a file name is a usage error, exit 2, and nothing is written",
    async () => {
      const run = await validate("tests/fixtures/real/tinkerpop-modern.xml", "--out");
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^dramatis validate: --out needs a file name/);
    },
    TIMEOUT,
  );

  it(
    "--out writes what was read as a dramatis/1 dataset, which validates as one",
    async () => {
      const out = path.join(scratch, "tinkerpop.json");
      const run = await validate("tests/fixtures/real/tinkerpop-modern.xml", "--out", out);
      expect(run.code).toBe(0);
      expect(lines(run.stdout).at(-1)).toBe(`wrote ${out}: dramatis/1 dataset "tinkerpop-modern"`);
      const again = await validate(out);
      expect(again.code).toBe(0);
      expect(lines(again.stdout).at(-1)).toBe(
        `${out}: valid dramatis/1 dataset "tinkerpop-modern": 6 entities, 6 relations, 0 sources`,
      );
      const written = JSON.parse(readFileSync(out, "utf8")) as {
        entities: { attributes?: Record<string, unknown> }[];
      };
      expect(written.entities[0]?.attributes).toEqual({ age: 29 });
    },
    TIMEOUT,
  );

  it(
    "edges to missing nodes: each with its element and line, the fix the page offers, a count, exit 1",
    async () => {
      const run = await validate("tests/fixtures/hostile/edges-to-missing-nodes.gexf");
      expect(run.code).toBe(1);
      expect(lines(run.stdout)).toEqual([
        '<edge id="e2"> line 11: target: no node "berya" (did you mean "beria"?)',
        '<edge id="e3"> line 12: source: no node "malenkov"',
        '<edge id="e4"> line 13: source: no node "nobody"',
        '<edge id="e4"> line 13: target: no node "noone"',
        "fix: 3 edges point at nodes that do not exist: drop them and open the rest?",
        "tests/fixtures/hostile/edges-to-missing-nodes.gexf: 4 problems",
      ]);
    },
    TIMEOUT,
  );

  it(
    "a CSV pair with a bad date: the file, line and column of the cell",
    async () => {
      const entities = path.join(scratch, "entities.csv");
      const relations = path.join(scratch, "relations.csv");
      writeFileSync(entities, "id,label\nbulganin,Nikolai Bulganin\nzhukov,Georgy Zhukov\n");
      writeFileSync(relations, "from,to,type,start\nbulganin,zhukov,appointed,1955-02-30\n");
      const run = await validate(entities, relations);
      expect(run.code).toBe(1);
      expect(lines(run.stdout)).toEqual([
        `${relations}:2:4: start: not a date that can be read, found "1955-02-30" (dates such as 1815, 1815-12, 1815-12-25, 25/12/1815, Dec 1815 are read)`,
        "fix: drop the date that cannot be read and open the rest?",
        `${entities} + ${relations}: 1 problem`,
      ]);
    },
    TIMEOUT,
  );

  it(
    "XML with a DOCTYPE: refused, with its line",
    async () => {
      const run = await validate("tests/fixtures/hostile/billion-laughs.gexf");
      expect(run.code).toBe(1);
      expect(lines(run.stdout)[0]).toMatch(
        /^tests\/fixtures\/hostile\/billion-laughs\.gexf line 2: the file declares a document type \(<!DOCTYPE>\), which is not read/,
      );
    },
    TIMEOUT,
  );

  it(
    "invalid UTF-8: the byte and the line",
    async () => {
      const run = await validate("tests/fixtures/hostile/invalid-utf8.csv");
      expect(lines(run.stdout)).toEqual([
        "tests/fixtures/hostile/invalid-utf8.csv: the file is not valid UTF-8 (byte 25, line 3): save it as UTF-8",
        "tests/fixtures/hostile/invalid-utf8.csv: 1 problem",
      ]);
    },
    TIMEOUT,
  );

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
