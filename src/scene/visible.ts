/**
 * What the graph draws, written once: true as of the date, passing the filters, and within the
 * focused neighbourhood. The scene computes it for the state on show, and the openings of a
 * connection compute it again for each single change they try (openings.ts), with this same
 * recipe, so the two can never disagree.
 */
import { asOfDate } from "../graph/asOf";
import type { Catalog } from "../graph/catalog";
import { filteredSets, focusedSets, intersectSets } from "../graph/visibility";
import type { VisibleSets } from "../model/vocabulary";
import type { Focus } from "../state/explorer";

/** What the reader sees, layer by layer; null in a layer means it lets everything through. */
export interface VisibleLayers {
  /** True as of the timeline's date; null for all time. */
  asOf: VisibleSets | null;
  /** Passing the legend's filters, whatever the date; null when no filter is on. */
  filtered: VisibleSets | null;
  /** What the graph draws: as of ∩ filtered ∩ the focused neighbourhood; null for everything. */
  visible: VisibleSets | null;
}

/** The inputs each layer reads: the date, the filter tokens hidden, and the focus. */
export interface VisibleInputs {
  date: string | null;
  hidden: readonly string[];
  focus: Focus | null;
}

export function asOfLayer(catalog: Catalog, date: string | null): VisibleSets | null {
  return date ? asOfDate(catalog, date) : null;
}

export function filteredLayer(catalog: Catalog, hidden: readonly string[]): VisibleSets | null {
  return filteredSets(catalog, new Set(hidden));
}

/** The last step: the two layers together, narrowed to the focus if there is one. */
export function visibleOf(
  catalog: Catalog,
  asOf: VisibleSets | null,
  filtered: VisibleSets | null,
  focus: Focus | null,
): VisibleSets | null {
  const both = intersectSets(filtered, asOf);
  return focus ? focusedSets(catalog, both, focus.id, focus.depth) : both;
}

export function visibleFor(catalog: Catalog, inputs: VisibleInputs): VisibleLayers {
  const asOf = asOfLayer(catalog, inputs.date);
  const filtered = filteredLayer(catalog, inputs.hidden);
  return { asOf, filtered, visible: visibleOf(catalog, asOf, filtered, inputs.focus) };
}
