/**
 * The scene: everything the reader sees, derived from the dataset and the explorer state as plain
 * data, in one chain: as of the date → filters → focus (what is visible) → the connection asked
 * for → what stands out → the openings when there is no connection → sizes by the chosen measure
 * → which panel shows. The graph view draws it, the panels read it, and a text view can list it:
 * all of them read this one object, so they cannot disagree.
 *
 * `sceneOf` is pure. `createScene` returns the same function with each step remembering its last
 * call (memo.ts), so that selecting an entity does not recompute what the date or the filters
 * leave visible (linear in the dataset: a third of a second at 50,000 entities). Each step is
 * keyed on the plain values it reads, not on the state object, which changes on every action.
 */
import type { KnowledgeGraph } from "../graph/build";
import type { Catalog } from "../graph/catalog";
import { computeEmphasis, pathEmphasis, type Emphasis } from "../graph/emphasis";
import { sizeFor } from "../graph/measures";
import { findConnections, type Connection } from "../graph/paths";
import type { StoryChapter } from "../model/schema";
import type { ItemKind, Measure, VisibleSets } from "../model/vocabulary";
import type { ExplorerState } from "../state/explorer";
import { rememberLast } from "./memo";
import { findOpenings, type Opening } from "./openings";
import { panelOf, type Panel } from "./panel";
import { asOfLayer, filteredLayer, visibleOf, type VisibleLayers } from "./visible";

/** Each entity's value by a measure, or where computing it has got (it may run in a worker). */
export type MeasuredValues =
  | { measure: Measure; status: "ready"; values: ReadonlyMap<string, number> }
  | { measure: Measure; status: "computing" }
  | { measure: Measure; status: "failed"; message: string };

/** What the scene is made from besides the state: the open dataset and what was computed of it. */
export interface SceneWorld {
  catalog: Catalog;
  graph: KnowledgeGraph;
  /** The values of the state's measure, as far as they are known. */
  measured: MeasuredValues;
}

export interface Scene extends VisibleLayers {
  /** The connection asked for between two entities; null when no second end is picked. */
  connection: Connection | null;
  /** The entities and relations on the connection's paths. */
  pathEmphasis: Emphasis | null;
  /** What stands out without a pointer over the graph: the selection, connection or chapter. */
  emphasis: Emphasis | null;
  /** When the two ends are not connected: single changes that would connect them. */
  openings: Opening[];
  /** The chosen measure's values, for ranks on the panels. */
  measured: MeasuredValues;
  /** Node sizes by the chosen measure; null keeps the sizes the graph was built with. */
  sizes: ReadonlyMap<string, number> | null;
  /** The story chapter on show. */
  chapter: StoryChapter | null;
  /** What the sidebar shows. */
  panel: Panel;
}

/** The steps of the chain, each a pure function of plain values. */
function chain(remember: <A extends unknown[], R>(step: (...args: A) => R) => (...args: A) => R) {
  return {
    asOf: remember(asOfLayer),
    // Filter tokens are a sorted list; joined, they change only when the filters do (a URL restore
    // makes a new array with the same tokens).
    filtered: remember((catalog: Catalog, hiddenKey: string) =>
      filteredLayer(catalog, hiddenKey === "" ? [] : hiddenKey.split(",")),
    ),
    visible: remember(
      (
        catalog: Catalog,
        asOf: VisibleSets | null,
        filtered: VisibleSets | null,
        focusId: string | null,
        depth: 1 | 2 | 3,
      ) => visibleOf(catalog, asOf, filtered, focusId === null ? null : { id: focusId, depth }),
    ),
    undirectedTypes: remember(
      (catalog: Catalog) =>
        new Set(catalog.dataset.relationTypes.filter((type) => !type.directed).map((t) => t.id)),
    ),
    connection: remember(
      (
        graph: KnowledgeGraph,
        visible: VisibleSets | null,
        from: string,
        to: string,
        directed: boolean,
        undirectedTypes: ReadonlySet<string>,
      ) => findConnections(graph, visible, from, to, { directed, undirectedTypes }),
    ),
    pathEmphasis: remember((connection: Connection | null) =>
      connection ? pathEmphasis(connection.paths) : null,
    ),
    emphasis: remember(
      (
        catalog: Catalog,
        kind: ItemKind | null,
        id: string | null,
        chapter: StoryChapter | null,
        path: Emphasis | null,
      ) => computeEmphasis(catalog, kind && id !== null ? { kind, id } : null, null, chapter, path),
    ),
    openings: remember(
      (
        catalog: Catalog,
        graph: KnowledgeGraph,
        asOf: VisibleSets | null,
        filtered: VisibleSets | null,
        undirectedTypes: ReadonlySet<string>,
        hiddenKey: string,
        date: string | null,
        focusId: string | null,
        depth: 1 | 2 | 3,
        from: string,
        to: string,
        directed: boolean,
      ) =>
        findOpenings(
          catalog,
          graph,
          {
            path: { from, to, directed },
            hidden: hiddenKey === "" ? [] : hiddenKey.split(","),
            date,
            focus: focusId === null ? null : { id: focusId, depth },
          },
          { asOf, filtered },
          undirectedTypes,
        ),
    ),
    sizes: remember((measured: MeasuredValues) =>
      measured.measure === "relations" || measured.status !== "ready"
        ? null
        : sizesBy(measured.values),
    ),
    chapter: remember(
      (catalog: Catalog, id: string | null) =>
        catalog.dataset.story.find((item) => item.id === id) ?? null,
    ),
  };
}

type Chain = ReturnType<typeof chain>;

function run(steps: Chain, world: SceneWorld, state: ExplorerState): Scene {
  const { catalog, graph, measured } = world;
  const asOf = steps.asOf(catalog, state.date);
  const hiddenKey = state.hidden.join(",");
  const filtered = steps.filtered(catalog, hiddenKey);
  const visible = steps.visible(
    catalog,
    asOf,
    filtered,
    state.focus?.id ?? null,
    state.focus?.depth ?? 1,
  );
  const undirectedTypes = steps.undirectedTypes(catalog);
  const { path } = state;
  const connection = path?.to
    ? steps.connection(graph, visible, path.from, path.to, path.directed, undirectedTypes)
    : null;
  const highlightedPath = steps.pathEmphasis(connection);
  const chapter = steps.chapter(catalog, state.chapter);
  // The openings are worked out only when a connection was asked for and there is none.
  const openings =
    path?.to && connection && connection.length === null
      ? steps.openings(
          catalog,
          graph,
          asOf,
          filtered,
          undirectedTypes,
          hiddenKey,
          state.date,
          state.focus?.id ?? null,
          state.focus?.depth ?? 1,
          path.from,
          path.to,
          path.directed,
        )
      : NO_OPENINGS;
  return {
    asOf,
    filtered,
    visible,
    connection,
    pathEmphasis: highlightedPath,
    emphasis: steps.emphasis(
      catalog,
      state.selection?.kind ?? null,
      state.selection?.id ?? null,
      chapter,
      highlightedPath,
    ),
    openings,
    measured,
    sizes: steps.sizes(measured),
    chapter,
    panel: panelOf(state, connection, chapter),
  };
}

const NO_OPENINGS: Opening[] = [];

/** Node sizes on the same scale as the built graph's, by the chosen measure. */
function sizesBy(values: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...values.keys()].map((id) => [id, sizeFor(values, id)]));
}

/** The scene for one state: pure, computing every step. */
export function sceneOf(world: SceneWorld, state: ExplorerState): Scene {
  return run(
    chain((step) => step),
    world,
    state,
  );
}

/** `sceneOf`, with each step remembering its last call: for a page that derives one scene after another. */
export function createScene(): (world: SceneWorld, state: ExplorerState) => Scene {
  const steps = chain(rememberLast);
  return (world, state) => run(steps, world, state);
}
