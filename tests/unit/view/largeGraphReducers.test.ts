/**
 * What a large graph shows of each entity and relation, read from the current inputs: the
 * reducers are made once, so a change of date, emphasis or sizes must show through them without
 * replacing them.
 */
import { describe, expect, it } from "vitest";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../../../src/graph/build";
import {
  emphasisEdgeColour,
  FORCED_NEIGHBOUR_LABELS,
  largeGraphReducers,
  type LargeGraphInputs,
} from "../../../src/view/largeGraphReducers";

const entity: EntityNodeAttributes = {
  label: "Beria",
  entityType: "person",
  color: "#d62728",
  size: 6,
  x: 1,
  y: 2,
  relationCount: 3,
};
const relation: RelationEdgeAttributes = {
  relationType: "arrested",
  label: "arrested",
  color: "#888888",
  size: 1,
  type: "arrow",
  curvature: 0,
};

function reducers(initial: Partial<LargeGraphInputs> = {}) {
  const inputs = { current: { visible: null, emphasis: null, sizes: null, ...initial } };
  const { nodeReducer, edgeReducer } = largeGraphReducers(inputs);
  if (!nodeReducer || !edgeReducer) throw new Error("no reducers");
  return {
    inputs,
    node: (id: string) => nodeReducer(id, entity),
    edge: (id: string) => edgeReducer(id, relation),
  };
}

const emphasisOn = (nodes: string[], edges: string[] = [], primary: string[] = []) => ({
  nodes: new Set(nodes),
  edges: new Set(edges),
  primary: new Set(primary),
});

describe("large-graph reducers", () => {
  it("hide what is not visible as of the date or under the filters", () => {
    const { node, edge } = reducers({
      visible: { entities: new Set(["khrushchev"]), relations: new Set(["r1"]) },
    });
    expect(node("beria")).toMatchObject({ hidden: true });
    expect(edge("r2")).toMatchObject({ hidden: true });
    expect(node("khrushchev")).not.toHaveProperty("hidden");
    expect(edge("r1")).not.toHaveProperty("hidden");
  });

  it("draw the relations in focus in ink and label the entity in focus", () => {
    const { node, edge } = reducers({
      emphasis: emphasisOn(["beria", "khrushchev"], ["r1"], ["beria"]),
    });
    expect(edge("r1")).toMatchObject({ color: emphasisEdgeColour(), size: 3 });
    expect(edge("r2")).toEqual(relation);
    expect(node("beria")).toMatchObject({ highlighted: true, forceLabel: true });
    // A small neighbourhood is labelled whole.
    expect(node("khrushchev")).toMatchObject({ forceLabel: true });
    expect(node("malenkov")).toEqual(entity);
  });

  it("leave a large neighbourhood's labels to sigma's label grid", () => {
    const many = Array.from({ length: FORCED_NEIGHBOUR_LABELS + 1 }, (_, i) => `e${i}`);
    const { node } = reducers({ emphasis: emphasisOn(many, [], ["e0"]) });
    expect(node("e0")).toMatchObject({ forceLabel: true });
    expect(node("e1")).not.toHaveProperty("forceLabel");
  });

  it("size entities by the chosen measure, keeping the built size for any it does not rank", () => {
    const { node } = reducers({ sizes: new Map([["beria", 12]]) });
    expect(node("beria")).toMatchObject({ size: 12 });
    expect(node("malenkov")).toMatchObject({ size: entity.size });
  });

  it("follow the inputs as they change, without being made again", () => {
    const { inputs, node } = reducers();
    expect(node("beria")).toEqual(entity);
    inputs.current = {
      ...inputs.current,
      visible: { entities: new Set(), relations: new Set() },
    };
    expect(node("beria")).toMatchObject({ hidden: true });
  });
});
