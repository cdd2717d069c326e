/**
 * The keyboard walk on the small fixture. Khrushchev's relations in date order: he arrested Beria
 * (1953), rivalled Malenkov (1953–1955; same year, dataset order), was arrested by Malenkov
 * (1957-06), and was a member of the Presidium (undated, so last). He is the most connected.
 */
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../../src/graph/catalog";
import { filterToken } from "../../../src/model/vocabulary";
import { visibleFor } from "../../../src/scene/visible";
import {
  emptyWalk,
  resumeWalk,
  stepWalk,
  walkableRelations,
  walkStart,
  type Walk,
  type WalkMove,
  type WalkPosition,
} from "../../../src/scene/walk";
import { smallDataset } from "../graph/fixture";

const catalog = buildCatalog(smallDataset);
const all = null;

/** Plays `moves` from `walk`, failing loudly if one goes nowhere. */
function play(walk: Walk, moves: WalkMove[], visible = all): Walk {
  return moves.reduce((current, move) => {
    const next = stepWalk(catalog, visible, current, move);
    if (!next) throw new Error(`"${move}" went nowhere from ${JSON.stringify(current.at)}`);
    return next;
  }, walk);
}

const relationFromKhrushchev = (id: string): WalkPosition => ({
  kind: "relation",
  id,
  from: "khrushchev",
});

describe("stepWalk", () => {
  it.each<[WalkMove]>([["back"], ["out"]])(
    "goes nowhere on %s before the walk has begun",
    (move) => {
      expect(stepWalk(catalog, all, emptyWalk, move)).toBeNull();
    },
  );

  it("starts again when the walk stands on something that no longer exists", () => {
    const gone: Walk = { at: { kind: "relation", id: "no-such", from: "beria" }, trail: [] };
    expect(stepWalk(catalog, all, gone, "next")?.at).toEqual({ kind: "entity", id: "khrushchev" });
  });

  it.each<[string, { kind: "entity" | "relation"; id: string } | null, unknown]>([
    ["the most connected entity with nothing selected", null, { kind: "entity", id: "khrushchev" }],
    ["the selected entity", { kind: "entity", id: "beria" }, { kind: "entity", id: "beria" }],
    [
      "a selected relation, from its first end",
      { kind: "relation", id: "m-arrested-k" },
      { kind: "relation", id: "m-arrested-k", from: "malenkov" },
    ],
  ])("first goes to %s", (_, selection, expected) => {
    expect(stepWalk(catalog, all, emptyWalk, "next", selection)?.at).toEqual(expected);
  });

  it("does not start on a selection the graph does not draw", () => {
    const visible = visibleFor(catalog, {
      date: null,
      hidden: [filterToken("entity", "body")],
      focus: null,
    }).visible;
    expect(walkStart(catalog, visible, { kind: "entity", id: "presidium" })).toEqual({
      kind: "entity",
      id: "khrushchev",
    });
  });

  it("steps through an entity's relations in date order, undated last, and stops after the last", () => {
    const start: Walk = { at: { kind: "entity", id: "khrushchev" }, trail: [] };
    const seen: unknown[] = [];
    let walk: Walk | null = start;
    for (let step = 0; step < 4 && walk; step++) {
      walk = stepWalk(catalog, all, walk, "next");
      seen.push(walk?.at);
    }
    expect(seen).toEqual(
      ["k-arrested-b", "k-rivalled-m", "m-arrested-k", "k-member-p"].map(relationFromKhrushchev),
    );
    expect(walk && stepWalk(catalog, all, walk, "next")).toBeNull();
  });

  it("goes up from the first relation to the entity, and from the entity to its last relation", () => {
    const first = play({ at: { kind: "entity", id: "khrushchev" }, trail: [] }, ["next"]);
    expect(play(first, ["previous"]).at).toEqual({ kind: "entity", id: "khrushchev" });
    expect(play(first, ["previous", "previous"]).at).toEqual(relationFromKhrushchev("k-member-p"));
  });

  it("crosses a relation to the entity at its other end, and back retraces the crossing", () => {
    const start: Walk = { at: { kind: "entity", id: "khrushchev" }, trail: [] };
    const across = play(start, ["next", "in"]);
    expect(across).toEqual({
      at: { kind: "entity", id: "beria" },
      trail: [relationFromKhrushchev("k-arrested-b")],
    });
    // From Beria's own relation, "back" still returns across the crossing, not up one step.
    const onward = play(across, ["next"]);
    expect(onward.at).toEqual({ kind: "relation", id: "k-arrested-b", from: "beria" });
    expect(play(onward, ["back"])).toEqual({
      at: relationFromKhrushchev("k-arrested-b"),
      trail: [],
    });
    expect(stepWalk(catalog, all, play(onward, ["back"]), "back")).toBeNull();
  });

  it("goes out from a relation to its entity, and out from an entity back across the crossing", () => {
    const start: Walk = { at: { kind: "entity", id: "khrushchev" }, trail: [] };
    expect(play(start, ["next", "next", "out"]).at).toEqual({ kind: "entity", id: "khrushchev" });
    expect(play(start, ["next", "in", "out"]).at).toEqual(relationFromKhrushchev("k-arrested-b"));
  });

  it("walks only what the date leaves drawn, and passes over a crossing hidden since", () => {
    const in1953 = visibleFor(catalog, { date: "1953-06", hidden: [], focus: null }).visible;
    expect(walkableRelations(catalog, in1953, "khrushchev").map((relation) => relation.id)).toEqual(
      ["k-arrested-b", "k-rivalled-m", "k-member-p"],
    );
    // Crossed from Malenkov's arrest of Khrushchev (1957), then back in 1953: no way back.
    const crossed = play({ at: { kind: "entity", id: "malenkov" }, trail: [] }, ["next", "next"]);
    expect(crossed.at).toEqual({ kind: "relation", id: "m-arrested-k", from: "malenkov" });
    const atKhrushchev = play(crossed, ["in"]);
    expect(stepWalk(catalog, in1953, atKhrushchev, "back")).toBeNull();
  });
});

describe("resumeWalk", () => {
  const walk: Walk = {
    at: { kind: "entity", id: "beria" },
    trail: [relationFromKhrushchev("k-arrested-b")],
  };

  it("forgets the walk when the cursor is cleared", () => {
    expect(resumeWalk(catalog, walk, null)).toEqual(emptyWalk);
  });

  it("keeps the walk and its trail while the cursor stands where the walk does", () => {
    expect(resumeWalk(catalog, walk, { kind: "entity", id: "beria" })).toBe(walk);
  });

  it("goes on from wherever something else moved the cursor, with a fresh trail", () => {
    expect(resumeWalk(catalog, walk, { kind: "relation", id: "k-rivalled-m" })).toEqual({
      at: relationFromKhrushchev("k-rivalled-m"),
      trail: [],
    });
  });
});
