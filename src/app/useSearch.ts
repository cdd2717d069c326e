/**
 * The entity search of the open dataset. A small dataset's index is built at once (about 30 ms
 * at 2,000 entities); a large one's in slices after the first frame, so that it neither delays
 * the picture nor freezes the page. Null until it is ready.
 */
import { useEffect, useMemo, useState } from "react";
import type { Catalog } from "../graph/catalog";
import { buildSearch, buildSearchInSlices, type EntitySearch } from "../graph/search";
import { timed } from "./timing";

export function useSearch(
  catalog: Catalog,
  searchAtOnce: boolean,
  firstFrameDrawn: boolean,
): EntitySearch | null {
  const atOnce = useMemo(
    () => (searchAtOnce ? timed("dramatis:search-index", () => buildSearch(catalog)) : null),
    [catalog, searchAtOnce],
  );
  const [later, setLater] = useState<{ catalog: Catalog; search: EntitySearch } | null>(null);

  // When a large dataset's first frame is drawn ⇒ index it in slices.
  useEffect(() => {
    if (searchAtOnce || !firstFrameDrawn) return;
    let cancelled = false;
    const started = performance.now();
    void buildSearchInSlices(catalog).then((search) => {
      if (cancelled) return;
      performance.measure("dramatis:search-index", { start: started, end: performance.now() });
      setLater({ catalog, search });
    });
    return () => {
      cancelled = true;
    };
  }, [catalog, searchAtOnce, firstFrameDrawn]);

  return atOnce ?? (later?.catalog === catalog ? later.search : null);
}
