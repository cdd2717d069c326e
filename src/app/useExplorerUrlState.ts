/**
 * The explorer state kept in the URL: every action that changes what is shown pushes a history
 * entry, Back and Forward restore it, and a link opened cold starts from it. Ids that the open
 * dataset does not have are dropped with a notice rather than shown as an empty panel.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { Catalog } from "../graph/catalog";
import { explorerReducer, type ExplorerAction, type ExplorerState } from "../state/explorer";
import { decodeExplorerState, withExplorerState } from "../state/url";

/** The decoded state, less anything that names what this dataset lacks. */
function fromLocation(catalog: Catalog): { state: ExplorerState; notice: string | null } {
  const { state, ignored } = decodeExplorerState(window.location.search);
  const missing: string[] = [...ignored];
  if (state.selection) {
    const known =
      state.selection.kind === "entity"
        ? catalog.entity.has(state.selection.id)
        : catalog.relation.has(state.selection.id);
    if (!known) {
      missing.push(`${state.selection.kind} "${state.selection.id}"`);
      state.selection = null;
      state.reading = null;
    }
  }
  if (state.reading) {
    const { owner, index } = state.reading;
    const item =
      owner.kind === "entity" ? catalog.entity.get(owner.id) : catalog.relation.get(owner.id);
    if (!item || index >= item.evidence.length) {
      missing.push(`evidence ${index + 1} of ${owner.kind} "${owner.id}"`);
      state.reading = null;
    }
  }
  if (state.chapter && !catalog.dataset.story.some((chapter) => chapter.id === state.chapter)) {
    missing.push(`story chapter "${state.chapter}"`);
    state.chapter = null;
  }
  const notice =
    missing.length === 0
      ? null
      : `This link names something this dataset does not have, so it was left out: ${missing.join(", ")}.`;
  return { state, notice };
}

export function useExplorerUrlState(catalog: Catalog) {
  const [initial] = useState(() => fromLocation(catalog));
  const [state, dispatchLocal] = useReducer(explorerReducer, initial.state, (s) => s);
  const [notice, setNotice] = useState<string | null>(initial.notice);
  // A state that came from the URL itself (first load, Back, Forward) replaces the entry, so
  // tidying a link with unknown ids in it does not add a step to the history.
  const fromUrl = useRef(true);

  // Whether the next URL write adds a history entry. Scrubbing or playing the timeline replaces
  // the entry instead, so Back does not have to walk back through every month.
  const replaceNext = useRef(false);

  const dispatch = useCallback((action: ExplorerAction, options?: { replace?: boolean }) => {
    fromUrl.current = false;
    replaceNext.current = options?.replace ?? false;
    dispatchLocal(action);
    setNotice(null);
  }, []);

  // When the state changes ⇒ write it to the URL: a new history entry for a reader's action,
  // a replaced one for a state read from the URL.
  useEffect(() => {
    const search = withExplorerState(window.location.search, state);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (fromUrl.current || replaceNext.current) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
  }, [state]);

  // When the reader goes Back or Forward ⇒ restore the state that URL holds.
  useEffect(() => {
    const onPopState = () => {
      const restored = fromLocation(catalog);
      fromUrl.current = true;
      dispatchLocal({ type: "restore", state: restored.state });
      setNotice(restored.notice);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [catalog]);

  return { state, dispatch, notice, dismissNotice: () => setNotice(null) };
}
