/**
 * ExplorerState ⇄ URL query string. A URL is untrusted input: decoding never throws, keeps only
 * well-formed values, and reports what it dropped so the page can say so. Whether the ids exist
 * in the open dataset is the caller's check.
 *
 *   ?entity=beria                                 an entity's panel
 *   ?relation=khrushchev-arrested-beria           a relation's panel
 *   &read=relation:khrushchev-arrested-beria:0    its first evidence open in the source reader
 *   &date=1953-07                                 the network as of July 1953 (absent: all time)
 *   &chapter=beria-falls                          a story chapter
 *   &present=1                                    presenter mode
 *   &hide=entity:office,certainty:alleged         filters: what is hidden
 *   &path=voroshilov,beria&directed=1             how two entities are connected
 *   &focus=beria&depth=2                          an entity's neighbourhood only
 *   &size=betweenness                             what sizes the entities
 *   &view=text                                    the "Cast and relations" text view open
 */
import { ID_PATTERN, isPartialDate } from "../model/format";
import type { ExplorerState, FocusDepth, Reading, Selection } from "./explorer";
import { MEASURES, parseFilterToken, type ItemKind } from "../model/vocabulary";
import { emptyExplorerState } from "./explorer";

/** The parameters this codec owns; any other (such as `data`) passes through untouched. */
const OWN_PARAMETERS = [
  "entity",
  "relation",
  "read",
  "date",
  "chapter",
  "present",
  "hide",
  "path",
  "directed",
  "focus",
  "depth",
  "size",
  "view",
] as const;

export function encodeExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.chapter) params.set("chapter", state.chapter);
  if (state.date) params.set("date", state.date);
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.reading) {
    const { owner, index } = state.reading;
    params.set("read", `${owner.kind}:${owner.id}:${index}`);
  }
  if (state.presenting) params.set("present", "1");
  if (state.hidden.length > 0) params.set("hide", state.hidden.join(","));
  if (state.path) {
    params.set("path", state.path.to ? `${state.path.from},${state.path.to}` : state.path.from);
    if (state.path.directed) params.set("directed", "1");
  }
  if (state.focus) {
    params.set("focus", state.focus.id);
    params.set("depth", String(state.focus.depth));
  }
  if (state.measure !== "relations") params.set("size", state.measure);
  if (state.textView) params.set("view", "text");
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

export interface DecodedState {
  state: ExplorerState;
  /** Parameters that were present but malformed, as `name=value`. */
  ignored: string[];
}

const isId = (value: string) => ID_PATTERN.test(value) && value.length <= 200;

function decodeReading(value: string): Reading | null {
  const match = /^(entity|relation):([^:]+):(\d{1,4})$/.exec(value);
  if (!match || !isId(match[2] as string)) return null;
  return {
    owner: { kind: match[1] as ItemKind, id: match[2] as string },
    index: Number(match[3]),
  };
}

export function decodeExplorerState(search: string): DecodedState {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const state = emptyExplorerState();

  const entity = params.get("entity");
  const relation = params.get("relation");
  let selection: Selection = null;
  if (entity !== null) {
    if (isId(entity)) selection = { kind: "entity", id: entity };
    else ignored.push(`entity=${entity}`);
  }
  if (relation !== null) {
    if (isId(relation) && selection === null) selection = { kind: "relation", id: relation };
    else ignored.push(`relation=${relation}`);
  }
  state.selection = selection;

  const read = params.get("read");
  if (read !== null) {
    const reading = decodeReading(read);
    if (reading) {
      state.reading = reading;
      state.selection ??= { kind: reading.owner.kind, id: reading.owner.id };
    } else {
      ignored.push(`read=${read}`);
    }
  }

  const date = params.get("date");
  if (date !== null) {
    if (isPartialDate(date)) state.date = date;
    else ignored.push(`date=${date}`);
  }
  const chapter = params.get("chapter");
  if (chapter !== null) {
    if (isId(chapter)) state.chapter = chapter;
    else ignored.push(`chapter=${chapter}`);
  }
  const present = params.get("present");
  if (present !== null) {
    if (present === "1") state.presenting = true;
    else if (present !== "0") ignored.push(`present=${present}`);
  }

  const hide = params.get("hide");
  if (hide !== null && hide !== "") {
    const tokens = new Set<string>();
    for (const token of hide.split(",")) {
      const parsed = parseFilterToken(token);
      if (parsed && isId(parsed.value)) tokens.add(token);
      else ignored.push(`hide=${token}`);
    }
    state.hidden = [...tokens].sort();
  }

  const path = params.get("path");
  if (path !== null) {
    const ends = path.split(",");
    const [from, to] = ends;
    if (from !== undefined && isId(from) && ends.length <= 2 && (to === undefined || isId(to))) {
      state.path = { from, to: to ?? null, directed: params.get("directed") === "1" };
    } else {
      ignored.push(`path=${path}`);
    }
  }

  const focus = params.get("focus");
  if (focus !== null) {
    const depth = Number(params.get("depth") ?? "1");
    if (isId(focus) && (depth === 1 || depth === 2 || depth === 3)) {
      state.focus = { id: focus, depth: depth as FocusDepth };
    } else {
      ignored.push(`focus=${focus}`);
    }
  }

  const size = params.get("size");
  if (size !== null) {
    const measure = MEASURES.find((name) => name === size);
    if (measure) state.measure = measure;
    else ignored.push(`size=${size}`);
  }

  const view = params.get("view");
  if (view !== null) {
    // "graph" is the default, written out: accepted, so that a hand-made link is not reported.
    if (view === "text") state.textView = true;
    else if (view !== "graph") ignored.push(`view=${view}`);
  }
  return { state, ignored };
}

/** Merges the encoded state into an existing query string, keeping parameters it does not own. */
export function withExplorerState(search: string, state: ExplorerState): string {
  const params = new URLSearchParams(search);
  for (const name of OWN_PARAMETERS) params.delete(name);
  const own = new URLSearchParams(encodeExplorerState(state));
  for (const [name, value] of own) params.set(name, value);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
