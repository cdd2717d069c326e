/**
 * Small graph or large graph: the one policy that decides, from the number of entities, what the
 * page can afford. Each threshold was measured on a 2-core machine drawing WebGL in software (see
 * README, Performance); every part that behaves differently by size asks here.
 */

/** Up to this many entities every label is drawn and labels are spaced so none overlaps. */
export const ALL_LABELS_MAX_ENTITIES = 400;
/**
 * Up to this many entities relations can be hovered and clicked. Above it sigma would draw every
 * relation a second time, into a picking buffer, on every frame, and in a hairball of 150,000
 * lines a click on one is a lottery; an entity's panel lists its relations instead.
 */
export const EDGE_EVENTS_MAX_ENTITIES = 5000;
/** Up to this many entities the search index is built before the first frame (about 30 ms). */
export const SEARCH_AT_ONCE_MAX_ENTITIES = 2000;

export interface GraphScale {
  /**
   * Every label drawn, spaced apart by the layout (labelSpacing.ts), with emphasis installed as
   * whole reducers; and the page waits the fraction of a second the layout takes and draws the
   * graph once, arranged. A larger graph is drawn at once, moves as the layout goes, lets sigma's
   * label grid thin its labels, and repaints only what changed (view/largeGraphReducers.ts).
   */
  allLabels: boolean;
  /** Relations answer hover and click. */
  edgeEvents: boolean;
  /** The search index is built before the first frame rather than in slices after it. */
  searchAtOnce: boolean;
}

export function scaleOf(entities: number): GraphScale {
  return {
    allLabels: entities <= ALL_LABELS_MAX_ENTITIES,
    edgeEvents: entities <= EDGE_EVENTS_MAX_ENTITIES,
    searchAtOnce: entities <= SEARCH_AT_ONCE_MAX_ENTITIES,
  };
}
