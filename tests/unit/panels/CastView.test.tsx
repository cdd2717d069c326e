// @vitest-environment jsdom
/**
 * The cast tree as a keyboard and a screen reader meet it, on the small fixture, inside a real
 * explorer state: the reducer, the cursor that follows the selection, and the scene.
 */
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useEffect, useMemo, useReducer } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { useCursor } from "../../../src/app/useCursor";
import { buildGraph } from "../../../src/graph/build";
import { buildCatalog } from "../../../src/graph/catalog";
import type { ItemRef } from "../../../src/model/vocabulary";
import { CastView } from "../../../src/panels/CastView";
import { ExplorerContext } from "../../../src/panels/context";
import { sceneOf } from "../../../src/scene/scene";
import {
  emptyExplorerState,
  explorerReducer,
  type ExplorerAction,
  type ExplorerState,
} from "../../../src/state/explorer";
import { smallDataset } from "../graph/fixture";

afterEach(cleanup);

const catalog = buildCatalog(smallDataset);
const graph = buildGraph(smallDataset);

/** What the page around the tree would see: the cursor it moves and the actions it dispatches. */
interface Outside {
  cursor: ItemRef | null;
  actions: ExplorerAction[];
  dispatch: (action: ExplorerAction) => void;
}

function Harness({
  initial,
  report,
}: {
  initial: ExplorerState;
  /** After each render: the cursor now, and a dispatch that records what it is given. */
  report: (cursor: ItemRef | null, dispatch: (action: ExplorerAction) => void) => void;
}) {
  const [state, reduce] = useReducer(explorerReducer, initial);
  const { cursor, moveCursor } = useCursor(state.selection);
  const scene = useMemo(
    () =>
      sceneOf({ catalog, graph, measured: { measure: "relations", status: "computing" } }, state),
    [state],
  );
  const dispatch = useMemo(
    () => (action: ExplorerAction) => {
      recorded.push(action);
      reduce(action);
    },
    [],
  );
  useEffect(() => report(cursor, dispatch));
  const value = {
    catalog,
    state,
    scene,
    dispatch,
    cursor,
    moveCursor,
    announce: () => {},
  };
  return (
    <ExplorerContext.Provider value={value}>
      <CastView />
    </ExplorerContext.Provider>
  );
}

/** The actions the tree dispatched, in order (the harness records into it). */
let recorded: ExplorerAction[] = [];

function renderTree(change: Partial<ExplorerState> = {}) {
  recorded = [];
  const outside: Outside = { cursor: null, actions: recorded, dispatch: () => {} };
  render(
    <Harness
      initial={{ ...emptyExplorerState(), ...change }}
      report={(cursor, dispatch) => {
        outside.cursor = cursor;
        outside.dispatch = dispatch;
      }}
    />,
  );
  return outside;
}

const tree = () => screen.getByRole("tree", { name: "Cast and relations" });
const item = (name: string) => screen.getByRole("treeitem", { name });
const current = () => tree().querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!;
const press = (key: string) => fireEvent.keyDown(current(), { key });

describe("CastView", () => {
  it("says so when nothing is drawn, instead of showing an empty tree", () => {
    renderTree({ hidden: ["entity:body", "entity:person"] });
    expect(screen.queryByRole("tree")).toBeNull();
    expect(screen.getByText(/Nothing is drawn/).textContent).toContain("nothing is listed");
  });

  it("is a tree of types, entities and relations with levels, positions and one tab stop", () => {
    renderTree();
    const person = item("Person 3 entities");
    expect(person.getAttribute("aria-level")).toBe("1");
    expect(person.getAttribute("aria-posinset")).toBe("1");
    expect(person.getAttribute("aria-setsize")).toBe("2");
    expect(person.getAttribute("aria-expanded")).toBe("true");
    const beria = within(tree()).getByRole("treeitem", { name: "Lavrentiy Beria 1 relation" });
    expect(beria.getAttribute("aria-level")).toBe("2");
    expect(beria.getAttribute("aria-posinset")).toBe("2");
    expect(beria.getAttribute("aria-setsize")).toBe("3");
    expect(beria.getAttribute("aria-expanded")).toBe("false");
    // Listed under its type: after it, and before the next type.
    expect(person.compareDocumentPosition(beria) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(tree().querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(current()).toBe(person);
  });

  it("walks with the APG keys and moves the graph's cursor with each step", () => {
    const outside = renderTree();
    press("ArrowUp"); // already at the top: stays
    expect(current()).toBe(item("Person 3 entities"));
    press("ArrowDown");
    expect(current()).toBe(item("Georgy Malenkov 2 relations"));
    expect(outside.cursor).toEqual({ kind: "entity", id: "malenkov" });
    press("ArrowRight"); // opens
    expect(current().getAttribute("aria-expanded")).toBe("true");
    press("ArrowRight"); // first child
    expect(current().textContent).toBe("rivalled Nikita Khrushchev, 1953–1955, no evidence given");
    expect(current().getAttribute("aria-level")).toBe("3");
    expect(current().hasAttribute("aria-expanded")).toBe(false);
    expect(outside.cursor).toEqual({ kind: "relation", id: "k-rivalled-m" });
    press("ArrowLeft"); // to the parent
    expect(current()).toBe(item("Georgy Malenkov 2 relations"));
    press("ArrowLeft"); // closes
    expect(current().getAttribute("aria-expanded")).toBe("false");
    press("End");
    expect(current()).toBe(item("Presidium 1 relation"));
    press("Home");
    expect(current()).toBe(item("Person 3 entities"));
    press("ArrowLeft"); // a type closes; its entities leave the tree
    expect(screen.queryByRole("treeitem", { name: "Lavrentiy Beria 1 relation" })).toBeNull();
    press("*"); // opens every type again
    expect(item("Lavrentiy Beria 1 relation")).toBeTruthy();
  });

  it("jumps by type-ahead to the next row starting with the letters typed", () => {
    const outside = renderTree();
    press("n");
    expect(current()).toBe(item("Nikita Khrushchev 4 relations"));
    expect(outside.cursor).toEqual({ kind: "entity", id: "khrushchev" });
    press("x"); // nothing starts with "nx" or "x": stays
    expect(current()).toBe(item("Nikita Khrushchev 4 relations"));
  });

  it("opens the current row's panel on Enter", () => {
    const outside = renderTree();
    press("l");
    press("Enter");
    expect(outside.actions).toEqual([{ type: "select-entity", id: "beria" }]);
    press("ArrowRight");
    press("ArrowRight");
    press("Enter");
    expect(outside.actions.at(-1)).toEqual({ type: "select-relation", id: "k-arrested-b" });
  });

  it("follows the graph: a selection made elsewhere becomes the current row, its parents open", () => {
    const outside = renderTree();
    act(() => outside.dispatch({ type: "select-relation", id: "k-member-p" }));
    // Listed under both ends; the first listed end (Khrushchev, a person) is taken.
    expect(current().textContent).toBe("was a member of Presidium, undated, no evidence given");
    expect(current().getAttribute("aria-selected")).toBe("true");
    expect(item("Nikita Khrushchev 4 relations").getAttribute("aria-expanded")).toBe("true");
    // Focus stays where the reader clicked.
    expect(tree().contains(document.activeElement)).toBe(false);
  });

  it("lists only what the filters leave", () => {
    renderTree({ hidden: ["relation:rivalled"] });
    expect(item("Georgy Malenkov 1 relation")).toBeTruthy();
    expect(screen.queryByText(/rivalled/)).toBeNull();
  });
});
