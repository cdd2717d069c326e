/**
 * The graph's keys, in one table: the key handler reads what each key does from it, and the help
 * dialog lists it, so the two cannot disagree. They act only while the graph has focus (WCAG
 * 2.1.4: a single-character shortcut must not fire while the reader types elsewhere).
 */
import type { WalkMove } from "../scene/walk";

export type GraphCommand =
  | { kind: "walk"; move: WalkMove }
  | { kind: "open" }
  | { kind: "help" }
  | { kind: "search" }
  | { kind: "details" }
  | { kind: "zoom"; direction: "in" | "out" }
  | { kind: "fit" }
  | { kind: "timeline"; step: 1 | -1 }
  | { kind: "chapter"; step: 1 | -1 };

export interface GraphKey {
  /** `KeyboardEvent.key` values that give the command. */
  keys: readonly string[];
  /** How the help dialog writes the keys. */
  label: string;
  /** What the key does, as the help dialog says it. */
  does: string;
  command: GraphCommand;
}

export const GRAPH_KEYS: readonly GraphKey[] = [
  {
    keys: ["ArrowDown"],
    label: "↓",
    does: "Next relation of the entity, by date (from an entity: its first relation)",
    command: { kind: "walk", move: "next" },
  },
  {
    keys: ["ArrowUp"],
    label: "↑",
    does: "Previous relation, by date (from the first: back up to the entity)",
    command: { kind: "walk", move: "previous" },
  },
  {
    keys: ["ArrowRight"],
    label: "→",
    does: "Across the relation to the entity at its other end (from an entity: its first relation)",
    command: { kind: "walk", move: "in" },
  },
  {
    keys: ["ArrowLeft"],
    label: "←",
    does: "From a relation up to its entity; from an entity, back across the relation crossed",
    command: { kind: "walk", move: "out" },
  },
  {
    keys: ["Backspace"],
    label: "Backspace",
    does: "Back across the last relation crossed",
    command: { kind: "walk", move: "back" },
  },
  {
    keys: ["Enter"],
    label: "Enter",
    does: "Open the panel of the entity or relation in focus",
    command: { kind: "open" },
  },
  {
    keys: ["PageUp"],
    label: "Page Up",
    does: "Timeline: one month earlier",
    command: { kind: "timeline", step: -1 },
  },
  {
    keys: ["PageDown"],
    label: "Page Down",
    does: "Timeline: one month later",
    command: { kind: "timeline", step: 1 },
  },
  {
    keys: ["n"],
    label: "N",
    does: "Next story chapter (from outside the story: the first)",
    command: { kind: "chapter", step: 1 },
  },
  {
    keys: ["p"],
    label: "P",
    does: "Previous story chapter",
    command: { kind: "chapter", step: -1 },
  },
  {
    keys: ["+", "="],
    label: "+",
    does: "Zoom in",
    command: { kind: "zoom", direction: "in" },
  },
  {
    keys: ["-", "_"],
    label: "−",
    does: "Zoom out",
    command: { kind: "zoom", direction: "out" },
  },
  { keys: ["0"], label: "0", does: "Show the whole network", command: { kind: "fit" } },
  { keys: ["/"], label: "/", does: "Go to the search box", command: { kind: "search" } },
  {
    keys: ["d", "D"],
    label: "D",
    does: "Go to the details panel (its heading), past the timeline and the legend",
    command: { kind: "details" },
  },
  { keys: ["?"], label: "?", does: "This list of keys", command: { kind: "help" } },
];

/** Keys the page handles whatever has focus, listed in the help so that it is complete. */
export const PAGE_KEYS: readonly { label: string; does: string }[] = [
  {
    label: "Escape",
    does: "Step back one level: the source reader, the selection, presenter mode, a connection, a focus, the story",
  },
  { label: "Tab", does: "Leave the graph for the next control" },
];

const BY_KEY = new Map(GRAPH_KEYS.flatMap((entry) => entry.keys.map((key) => [key, entry])));

/** The command a key gives, if any. */
export function graphCommandFor(key: string): GraphCommand | undefined {
  return BY_KEY.get(key)?.command;
}
