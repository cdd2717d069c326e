// The end-to-end specs: run them with `npm run test:e2e` (scripts/e2e.mjs), which builds and
// serves the app and sets CHROMIUM_PATH and E2E_BASE_URL. The unit tests' config is vite.config.ts.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default: too short for a file read in a worker on a busy
    // two-core machine. A poll returns as soon as it holds, so a longer limit costs a passing test
    // nothing; it only keeps a slow machine from failing a working page.
    expect: { poll: { timeout: 10_000 } },
    // Two cores and a software-rendered WebGL: one spec file, hence one browser, at a time.
    fileParallelism: false,
  },
});
