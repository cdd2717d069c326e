/** What every panel reads: the open dataset's catalog, the explorer state, its scene, and how to change it. */
import { createContext, useContext } from "react";
import type { Catalog } from "../graph/catalog";
import type { ItemRef } from "../model/vocabulary";
import type { Scene } from "../scene/scene";
import type { ExplorerAction, ExplorerState } from "../state/explorer";

export interface ExplorerContextValue {
  catalog: Catalog;
  state: ExplorerState;
  /** What the reader sees (scene/scene.ts): the same object the graph view draws. */
  scene: Scene;
  /** `replace` writes the URL without a new history entry (for scrubbing and playing). */
  dispatch: (action: ExplorerAction, options?: { replace?: boolean }) => void;
  /**
   * Where the keyboard or the text view stands: the graph emphasises it and keeps it in view, but
   * no panel opens (that is the selection). A passing state, like a hover, so not in the URL. It
   * follows the selection: selecting something puts the cursor on it.
   */
  cursor: ItemRef | null;
  moveCursor: (cursor: ItemRef | null) => void;
  /**
   * Says one sentence in the page's one polite live region (a screen reader reads it without
   * moving focus). One message per action: a later call in the same action replaces an earlier.
   */
  announce: (message: string) => void;
}

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error("useExplorer() needs an <ExplorerContext.Provider> above it");
  return value;
}
