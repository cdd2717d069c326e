// Saves docs/screenshot.png, the README's picture: a claim the notes get wrong, its panel setting
// what the notes say beside what the chronology says, each with its quote.
// Run it through `npm run screenshot`, which builds and serves the app first; run directly, it
// screenshots whatever E2E_BASE_URL serves (a dev server, say).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SCREENSHOT_FILE = path.join(ROOT, "docs", "screenshot.png");
const READY = '[data-testid="graph"][data-ready="true"]';
/** The view the README shows: a disputed claim of the built-in dataset, opened. */
export const SCREENSHOT_VIEW = "?relation=khrushchev-stood-apart-from-stalins-innermost-circle";

/**
 * Opens SCREENSHOT_VIEW under `baseUrl` at 1280x800, waits for the graph to be ready (and 500 ms more for the last
 * frames), and saves a PNG of the viewport to `outFile`.
 * @param {{ baseUrl: string, executablePath: string, outFile?: string }} options
 * @returns {Promise<string>} the file written
 */
export async function takeScreenshot({ baseUrl, executablePath, outFile = SCREENSHOT_FILE }) {
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(new URL(SCREENSHOT_VIEW, baseUrl).href);
    try {
      await page.locator(READY).waitFor({ state: "visible", timeout: 60_000 });
    } catch {
      const detail = errors.length > 0 ? `; page errors: ${errors.join(" | ")}` : "";
      throw new Error(`the graph never became ready (${READY}) at ${baseUrl}${detail}`);
    }
    await page.waitForTimeout(500);
    mkdirSync(path.dirname(outFile), { recursive: true });
    await page.screenshot({ path: outFile });
    for (const error of errors) console.warn(`screenshot: console error on the page: ${error}`);
    return outFile;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.env.E2E_BASE_URL;
  try {
    if (!baseUrl) {
      throw new Error("E2E_BASE_URL is not set: use `npm run screenshot`, which serves the app.");
    }
    const file = await takeScreenshot({ baseUrl, executablePath: findChromium() });
    console.log(`screenshot: wrote ${path.relative(process.cwd(), file)}`);
  } catch (error) {
    console.error(`screenshot: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
