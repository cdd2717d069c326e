/**
 * The explorer as a person finds their way round it: the address, the side panel, the search box,
 * the index, the timeline and the legend, each found by its role and accessible name. Specs get
 * one from the `open` fixture (`const { page, app } = await open("/")`) and read like the app:
 * `app.panel.heading("Lavrentiy Beria")`, `app.search.box`, `app.timeline.slider`.
 */
import type { Locator, Page } from "playwright-core";
import { formatMonth } from "../../src/model/time";
import { waitForGraph } from "./canvas";

/** A month as the timeline's value text says it: "1953-07" → "July 1953" (the app's wording). */
export const monthText = formatMonth;

/** The side panel ("Details"): whichever of overview, entity, relation, path, chapter or reader. */
function panelOf(page: Page) {
  const root = page.getByRole("complementary", { name: "Details" });
  return {
    root,
    /** The panel's title: its level-2 heading, named exactly. */
    heading: (name: string): Locator => root.getByRole("heading", { level: 2, name, exact: true }),
    /**
     * A connection's result line ("4 shortest paths of 2 steps.", or "No connection…"). Not a
     * live region: the page's one live region (the announcer) says it.
     */
    status: root.getByTestId("path-result"),
    /**
     * A relation listed on the panel, told as a sentence: the list item that links both `verb`
     * and `other` (the entity at its other end).
     */
    relationItem: (verb: string, other: string): Locator =>
      root
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: verb, exact: true }) })
        .filter({ has: page.getByRole("link", { name: other, exact: true }) }),
  };
}

/** The top bar's search box, an ARIA combobox with its list of results. */
function searchOf(page: Page) {
  return {
    box: page.getByRole("combobox", { name: "Search entities and relations" }),
    results: page.getByRole("listbox", { name: "Search results" }),
  };
}

/** The timeline under the graph: the Date slider and its buttons. */
function timelineOf(page: Page) {
  const slider = page.getByRole("slider", { name: "Date" });
  return {
    slider,
    /** What the slider says it is at: "All time", or a month such as "July 1953". */
    valueText: (): Promise<string | null> => slider.getAttribute("aria-valuetext"),
    allTime: page.getByRole("button", { name: "All time", exact: true }),
    play: page.getByRole("button", { name: "Play", exact: true }),
    pause: page.getByRole("button", { name: "Pause", exact: true }),
  };
}

/** The legend over the graph, which is also its filter. */
function legendOf(page: Page) {
  const root = page.getByRole("region", { name: "Legend and filters" });
  const relationTypes = root.getByRole("list", { name: "Relation types" });
  const entityTypes = root.getByRole("list", { name: "Entity types" });
  return {
    root,
    /** An entity type's toggle, by its accessible name ("Person 23": the label and the count). */
    entityType: (name: string): Locator => entityTypes.getByRole("button", { name, exact: true }),
    /** A relation type's toggle, by its accessible name ("arrested → 3"). */
    relationType: (name: string): Locator =>
      relationTypes.getByRole("button", { name, exact: true }),
    /** Opens the "Relation types (N)" menu, where the relation type toggles are, if it is shut. */
    async openRelationTypes(count: number): Promise<void> {
      if (!(await relationTypes.isVisible())) {
        await root.getByText(`Relation types (${count})`).click();
      }
      await relationTypes.waitFor();
    },
    /** "Only <type>": shows that entity type alone. */
    only: (label: string): Locator =>
      root.getByRole("button", { name: `Only ${label}`, exact: true }),
    showAll: root.getByRole("button", { name: "Show all", exact: true }),
    /** The measure that sizes the nodes. */
    sizeBy: root.getByRole("combobox", { name: /^Size by/ }),
  };
}

/** The explorer page: what a person reads and uses on it. */
export function explorerPage(page: Page) {
  return {
    page,
    /** The query of the page's address: the state that a link to the page carries. */
    params: (): URLSearchParams => new URL(page.url()).searchParams,
    /** Waits until the graph says it is drawn (`data-ready="true"`). */
    waitForGraph: (timeout?: number): Promise<void> => waitForGraph(page, timeout),
    panel: panelOf(page),
    search: searchOf(page),
    /** The index of entities in the overview panel (also the graph's stand-in without WebGL). */
    index: page.getByRole("navigation", { name: "Index of entities" }),
    timeline: timelineOf(page),
    legend: legendOf(page),
  };
}

export type ExplorerPage = ReturnType<typeof explorerPage>;
