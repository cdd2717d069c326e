/**
 * Whether the page is laid out for a narrow screen (a phone held upright): the graph fills the
 * screen and the panels move into a bottom sheet. The width matches src/styles/sheet.css.
 */
import { useSyncExternalStore } from "react";

const NARROW_QUERY = "(max-width: 720px)";

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== "function") return () => {};
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

function isNarrow(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(NARROW_QUERY).matches;
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
