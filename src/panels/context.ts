/** What every panel reads: the open dataset's catalog, the explorer state, and how to change it. */
import { createContext, useContext } from "react";
import type { Catalog } from "../graph/catalog";
import type { ExplorerAction, ExplorerState } from "../state/explorer";

export interface ExplorerContextValue {
  catalog: Catalog;
  state: ExplorerState;
  dispatch: (action: ExplorerAction) => void;
}

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error("useExplorer() needs an <ExplorerContext.Provider> above it");
  return value;
}
