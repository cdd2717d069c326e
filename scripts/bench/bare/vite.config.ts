/**
 * Builds the benchmark's bare sigma page (scripts/bench/bare/) into dist-bench/bare/, served by
 * scripts/bench/server.ts under /bare/. Production build, like the app's, so the two compare.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const HERE = path.dirname(fileURLToPath(import.meta.url));
// scripts/bench/build.ts (BARE_DIR) serves it from here.
const OUT_DIR = path.resolve(HERE, "../../../dist-bench/bare");

export default defineConfig({
  root: HERE,
  base: "/bare/",
  logLevel: "warn",
  // The app's public/ folder (favicon) is not needed here.
  publicDir: false,
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
});
