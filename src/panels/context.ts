/** What every panel reads: the open dataset's catalog, the explorer state, its scene, and how to change it. */
import { createContext, useContext } from "react";
import type { Catalog } from "../graph/catalog";
import type { Scene } from "../scene/scene";
import type { ExplorerAction, ExplorerState } from "../state/explorer";

export interface ExplorerContextValue {
  catalog: Catalog;
  state: ExplorerState;
  /** What the reader sees (scene/scene.ts): the same object the graph view draws. */
  scene: Scene;
  /** `replace` writes the URL without a new history entry (for scrubbing and playing). */
  dispatch: (action: ExplorerAction, options?: { replace?: boolean }) => void;
}

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error("useExplorer() needs an <ExplorerContext.Provider> above it");
  return value;
}
