/**
 * The scene chain, step by step, on the small fixture (three people and a body; an arrest in
 * 1953, a rivalry 1953–1955, Malenkov's arrest of Khrushchev in 1957-06, an undated membership),
 * then a property over random datasets and states: the entity panel's list is what the graph draws.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build";
import { buildCatalog } from "../../../src/graph/catalog";
import { computeMeasure } from "../../../src/graph/centrality";
import { Dataset, type DatasetInput } from "../../../src/model/schema";
import { FILTER_GROUPS, filterToken } from "../../../src/model/vocabulary";
import { entityRelations } from "../../../src/scene/entityRelations";
import { createScene, sceneOf, type MeasuredValues } from "../../../src/scene/scene";
import { emptyExplorerState, type ExplorerState } from "../../../src/state/explorer";
import { smallDataset } from "../graph/fixture";

const catalog = buildCatalog(smallDataset);
const graph = buildGraph(smallDataset);
const relationsReady: MeasuredValues = {
  measure: "relations",
  status: "ready",
  values: computeMeasure(graph, "relations"),
};
const world = { catalog, graph, measured: relationsReady };
const state = (change: Partial<ExplorerState>): ExplorerState => ({
  ...emptyExplorerState(),
  ...change,
});
const sorted = (set: ReadonlySet<string> | undefined) => [...(set ?? [])].sort();

describe("sceneOf, step by step", () => {
  it("with nothing chosen, lets everything through and shows the overview", () => {
    const scene = sceneOf(world, emptyExplorerState());
    expect(scene.asOf).toBeNull();
    expect(scene.filtered).toBeNull();
    expect(scene.visible).toBeNull();
    expect(scene.connection).toBeNull();
    expect(scene.emphasis).toBeNull();
    expect(scene.sizes).toBeNull();
    expect(scene.panel).toEqual({ kind: "overview" });
  });

  it("as of a date: only what holds then is visible", () => {
    const scene = sceneOf(world, state({ date: "1956" }));
    // The rivalry ended in 1955 and Malenkov's arrest of Khrushchev is still to come.
    expect(sorted(scene.visible?.relations)).toEqual(["k-arrested-b", "k-member-p"]);
    expect(scene.visible).toBe(scene.asOf);
  });

  it("filters: a hidden relation type leaves the graph, and entities left alone with it", () => {
    const scene = sceneOf(world, state({ hidden: [filterToken("relation", "arrested")] }));
    expect(sorted(scene.visible?.relations)).toEqual(["k-member-p", "k-rivalled-m"]);
    expect(sorted(scene.visible?.entities)).toEqual(["khrushchev", "malenkov", "presidium"]);
  });

  it("date and filters together: what both leave", () => {
    const scene = sceneOf(
      world,
      state({ date: "1956", hidden: [filterToken("relation", "member-of")] }),
    );
    expect(sorted(scene.visible?.relations)).toEqual(["k-arrested-b"]);
  });

  it("focus: only the neighbourhood, within what the date leaves", () => {
    const scene = sceneOf(world, state({ focus: { id: "beria", depth: 1 }, date: "1958" }));
    expect(sorted(scene.visible?.entities)).toEqual(["beria", "khrushchev"]);
    expect(sorted(scene.visible?.relations)).toEqual(["k-arrested-b"]);
  });

  it("connection: the path between two ends over what is visible, emphasised", () => {
    const scene = sceneOf(
      world,
      state({ path: { from: "beria", to: "presidium", directed: false } }),
    );
    expect(scene.connection?.length).toBe(2);
    expect(scene.panel.kind).toBe("path");
    expect(sorted(scene.pathEmphasis?.edges)).toEqual(["k-arrested-b", "k-member-p"]);
    expect(scene.emphasis).toBe(scene.pathEmphasis);
  });

  it("openings: with no connection, each single change that would make one", () => {
    const scene = sceneOf(
      world,
      state({
        path: { from: "beria", to: "presidium", directed: true },
        hidden: [filterToken("relation", "member-of")],
      }),
    );
    expect(scene.connection?.length).toBeNull();
    // Both the filter and the direction stand in the way; neither alone opens a path.
    expect(scene.openings).toEqual([]);
    const undirected = sceneOf(
      world,
      state({
        path: { from: "beria", to: "presidium", directed: false },
        hidden: [filterToken("relation", "member-of")],
      }),
    );
    expect(undirected.openings).toEqual([
      {
        label: "show “was a member of” relations",
        action: { type: "toggle-filter", token: "relation:member-of" },
      },
    ]);
  });

  it("openings honour the date: dropping it is offered when it alone stands in the way", () => {
    const scene = sceneOf(
      world,
      state({ path: { from: "malenkov", to: "beria", directed: false }, date: "1956" }),
    );
    expect(scene.connection?.length).toBeNull();
    expect(scene.openings.map((opening) => opening.action)).toEqual([
      { type: "set-date", date: null },
    ]);
  });

  it("emphasis: the selection's neighbourhood, else the chapter's", () => {
    const selected = sceneOf(world, state({ selection: { kind: "entity", id: "beria" } }));
    expect(sorted(selected.emphasis?.nodes)).toEqual(["beria", "khrushchev"]);
    expect(selected.panel).toEqual({ kind: "entity", id: "beria" });
  });

  it("sizes: by the chosen measure once its values are known, and not before", () => {
    const computing = sceneOf(
      { ...world, measured: { measure: "betweenness", status: "computing" } },
      state({ measure: "betweenness" }),
    );
    expect(computing.sizes).toBeNull();
    const values = computeMeasure(graph, "betweenness");
    const ready = sceneOf(
      { ...world, measured: { measure: "betweenness", status: "ready", values } },
      state({ measure: "betweenness" }),
    );
    // Khrushchev lies between every other pair: the largest node.
    const sizes = ready.sizes!;
    expect(Math.max(...sizes.values())).toBe(sizes.get("khrushchev"));
    expect(sizes.get("presidium")).toBeLessThan(sizes.get("khrushchev")!);
  });

  it("panel: the reader over the selection over a connection over a chapter", () => {
    const reading = { owner: { kind: "relation" as const, id: "k-arrested-b" }, index: 0 };
    const path = { from: "beria", to: "presidium", directed: false };
    expect(sceneOf(world, state({ reading, selection: reading.owner, path })).panel.kind).toBe(
      "reader",
    );
    expect(
      sceneOf(world, state({ selection: { kind: "relation", id: "k-arrested-b" }, path })).panel,
    ).toEqual({ kind: "relation", id: "k-arrested-b" });
    expect(sceneOf(world, state({ path: { ...path, to: null } })).panel.kind).toBe("overview");
  });
});

describe("createScene", () => {
  it("gives what sceneOf gives, and keeps a step's result while its inputs stay", () => {
    const derive = createScene();
    const dated = state({ date: "1956" });
    const first = derive(world, dated);
    expect(sorted(first.visible?.relations)).toEqual(
      sorted(sceneOf(world, dated).visible?.relations),
    );
    // Selecting keeps what is visible: the same object, so nothing downstream redraws.
    const selected = derive(world, { ...dated, selection: { kind: "entity", id: "beria" } });
    expect(selected.visible).toBe(first.visible);
    // The same filters in a new array (a URL restore) are the same filters.
    const filteredOnce = derive(world, { ...dated, hidden: ["relation:arrested"] });
    const filteredAgain = derive(world, { ...dated, hidden: ["relation:arrested"] });
    expect(filteredAgain.filtered).toBe(filteredOnce.filtered);
    const otherDate = derive(world, { ...dated, hidden: ["relation:arrested"], date: "1953" });
    expect(otherDate.visible).not.toBe(filteredAgain.visible);
  });
});

describe("entityRelations: the panel's list against what the graph draws", () => {
  it("marks a relation left out by the date or by the focus, and lists neither hidden by a filter", () => {
    const scene = sceneOf(
      world,
      state({
        date: "1956",
        focus: { id: "beria", depth: 1 },
        hidden: [filterToken("relation", "rivalled")],
      }),
    );
    const listed = entityRelations(catalog, scene, "khrushchev");
    const reasons = Object.fromEntries(
      listed.groups.flatMap((group) =>
        group.items.map((item) => [item.sentence.relation.id, item.notDrawn]),
      ),
    );
    expect(reasons).toEqual({
      "k-arrested-b": null,
      "m-arrested-k": "date",
      "k-member-p": "focus",
    });
    expect(listed.total).toBe(4);
    expect(listed.listed).toBe(3);
  });

  const ids = ["a", "b", "c", "d", "e"];
  const dates = fc.option(fc.constantFrom("1953", "1954-03", "1955", "1957-06-29"), {
    nil: undefined,
  });
  const randomDataset = fc
    .array(
      fc.record({
        from: fc.constantFrom(...ids),
        to: fc.constantFrom(...ids),
        type: fc.constantFrom("did", "held"),
        certainty: fc.constantFrom("attested", "alleged", "disputed"),
        start: dates,
        end: dates,
      }),
      { maxLength: 12 },
    )
    .map((relations) =>
      Dataset.parse({
        format: "dramatis/1",
        id: "random",
        title: "Random",
        sources: [],
        entityTypes: [
          { id: "person", label: "Person", color: "#000000" },
          { id: "body", label: "Body", color: "#000000" },
        ],
        relationTypes: [
          { id: "did", label: "did", inverse: "was done by", color: "#000000" },
          {
            id: "held",
            label: "held",
            inverse: "was held by",
            temporal: "state",
            color: "#000000",
          },
        ],
        entities: ids.map((id, i) => ({ id, type: i < 3 ? "person" : "body", label: id })),
        relations: relations.map((relation, i) => {
          const { start, end, ...rest } = relation;
          // An end before the start is refused by the validator; keep only the start then.
          const ordered = start && end && end < start ? { start } : { start, end };
          return { id: `r${i}`, ...rest, ...ordered };
        }),
      } satisfies DatasetInput),
    );
  const randomState = fc.record({
    date: fc.option(fc.constantFrom("1953-01", "1954-06", "1956-01", "1958-12"), { nil: null }),
    hidden: fc.subarray([
      filterToken("entity", "body"),
      filterToken("relation", "did"),
      filterToken("certainty", "alleged"),
      filterToken(FILTER_GROUPS[2]!, "disputed"),
    ]),
    focus: fc.option(
      fc.record({ id: fc.constantFrom(...ids), depth: fc.constantFrom(1 as const, 2 as const) }),
      { nil: null },
    ),
  });

  it("for any dataset and state, the relations listed unmarked are exactly those drawn", () => {
    fc.assert(
      fc.property(randomDataset, randomState, (dataset, change) => {
        const catalog = buildCatalog(dataset);
        const graph = buildGraph(dataset);
        const scene = sceneOf(
          { catalog, graph, measured: { measure: "relations", status: "computing" } },
          state({ ...change, hidden: [...change.hidden].sort() }),
        );
        for (const id of ids) {
          const listed = entityRelations(catalog, scene, id).groups.flatMap((group) => group.items);
          const drawn = dataset.relations
            .filter((relation) => relation.from === id || relation.to === id)
            .filter((relation) => !scene.visible || scene.visible.relations.has(relation.id))
            .map((relation) => relation.id)
            .sort();
          const unmarked = listed
            .filter((item) => item.notDrawn === null)
            .map((item) => item.sentence.relation.id)
            .sort();
          expect(unmarked).toEqual(drawn);
          // And every relation the filters let through is listed, drawn or not.
          const passing = dataset.relations.filter(
            (relation) =>
              (relation.from === id || relation.to === id) &&
              (!scene.filtered || scene.filtered.relations.has(relation.id)),
          );
          expect(listed).toHaveLength(passing.length);
        }
      }),
    );
  });
});
