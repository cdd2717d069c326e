/**
 * sigma animates some moves of its own: the wheel's zoom, a double click or double tap, the glide
 * after a drag. When the reader asks their system for less motion, those become jumps too, and
 * follow the setting if it changes while the page is open. Draws nothing.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { prefersReducedMotion } from "../state/motion";

/**
 * sigma's values under "less motion". A duration of 1 ms, not 0: sigma's camera divides the time
 * elapsed by the duration, and 0 / 0 would put NaN in the camera. Inertia ratio 0: the view stays
 * where the finger or the mouse left it.
 */
const REDUCED = {
  zoomDuration: 1,
  doubleClickZoomingDuration: 1,
  inertiaDuration: 1,
  inertiaRatio: 0,
} as const;

type MotionSetting = keyof typeof REDUCED;
const KEYS = Object.keys(REDUCED) as MotionSetting[];

export function MotionController() {
  const sigma = useSigma();

  // When sigma is mounted, and whenever the system's motion setting changes ⇒ use sigma's
  // reduced values, or put back the ones it was made with.
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const original = Object.fromEntries(KEYS.map((key) => [key, sigma.getSetting(key)])) as Record<
      MotionSetting,
      number
    >;
    const query = window.matchMedia("(prefers-reduced-motion: reduce)");
    const apply = () => {
      const reduce = prefersReducedMotion();
      for (const key of KEYS) sigma.setSetting(key, reduce ? REDUCED[key] : original[key]);
    };
    apply();
    query.addEventListener("change", apply);
    // No settings put back on the way out: this runs only as sigma goes, with its container
    // already off the page, and a setting changed then makes sigma measure a container of no width.
    return () => query.removeEventListener("change", apply);
  }, [sigma]);

  return null;
}
