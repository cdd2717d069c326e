/**
 * Builds what the benchmark serves (the app into dist/, as scripts/e2e.mjs does, and the bare
 * sigma page into dist-bench/bare/) and weighs the app's JavaScript as it would travel: gzipped.
 */
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { oneLine } from "./steps";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const APP_DIR = path.join(ROOT, "dist");
export const BARE_DIR = path.join(ROOT, "dist-bench", "bare");
const BARE_CONFIG = path.join(ROOT, "scripts", "bench", "bare", "vite.config.ts");

/** vite 8 (rolldown) gathers build errors in `errors`; the first line of the first is enough. */
function buildError(what: string, error: unknown): Error {
  const errors = (error as { errors?: unknown[] } | null)?.errors;
  const first = Array.isArray(errors) && errors.length > 0 ? errors[0] : error;
  return new Error(`vite build of ${what} failed: ${oneLine(first)}`, { cause: error });
}

export async function buildApp(): Promise<void> {
  const { build } = await import("vite");
  try {
    await build({ root: ROOT, logLevel: "warn", build: { outDir: "dist", emptyOutDir: true } });
  } catch (error) {
    throw buildError("the app", error);
  }
}

export async function buildBare(): Promise<void> {
  const { build } = await import("vite");
  try {
    await build({ configFile: BARE_CONFIG });
  } catch (error) {
    throw buildError("the bare sigma page", error);
  }
}

/** Throws, naming what to do, when a build that `--no-build` would reuse is not there. */
export function checkBuilds(): void {
  for (const dir of [APP_DIR, BARE_DIR]) {
    if (!existsSync(path.join(dir, "index.html"))) {
      throw new Error(`${path.relative(ROOT, dir)}/index.html is missing: drop --no-build`);
    }
  }
}

export interface BundleSize {
  /** gzip bytes of every dist/assets/*.js added up (the worker's chunk too). */
  totalGzipBytes: number;
  /** gzip bytes of the chunk index.html loads. */
  entryGzipBytes: number;
  entryFile: string;
  /**
   * gzip bytes of the built-in dataset's file (dist/assets/*.json): data, not JavaScript, but
   * loaded with the page, so it is weighed too.
   */
  dataGzipBytes: number;
}

/** gzip at node's default level: roughly what a server sends for each file. */
export async function bundleSize(): Promise<BundleSize> {
  const assets = path.join(APP_DIR, "assets");
  const names = await readdir(assets);
  const gzipped = new Map<string, number>();
  let dataGzipBytes = 0;
  for (const name of names) {
    if (name.endsWith(".js")) {
      gzipped.set(name, gzipSync(await readFile(path.join(assets, name))).length);
    } else if (name.endsWith(".json")) {
      dataGzipBytes += gzipSync(await readFile(path.join(assets, name))).length;
    }
  }
  const html = await readFile(path.join(APP_DIR, "index.html"), "utf8");
  const entry = /<script[^>]*type="module"[^>]*src="[^"]*\/assets\/([^"/]+\.js)"/.exec(html)?.[1];
  if (!entry || !gzipped.has(entry)) {
    throw new Error("dist/index.html names no module script under assets/");
  }
  return {
    totalGzipBytes: [...gzipped.values()].reduce((sum, bytes) => sum + bytes, 0),
    entryGzipBytes: gzipped.get(entry) ?? 0,
    entryFile: entry,
    dataGzipBytes,
  };
}
