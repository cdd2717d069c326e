import fc from "fast-check";
import { FILTER_GROUPS, MEASURES } from "../../../src/model/vocabulary";
import { describe, expect, it } from "vitest";
import { emptyExplorerState, type ExplorerState } from "../../../src/state/explorer";
import {
  decodeExplorerState,
  encodeExplorerState,
  withExplorerState,
} from "../../../src/state/url";

describe("decodeExplorerState", () => {
  it.each([
    // [query string, what is ignored]
    ["?entity=Not%20An%20Id", ["entity=Not An Id"]],
    ["?entity=__proto__", ["entity=__proto__"]],
    ["?read=relation:x", ["read=relation:x"]],
    ["?read=person:beria:0", ["read=person:beria:0"]],
    ["?read=entity:beria:-1", ["read=entity:beria:-1"]],
    ["?entity=beria&relation=k-arrested-b", ["relation=k-arrested-b"]],
    ["?date=1953-13", ["date=1953-13"]],
    ["?date=July%201953", ["date=July 1953"]],
    ["?chapter=..%2Fx", ["chapter=../x"]],
    ["?present=yes", ["present=yes"]],
    ["?hide=planet:mars,entity:office", ["hide=planet:mars"]],
    ["?hide=entity:Office", ["hide=entity:Office"]],
    ["?path=a,b,c", ["path=a,b,c"]],
    ["?focus=beria&depth=4", ["focus=beria"]],
    ["?size=wealth", ["size=wealth"]],
    ["?view=table", ["view=table"]],
    ["?view=TEXT", ["view=TEXT"]],
  ])("drops malformed %s", (search, ignored) => {
    expect(decodeExplorerState(search).ignored).toEqual(ignored);
  });

  const state = (partial: Partial<ExplorerState>) => ({ ...emptyExplorerState(), ...partial });
  it.each<[string, ExplorerState]>([
    ["", state({})],
    ["?entity=beria", state({ selection: { kind: "entity", id: "beria" } })],
    [
      "?relation=k-arrested-b&read=relation:k-arrested-b:1",
      state({
        selection: { kind: "relation", id: "k-arrested-b" },
        reading: { owner: { kind: "relation", id: "k-arrested-b" }, index: 1 },
      }),
    ],
    // A reading alone implies its owner is selected.
    [
      "?read=entity:beria:0",
      state({
        selection: { kind: "entity", id: "beria" },
        reading: { owner: { kind: "entity", id: "beria" }, index: 0 },
      }),
    ],
    [
      "?chapter=beria-falls&date=1953-12&present=1",
      state({ chapter: "beria-falls", date: "1953-12", presenting: true }),
    ],
    ["?date=1953-06-26&present=0", state({ date: "1953-06-26" })],
    [
      "?hide=relation:part-of,entity:office&path=voroshilov,beria&directed=1&focus=beria&depth=2&size=pagerank",
      state({
        hidden: ["entity:office", "relation:part-of"],
        path: { from: "voroshilov", to: "beria", directed: true },
        focus: { id: "beria", depth: 2 },
        measure: "pagerank",
      }),
    ],
    ["?path=voroshilov", state({ path: { from: "voroshilov", to: null, directed: false } })],
    [
      "?entity=beria&view=text",
      state({ selection: { kind: "entity", id: "beria" }, textView: true }),
    ],
    ["?view=graph", state({})],
  ])("reads %j", (search, expected) => {
    expect(decodeExplorerState(search)).toEqual({ state: expected, ignored: [] });
  });
});

describe("encodeExplorerState", () => {
  it("writes the text view as view=text, and nothing while it is shut", () => {
    expect(encodeExplorerState({ ...emptyExplorerState(), textView: false })).toBe("");
    expect(encodeExplorerState({ ...emptyExplorerState(), textView: true })).toBe("?view=text");
  });
});

describe("withExplorerState", () => {
  it("keeps parameters it does not own, such as ?data=", () => {
    expect(
      withExplorerState("?data=%2Fmine.json&entity=a", {
        ...emptyExplorerState(),
        selection: { kind: "relation", id: "b" },
      }),
    ).toBe("?data=%2Fmine.json&relation=b");
  });
});

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
const kind = fc.constantFrom("entity" as const, "relation" as const);
const date = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((year) => String(year).padStart(4, "0")),
  fc
    .record({ year: fc.integer({ min: 1000, max: 2999 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => `${year}-${String(month).padStart(2, "0")}`),
  fc
    .date({ min: new Date("1000-01-01"), max: new Date("2999-12-31"), noInvalidDate: true })
    .map((day) => day.toISOString().slice(0, 10)),
);
const selectionAndReading = fc.oneof(
  fc.constant({ selection: null, reading: null }),
  fc.record({ selection: fc.record({ kind, id }), reading: fc.constant(null) }),
  fc.record({ kind, id, index: fc.integer({ min: 0, max: 9999 }) }).map(({ kind, id, index }) => ({
    selection: { kind, id },
    reading: { owner: { kind, id }, index },
  })),
);
const token = fc
  .record({ group: fc.constantFrom(...FILTER_GROUPS), value: id })
  .map(({ group, value }) => `${group}:${value}`);
const anyState: fc.Arbitrary<ExplorerState> = fc
  .record({
    base: selectionAndReading,
    date: fc.option(date, { nil: null }),
    chapter: fc.option(id, { nil: null }),
    presenting: fc.boolean(),
    hidden: fc.uniqueArray(token, { maxLength: 6 }).map((tokens) => [...tokens].sort()),
    path: fc.option(
      fc.record({ from: id, to: fc.option(id, { nil: null }), directed: fc.boolean() }),
      { nil: null },
    ),
    focus: fc.option(
      fc.record({ id, depth: fc.constantFrom(1 as const, 2 as const, 3 as const) }),
      {
        nil: null,
      },
    ),
    measure: fc.constantFrom(...MEASURES),
    textView: fc.boolean(),
  })
  .map(({ base, ...rest }) => ({ ...base, ...rest }));

describe("URL codec", () => {
  it("decoding an encoded state gives the same state back", () => {
    fc.assert(
      fc.property(anyState, (original) => {
        expect(decodeExplorerState(encodeExplorerState(original))).toEqual({
          state: original,
          ignored: [],
        });
      }),
      { numRuns: 500 },
    );
  });

  it("decoding any query string never throws", () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        decodeExplorerState(search);
      }),
      { numRuns: 1000 },
    );
  });
});
