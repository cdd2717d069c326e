/**
 * Fuzzing: the validator and every importer are fed random and mutated inputs (valid fixtures with
 * characters inserted, deleted, swapped, truncated, or hostile tokens injected: a DOCTYPE,
 * `__proto__`, huge numbers, control characters; bytes flipped; random bytes). Whatever comes in,
 * nothing throws, every refusal says why, and whatever opens is a valid dataset whose links are
 * http(s) only.
 *
 * 1,000 runs for each of five importers and for the validator: 6,000 in all, in a few seconds. The seeds are fixed so
 * that a run on CI is repeatable; change them (or raise `RUNS`) to explore further.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { importFiles, type ImportResult } from "../../../src/import";
import { validateDataset } from "../../../src/model/validate";
import { fixtureText, xmlParser } from "./support";
import { placeOf } from "../../../src/model/problem";

const RUNS = 1_000;
const TIMEOUT = 60_000;

/** Things that have broken parsers before, or could. */
const HOSTILE_TOKENS = [
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  "<!ENTITY",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "1e999",
  "-1e999",
  "NaN",
  "Infinity",
  "9".repeat(400),
  "\u0000",
  "\u0007",
  "\u202e",
  "\u2066",
  "\ufeff",
  "\ud800",
  "\r",
  "\n",
  '"',
  "'",
  ",",
  ";",
  "\t",
  "<",
  ">",
  "&",
  "&lol;",
  "]]>",
  "<![CDATA[",
  "<!--",
  "-->",
  "<node/>",
  '<edge source="x" target="y"/>',
  "{",
  "}",
  "[",
  "]",
  "null",
  "javascript:alert(1)",
  "<script>",
];

type Mutation =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "swap"; at: number; other: number }
  | { kind: "truncate"; at: number }
  | { kind: "duplicate"; at: number; length: number };

const insertion = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_TOKENS), weight: 3 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ maxLength: 6, unit: "binary" }), weight: 1 },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: insertion }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 30 }) }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.nat({ max: 80 }) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const step of mutations) {
    const at = step.at % (out.length + 1);
    switch (step.kind) {
      case "insert":
        out = out.slice(0, at) + step.text + out.slice(at);
        break;
      case "delete":
        out = out.slice(0, at) + out.slice(at + step.length);
        break;
      case "swap": {
        const other = step.other % (out.length + 1);
        const [a, b] = [Math.min(at, other), Math.max(at, other)];
        if (b < out.length)
          out =
            out.slice(0, a) +
            out.charAt(b) +
            out.slice(a + 1, b) +
            out.charAt(a) +
            out.slice(b + 1);
        break;
      }
      case "truncate":
        out = out.slice(0, at);
        break;
      case "duplicate":
        out =
          out.slice(0, at + step.length) +
          out.slice(at, at + step.length) +
          out.slice(at + step.length);
        break;
    }
  }
  return out;
}

/** A file's bytes: its text mutated (mostly), its bytes flipped, or random bytes. */
function variants(seed: string): fc.Arbitrary<Uint8Array> {
  const encoded = new TextEncoder().encode(seed);
  return fc.oneof(
    {
      arbitrary: fc
        .array(mutation, { minLength: 1, maxLength: 6 })
        .map((steps) => new TextEncoder().encode(mutate(seed, steps))),
      weight: 6,
    },
    {
      arbitrary: fc
        .array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        })
        .map((flips) => {
          const bytes = encoded.slice();
          for (const { at, byte } of flips) bytes[at % bytes.length] = byte;
          return bytes;
        }),
      weight: 2,
    },
    { arbitrary: fc.uint8Array({ maxLength: 200 }), weight: 1 },
    { arbitrary: fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(s)), weight: 1 },
  );
}

let runs = 0;

/** The invariants every result keeps. */
function expectSound(result: ImportResult): void {
  runs++;
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(placeOf(problem)).not.toBe("");
      expect(problem.message.trim()).not.toBe("");
    }
    expect(result).not.toHaveProperty("loaded");
    if (result.fix) expect(validateDataset(result.fix.loaded.dataset).ok).toBe(true);
    return;
  }
  expect(validateDataset(result.loaded.dataset).ok).toBe(true);
  for (const source of result.loaded.dataset.sources)
    if (source.url !== undefined) expect(source.url).toMatch(/^https?:\/\//i);
}

const options = { domParser: xmlParser };

describe("fuzz: importFiles never throws, and every refusal says why", () => {
  const single: [string, string, string, number][] = [
    ["dramatis JSON", "valid-minimal.json", fixtureText("valid-minimal.json"), 1],
    ["edge list", "edges.csv", fixtureText("import/edge-list.csv"), 2],
    [
      "GEXF (1.2 and 1.3)",
      "graph.gexf",
      `${fixtureText("import/small-1.2.gexf")}\u0000${fixtureText("import/small-1.3.gexf")}`,
      3,
    ],
    ["GraphML", "graph.graphml", fixtureText("import/small.graphml"), 4],
  ];

  it.each(single)(
    "%s",
    async (_what, name, seed, seedNumber) => {
      // The GEXF seed holds both versions; each run takes one of them.
      const seeds = seed.split("\u0000");
      const arbitrary = fc.oneof(...seeds.map((one) => variants(one)));
      await fc.assert(
        fc.asyncProperty(arbitrary, fc.boolean(), async (bytes, renamed) => {
          // A file named for another format: the content must still decide, or fail cleanly.
          const fileName = renamed ? "dropped.txt" : name;
          expectSound(await importFiles([{ name: fileName, bytes }], options));
        }),
        { numRuns: RUNS, seed: seedNumber },
      );
    },
    TIMEOUT,
  );

  it(
    "CSV pair",
    async () => {
      const entities = fixtureText("import/entities.csv");
      const relations = fixtureText("import/relations.csv");
      await fc.assert(
        fc.asyncProperty(variants(entities), variants(relations), async (a, b) => {
          expectSound(
            await importFiles(
              [
                { name: "entities.csv", bytes: a },
                { name: "relations.csv", bytes: b },
              ],
              options,
            ),
          );
        }),
        { numRuns: RUNS, seed: 5 },
      );
    },
    TIMEOUT,
  );
});

describe("fuzz: validateDataset never throws, and every problem has a place and a message", () => {
  const minimal = JSON.parse(fixtureText("valid-minimal.json")) as Record<string, unknown>;

  /** The minimal dataset with one value somewhere replaced by anything. */
  const damaged = fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.anything({ maxDepth: 3 }))
    .map(([path, value]) => {
      const copy = structuredClone(minimal) as unknown;
      let at: unknown = copy;
      for (const [depth, step] of path.entries()) {
        if (typeof at !== "object" || at === null) break;
        const keys = Object.keys(at);
        if (keys.length === 0) break;
        const key = keys[step % keys.length] ?? "";
        if (depth === path.length - 1) (at as Record<string, unknown>)[key] = value;
        else at = (at as Record<string, unknown>)[key];
      }
      return copy;
    });

  it(
    "on damaged datasets and on anything at all",
    () => {
      fc.assert(
        fc.property(
          fc.oneof({ arbitrary: damaged, weight: 3 }, { arbitrary: fc.anything(), weight: 1 }),
          (input) => {
            runs++;
            const validation = validateDataset(input);
            if (validation.ok) return;
            expect(validation.problems.length).toBeGreaterThan(0);
            for (const problem of validation.problems) {
              expect(placeOf(problem)).not.toBe("");
              expect(problem.message.trim()).not.toBe("");
            }
          },
        ),
        { numRuns: RUNS, seed: 6 },
      );
    },
    TIMEOUT,
  );
});

afterAll(() => {
  // The total this file promises, and no hostile input reached Object.prototype.
  expect(runs).toBeGreaterThanOrEqual(2_000);
  expect(Object.keys(Object.prototype)).toEqual([]);
});
