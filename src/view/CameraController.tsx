/**
 * Moves the camera for the reader. A story chapter frames its focus entities. A selection made
 * outside the graph (a panel link, search, a link opened cold) glides into view when it would
 * fall near or beyond the edge; a click in the graph selects something already in view, so the
 * picture does not jump under the reader's pointer.
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

/** Share of the view, from each side, that counts as "near the edge". */
const MARGIN = 0.15;
const DURATION = 450;

export function CameraController({
  catalog,
  selection,
  chapter,
  ready,
}: {
  catalog: Catalog;
  selection: Selection;
  chapter: StoryChapter | null;
  /** False until the first view is framed: before that, positions are not yet on screen. */
  ready: boolean;
}) {
  const sigma = useSigma();

  // When a chapter opens (or the first view is framed with one open) ⇒ frame its entities.
  useEffect(() => {
    if (!ready || !chapter) return;
    return afterNextFrame(sigma, () => {
      const ids = [...chapterEmphasis(catalog, chapter).nodes];
      const target = cameraStateFramingNodes(sigma, ids);
      if (target) moveCamera(sigma.getCamera(), target, DURATION);
    });
  }, [sigma, catalog, chapter, ready]);

  // When the selection changes, or the first view is framed ⇒ move the camera if the selection
  // is not comfortably in view (a link opened cold may name an entity at the edge).
  useEffect(() => {
    if (!ready || !selection) return;
    return afterNextFrame(sigma, () => moveToSelection(sigma, catalog, selection));
  }, [sigma, catalog, selection, ready]);

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

function moveToSelection(sigma: Sigma, catalog: Catalog, selection: NonNullable<Selection>) {
  const ids =
    selection.kind === "entity"
      ? [selection.id]
      : (() => {
          const relation = catalog.relation.get(selection.id);
          return relation ? [relation.from, relation.to] : [];
        })();
  const points = ids
    .map((id) => sigma.getNodeDisplayData(id))
    .filter((data): data is NonNullable<typeof data> => data !== undefined);
  if (points.length === 0) return;
  const { width, height } = sigma.getDimensions();
  const inView = points.every((point) => {
    const { x, y } = sigma.framedGraphToViewport(point);
    return (
      x > width * MARGIN &&
      x < width * (1 - MARGIN) &&
      y > height * MARGIN &&
      y < height * (1 - MARGIN)
    );
  });
  if (inView) return;
  const centre = {
    x: points.reduce((sum, point) => sum + point.x, 0) / points.length,
    y: points.reduce((sum, point) => sum + point.y, 0) / points.length,
  };
  const camera = sigma.getCamera();
  // Zoom in no further than the reader already is; zoom out if the view is very close.
  moveCamera(camera, { ...centre, ratio: Math.min(camera.ratio, 1) }, DURATION);
}
