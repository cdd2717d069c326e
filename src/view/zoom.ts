/** The camera moves the zoom buttons and the graph's keys share: one step, one speed. */
import type Sigma from "sigma";
import { cameraStateFittingLabels } from "./fitCamera";

const STEP = 1.5;
const DURATION = 250;

export function zoomIn(sigma: Sigma): void {
  void sigma.getCamera().animatedZoom({ factor: STEP, duration: DURATION });
}

export function zoomOut(sigma: Sigma): void {
  void sigma.getCamera().animatedUnzoom({ factor: STEP, duration: DURATION });
}

/** Frames every node with its label. */
export function showWholeNetwork(sigma: Sigma): void {
  const camera = sigma.getCamera();
  // Measure from sigma's default framing, not from wherever the reader has panned to.
  const current = camera.getState();
  camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: current.angle });
  const target = cameraStateFittingLabels(sigma);
  camera.setState(current);
  void camera.animate(target, { duration: DURATION });
}
