/**
 * Every animated camera move goes through here, so that "less motion" (state/motion.ts) turns
 * each of them into a jump in one place, and a move with duration 0 is a plain setState that
 * draws no frame in between.
 */
import type { Camera } from "sigma";
import type { CameraState } from "sigma/types";
import { motionDuration } from "../state/motion";

export function moveCamera(camera: Camera, target: Partial<CameraState>, duration: number): void {
  const ms = motionDuration(duration);
  if (ms === 0) camera.setState(target);
  else void camera.animate(target, { duration: ms });
}

/** Zoom in (factor > 1) or out (factor < 1) about the view's centre. */
export function zoomCamera(camera: Camera, factor: number, duration: number): void {
  moveCamera(camera, { ratio: camera.getBoundedRatio(camera.ratio / factor) }, duration);
}
