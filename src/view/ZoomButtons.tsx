/** Zoom in, zoom out, and show everything: for readers without a wheel, a trackpad or two fingers. */
import { useSigma } from "@react-sigma/core";
import { showWholeNetwork, zoomIn, zoomOut } from "./zoom";

export function ZoomButtons({ coveredBottom }: { coveredBottom: number }) {
  const sigma = useSigma();
  return (
    <div className="zoom-buttons" role="group" aria-label="Zoom">
      <button type="button" title="Zoom in" aria-label="Zoom in" onClick={() => zoomIn(sigma)}>
        +
      </button>
      <button type="button" title="Zoom out" aria-label="Zoom out" onClick={() => zoomOut(sigma)}>
        −
      </button>
      <button
        type="button"
        title="Show the whole network"
        aria-label="Show the whole network"
        onClick={() => showWholeNetwork(sigma, coveredBottom)}
      >
        ⤢
      </button>
    </div>
  );
}
