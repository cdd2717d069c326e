/**
 * The camera moves the zoom buttons and the graph's keys share: one step, one speed, and every
 * move through cameraMoves.ts, so that "less motion" makes each a jump.
 */
import type Sigma from "sigma";
import { moveCamera, zoomCamera } from "./cameraMoves";
import { cameraStateFittingLabels } from "./fitCamera";

const STEP = 1.5;
const DURATION = 250;

export function zoomIn(sigma: Sigma): void {
  zoomCamera(sigma.getCamera(), STEP, DURATION);
}

export function zoomOut(sigma: Sigma): void {
  zoomCamera(sigma.getCamera(), 1 / STEP, DURATION);
}

/**
 * Frames every node with its label, above `coveredBottom` pixels at the foot of the graph (a
 * bottom sheet or the presenter's caption lies there).
 */
export function showWholeNetwork(sigma: Sigma, coveredBottom: number): void {
  const camera = sigma.getCamera();
  // Measure from sigma's default framing, not from wherever the reader has panned to.
  const current = camera.getState();
  camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: current.angle });
  const target = cameraStateFittingLabels(sigma, coveredBottom);
  camera.setState(current);
  moveCamera(camera, target, DURATION);
}
