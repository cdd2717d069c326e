/** Zoom in, zoom out, and show everything: for readers without a wheel or a trackpad. */
import { useSigma } from "@react-sigma/core";
import { moveCamera, zoomCamera } from "./cameraMoves";
import { cameraStateFittingLabels } from "./fitCamera";

const STEP = 1.5;
const DURATION = 250;

export function ZoomButtons({ coveredBottom }: { coveredBottom: number }) {
  const sigma = useSigma();
  const camera = () => sigma.getCamera();
  return (
    <div className="zoom-buttons" role="group" aria-label="Zoom">
      <button
        type="button"
        title="Zoom in"
        aria-label="Zoom in"
        onClick={() => zoomCamera(camera(), STEP, DURATION)}
      >
        +
      </button>
      <button
        type="button"
        title="Zoom out"
        aria-label="Zoom out"
        onClick={() => zoomCamera(camera(), 1 / STEP, DURATION)}
      >
        −
      </button>
      <button
        type="button"
        title="Show the whole network"
        aria-label="Show the whole network"
        onClick={() => {
          // Measure from sigma's default framing, not from wherever the reader has panned to.
          const current = camera().getState();
          camera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: current.angle });
          const target = cameraStateFittingLabels(sigma, coveredBottom);
          camera().setState(current);
          moveCamera(camera(), target, DURATION);
        }}
      >
        ⤢
      </button>
    </div>
  );
}
