/**
 * Whether the reader asked their system for less motion (prefers-reduced-motion). Read at the
 * moment of moving, not once at startup, so that changing the system setting takes effect on the
 * next move without a reload. Every animated camera move and every on-screen layout asks here.
 */
const REDUCE_QUERY = "(prefers-reduced-motion: reduce)";

export function prefersReducedMotion(): boolean {
  // No matchMedia (a test's DOM, an old browser): nothing was asked for.
  const matchMedia = globalThis.matchMedia as typeof window.matchMedia | undefined;
  return typeof matchMedia === "function" ? matchMedia(REDUCE_QUERY).matches : false;
}

/** `duration` (ms) for an animation, or 0 when the reader asked for less motion: a jump. */
export function motionDuration(duration: number): number {
  return prefersReducedMotion() ? 0 : duration;
}
