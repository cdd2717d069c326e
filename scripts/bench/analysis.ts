/**
 * Prints how long the analysis features take on seeded synthetic networks: filters, "as of" a
 * date, the neighbourhood focus, shortest connections and the centrality measures. A benchmark
 * prints numbers; no test asserts on time (machines are shared and noisy). Run:
 *
 *   npm run bench:analysis -- --sizes 1000,10000,50000
 */
import { performance } from "node:perf_hooks";
import { asOfDate } from "../../src/graph/asOf";
import { buildLaidOutGraph } from "../../src/graph/laidOut";
import { buildCatalog } from "../../src/graph/catalog";
import { computeMeasure } from "../../src/graph/centrality";
import { findConnections } from "../../src/graph/paths";
import { filteredSets, focusedSets, intersectSets } from "../../src/graph/visibility";
import { Dataset } from "../../src/model/schema";
import { syntheticDataset } from "./synthetic";

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

/** Median of `runs` timings after one warm-up. */
function median(run: () => unknown, runs = 5): number {
  run();
  const times = Array.from({ length: runs }, () => time(run).ms).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

const sizesArg = process.argv.indexOf("--sizes");
const sizes = (sizesArg > 0 ? (process.argv[sizesArg + 1] ?? "") : "1000,10000,50000")
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 1);

const rows: Record<string, string | number>[] = [];
for (const size of sizes) {
  const dataset = Dataset.parse(syntheticDataset(size));
  const build = time(() => buildLaidOutGraph(dataset));
  const graph = build.value;
  const catalog = buildCatalog(dataset);
  const hidden = new Set(["relation:relation-0", "relation:relation-1", "entity:type-0"]);
  const filtered = filteredSets(catalog, hidden);
  const shown = asOfDate(catalog, "1955-06");
  const visible = intersectSets(filtered, shown);
  const ends = Array.from({ length: 10 }, (_, i) => [`e${i}`, `e${size - 1 - i}`] as const);
  const paths = (directed: boolean) =>
    median(() => {
      for (const [from, to] of ends) findConnections(graph, visible, from, to, { directed });
    }) / ends.length;
  rows.push({
    entities: size,
    relations: size * 3,
    "build+layout ms": Math.round(build.ms),
    "filter ms": +median(() => filteredSets(catalog, hidden)).toFixed(1),
    "as of ms": +median(() => asOfDate(catalog, "1955-06")).toFixed(1),
    "focus depth 2 ms": +median(() => focusedSets(catalog, visible, "e0", 2)).toFixed(1),
    "path ms (undirected)": +paths(false).toFixed(2),
    "path ms (directed)": +paths(true).toFixed(2),
    "pagerank ms": Math.round(median(() => computeMeasure(graph, "pagerank"), 3)),
    "betweenness ms":
      size <= 5000 ? Math.round(median(() => computeMeasure(graph, "betweenness"), 1)) : "not run",
  });
}
console.table(rows);
console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
