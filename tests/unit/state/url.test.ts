import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExplorerState } from "../../../src/state/explorer";
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
  ])("drops malformed %s", (search, ignored) => {
    expect(decodeExplorerState(search).ignored).toEqual(ignored);
  });

  it.each<[string, ExplorerState]>([
    ["", { selection: null, reading: null }],
    ["?entity=beria", { selection: { kind: "entity", id: "beria" }, reading: null }],
    [
      "?relation=k-arrested-b&read=relation:k-arrested-b:1",
      {
        selection: { kind: "relation", id: "k-arrested-b" },
        reading: { owner: { kind: "relation", id: "k-arrested-b" }, index: 1 },
      },
    ],
    // A reading alone implies its owner is selected.
    [
      "?read=entity:beria:0",
      {
        selection: { kind: "entity", id: "beria" },
        reading: { owner: { kind: "entity", id: "beria" }, index: 0 },
      },
    ],
  ])("reads %j", (search, state) => {
    expect(decodeExplorerState(search)).toEqual({ state, ignored: [] });
  });
});

describe("withExplorerState", () => {
  it("keeps parameters it does not own, such as ?data=", () => {
    expect(
      withExplorerState("?data=%2Fmine.json&entity=a", {
        selection: { kind: "relation", id: "b" },
        reading: null,
      }),
    ).toBe("?data=%2Fmine.json&relation=b");
  });
});

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
const kind = fc.constantFrom("entity" as const, "relation" as const);
const state: fc.Arbitrary<ExplorerState> = fc.oneof(
  fc.constant({ selection: null, reading: null }),
  fc.record({
    selection: fc.record({ kind, id }),
    reading: fc.constant(null),
  }),
  fc.record({ kind, id, index: fc.integer({ min: 0, max: 9999 }) }).map(({ kind, id, index }) => ({
    selection: { kind, id },
    reading: { owner: { kind, id }, index },
  })),
);

describe("URL codec", () => {
  it("decoding an encoded state gives the same state back", () => {
    fc.assert(
      fc.property(state, (original) => {
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
