import { describe, expect, it } from "vitest";
import {
  emptyExplorerState,
  explorerReducer,
  type ExplorerState,
} from "../../../src/state/explorer";

const reading = { owner: { kind: "relation" as const, id: "k-arrested-b" }, index: 0 };

describe("explorerReducer", () => {
  it("clear on an empty state stays empty", () => {
    expect(explorerReducer(emptyExplorerState(), { type: "clear" })).toEqual(emptyExplorerState());
  });

  it("selecting an entity or relation closes the source reader", () => {
    const reading_: ExplorerState = { selection: { kind: "relation", id: "x" }, reading };
    expect(explorerReducer(reading_, { type: "select-entity", id: "beria" })).toEqual({
      selection: { kind: "entity", id: "beria" },
      reading: null,
    });
  });

  it("opening evidence selects its owner, so closing the reader returns there", () => {
    const opened = explorerReducer(
      { selection: { kind: "entity", id: "beria" }, reading: null },
      { type: "open-evidence", reading },
    );
    expect(opened).toEqual({ selection: { kind: "relation", id: "k-arrested-b" }, reading });
    expect(explorerReducer(opened, { type: "close-reader" }).selection).toEqual(opened.selection);
  });

  it("Escape closes the reader first, then the selection", () => {
    const opened: ExplorerState = { selection: { kind: "relation", id: "k-arrested-b" }, reading };
    const once = explorerReducer(opened, { type: "clear" });
    expect(once).toEqual({ selection: opened.selection, reading: null });
    expect(explorerReducer(once, { type: "clear" })).toEqual(emptyExplorerState());
  });
});
