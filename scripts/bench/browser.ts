/**
 * Headless Chromium for the benchmark: launched as the end-to-end tests launch it (the system
 * Chromium through playwright-core, software WebGL), one fresh context per measured run so that
 * no run inherits another's caches or state.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
// @ts-expect-error: a JavaScript module shared with scripts/e2e.mjs, typed by its JSDoc only.
import { CHROMIUM_ARGS, findChromium } from "../find-chromium.mjs";
import { INPUT_TYPES, NAME_SHIM, installProbe } from "./probe";

/** The same window for every run and both pages: frame costs depend on the canvas size. */
export const VIEWPORT = { width: 1280, height: 800 };

/** Console messages that are not errors even when logged as one (as in tests/e2e/browser.ts). */
const IGNORED_CONSOLE_MESSAGES = [/GPU stall due to ReadPixels/];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium() as string,
    headless: true,
    args: [...(CHROMIUM_ARGS as string[])],
  });
}

export interface BenchPage {
  page: Page;
  context: BrowserContext;
  /** Page errors and console errors so far, to name the cause when a step fails. */
  errors: string[];
  close(): Promise<void>;
}

/** Opens `url` in a fresh context with the probe installed before the page's scripts. */
export async function openPage(browser: Browser, url: string): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("crash", () => errors.push("the page crashed"));
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" && !IGNORED_CONSOLE_MESSAGES.some((re) => re.test(text))) {
      errors.push(text);
    }
  });
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(installProbe, INPUT_TYPES);
  await page.goto(url, { waitUntil: "commit" });
  return { page, context, errors, close: () => context.close() };
}

const LATE = Symbol("late");

/**
 * Asks the page `check` every `intervalMs` until it returns something other than null; throws
 * after `timeoutMs`. Polling from here rather than in the page keeps the page's frames free of
 * our callbacks while it works (and needs no eval, which the app's CSP refuses). A page whose main
 * thread is stuck does not answer at all, so each question also races the deadline.
 */
export async function pollPage<T>(
  page: Page,
  check: () => T | null,
  options: { timeoutMs: number; intervalMs?: number; what: string },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  const late = () =>
    new Error(`${options.what} did not happen within ${options.timeoutMs / 1000} s`);
  for (;;) {
    const answer = page.evaluate(check);
    // Once the deadline has won, the page's answer (or its closing) no longer matters.
    answer.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const expiry = new Promise<typeof LATE>((resolve) => {
      timer = setTimeout(() => resolve(LATE), Math.max(0, deadline - Date.now()));
    });
    const value = await Promise.race([answer, expiry]).finally(() => clearTimeout(timer));
    if (value === LATE) throw late();
    if (value !== null) return value as T;
    if (Date.now() > deadline) throw late();
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
}

/** The page's JavaScript heap in MB after a full garbage collection (Chromium's DevTools). */
export async function heapMB(bench: BenchPage): Promise<number> {
  const cdp = await bench.context.newCDPSession(bench.page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return usedSize / (1024 * 1024);
  } finally {
    await cdp.detach();
  }
}

/** The time of a User Timing entry: a measure's duration or a mark's start; null if absent. */
export function timingEntry(page: Page, name: string): Promise<number | null> {
  return page.evaluate((entryName) => {
    const entry = performance.getEntriesByName(entryName)[0];
    if (!entry) return null;
    return entry.entryType === "measure" ? entry.duration : entry.startTime;
  }, name);
}
