/**
 * The rendering and interaction benchmark: how the app feels on networks of 1,000 to 50,000
 * entities, next to sigma drawing the same graph alone.
 *
 *   npm run bench -- --sizes 1000,10000,50000 --json bench.json
 *   npm run bench -- --sizes 1000 --runs 1 --no-build      (a quick try on the last builds)
 *
 * It builds the app (vite build into dist/, as scripts/e2e.mjs does) and the bare sigma page
 * (scripts/bench/bare/ into dist-bench/bare/), serves both with the generated datasets on one
 * origin (server.ts), and drives headless Chromium (the system one, software WebGL, 1280x800).
 * For each size it opens the seeded synthetic dataset (synthetic.ts: three relations per entity,
 * eight entity types, twelve relation types, dated) and measures, in the app:
 *
 * - parse + validate, graph build and layout (the app's "dramatis:*" User Timing measures; the
 *   layout runs in a worker after the first frame) and the time to the first frame;
 * - the latency from a real input to the frame that shows its effect for hover, click, a search
 *   keystroke, a time-scrub step and a filter toggle (interactions.ts);
 * - the median and 95th percentile frame time over a scripted five-second pan and zoom
 *   (panzoom.ts), the JS heap after load (after a forced GC) and the longest main-thread task;
 *
 * and in the bare page (the app's graph export with its final positions, drawn by sigma with the
 * app's sigma settings, no React, no panels, on a canvas the size of the app's graph) the first
 * frame and the same pan and zoom, so that the app's figures stand as ratios to sigma's own.
 *
 * First of all it times the built-in dataset's first frame, and bare sigma's on the same graph:
 * the wait every reader has on opening the page.
 *
 * Each figure is the median of `--runs` runs (default 5) after one warm-up run; each run is a
 * fresh browser context. Also recorded: the gzip size of the app's JavaScript. The table goes to
 * stdout, progress to stderr; `--json FILE` writes the figures as JSON. `--no-build` reuses the
 * builds already in dist/ and dist-bench/. Numbers are printed, never asserted: machines differ
 * and are noisy.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { APP_DIR, BARE_DIR, buildApp, buildBare, bundleSize, checkBuilds } from "./build";
import {
  machine,
  toJson,
  toTable,
  type BuiltInResult,
  type Report,
  type SizeResult,
} from "./report";
import {
  appRun,
  bareBuiltInRun,
  bareRun,
  builtInRun,
  type AppFigures,
  type BareFigures,
} from "./runs";
import { startServer, type StaticServer } from "./server";
import { median } from "./stats";
import { oneLine } from "./steps";
import { syntheticDataset } from "./synthetic";

interface Options {
  sizes: number[];
  runs: number;
  json: string | null;
  build: boolean;
}

const USAGE =
  "usage: npm run bench -- [--sizes 1000,10000,50000] [--runs 5] [--json FILE] [--no-build]";

/** A mistake in the command line: reported with the usage. */
class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const options: Options = { sizes: [1000, 10000, 50000], runs: 5, json: null, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === "--sizes") {
      options.sizes = value()
        .split(",")
        .map((text) => Number(text.trim()));
      if (options.sizes.some((size) => !Number.isInteger(size) || size < 10)) {
        throw new UsageError(
          "--sizes takes whole numbers of entities (10 or more), comma-separated",
        );
      }
    } else if (arg === "--runs") {
      options.runs = Number(value());
      if (!Number.isInteger(options.runs) || options.runs < 1) {
        throw new UsageError("--runs takes a whole number, 1 or more");
      }
    } else if (arg === "--json") {
      options.json = path.resolve(value());
    } else if (arg === "--no-build") {
      options.build = false;
    } else {
      throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  return options;
}

function progress(message: string): void {
  console.error(`[bench] ${message}`);
}

/** The median of each figure over the runs. */
function medians<T extends object>(runs: T[]): T {
  const first = runs[0];
  if (!first) throw new Error("no runs");
  return Object.fromEntries(
    Object.keys(first).map((key) => [
      key,
      median(runs.map((run) => (run as Record<string, number>)[key] ?? NaN)),
    ]),
  ) as T;
}

function brief(figures: AppFigures | BareFigures): string {
  const parts = [
    `first frame ${Math.round(figures.firstFrameMs)} ms`,
    `frames ${figures.panFrameMedianMs.toFixed(1)}/${figures.panFrameP95Ms.toFixed(1)} ms`,
  ];
  if ("hoverMs" in figures) {
    parts.push(
      `layout ${Math.round(figures.layoutMs)} ms`,
      `hover ${Math.round(figures.hoverMs)}`,
      `click ${Math.round(figures.clickMs)}`,
      `search ${Math.round(figures.searchMs)}`,
      `scrub ${Math.round(figures.scrubMs)}`,
      `filter ${Math.round(figures.filterMs)} ms`,
    );
  }
  return parts.join(", ");
}

/** Names the size and run in a failure's one-line message. */
async function labelled<T>(label: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`${label}: ${oneLine(error)}`, { cause: error });
  }
}

async function measureSize(
  browser: Browser,
  origin: string,
  dataDir: string,
  size: number,
  runs: number,
): Promise<SizeResult> {
  const dataName = `synthetic-${size}.json`;
  const snapshotName = `snapshot-${size}.json`;
  await labelled(`size ${size}, generating the dataset`, () =>
    writeFile(path.join(dataDir, dataName), JSON.stringify(syntheticDataset(size, 1))),
  );
  const app = {
    origin,
    size,
    dataPath: `/bench-data/${dataName}`,
    onProgress: (message: string) => progress(`size ${size}: app: ${message}`),
  };

  // The warm-up run also saves the app's graph, with its final positions, for the bare page.
  progress(`size ${size}: warm-up run (app, then bare sigma)`);
  const warmUp = await labelled(`size ${size}, app warm-up run`, () =>
    appRun(browser, { ...app, snapshotFile: path.join(dataDir, snapshotName) }),
  );
  const bare = {
    origin,
    snapshotPath: `/bench-data/${snapshotName}`,
    canvas: { width: warmUp.canvasWidth, height: warmUp.canvasHeight },
  };
  await labelled(`size ${size}, bare warm-up run`, () => bareRun(browser, bare));

  // App and bare runs alternate, so that a slow spell of the machine falls on both.
  const appRuns: AppFigures[] = [];
  const bareRuns: BareFigures[] = [];
  for (let i = 1; i <= runs; i++) {
    const appFigures = await labelled(`size ${size}, app run ${i} of ${runs}`, () =>
      appRun(browser, app),
    );
    progress(`size ${size}: app run ${i}/${runs}: ${brief(appFigures)}`);
    appRuns.push(appFigures);
    const bareFigures = await labelled(`size ${size}, bare run ${i} of ${runs}`, () =>
      bareRun(browser, bare),
    );
    progress(`size ${size}: bare run ${i}/${runs}: ${brief(bareFigures)}`);
    bareRuns.push(bareFigures);
  }
  return { size, app: medians(appRuns), bare: medians(bareRuns) };
}

/** The built-in dataset's first frame, and bare sigma's on the same graph: medians of `runs`. */
async function measureBuiltIn(
  browser: Browser,
  origin: string,
  dataDir: string,
  runs: number,
): Promise<BuiltInResult> {
  const snapshotName = "snapshot-built-in.json";
  progress("built-in dataset: warm-up run (app, then bare sigma)");
  const warmUp = await labelled("built-in dataset, app warm-up run", () =>
    builtInRun(browser, { origin, snapshotFile: path.join(dataDir, snapshotName) }),
  );
  const bare = {
    origin,
    snapshotPath: `/bench-data/${snapshotName}`,
    canvas: { width: warmUp.canvasWidth, height: warmUp.canvasHeight },
  };
  await labelled("built-in dataset, bare warm-up run", () => bareBuiltInRun(browser, bare));
  const app: number[] = [];
  const bareFrames: number[] = [];
  for (let i = 1; i <= runs; i++) {
    app.push(
      (await labelled(`built-in dataset, app run ${i}`, () => builtInRun(browser, { origin })))
        .firstFrameMs,
    );
    bareFrames.push(
      await labelled(`built-in dataset, bare run ${i}`, () => bareBuiltInRun(browser, bare)),
    );
    progress(
      `built-in dataset: run ${i}/${runs}: first frame ${Math.round(app.at(-1) ?? NaN)} ms, ` +
        `bare ${Math.round(bareFrames.at(-1) ?? NaN)} ms`,
    );
  }
  return {
    size: warmUp.size,
    app: { firstFrameMs: median(app) },
    bare: { firstFrameMs: median(bareFrames) },
  };
}

async function main(argv: string[]): Promise<void> {
  const options = parseArgs(argv);
  if (options.build) {
    progress("vite build -> dist/");
    await buildApp();
    progress("vite build (bare sigma page) -> dist-bench/bare/");
    await buildBare();
  } else {
    checkBuilds();
  }
  const bundle = await bundleSize();
  progress(
    `JavaScript gzip: ${bundle.totalGzipBytes} bytes in all, ` +
      `${bundle.entryGzipBytes} in the entry chunk ${bundle.entryFile}; ` +
      `the built-in dataset's file ${bundle.dataGzipBytes}`,
  );

  // The datasets and graph snapshots live in a temporary folder, served under /bench-data/.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "dramatis-bench-"));
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startServer([
      { prefix: "/", dir: APP_DIR },
      { prefix: "/bare/", dir: BARE_DIR },
      { prefix: "/bench-data/", dir: dataDir },
    ]);
    progress(`serving at ${server.origin}`);
    browser = await labelled("launching Chromium", () => launchBrowser());
    const builtIn = await measureBuiltIn(browser, server.origin, dataDir, options.runs);
    const results: SizeResult[] = [];
    for (const size of options.sizes) {
      results.push(await measureSize(browser, server.origin, dataDir, size, options.runs));
    }
    const report: Report = {
      runs: results,
      builtIn,
      bundleGzipBytes: bundle.totalGzipBytes,
      entryGzipBytes: bundle.entryGzipBytes,
      dataGzipBytes: bundle.dataGzipBytes,
      runsPerFigure: options.runs,
      machine: machine(browser.version()),
      date: new Date().toISOString(),
    };
    if (options.json) {
      await writeFile(options.json, toJson(report));
      progress(`wrote ${options.json}`);
    }
    console.log(toTable(report));
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(`[bench] error: ${oneLine(error)}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exitCode = 1;
}
