/**
 * The current view as a picture: SVG drawn from sigma's display data (so it shows exactly what is
 * on screen: the date, the filters, the emphasis), and PNG from sigma's own renderer at one or two
 * times the screen's size. Both carry the legend, so a picture pasted into a worksheet still says
 * what its colours mean.
 */
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { Attributes } from "graphology-types";
import type { LegendEntry } from "../export/picture";
import { ENTITY_MARKS, entityMark } from "../model/marks";
import { palette } from "../model/palette";

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const LEGEND_ROW = 18;
const LEGEND_PADDING = 10;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A colour as the SVG attribute expects it; anything unexpected becomes grey, never markup. */
function safeColor(color: unknown): string {
  return typeof color === "string" && /^#[0-9a-fA-F]{3,8}$|^rgba?\([\d.,\s%]+\)$/.test(color)
    ? color
    : palette.unknownRelation;
}

/** Width of a column of the legend; a label longer than fits is cut short with "…". */
const LEGEND_COLUMN = 190;
const LEGEND_LABEL_CHARS = 26;

interface PlacedEntry {
  entry: LegendEntry;
  label: string;
  /** Left edge of the entry and the middle of its row, below the legend's top. */
  x: number;
  y: number;
}

/**
 * The legend in as many columns as the picture's width holds, filled column by column so that
 * entity types and relation types each read down: a single column of 36 types made the legend
 * taller than the picture above it.
 */
function legendLayout(
  entries: readonly LegendEntry[],
  width: number,
): { height: number; placed: PlacedEntry[] } {
  const columns = Math.max(1, Math.floor((width - LEGEND_PADDING * 2) / LEGEND_COLUMN));
  const rows = Math.ceil(entries.length / columns);
  const placed = entries.map((entry, index) => ({
    entry,
    label:
      entry.label.length > LEGEND_LABEL_CHARS
        ? `${entry.label.slice(0, LEGEND_LABEL_CHARS - 1)}…`
        : entry.label,
    x: LEGEND_PADDING + Math.floor(index / rows) * LEGEND_COLUMN,
    y: LEGEND_PADDING + (index % rows) * LEGEND_ROW + LEGEND_ROW / 2,
  }));
  return { height: rows * LEGEND_ROW + LEGEND_PADDING * 2, placed };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reads display data of any graph
type AnySigma = Sigma<any, any, Attributes>;

export function viewToSvg(sigma: AnySigma, title: string, legend: readonly LegendEntry[]): string {
  const { width, height } = sigma.getDimensions();
  const ratio = sigma.getCamera().getState().ratio;
  const graph = sigma.getGraph();
  const settings = sigma.getSettings();
  const parts: string[] = [];
  const legendTop = height;
  const legendBox = legendLayout(legend, width);
  const totalHeight = height + legendBox.height;

  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${totalHeight}" viewBox="0 0 ${width} ${totalHeight}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${palette.paper}"/>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>`,
  );

  const point = (node: string) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return null;
    const { x, y } = sigma.framedGraphToViewport(data);
    return { node, x, y, r: sigma.scaleSize(data.size, ratio), data };
  };

  // Edges first, under the nodes, in sigma's drawing order (lower zIndex first).
  const edges = graph
    .edges()
    .map((edge) => ({ edge, data: sigma.getEdgeDisplayData(edge) }))
    .filter((item) => item.data && !item.data.hidden)
    .sort((a, b) => (a.data?.zIndex ?? 0) - (b.data?.zIndex ?? 0));
  for (const { edge, data } of edges) {
    const from = point(graph.source(edge));
    const to = point(graph.target(edge));
    if (!from || !to || !data) continue;
    const type = String(graph.getEdgeAttribute(edge, "type") ?? "arrow");
    const curvature = Number(graph.getEdgeAttribute(edge, "curvature") ?? 0) || 0;
    const arrow = type === "arrow" || type === "curvedArrow";
    // Stop at the target's rim, so the arrow head is not hidden under the node.
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    const end = { x: to.x - (dx / length) * to.r, y: to.y - (dy / length) * to.r };
    const stroke = `stroke="${safeColor(data.color)}" stroke-width="${Math.max(1, data.size / 1.5).toFixed(2)}" fill="none"${arrow ? ' marker-end="url(#arrow)"' : ""}`;
    if (curvature !== 0) {
      // A quadratic curve bending to the same side as the WebGL program's.
      const control = {
        x: (from.x + end.x) / 2 - dy * curvature,
        y: (from.y + end.y) / 2 + dx * curvature,
      };
      parts.push(
        `<path d="M${from.x.toFixed(1)},${from.y.toFixed(1)} Q${control.x.toFixed(1)},${control.y.toFixed(1)} ${end.x.toFixed(1)},${end.y.toFixed(1)}" ${stroke}/>`,
      );
    } else {
      parts.push(
        `<line x1="${from.x.toFixed(1)}" y1="${from.y.toFixed(1)}" x2="${end.x.toFixed(1)}" y2="${end.y.toFixed(1)}" ${stroke}/>`,
      );
    }
  }

  const nodes = graph
    .nodes()
    .map((node) => point(node))
    .filter((item): item is NonNullable<typeof item> => item !== null)
    .sort((a, b) => (a.data.zIndex ?? 0) - (b.data.zIndex ?? 0));
  // Each entity in its type's mark (model/marks.ts), ring by ring from the outside in, as the
  // node programs draw it; a clear ring shows the page (the canvas shows what lies under it).
  for (const { x, y, r, data } of nodes) {
    const mark = ENTITY_MARKS.find((item) => item.id === data.type) ?? entityMark(0);
    parts.push(`<g class="entity">`);
    let radius = r;
    for (const ring of mark.rings) {
      const fill =
        ring.paint === "fill"
          ? safeColor(data.color)
          : ring.paint === "border"
            ? safeColor((data as { borderColor?: string }).borderColor ?? palette.nodeBorder)
            : palette.paper;
      parts.push(
        `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius.toFixed(1)}" fill="${fill}"/>`,
      );
      radius -= ring.width * r;
    }
    parts.push(`</g>`);
  }
  // Labels as sigma would draw them: those it shows, to the right of their node, with a halo.
  const labelled = sigma.getNodeDisplayedLabels();
  for (const { node, x, y, r, data } of nodes) {
    if (!data.label || !labelled.has(node)) continue;
    parts.push(
      `<text x="${(x + r + 3).toFixed(1)}" y="${(y + settings.labelSize / 3).toFixed(1)}" font-size="${settings.labelSize}" font-weight="${escapeXml(String(settings.labelWeight))}" fill="${palette.ink}" stroke="${palette.paper}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapeXml(data.label)}</text>`,
    );
  }

  // The legend under the picture.
  parts.push(
    `<rect x="0" y="${legendTop}" width="${width}" height="${legendBox.height}" fill="${palette.panel}"/>`,
  );
  for (const { entry, label, x, y: rowMiddle } of legendBox.placed) {
    const y = legendTop + rowMiddle;
    const color = safeColor(entry.color);
    parts.push(
      entry.shape === "dot"
        ? `<circle cx="${x + 6}" cy="${y}" r="5" fill="${color}"/>`
        : `<line x1="${x}" y1="${y}" x2="${x + 14}" y2="${y}" stroke="${color}" stroke-width="3"/>`,
      `<text x="${x + 22}" y="${y + 4}" font-size="12" fill="${palette.ink}">${escapeXml(label)}</text>`,
    );
  }
  parts.push("</svg>");
  return parts.join("\n");
}

/** Draws the legend under a canvas of the view, at `scale` times CSS pixels. */
function withLegend(
  view: HTMLCanvasElement,
  legend: readonly LegendEntry[],
  scale: number,
): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  const legendBox = legendLayout(legend, view.width / scale);
  canvas.width = view.width;
  canvas.height = view.height + legendBox.height * scale;
  const context = canvas.getContext("2d");
  if (!context) return view;
  context.fillStyle = palette.paper;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(view, 0, 0);
  context.fillStyle = palette.panel;
  context.fillRect(0, view.height, canvas.width, legendBox.height * scale);
  context.scale(scale, scale);
  const top = view.height / scale;
  context.font = `12px ${FONT}`;
  for (const { entry, label, x, y: rowMiddle } of legendBox.placed) {
    const y = top + rowMiddle;
    context.fillStyle = safeColor(entry.color);
    context.strokeStyle = safeColor(entry.color);
    if (entry.shape === "dot") {
      context.beginPath();
      context.arc(x + 6, y, 5, 0, 2 * Math.PI);
      context.fill();
    } else {
      context.lineWidth = 3;
      context.beginPath();
      context.moveTo(x, y);
      context.lineTo(x + 14, y);
      context.stroke();
    }
    context.fillStyle = palette.ink;
    context.fillText(label, x + 22, y + 4);
  }
  return canvas;
}

/**
 * The view as a PNG at `scale` (1 or 2) times its size on screen. At 2x the temporary renderer
 * draws everything twice as large (positions, discs, lines, labels), so the picture is the same
 * view with twice the pixels rather than a wider view.
 */
export async function viewToPng(
  sigma: AnySigma,
  legend: readonly LegendEntry[],
  scale: 1 | 2,
): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const camera = sigma.getCamera().getState();
  const settings = sigma.getSettings();
  const view = await drawOnCanvas(sigma as unknown as Sigma, {
    width: width * scale,
    height: height * scale,
    backgroundColor: palette.paper,
    cameraState: { ...camera, ratio: camera.ratio / scale },
    sigmaSettings:
      scale === 1
        ? {}
        : {
            labelSize: settings.labelSize * scale,
            // Sizes follow the camera as on screen, then double: f2(r / 2) = f1(r) / 2.
            zoomToSizeRatioFunction: (ratio: number) =>
              settings.zoomToSizeRatioFunction(ratio * scale) / scale,
            itemSizesReference: "screen",
          },
  });
  const canvas = withLegend(view, legend, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the picture could not be encoded"))),
      "image/png",
    ),
  );
}
