/**
 * The accessibility gate: axe-core run inside a page of the app, its violations told as lines a
 * person can act on.
 *
 * The built page forbids every script but its own (vite.config.ts, CONTENT_SECURITY_POLICY), so
 * `page.addScriptTag` would be refused and the policy stays as it is. axe's source is evaluated
 * through the DevTools protocol instead (`page.evaluate` of a string), which the policy does not
 * govern, as an extension's or a screen reader's would not be.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, Result, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

/** The WCAG 2.0–2.2 A and AA rules and Deque's best practices; `wcag22aa` also turns on target-size. */
export const AXE_TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
  "best-practice",
] as const;

let axeSource: string | undefined;

/** axe-core's minified source, read once from node_modules. */
function source(): string {
  if (axeSource === undefined) {
    const require = createRequire(import.meta.url);
    axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  }
  return axeSource;
}

/** Puts axe on `page` unless it is there already (a navigation drops it). */
async function inject(page: Page): Promise<void> {
  const present = await page.evaluate(() => "axe" in window);
  if (present) return;
  // A string is evaluated as a script over the DevTools protocol: no <script> element, no CSP check.
  await page.evaluate(source());
  const injected = await page.evaluate(() => "axe" in window);
  if (!injected) throw new Error("axe-core did not load into the page");
}

/** axe's violations on the whole document of `page`, with AXE_TAGS. */
export async function axeViolations(page: Page): Promise<Result[]> {
  await inject(page);
  const options: RunOptions = {
    runOnly: { type: "tag", values: [...AXE_TAGS] },
    resultTypes: ["violations"],
  };
  const results = await page.evaluate(
    (runOptions) =>
      (
        window as unknown as { axe: { run: (context: Document, o: object) => Promise<AxeResults> } }
      ).axe
        .run(document, runOptions)
        .then((r) => r.violations),
    options,
  );
  return results;
}

/**
 * Violations as lines: the rule, its impact and help, then each element it failed on (its CSS
 * selector) with axe's summary of why.
 */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const target = node.target.map((part) => String(part)).join(" > ");
        const why = (node.failureSummary ?? "")
          .split("\n")
          .map((line) => line.trim())
          .filter((line) => line !== "")
          .join(" ");
        return `    - ${target}: ${why}`;
      });
      return [
        `  ${violation.id} (${violation.impact ?? "no impact"}): ${violation.help}`,
        ...nodes,
      ].join("\n");
    })
    .join("\n");
}
