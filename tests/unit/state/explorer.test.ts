import { describe, expect, it } from "vitest";
import {
  emptyExplorerState,
  explorerReducer,
  type ExplorerState,
} from "../../../src/state/explorer";

const reading = { owner: { kind: "relation" as const, id: "k-arrested-b" }, index: 0 };
const state = (partial: Partial<ExplorerState>): ExplorerState => ({
  ...emptyExplorerState(),
  ...partial,
});

describe("explorerReducer", () => {
  it("clear on an empty state stays empty", () => {
    expect(explorerReducer(emptyExplorerState(), { type: "clear" })).toEqual(emptyExplorerState());
  });

  it("selecting an entity or relation closes the source reader and keeps the date", () => {
    const before = state({ selection: { kind: "relation", id: "x" }, reading, date: "1953-07" });
    expect(explorerReducer(before, { type: "select-entity", id: "beria" })).toEqual(
      state({ selection: { kind: "entity", id: "beria" }, date: "1953-07" }),
    );
  });

  it("opening evidence selects its owner, so closing the reader returns there", () => {
    const opened = explorerReducer(state({ selection: { kind: "entity", id: "beria" } }), {
      type: "open-evidence",
      reading,
    });
    expect(opened).toEqual(state({ selection: { kind: "relation", id: "k-arrested-b" }, reading }));
    expect(explorerReducer(opened, { type: "close-reader" }).selection).toEqual(opened.selection);
  });

  it("Escape steps out one level at a time: reader, selection, presenter mode, chapter", () => {
    let current = state({
      selection: { kind: "relation", id: "k-arrested-b" },
      reading,
      chapter: "beria-falls",
      presenting: true,
      date: "1953-12",
    });
    const steps: Partial<ExplorerState>[] = [];
    for (let i = 0; i < 5; i++) {
      current = explorerReducer(current, { type: "clear" });
      steps.push({
        reading: current.reading,
        selection: current.selection,
        presenting: current.presenting,
        chapter: current.chapter,
      });
    }
    expect(steps.map((step) => Object.values(step).filter(Boolean).length)).toEqual([
      3, 2, 1, 0, 0,
    ]);
    expect(current.date).toBe("1953-12"); // leaving the story keeps the date it showed
  });

  it("a chapter sets its date and clears the selection", () => {
    const before = state({ selection: { kind: "entity", id: "beria" }, reading, date: "1955" });
    expect(
      explorerReducer(before, { type: "open-chapter", id: "secret-speech", date: "1956-02" }),
    ).toEqual(state({ chapter: "secret-speech", date: "1956-02" }));
  });

  it("closing the story leaves presenter mode too", () => {
    const before = state({ chapter: "x", presenting: true });
    expect(explorerReducer(before, { type: "close-story" })).toEqual(state({}));
  });
});

describe("filters", () => {
  const group = ["entity:person", "entity:body", "entity:office"];

  it("toggling twice shows again, and keeps the tokens sorted", () => {
    let current = explorerReducer(emptyExplorerState(), {
      type: "toggle-filter",
      token: "entity:office",
    });
    current = explorerReducer(current, { type: "toggle-filter", token: "certainty:alleged" });
    expect(current.hidden).toEqual(["certainty:alleged", "entity:office"]);
    current = explorerReducer(current, { type: "toggle-filter", token: "entity:office" });
    expect(current.hidden).toEqual(["certainty:alleged"]);
  });

  it("“only” hides the rest of the group; on a value already alone it shows the group again", () => {
    const only = explorerReducer(state({ hidden: ["relation:x"] }), {
      type: "only-filter",
      token: "entity:body",
      groupTokens: group,
    });
    expect(only.hidden).toEqual(["entity:office", "entity:person", "relation:x"]);
    const back = explorerReducer(only, {
      type: "only-filter",
      token: "entity:body",
      groupTokens: group,
    });
    expect(back.hidden).toEqual(["relation:x"]);
  });
});

describe("path ends", () => {
  it("picking the same entity twice does not make a path to itself", () => {
    const first = explorerReducer(emptyExplorerState(), {
      type: "pick-path-end",
      id: "voroshilov",
    });
    expect(explorerReducer(first, { type: "pick-path-end", id: "voroshilov" })).toEqual(first);
  });

  it("the first pick starts a query, the second completes it, a third starts anew", () => {
    let current = explorerReducer(state({ path: { from: "a", to: "b", directed: true } }), {
      type: "pick-path-end",
      id: "voroshilov",
    });
    expect(current.path).toEqual({ from: "voroshilov", to: null, directed: true });
    current = explorerReducer(current, { type: "pick-path-end", id: "beria" });
    expect(current.path).toEqual({ from: "voroshilov", to: "beria", directed: true });
  });

  it("Escape closes a path before it leaves the story chapter", () => {
    const current = state({ path: { from: "a", to: "b", directed: false }, chapter: "c" });
    const once = explorerReducer(current, { type: "clear" });
    expect(once.path).toBeNull();
    expect(once.chapter).toBe("c");
  });
});

describe("completing a connection", () => {
  it("takes the panel from the selection, so the connection shows", () => {
    const picking = state({
      selection: { kind: "entity", id: "beria" },
      reading,
      path: { from: "voroshilov", to: null, directed: false },
    });
    const done = explorerReducer(picking, { type: "pick-path-end", id: "beria" });
    expect(done.path).toEqual({ from: "voroshilov", to: "beria", directed: false });
    expect(done.selection).toBeNull();
    expect(done.reading).toBeNull();
  });
});

describe("the text view", () => {
  it("opens and shuts without touching the selection, the date or the filters", () => {
    const before = state({
      selection: { kind: "entity", id: "beria" },
      date: "1953-07",
      hidden: ["entity:office"],
    });
    const opened = explorerReducer(before, { type: "set-text-view", open: true });
    expect(opened).toEqual({ ...before, textView: true });
    expect(explorerReducer(opened, { type: "set-text-view", open: false })).toEqual(before);
  });

  it("Escape leaves it open: it is a view, not a level to step out of", () => {
    const opened = state({ textView: true, selection: { kind: "entity", id: "beria" } });
    expect(explorerReducer(opened, { type: "clear" }).textView).toBe(true);
  });
});
