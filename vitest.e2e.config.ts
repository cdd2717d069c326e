// The end-to-end specs: run them with `npm run test:e2e` (scripts/e2e.mjs), which builds and
// serves the app and sets CHROMIUM_PATH and E2E_BASE_URL. The unit tests' config is vite.config.ts.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores and a software-rendered WebGL: one spec file, hence one browser, at a time.
    fileParallelism: false,
  },
});
