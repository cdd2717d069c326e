/**
 * Moves the camera for the reader. A story chapter frames its focus entities. A selection made
 * outside the graph (a panel link, search, a link opened cold) glides into view when it would
 * fall near or beyond the edge; a click in the graph selects something already in view, so the
 * picture does not jump under the reader's pointer. Whatever covers the foot of the graph (the
 * phone's bottom sheet, the presenter's caption) is left out: framing happens in the band above.
 */
import { useSigma } from "@react-sigma/core";
import type Sigma from "sigma";
import { useEffect } from "react";
import { chapterEmphasis } from "../graph/emphasis";
import type { Catalog } from "../graph/catalog";
import type { StoryChapter } from "../model/schema";
import type { Selection } from "../model/vocabulary";
import { moveCamera } from "./cameraMoves";
import { cameraStateFramingNodes } from "./fitCamera";
import {
  boxAround,
  framingInBand,
  inBand,
  visibleBand,
  type CoveredView,
  type ViewportPoint,
} from "./visibleBand";

/** Share of the view, from each side, that counts as "near the edge". */
const MARGIN = 0.15;
const DURATION = 450;
/** Room, in pixels, between what is framed and the band's edges (labels run to the right). */
const PADDING = 48;

export function CameraController({
  catalog,
  selection,
  chapter,
  ready,
  coveredBottom,
}: {
  catalog: Catalog;
  selection: Selection;
  chapter: StoryChapter | null;
  /** False until the first view is framed: before that, positions are not yet on screen. */
  ready: boolean;
  /** Pixels at the foot of the graph covered by the sheet or the caption. */
  coveredBottom: number;
}) {
  const sigma = useSigma();

  // When a chapter opens (or the first view is framed with one open) ⇒ frame its entities.
  useEffect(() => {
    if (!ready || !chapter) return;
    return afterNextFrame(sigma, () => {
      const ids = [...chapterEmphasis(catalog, chapter).nodes];
      const candidate = cameraStateFramingNodes(sigma, ids);
      if (!candidate) return;
      const override = { cameraState: candidate };
      const box = boxAround(nodePoints(sigma, ids, override));
      if (!box) return;
      const framing = framingInBand(box, coveredView(sigma, coveredBottom), PADDING);
      const centre = sigma.viewportToFramedGraph(framing.centre, override);
      moveCamera(
        sigma.getCamera(),
        { ...candidate, ...centre, ratio: candidate.ratio * framing.zoomOut },
        DURATION,
      );
    });
  }, [sigma, catalog, chapter, ready, coveredBottom]);

  // When the selection changes, or the first view is framed ⇒ move the camera if the selection
  // is not comfortably in view (a link opened cold may name an entity at the edge).
  useEffect(() => {
    if (!ready || !selection) return;
    return afterNextFrame(sigma, () => moveToSelection(sigma, catalog, selection, coveredBottom));
  }, [sigma, catalog, selection, ready, coveredBottom]);

  return null;
}

/**
 * Runs `action` once sigma has drawn its next frame. A change of reducers (the highlight that
 * comes with a new selection) makes sigma re-read its nodes, and until the next frame their
 * display positions are raw layout units: measuring then would send the camera far away.
 */
function afterNextFrame(sigma: Sigma, action: () => void): () => void {
  sigma.once("afterRender", action);
  sigma.scheduleRefresh();
  return () => {
    sigma.off("afterRender", action);
  };
}

function moveToSelection(
  sigma: Sigma,
  catalog: Catalog,
  selection: NonNullable<Selection>,
  coveredBottom: number,
) {
  const ids =
    selection.kind === "entity"
      ? [selection.id]
      : (() => {
          const relation = catalog.relation.get(selection.id);
          return relation ? [relation.from, relation.to] : [];
        })();
  // A selection hidden by the date or a filter is still brought into view: it is dimmed there.
  const points = nodePoints(sigma, ids, undefined, true);
  const box = boxAround(points);
  if (!box) return;
  const view = coveredView(sigma, coveredBottom);
  if (inBand(points, visibleBand(view), MARGIN)) return;
  const camera = sigma.getCamera();
  // Zoom in no further than the reader already is; zoom out if the view is very close.
  const zoom = Math.min(camera.ratio, 1) / camera.ratio;
  const framing = framingInBand(box, view, PADDING, zoom);
  const centre = sigma.viewportToFramedGraph(framing.centre);
  moveCamera(camera, { ...centre, ratio: camera.ratio * framing.zoomOut }, DURATION);
}

/** Where the drawn ones among `ids` (or all of them) stand in the viewport (under `override`'s camera, if given). */
function nodePoints(
  sigma: Sigma,
  ids: readonly string[],
  override?: Parameters<Sigma["framedGraphToViewport"]>[1],
  includeHidden = false,
): ViewportPoint[] {
  return ids
    .map((id) => sigma.getNodeDisplayData(id))
    .filter(
      (data): data is NonNullable<typeof data> =>
        data !== undefined && (includeHidden || !data.hidden),
    )
    .map((data) => sigma.framedGraphToViewport(data, override));
}

function coveredView(sigma: Sigma, coveredBottom: number): CoveredView {
  const { width, height } = sigma.getDimensions();
  return { width, height, coveredBottom };
}
