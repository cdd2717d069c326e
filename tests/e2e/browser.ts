/**
 * The browser the end-to-end specs drive: the system Chromium through playwright-core, launched
 * with the flags of scripts/find-chromium.mjs, and a page of the app served by scripts/e2e.mjs
 * (which sets CHROMIUM_PATH and E2E_BASE_URL). Specs do not open pages themselves: the `open`
 * fixture of ./fixture.ts does, and checks each page's console when the test ends.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
// @ts-expect-error: a JavaScript module shared with scripts/e2e.mjs, typed by its JSDoc only.
import { CHROMIUM_ARGS } from "../../scripts/find-chromium.mjs";

/** Console messages that are not errors even when logged as one. */
const IGNORED_CONSOLE_MESSAGES = [/GPU stall due to ReadPixels/];

/** The app's base URL, as served by scripts/e2e.mjs. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) {
    throw new Error(
      "E2E_BASE_URL is not set: run the end-to-end tests with `npm run test:e2e`, " +
        "which builds and serves the app.",
    );
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** `path` ("/", "/?entity=x", "#…") resolved against the app's base URL. */
export function appUrl(path: string): string {
  return new URL(path.replace(/^\/+/, ""), baseUrl()).href;
}

/**
 * A new headless Chromium (executablePath from CHROMIUM_PATH, else /usr/bin/chromium), with
 * `extraArgs` after find-chromium's CHROMIUM_ARGS (such as `--disable-webgl` for a browser
 * without WebGL).
 */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...(CHROMIUM_ARGS as readonly string[]), ...extraArgs],
  });
}

export interface OpenPageOptions {
  /** Defaults to 1280x800. */
  viewport?: { width: number; height: number };
  /** The system colour scheme the page sees (`prefers-color-scheme`); defaults to light. */
  colorScheme?: "light" | "dark";
  /**
   * Extra Chromium flags: the page then opens in a browser of its own, launched with them (and
   * closed with the page).
   */
  browserArgs?: readonly string[];
  /** A phone's touch screen: touch events and taps (`hasTouch`), a mobile viewport (`isMobile`). */
  touch?: boolean;
  /** The system's "reduce motion" setting, as prefers-reduced-motion reports it. */
  reducedMotion?: "reduce" | "no-preference";
  /** Runs on the new page before it opens `path`: to route requests, say. */
  beforeNavigation?: (page: Page) => Promise<void>;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every console error and uncaught page error so far, as text. */
  consoleErrors: string[];
  /** Closes the page's context. */
  close: () => Promise<void>;
}

/** Opens `path` of the app in a fresh context of `browser`, collecting console and page errors. */
export async function openPage(
  browser: Browser,
  path: string,
  options: Omit<OpenPageOptions, "browserArgs"> = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: options.colorScheme ?? "light",
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    reducedMotion: options.reducedMotion ?? "no-preference",
  });
  const page = await context.newPage();
  // Waits for what a person sees fail within a test's time, with the locator in the message.
  page.setDefaultTimeout(10_000);
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (IGNORED_CONSOLE_MESSAGES.some((pattern) => pattern.test(text))) return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(
      url ? `console.error: ${text} (${url}:${lineNumber})` : `console.error: ${text}`,
    );
  });
  page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on("crash", () => consoleErrors.push("the page crashed"));
  try {
    await options.beforeNavigation?.(page);
    await page.goto(appUrl(path));
  } catch (error) {
    await context.close();
    throw error;
  }
  return { page, context, consoleErrors, close: () => context.close() };
}
