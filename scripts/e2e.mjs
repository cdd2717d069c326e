// Runs the end-to-end tests against the built app:
//   1. finds Chromium (scripts/find-chromium.mjs) and exports CHROMIUM_PATH;
//   2. builds the app into dist/ with `vite build`;
//   3. serves dist/ with `vite preview` on 127.0.0.1 and a free port, exported as E2E_BASE_URL;
//   4. runs tests/e2e/**/*.e2e.ts with vitest (vitest.e2e.config.ts) in a child process;
//   5. stops the server and exits with vitest's exit code.
// Arguments after the options go to vitest, e.g. `npm run test:e2e -- smoke` runs smoke.e2e.ts.
// `--screenshot-only` builds and serves, then saves the README's pictures in docs/ instead of testing.
// `--no-build` serves the dist/ already there.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium } from "./find-chromium.mjs";
import { takeScreenshots } from "./screenshot.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function log(message) {
  console.log(`\n[e2e] ${message}`);
}

/** The first informative line of an error's message, without colours or stack. */
function oneLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  // eslint-disable-next-line no-control-regex
  const lines = message.replace(/\u001b\[[0-9;]*m/g, "").split("\n");
  const useful = lines.map((line) => line.trim()).filter((line) => line !== "");
  const first = useful.find((line) => !/^Build failed with \d+ errors?:$/.test(line));
  if (!first) return "unknown error";
  // A code frame names the place as "╭─[ src/main.ts:25:19 ]".
  const place = /\[ ?([^\s\]]+:\d+:\d+) ?\]/.exec(useful.slice(1).join("\n"))?.[1];
  return place && !first.includes(place) ? `${first} (${place})` : first;
}

/** vite 8 (rolldown) gathers build errors in `errors`: one line each. */
function buildErrorLine(error) {
  const errors = error && Array.isArray(error.errors) ? error.errors : [];
  if (errors.length === 0) return oneLine(error);
  const shown = errors.slice(0, 3).map(oneLine).join("; ");
  return errors.length > 3 ? `${shown}; and ${errors.length - 3} more` : shown;
}

async function buildApp() {
  log("vite build -> dist/");
  const { build } = await import("vite");
  try {
    await build({ root: ROOT, logLevel: "warn", build: { outDir: "dist", emptyOutDir: true } });
  } catch (error) {
    throw new Error(`vite build failed: ${buildErrorLine(error)}`, { cause: error });
  }
}

async function serveApp() {
  if (!existsSync(path.join(ROOT, "dist", "index.html"))) {
    throw new Error("dist/index.html is missing: build the app first (drop --no-build)");
  }
  const { preview } = await import("vite");
  const server = await preview({
    root: ROOT,
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error("vite preview started but reported no local URL");
  }
  log(`vite preview serving dist/ at ${url}`);
  return { server, url };
}

/** Runs vitest with the e2e config; resolves to its exit code. */
function runVitest(extraArgs, env) {
  const vitest = path.join(ROOT, "node_modules", "vitest", "vitest.mjs");
  if (!existsSync(vitest)) throw new Error("vitest is not installed: run `npm ci` first");
  const args = [vitest, "run", "--config", "vitest.e2e.config.ts", ...extraArgs];
  log(`vitest ${args.slice(1).join(" ")}`);
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" });
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolve, reject) => {
    child.on("error", (error) => reject(new Error(`vitest could not start: ${error.message}`)));
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      if (signal) console.error(`[e2e] vitest was stopped by ${signal}`);
      resolve(code ?? 1);
    });
  });
}

async function main(argv) {
  const screenshotOnly = argv.includes("--screenshot-only");
  const noBuild = argv.includes("--no-build");
  const vitestArgs = argv.filter((arg) => arg !== "--screenshot-only" && arg !== "--no-build");

  const executablePath = findChromium();
  log(`Chromium: ${executablePath}`);

  if (!noBuild) await buildApp();
  const { server, url } = await serveApp();
  try {
    if (screenshotOnly) {
      const files = await takeScreenshots({ baseUrl: url, executablePath });
      for (const file of files) log(`wrote ${path.relative(process.cwd(), file)}`);
      return 0;
    }
    return await runVitest(vitestArgs, {
      ...process.env,
      CHROMIUM_PATH: executablePath,
      E2E_BASE_URL: url,
    });
  } finally {
    await server.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`[e2e] error: ${oneLine(error)}`);
  process.exitCode = 1;
}
