/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { builtInDataset } from "./scripts/vite/builtInDataset.ts";

const BUILT_IN_DATASET = fileURLToPath(
  new URL("./data/post-stalin-power-struggle.json", import.meta.url),
);

/**
 * The built page may run only the app's own script: no inline script, no eval, no other origin.
 * Set as a <meta> in the built index.html (so it holds wherever the files are served), and only
 * for the build: the dev server's hot reload needs an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "dramatis-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), builtInDataset(BUILT_IN_DATASET)],
  build: {
    // sigma + graphology + react are one app; a single chunk keeps first load to one request.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
  },
});
