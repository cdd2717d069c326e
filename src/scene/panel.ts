/**
 * Which panel the sidebar shows. One order, from the most particular to the most general: the
 * source reader, then what is selected, then a connection, then the story chapter, then the
 * overview. It is the order Escape steps out in (state/explorer.ts, "clear"), so stepping out
 * always uncovers the panel underneath.
 */
import type { Connection } from "../graph/paths";
import type { StoryChapter } from "../model/schema";
import type { ExplorerState, PathQuery, Reading } from "../state/explorer";

export type Panel =
  | { kind: "reader"; reading: Reading }
  | { kind: "entity"; id: string }
  | { kind: "relation"; id: string }
  | { kind: "path"; path: PathQuery & { to: string }; connection: Connection }
  | { kind: "chapter"; chapter: StoryChapter }
  | { kind: "overview" };

export function panelOf(
  state: Pick<ExplorerState, "reading" | "selection" | "path">,
  connection: Connection | null,
  chapter: StoryChapter | null,
): Panel {
  const { reading, selection, path } = state;
  if (reading) return { kind: "reader", reading };
  if (selection) return { kind: selection.kind, id: selection.id };
  if (path?.to && connection) return { kind: "path", path: { ...path, to: path.to }, connection };
  if (chapter) return { kind: "chapter", chapter };
  return { kind: "overview" };
}
