// Finds the Chromium the end-to-end tests drive through playwright-core.
// Browser downloads (`npx playwright install`) do not work here; Debian's `chromium` package does.
// The browser tests are never skipped: without a browser this throws an Error that says what to
// install.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, statSync } from "node:fs";

export const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/**
 * Flags for headless Chromium on a machine without a GPU; WebGL (which sigma needs) then renders in
 * software through SwiftShader. playwright-core already passes --no-sandbox and
 * --enable-unsafe-swiftshader by default; they are repeated here so that WebGL keeps working if
 * those defaults change. tests/e2e/browser.ts and scripts/bench/browser.ts import this list.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export const NOT_FOUND_MESSAGE =
  "No Chromium found. Install Debian's chromium package (sudo apt-get install chromium) " +
  "or set CHROMIUM_PATH to a Chromium or Chrome binary.";

/** True when `file` is a regular file this process may execute. */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Runs a command with its output streamed to ours; throws if it fails. */
function run(command, args) {
  console.log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal})`,
    );
  }
}

/** Installs Debian's chromium with apt-get; only called as root on Debian. */
function installDebianChromium() {
  console.log("No Chromium found: installing Debian's chromium package with apt-get.");
  try {
    run("apt-get", ["update"]);
    run("apt-get", ["install", "-y", "chromium"]);
  } catch (error) {
    throw new Error(`${NOT_FOUND_MESSAGE} (apt-get install chromium failed: ${error.message})`, {
      cause: error,
    });
  }
  if (!isExecutable("/usr/bin/chromium")) {
    throw new Error(
      `${NOT_FOUND_MESSAGE} (apt-get installed chromium but /usr/bin/chromium is missing)`,
    );
  }
  return "/usr/bin/chromium";
}

/**
 * The path of a Chromium or Chrome binary: $CHROMIUM_PATH if set and executable, else the first
 * of CANDIDATES that exists. With none, installs Debian's chromium when running as root on Debian,
 * else throws an Error whose message says what to install.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.warn(`CHROMIUM_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
  }
  const found = CANDIDATES.find(isExecutable);
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/etc/debian_version")) return installDebianChromium();
  throw new Error(NOT_FOUND_MESSAGE);
}
