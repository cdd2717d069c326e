/**
 * What the reader is looking at, as a pure reducer. Everything here is worth sharing, so all of
 * it goes into the URL (see url.ts); passing states such as hover live in the view instead.
 */
import type { ItemRef, Measure, Selection } from "../model/vocabulary";

export type { Selection };

/** One evidence item open in the source reader: the index-th evidence of an entity or relation. */
export interface Reading {
  owner: ItemRef;
  index: number;
}

/** "How are they connected?": two ends (the second still to pick while `to` is null). */
export interface PathQuery {
  from: string;
  to: string | null;
  /** Follow relations only in their direction. */
  directed: boolean;
}

export type FocusDepth = 1 | 2 | 3;
export interface Focus {
  id: string;
  depth: FocusDepth;
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
  /** Filter tokens (model/vocabulary.ts) of what is hidden, sorted, each once. */
  hidden: string[];
  path: PathQuery | null;
  focus: Focus | null;
  /** What sizes the entities. */
  measure: Measure;
  /** The "Cast and relations" text view is open beside the graph. */
  textView: boolean;
}

export function emptyExplorerState(): ExplorerState {
  return {
    selection: null,
    reading: null,
    date: null,
    chapter: null,
    presenting: false,
    hidden: [],
    path: null,
    focus: null,
    measure: "relations",
    textView: false,
  };
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
  /** Show or hide one kind of thing. */
  | { type: "toggle-filter"; token: string }
  /** Show only this one of its group: every other value of the group is hidden. */
  | { type: "only-filter"; token: string; groupTokens: readonly string[] }
  | { type: "reset-filters" }
  /** Pick an end of a path: the first pick starts a new query, the second completes it. */
  | { type: "pick-path-end"; id: string }
  | { type: "set-path"; path: PathQuery | null }
  | { type: "set-focus"; focus: Focus | null }
  | { type: "set-measure"; measure: Measure }
  | { type: "set-text-view"; open: boolean }
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
      // selection, presenter mode, a path, a focus, and last the story chapter.
      if (state.reading) return { ...state, reading: null };
      if (state.selection) return { ...state, selection: null };
      if (state.presenting) return { ...state, presenting: false };
      if (state.path) return { ...state, path: null };
      if (state.focus) return { ...state, focus: null };
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
    case "toggle-filter": {
      const hidden = new Set(state.hidden);
      if (hidden.has(action.token)) hidden.delete(action.token);
      else hidden.add(action.token);
      return { ...state, hidden: [...hidden].sort() };
    }
    case "only-filter": {
      // Isolating a value that is already alone shows its whole group again.
      const others = action.groupTokens.filter((token) => token !== action.token);
      const hidden = new Set(state.hidden);
      const alreadyAlone = !hidden.has(action.token) && others.every((token) => hidden.has(token));
      for (const token of others) {
        if (alreadyAlone) hidden.delete(token);
        else hidden.add(token);
      }
      hidden.delete(action.token);
      return { ...state, hidden: [...hidden].sort() };
    }
    case "reset-filters":
      return { ...state, hidden: [] };
    case "pick-path-end": {
      const path = state.path;
      if (!path || path.to !== null) {
        return { ...state, path: { from: action.id, to: null, directed: path?.directed ?? false } };
      }
      if (path.from === action.id) return state;
      // The connection is what the reader asked to see: it takes the panel from the selection.
      return { ...state, path: { ...path, to: action.id }, selection: null, reading: null };
    }
    case "set-path":
      return { ...state, path: action.path };
    case "set-focus":
      return { ...state, focus: action.focus };
    case "set-measure":
      return { ...state, measure: action.measure };
    case "set-text-view":
      return { ...state, textView: action.open };
    case "restore":
      return action.state;
  }
}
