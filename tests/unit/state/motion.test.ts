/**
 * "Less motion" read from the system at the moment of moving: an animation's duration becomes 0
 * (a jump) only when the reader asked for it, and a page without matchMedia moves as usual.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { motionDuration, prefersReducedMotion } from "../../../src/state/motion";

function systemAsks(reduce: boolean | "no matchMedia") {
  vi.stubGlobal(
    "matchMedia",
    reduce === "no matchMedia"
      ? undefined
      : (query: string) => ({ matches: reduce && query === "(prefers-reduced-motion: reduce)" }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("motion on request only", () => {
  it.each([
    ["no matchMedia", false, 450],
    [false, false, 450],
    [true, true, 0],
  ] as const)("system asks %s ⇒ reduce %s, 450 ms becomes %i", (asks, reduce, duration) => {
    systemAsks(asks);
    expect(prefersReducedMotion()).toBe(reduce);
    expect(motionDuration(450)).toBe(duration);
  });

  it("follows a change of the system setting without a reload", () => {
    systemAsks(false);
    expect(motionDuration(250)).toBe(250);
    systemAsks(true);
    expect(motionDuration(250)).toBe(0);
  });
});
