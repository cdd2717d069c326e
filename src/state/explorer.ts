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
  /** The network as of this partial date ("1953-07"); null for all time. */
  date: string | null;
  /** The story chapter on show, by id; null outside the story. */
  chapter: string | null;
  /** Presenter mode: the graph fills the window and the chrome hides. */
  presenting: boolean;
}

export function emptyExplorerState(): ExplorerState {
  return { selection: null, reading: null, date: null, chapter: null, presenting: false };
}

export type ExplorerAction =
  | { type: "select-entity"; id: string }
  | { type: "select-relation"; id: string }
  /** Escape, or a click on empty space: back one level (reader, selection, chapter, presenter). */
  | { type: "clear" }
  | { type: "open-evidence"; reading: Reading }
  | { type: "close-reader" }
  /** A date on the timeline, or null for all time. */
  | { type: "set-date"; date: string | null }
  /** A story chapter: it brings its own date. */
  | { type: "open-chapter"; id: string; date: string | null }
  | { type: "close-story" }
  | { type: "set-presenting"; presenting: boolean }
  /** Back, Forward, or a link opened cold: the state comes whole from the URL. */
  | { type: "restore"; state: ExplorerState };

export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case "select-entity":
      return { ...state, selection: { kind: "entity", id: action.id }, reading: null };
    case "select-relation":
      return { ...state, selection: { kind: "relation", id: action.id }, reading: null };
    case "clear":
      // Escape steps out one level at a time, as nested dialogs do: the reader first, then the
      // selection, then the story chapter, and last presenter mode.
      if (state.reading) return { ...state, reading: null };
      if (state.selection) return { ...state, selection: null };
      if (state.presenting) return { ...state, presenting: false };
      if (state.chapter) return { ...state, chapter: null };
      return state;
    case "open-evidence":
      return {
        ...state,
        // The reader opens beside what the evidence belongs to, so closing it lands there.
        selection: { kind: action.reading.owner.kind, id: action.reading.owner.id },
        reading: action.reading,
      };
    case "close-reader":
      return { ...state, reading: null };
    case "set-date":
      return { ...state, date: action.date };
    case "open-chapter":
      // A chapter sets the scene whole: its date, its highlight, and no leftover selection.
      return { ...state, chapter: action.id, date: action.date, selection: null, reading: null };
    case "close-story":
      return { ...state, chapter: null, presenting: false };
    case "set-presenting":
      return { ...state, presenting: action.presenting };
    case "restore":
      return action.state;
  }
}
