/**
 * The app's own colours, in one place: the page's CSS and the canvas (sigma, the label halo, the
 * SVG and PNG pictures) both read them from here. The colours of entity and relation types are
 * not here: they are data, declared by each dataset (`entityTypes[].color`, `relationTypes[].color`).
 *
 * Why TypeScript is the source and CSS the copy, not the other way round: the canvas needs the
 * values as strings before anything is on screen (sigma's settings, the reducers) and in places
 * that have no stylesheet (the picture export, unit tests, a Node script); reading them back with
 * getComputedStyle would tie all of those to a rendered page. So `main.tsx` writes
 * `cssCustomProperties(palette)` onto <html> before the first render, and the stylesheets
 * (src/styles/) only ever say `var(--ink)`, never a colour.
 *
 * Why in model/: it is the floor every other folder may read (graph/ needs the fallback colours,
 * view/ the canvas's, a panel may one day draw a swatch), and its fence keeps this file plain data,
 * with no library and no other folder.
 *
 * The dark and forced-colours themes are other objects of this shape: switching theme means
 * choosing another `Palette` (`setPalette`, called by src/app/theme.ts when the system setting
 * changes) and telling whoever drew with the old one (`onPaletteChange`).
 */

export interface Palette {
  /** Text, label text on the canvas, and relations drawn in emphasis on large graphs. */
  ink: string;
  /** Secondary text: kinds, dates, hints. */
  muted: string;
  /** Borders and rules, the timeline's rail. */
  line: string;
  /** The page, the graph's background and the picture's. */
  paper: string;
  /** Quiet boxes: hints, the source text, the legend under a picture. */
  panel: string;
  /** Links, focus rings, the primary action. */
  accent: string;
  /** Text on an accent background. */
  onAccent: string;
  /** A pressed or selected control. */
  accentSoft: string;
  /** A panel that belongs to the current action (the connection picker, the focus bar). */
  accentWash: string;
  /** The drop zone over the page while a file is dragged in. */
  accentVeil: string;
  /** The quoted passage in the source reader, and its outline. */
  mark: string;
  markOutline: string;
  /** Errors: the error page's heading, a failed export, the count of filters in force. */
  error: string;
  /** Behind an alleged or disputed claim's badge. */
  errorWash: string;
  /** Warnings and offers: the notice bar, import notes, a fix on offer, "no connection". */
  warning: string;
  warningLine: string;
  /** Badges saying where a claim comes from: the notes, or a reference work. */
  notes: string;
  notesWash: string;
  reference: string;
  referenceWash: string;
  /** A story chapter's mark on the timeline. */
  timelineMark: string;
  /** The legend's list of relation types where it floats over the graph. */
  overlay: string;
  /** Shadows of floating boxes, and the dimming behind a dialog. */
  shadow: string;
  shadowStrong: string;
  /** What is not emphasised while an entity is hovered or selected (small graphs). */
  dimmedNode: string;
  dimmedEdge: string;
  /** The halo under a label on the canvas, so that lines crossing it do not hide it. */
  labelHalo: string;
  /** An entity or relation whose type declares no colour, or a colour a picture cannot trust. */
  unknownEntity: string;
  unknownRelation: string;
  /** The outline of every entity's mark (model/marks.ts): it reaches 3:1 against `paper`. */
  nodeBorder: string;
}

export const LIGHT_PALETTE: Palette = {
  ink: "#1f2328",
  muted: "#59636e",
  line: "#d0d7de",
  paper: "#ffffff",
  panel: "#f6f8fa",
  accent: "#0b57d0",
  onAccent: "#ffffff",
  accentSoft: "#ddeaff",
  accentWash: "#f3f7ff",
  accentVeil: "rgb(11 87 208 / 12%)",
  mark: "#fff0a8",
  markOutline: "#e3b341",
  error: "#a0111f",
  errorWash: "#ffe2e0",
  warning: "#fff8c5",
  warningLine: "#d4a72c",
  notes: "#116329",
  notesWash: "#ddf4e4",
  reference: "#7d4e00",
  referenceWash: "#fff1d6",
  timelineMark: "#b2182b",
  overlay: "rgb(255 255 255 / 97%)",
  shadow: "rgb(0 0 0 / 12%)",
  shadowStrong: "rgb(0 0 0 / 25%)",
  dimmedNode: "#d9dce1",
  dimmedEdge: "#eceef1",
  labelHalo: "rgba(255, 255, 255, 0.92)",
  unknownEntity: "#888888",
  unknownRelation: "#999999",
  nodeBorder: "#3d444d",
};

/** For `prefers-color-scheme: dark`: every text colour reaches 4.5:1 on every background here. */
export const DARK_PALETTE: Palette = {
  ink: "#e6edf3",
  muted: "#9ea7b3",
  line: "#3d444d",
  paper: "#0d1117",
  panel: "#161b22",
  accent: "#6cb6ff",
  onAccent: "#0d1117",
  accentSoft: "#1c3557",
  accentWash: "#121d2f",
  accentVeil: "rgb(108 182 255 / 16%)",
  mark: "#423400",
  markOutline: "#d29922",
  error: "#ff8e86",
  errorWash: "#3a1618",
  warning: "#2f2a10",
  warningLine: "#bb8009",
  notes: "#6fdd8b",
  notesWash: "#12291c",
  reference: "#e9b949",
  referenceWash: "#2d2312",
  timelineMark: "#ff7b72",
  overlay: "rgb(13 17 23 / 97%)",
  shadow: "rgb(0 0 0 / 45%)",
  shadowStrong: "rgb(0 0 0 / 65%)",
  dimmedNode: "#2b323c",
  dimmedEdge: "#1e242c",
  labelHalo: "rgba(13, 17, 23, 0.92)",
  unknownEntity: "#8b949e",
  unknownRelation: "#6e7681",
  nodeBorder: "#c9d1d9",
};

/** The system colours a forced-colours theme is made of, as the browser resolves them. */
export interface SystemColours {
  canvas: string;
  canvasText: string;
  grayText: string;
  highlight: string;
  highlightText: string;
  linkText: string;
}

/**
 * For `forced-colors: active` (Windows contrast themes and the like). The stylesheets use the
 * system colour keywords there themselves (styles/forced-colors.css); this palette is for the
 * canvas, which cannot read a keyword: the user's own colours, resolved by the browser, with
 * every shade collapsed to text, background or highlight, as the system's own controls do.
 */
export function forcedPalette(system: SystemColours): Palette {
  const { canvas, canvasText, grayText, highlight, highlightText, linkText } = system;
  // Text is only ever set on `canvas` here: a pressed control or a quoted passage shows by its
  // outline, as the stylesheets draw it in forced colours.
  return {
    ink: canvasText,
    muted: canvasText,
    line: canvasText,
    paper: canvas,
    panel: canvas,
    accent: linkText,
    onAccent: highlightText,
    accentSoft: canvas,
    accentWash: canvas,
    accentVeil: canvas,
    mark: canvas,
    markOutline: canvasText,
    error: canvasText,
    errorWash: canvas,
    warning: canvas,
    warningLine: canvasText,
    notes: canvasText,
    notesWash: canvas,
    reference: canvasText,
    referenceWash: canvas,
    timelineMark: highlight,
    overlay: canvas,
    shadow: canvasText,
    shadowStrong: canvasText,
    // GrayText is no dimmer than text in some contrast themes (bright green in Windows' black
    // one), so what steps back is drawn as the page with a little of the text in it.
    dimmedNode: mixRgb(canvas, canvasText, 0.3),
    dimmedEdge: mixRgb(canvas, canvasText, 0.18),
    labelHalo: canvas,
    unknownEntity: grayText,
    unknownRelation: grayText,
    nodeBorder: canvasText,
  };
}

/**
 * `share` of `towards` in `from`, both `#rrggbb` or `rgb(r, g, b)` (as getComputedStyle gives
 * them), as `rgb(r, g, b)`.
 */
export function mixRgb(from: string, towards: string, share: number): string {
  const channels = (colour: string): number[] => {
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
    if (hex) return hex.slice(1).map((part) => parseInt(part, 16));
    const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
    if (rgb) return rgb.slice(1).map(Number);
    throw new Error(`Not a colour to mix: "${colour}"`);
  };
  const a = channels(from);
  const b = channels(towards);
  const mixed = a.map((value, i) => Math.round(value + ((b[i] ?? value) - value) * share));
  return `rgb(${mixed.join(", ")})`;
}

/** The palette in use; reassigned by `setPalette`, so read it when drawing, not at module load. */
export let palette: Palette = LIGHT_PALETTE;

const listeners = new Set<(next: Palette) => void>();

/** Switches the palette in use and tells every listener, once, if it changed. */
export function setPalette(next: Palette): void {
  if (next === palette) return;
  palette = next;
  for (const listener of listeners) listener(next);
}

/** Calls `listener` after each switch; returns the way to stop. */
export function onPaletteChange(listener: (next: Palette) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `accentSoft` ⇒ `--accent-soft`. */
export function cssPropertyName(key: keyof Palette): string {
  return `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** Every colour of `colours` as a CSS custom property, `["--ink", "#1f2328"]` and so on. */
export function cssCustomProperties(colours: Palette): [string, string][] {
  return (Object.keys(colours) as (keyof Palette)[]).map((key) => [
    cssPropertyName(key),
    colours[key],
  ]);
}
