/**
 * The cursor (panels/context.ts): where the keyboard or the text view stands. It follows the
 * selection: when the selection changes, by a click, a link or Back, the cursor stands on it
 * until the reader moves it again. Derived while rendering, not synced by an effect, so that no
 * frame shows the cursor on the old selection.
 */
import { useCallback, useState } from "react";
import type { ItemRef, Selection } from "../model/vocabulary";

function keyOf(item: ItemRef | null): string {
  return item ? `${item.kind}:${item.id}` : "";
}

export function useCursor(selection: Selection): {
  cursor: ItemRef | null;
  moveCursor: (cursor: ItemRef | null) => void;
} {
  const selectionKey = keyOf(selection);
  const [moved, setMoved] = useState<{ cursor: ItemRef | null } | null>(null);
  const [seenSelection, setSeenSelection] = useState(selectionKey);
  // When the selection changes ⇒ a move made before no longer counts (React's pattern for state
  // that resets with a prop: set while rendering, so the stale value is never drawn).
  if (seenSelection !== selectionKey) {
    setSeenSelection(selectionKey);
    setMoved(null);
  }
  const moveCursor = useCallback((cursor: ItemRef | null) => setMoved({ cursor }), []);
  return { cursor: moved && seenSelection === selectionKey ? moved.cursor : selection, moveCursor };
}
