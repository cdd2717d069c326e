/**
 * What the benchmark installs in every page before the page's own scripts run (through
 * Playwright's addInitScript, which the app's Content-Security-Policy does not block): input
 * timestamps, long tasks, a frame recorder and a watcher that tells when an interaction has
 * reached the screen.
 *
 * Everything here runs in the browser. Functions handed to the page are sent as source text, so
 * they may use nothing from this module's scope.
 */

/** The watcher's answer: how long from the input to the frame that showed its effect. */
export interface Latency {
  ms: number;
}

export interface BenchProbe {
  /** `event.timeStamp` (the performance.now() clock) of the last input event of each type. */
  inputs: Record<string, number>;
  /** Every long task (over 50 ms on the main thread) since the page started. */
  longTasks: { startTime: number; duration: number }[];
  /**
   * Starts watching for `condition` after each frame; `wait()` then resolves with the time from
   * the first `inputType` event after arming to the frame where `condition` first held.
   */
  arm(condition: () => boolean, inputType: string, timeoutMs: number, what: string): void;
  wait(): Promise<Latency>;
  /** Records the time of every frame (requestAnimationFrame) until stopFrames. */
  startFrames(): void;
  /** The gaps between the frames recorded since startFrames, in ms. */
  stopFrames(): number[];
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

/** The input events whose time the probe keeps; the benchmark's inputs are among these. */
export const INPUT_TYPES = [
  "pointermove",
  "mousemove",
  "pointerdown",
  "mousedown",
  "mouseup",
  "click",
  "keydown",
  "wheel",
];

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(...)`; functions sent to the page
 * keep those calls, so the page needs a `__name` of its own. Installed before everything else.
 */
export const NAME_SHIM = "globalThis.__name = globalThis.__name || ((target) => target);";

/** The init script: sent to the page as text, run there before any of its own scripts. */
export function installProbe(inputTypes: string[]): void {
  const inputs: Record<string, number> = {};
  // Capturing on window sees every input first, whatever the page does with it afterwards.
  for (const type of inputTypes) {
    window.addEventListener(
      type,
      (event) => {
        inputs[type] = event.timeStamp;
      },
      { capture: true, passive: true },
    );
  }

  const longTasks: { startTime: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push({ startTime: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // A browser without long task timing: longestTaskMs stays empty.
  }

  let pending: Promise<Latency> | null = null;
  let frames: number[] | null = null;

  const probe: BenchProbe = {
    inputs,
    longTasks,
    arm(condition, inputType, timeoutMs, what) {
      const armedAt = performance.now();
      pending = new Promise<Latency>((resolve, reject) => {
        // A message posted from a frame callback is handled after that frame's other callbacks
        // (sigma draws in one) and its rendering: checking there, a change drawn in a frame is
        // seen in that same frame rather than the next one.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const now = performance.now();
          const input = inputs[inputType];
          if (input !== undefined && input >= armedAt && condition()) {
            channel.port1.close();
            resolve({ ms: now - input });
          } else if (now - armedAt > timeoutMs) {
            channel.port1.close();
            const seen = input !== undefined && input >= armedAt;
            reject(
              new Error(
                seen
                  ? `${what} did not show within ${timeoutMs} ms`
                  : `no ${inputType} event reached the page within ${timeoutMs} ms`,
              ),
            );
          } else {
            requestAnimationFrame(() => channel.port2.postMessage(null));
          }
        };
        requestAnimationFrame(() => channel.port2.postMessage(null));
      });
      // The watcher may fail before anyone waits for it; that is reported by wait().
      pending.catch(() => undefined);
    },
    wait() {
      if (!pending) return Promise.reject(new Error("nothing armed"));
      const result = pending;
      pending = null;
      return result;
    },
    startFrames() {
      const times: number[] = [];
      frames = times;
      const tick = (time: number) => {
        if (frames !== times) return;
        times.push(time);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      const times = frames ?? [];
      frames = null;
      return times.slice(1).map((time, i) => time - (times[i] ?? time));
    },
  };
  window.__bench = probe;
}
