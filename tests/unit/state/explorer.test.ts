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
