/**
 * What the reader is looking at, as a pure reducer. Everything here is worth sharing, so all of
 * it goes into the URL (see url.ts); passing states such as hover live in the view instead.
 */

export type Selection = { kind: "entity"; id: string } | { kind: "relation"; id: string } | null;

/** One evidence item open in the source reader: the index-th evidence of an entity or relation. */
export interface Reading {
  owner: { kind: "entity" | "relation"; id: string };
  index: number;
}

export interface ExplorerState {
  selection: Selection;
  reading: Reading | null;
}

export function emptyExplorerState(): ExplorerState {
  return { selection: null, reading: null };
}

export type ExplorerAction =
  | { type: "select-entity"; id: string }
  | { type: "select-relation"; id: string }
  /** Escape, or a click on empty space: back to the overview. */
  | { type: "clear" }
  | { type: "open-evidence"; reading: Reading }
  | { type: "close-reader" }
  /** Back, Forward, or a link opened cold: the state comes whole from the URL. */
  | { type: "restore"; state: ExplorerState };

export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case "select-entity":
      return { selection: { kind: "entity", id: action.id }, reading: null };
    case "select-relation":
      return { selection: { kind: "relation", id: action.id }, reading: null };
    case "clear":
      // Escape closes the reader first, then the selection, as nested dialogs do.
      return state.reading ? { ...state, reading: null } : emptyExplorerState();
    case "open-evidence":
      return {
        // The reader opens beside what the evidence belongs to, so closing it lands there.
        selection: { kind: action.reading.owner.kind, id: action.reading.owner.id },
        reading: action.reading,
      };
    case "close-reader":
      return { ...state, reading: null };
    case "restore":
      return action.state;
  }
}
