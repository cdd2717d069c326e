/**
 * Keeps the selection in sight: when the selected entity (or both ends of the selected relation)
 * would fall near or beyond the edge of the view, the camera glides to it. A click in the graph
 * selects something already in view, so the picture does not jump under the reader's pointer.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { Catalog } from "../graph/catalog";
import type { Selection } from "../state/explorer";

/** Share of the view, from each side, that counts as "near the edge". */
const MARGIN = 0.15;

export function CameraController({
  catalog,
  selection,
  ready,
}: {
  catalog: Catalog;
  selection: Selection;
  /** False until the first view is framed: before that, positions are not yet on screen. */
  ready: boolean;
}) {
  const sigma = useSigma();

  // When the selection changes, or the first view is framed ⇒ move the camera if the selection
  // is not comfortably in view (a link opened cold may name an entity at the edge).
  useEffect(() => {
    if (!ready || !selection) return;
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
    camera.animate({ ...centre, ratio: Math.min(camera.ratio, 1) }, { duration: 450 });
  }, [sigma, catalog, selection, ready]);

  return null;
}
