/** The benchmark's results: the JSON file and the table printed for a person. */
import os from "node:os";
import type { AppFigures, BareFigures } from "./runs";

export interface SizeResult {
  size: number;
  app: AppFigures;
  bare: BareFigures;
}

/** The built-in dataset: its first frame, and bare sigma's on the same graph. */
export interface BuiltInResult {
  size: number;
  app: { firstFrameMs: number };
  bare: { firstFrameMs: number };
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
}

export interface Report {
  runs: SizeResult[];
  builtIn: BuiltInResult;
  /** gzip bytes of all the app's JavaScript (dist/assets/*.js). */
  bundleGzipBytes: number;
  /** gzip bytes of the entry chunk alone. */
  entryGzipBytes: number;
  /** gzip bytes of the built-in dataset's JSON file, which the page loads beside its script. */
  dataGzipBytes: number;
  /** How many measured runs each figure is the median of (after one warm-up run). */
  runsPerFigure: number;
  machine: Machine;
  date: string;
}

export function machine(chromiumVersion: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

/** Two decimals are plenty for timings that vary by more than that from run to run. */
function rounded<T extends object>(figures: T): T {
  return Object.fromEntries(
    Object.entries(figures).map(([key, value]) => [
      key,
      typeof value === "number" ? Math.round(value * 100) / 100 : value,
    ]),
  ) as T;
}

export function toJson(report: Report): string {
  const runs = report.runs.map((run) => ({
    size: run.size,
    app: rounded(run.app),
    bare: rounded(run.bare),
  }));
  const builtIn = {
    ...report.builtIn,
    app: rounded(report.builtIn.app),
    bare: rounded(report.builtIn.bare),
  };
  return `${JSON.stringify({ ...report, runs, builtIn }, null, 2)}\n`;
}

function number(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  return Math.abs(value) >= 100 ? String(Math.round(value)) : value.toFixed(1);
}

function withRatio(app: number, bare: number): string {
  const ratio = app / bare;
  return Number.isFinite(ratio) ? `${number(app)} (${ratio.toFixed(2)}x)` : number(app);
}

interface Row {
  label: string;
  cell: (run: SizeResult) => string;
}

const ROWS: Row[] = [
  {
    label: "first frame ms (app/bare)",
    cell: (r) => withRatio(r.app.firstFrameMs, r.bare.firstFrameMs),
  },
  {
    label: "pan+zoom frame median ms",
    cell: (r) => withRatio(r.app.panFrameMedianMs, r.bare.panFrameMedianMs),
  },
  {
    label: "pan+zoom frame p95 ms",
    cell: (r) => withRatio(r.app.panFrameP95Ms, r.bare.panFrameP95Ms),
  },
  {
    label: "pan+zoom frames (app/bare)",
    cell: (r) => `${Math.round(r.app.panFrames)} / ${Math.round(r.bare.panFrames)}`,
  },
  { label: "hover → highlight ms", cell: (r) => number(r.app.hoverMs) },
  { label: "click → panel ms", cell: (r) => number(r.app.clickMs) },
  { label: "search keystroke → results ms", cell: (r) => number(r.app.searchMs) },
  { label: "time scrub step ms", cell: (r) => number(r.app.scrubMs) },
  { label: "filter toggle ms", cell: (r) => number(r.app.filterMs) },
  { label: "fetch + parse + validate ms", cell: (r) => number(r.app.parseMs) },
  { label: "graph build ms", cell: (r) => number(r.app.buildMs) },
  { label: "catalog ms", cell: (r) => number(r.app.catalogMs) },
  { label: "search index ms", cell: (r) => number(r.app.searchIndexMs) },
  { label: "layout ms (worker)", cell: (r) => number(r.app.layoutMs) },
  { label: "longest task ms", cell: (r) => number(r.app.longestTaskMs) },
  { label: "JS heap MB (app)", cell: (r) => number(r.app.heapMB) },
  { label: "bare first frame ms", cell: (r) => number(r.bare.firstFrameMs) },
  { label: "bare frame median ms", cell: (r) => number(r.bare.panFrameMedianMs) },
  { label: "bare frame p95 ms", cell: (r) => number(r.bare.panFrameP95Ms) },
  { label: "JS heap MB (bare)", cell: (r) => number(r.bare.heapMB) },
];

/** Kilobytes of 1,000 bytes, as the budget (250 kB) and the README count them. */
function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** One row per figure, one column per size; first frame and frame times with app/bare. */
export function toTable(report: Report): string {
  const header = ["", ...report.runs.map((run) => `${run.size.toLocaleString("en")} entities`)];
  const body = ROWS.map((row) => [row.label, ...report.runs.map(row.cell)]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((cells) => (cells[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  const { machine: m } = report;
  const canvases = report.runs
    .map((run) => `${Math.round(run.app.canvasWidth)}x${Math.round(run.app.canvasHeight)}`)
    .filter((size, index, all) => all.indexOf(size) === index);
  const { builtIn } = report;
  return [
    `Built-in dataset (${builtIn.size} entities): first frame ${number(builtIn.app.firstFrameMs)} ms, ` +
      `bare sigma ${number(builtIn.bare.firstFrameMs)} ms ` +
      `(${(builtIn.app.firstFrameMs / builtIn.bare.firstFrameMs).toFixed(2)}x)`,
    "",
    line(header),
    line(widths.map((width) => "-".repeat(width))),
    ...body.map(line),
    "",
    `JavaScript, gzip: ${kB(report.bundleGzipBytes)} in all, entry chunk ${kB(report.entryGzipBytes)}; ` +
      `built-in dataset (JSON) ${kB(report.dataGzipBytes)}`,
    `Graph canvas ${canvases.join(", ")} CSS px, app and bare alike, in a 1280x800 window.`,
    `Each figure: median of ${report.runsPerFigure} run(s) after one warm-up run.`,
    `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}; node ${m.node}; Chromium ${m.chromium}`,
  ].join("\n");
}
