/** What every panel reads: the open dataset's catalog, the explorer state, and how to change it. */
import { createContext, useContext } from "react";
import type { ShownAsOf } from "../graph/asOf";
import type { Visible } from "../graph/visibility";
import type { Catalog } from "../graph/catalog";
import type { ExplorerAction, ExplorerState } from "../state/explorer";

export interface ExplorerContextValue {
  catalog: Catalog;
  state: ExplorerState;
  /** What is true as of the chosen date; null for all time. */
  shown: ShownAsOf | null;
  /** What the filters leave on show, whatever the date; null when no filter is on. */
  filtered: Visible | null;
  /** Each entity's value by the measure chosen in the legend (for its rank on its panel). */
  measureValues: ReadonlyMap<string, number>;
  /** `replace` writes the URL without a new history entry (for scrubbing and playing). */
  dispatch: (action: ExplorerAction, options?: { replace?: boolean }) => void;
}

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error("useExplorer() needs an <ExplorerContext.Provider> above it");
  return value;
}
