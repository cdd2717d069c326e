// Saves the README's pictures in docs/: screenshot.png (a claim the notes get wrong, its panel
// setting what the notes say beside what the chronology says), text-view.png (the "Cast and
// relations" view beside the graph), dark.png (a story chapter in the dark theme) and phone.png
// (an entity on a phone, its panel in the bottom sheet).
// Run it through `npm run screenshot`, which builds and serves the app first; run directly, it
// screenshots whatever E2E_BASE_URL serves (a dev server, say).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DOCS = path.join(ROOT, "docs");
const READY = '[data-testid="graph"][data-ready="true"]';
const DESKTOP = { width: 1280, height: 800 };

/** The README's pictures: each a view of the built-in dataset, a screen size and a theme. */
export const SHOTS = [
  {
    file: "phone.png",
    view: "?entity=beria",
    viewport: { width: 390, height: 844 },
    touch: true,
  },
  {
    file: "screenshot.png",
    view: "?relation=khrushchev-stood-apart-from-stalins-innermost-circle",
    viewport: DESKTOP,
  },
  { file: "text-view.png", view: "?view=text&entity=beria", viewport: DESKTOP },
  {
    file: "dark.png",
    view: "?chapter=the-anti-party-group",
    viewport: DESKTOP,
    colorScheme: "dark",
  },
];

/**
 * Opens each of SHOTS under `baseUrl`, waits for the graph to be ready (and 1.5 s more for the
 * last frames), and saves a PNG of the viewport into docs/.
 * @param {{ baseUrl: string, executablePath: string }} options
 * @returns {Promise<string[]>} the files written
 */
export async function takeScreenshots({ baseUrl, executablePath }) {
  // Without --disable-gpu: with it, headless Chromium leaves sigma's WebGL layers blank at a
  // phone's width in the picture (the page itself draws them; the touch tests find every node).
  const args = CHROMIUM_ARGS.filter((arg) => arg !== "--disable-gpu");
  const browser = await chromium.launch({ executablePath, headless: true, args });
  const written = [];
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({
        viewport: shot.viewport,
        deviceScaleFactor: 1,
        colorScheme: shot.colorScheme ?? "light",
        hasTouch: shot.touch ?? false,
        isMobile: shot.touch ?? false,
      });
      const page = await context.newPage();
      const errors = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(new URL(shot.view, baseUrl).href);
      try {
        await page.locator(READY).waitFor({ state: "visible", timeout: 60_000 });
      } catch {
        const detail = errors.length > 0 ? `; page errors: ${errors.join(" | ")}` : "";
        throw new Error(`the graph never became ready (${READY}) for ${shot.view}${detail}`);
      }
      await page.waitForTimeout(1500);
      mkdirSync(DOCS, { recursive: true });
      const outFile = path.join(DOCS, shot.file);
      await page.screenshot({ path: outFile });
      for (const error of errors)
        console.warn(`screenshot: console error on ${shot.view}: ${error}`);
      written.push(outFile);
      await context.close();
    }
    return written;
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
    const files = await takeScreenshots({ baseUrl, executablePath: findChromium() });
    for (const file of files)
      console.log(`screenshot: wrote ${path.relative(process.cwd(), file)}`);
  } catch (error) {
    console.error(`screenshot: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
