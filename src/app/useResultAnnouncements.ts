/**
 * Says what an action did to the picture, in the page's one live region: a filter or focus
 * ("Showing 23 entities and 41 relations"), a move of the timeline ("As of June 1953: 40
 * entities, 61 relations"), a connection ("Kliment Voroshilov to Lavrentiy Beria: 2 hops"). Read
 * from the state and scene after the change, whichever control made it (the legend, the slider,
 * a key, a link, Back), so that no control has to remember to say it. One message per change: a
 * connection asked for outranks the filters, which outrank a chapter, which outranks the date.
 */
import { useEffect, useRef } from "react";
import type { Catalog } from "../graph/catalog";
import {
  asOfSentence,
  chapterSentence,
  connectionSentence,
  filterSentence,
} from "../scene/sentences";
import type { Scene } from "../scene/scene";
import type { ExplorerState } from "../state/explorer";

/** Dragging the timeline passes through many months: only the one it rests on is said. */
const DATE_SETTLE_MS = 300;

interface Said {
  filters: string;
  date: string | null;
  path: string;
  chapter: string | null;
}

export function useResultAnnouncements(
  catalog: Catalog,
  state: ExplorerState,
  scene: Scene,
  announce: (message: string) => void,
): void {
  const before = useRef<Said | null>(null);
  const filters = `${state.hidden.join(",")}|${state.focus ? `${state.focus.id}:${state.focus.depth}` : ""}`;
  const path = state.path?.to ? `${state.path.from}>${state.path.to}:${state.path.directed}` : "";
  const { connection, visible } = scene;
  const { date, chapter } = state;
  const from = state.path?.from ?? null;
  const to = state.path?.to ?? null;

  // When the filters, focus, date or connection asked for change (not on the first view) ⇒ say
  // the result once.
  useEffect(() => {
    const previous = before.current;
    before.current = { filters, date, path, chapter };
    if (!previous) return;
    if (path !== previous.path && connection && from && to) {
      announce(connectionSentence(catalog, from, to, connection));
    } else if (filters !== previous.filters) {
      announce(filterSentence(catalog, visible));
    } else if (chapter !== previous.chapter && chapter) {
      const sentence = chapterSentence(catalog, visible, chapter, date);
      if (sentence) announce(sentence);
    } else if (date !== previous.date) {
      const timer = window.setTimeout(
        () => announce(asOfSentence(catalog, visible, date)),
        DATE_SETTLE_MS,
      );
      return () => window.clearTimeout(timer);
    }
  }, [catalog, filters, date, path, chapter, connection, visible, from, to, announce]);
}
