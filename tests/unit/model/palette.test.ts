/**
 * One palette for the page and the canvas: the stylesheets name colours only through the custom
 * properties that src/model/palette.ts sets, so a theme is one object and a typo in a property's
 * name fails here instead of falling back, silently, to the browser's default colour.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../../src/model/colour";
import {
  cssCustomProperties,
  cssPropertyName,
  DARK_PALETTE,
  forcedPalette,
  LIGHT_PALETTE,
  mixRgb,
  onPaletteChange,
  palette,
  setPalette,
  type Palette,
} from "../../../src/model/palette";

const STYLES = path.resolve(__dirname, "../../../src/styles");
const sheets = readdirSync(STYLES)
  .filter((file) => file.endsWith(".css"))
  .map((file) => ({ file, text: readFileSync(path.join(STYLES, file), "utf8") }));
/** A sheet without its comments, which may mention colours. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "");

/** Two contrast themes as Windows ships them, resolved the way the browser resolves them. */
const HIGH_CONTRAST_BLACK = forcedPalette({
  canvas: "#000000",
  canvasText: "#ffffff",
  grayText: "#3ff23f",
  highlight: "#1aebff",
  highlightText: "#000000",
  linkText: "#ffff00",
});
const HIGH_CONTRAST_WHITE = forcedPalette({
  canvas: "#ffffff",
  canvasText: "#000000",
  grayText: "#600000",
  highlight: "#37006e",
  highlightText: "#ffffff",
  linkText: "#00009f",
});

const PALETTES: [string, Palette][] = [
  ["light", LIGHT_PALETTE],
  ["dark", DARK_PALETTE],
  ["forced black", HIGH_CONTRAST_BLACK],
  ["forced white", HIGH_CONTRAST_WHITE],
];
/** Colours text is written in, and the colours it is written on (styles/*.css). */
const TEXT = ["ink", "muted", "accent", "error", "notes", "reference"] as const;
const BACKGROUNDS = [
  "paper",
  "panel",
  "accentSoft",
  "accentWash",
  "errorWash",
  "notesWash",
  "referenceWash",
  "warning",
  "mark",
] as const;

describe("palette", () => {
  it("names each colour as a CSS custom property", () => {
    expect(cssPropertyName("ink")).toBe("--ink");
    expect(cssPropertyName("accentSoft")).toBe("--accent-soft");
    expect(cssPropertyName("unknownRelation")).toBe("--unknown-relation");
    expect(cssCustomProperties(LIGHT_PALETTE)).toContainEqual(["--dimmed-node", "#d9dce1"]);
    expect(cssCustomProperties(LIGHT_PALETTE)).toHaveLength(Object.keys(LIGHT_PALETTE).length);
  });

  it("holds only colours a stylesheet and a canvas both read", () => {
    for (const [name, colours] of PALETTES) {
      for (const [key, value] of Object.entries(colours) as [keyof Palette, string][]) {
        expect(value, `${name} ${key}`).toMatch(/^#[0-9a-f]{6}$|^rgba?\([\d.,%/\s]+\)$/);
      }
    }
  });

  it("gives every text colour 4.5:1 on every background it is set on, in every theme", () => {
    const failures: string[] = [];
    for (const [name, colours] of PALETTES) {
      for (const text of TEXT) {
        for (const background of BACKGROUNDS) {
          const ratio = contrastRatio(colours[text], colours[background]);
          if (ratio < 4.5)
            failures.push(`${name}: ${text} on ${background} is ${ratio.toFixed(2)}`);
        }
      }
      const onAccent = contrastRatio(colours.onAccent, colours.accent);
      if (onAccent < 4.5) failures.push(`${name}: onAccent on accent is ${onAccent.toFixed(2)}`);
    }
    expect(failures).toEqual([]);
  });

  it("mixes the system colours the browser gives, and refuses what it cannot read", () => {
    expect(() => mixRgb("Canvas", "#000000", 0.5)).toThrow(/Not a colour to mix/);
    expect(mixRgb("#ffffff", "#000000", 0)).toBe("rgb(255, 255, 255)");
    expect(mixRgb("rgb(0, 0, 0)", "#ffffff", 0.3)).toBe("rgb(77, 77, 77)");
    expect(mixRgb("rgb(255, 255, 255)", "rgb(0, 0, 0)", 1)).toBe("rgb(0, 0, 0)");
    // Dimmed entities step back from the text in a contrast theme, whatever its GrayText.
    expect(HIGH_CONTRAST_BLACK.dimmedNode).toBe("rgb(77, 77, 77)");
  });

  it("outlines entities in a colour that reaches 3:1 against the page in every theme", () => {
    for (const [name, colours] of PALETTES) {
      expect(contrastRatio(colours.nodeBorder, colours.paper), name).toBeGreaterThanOrEqual(3);
    }
  });

  it("tells its listeners when the palette in use changes, and only then", () => {
    const seen: Palette[] = [];
    const stop = onPaletteChange((next) => seen.push(next));
    try {
      setPalette(LIGHT_PALETTE);
      expect(seen).toEqual([]);
      setPalette(DARK_PALETTE);
      expect(palette).toBe(DARK_PALETTE);
      setPalette(DARK_PALETTE);
      expect(seen).toEqual([DARK_PALETTE]);
    } finally {
      setPalette(LIGHT_PALETTE);
      stop();
    }
    expect(seen).toEqual([DARK_PALETTE, LIGHT_PALETTE]);
    setPalette(DARK_PALETTE);
    setPalette(LIGHT_PALETTE);
    expect(seen).toHaveLength(2);
  });

  it("is the only place the stylesheets take a colour from", () => {
    for (const { file, text } of sheets) {
      expect(code(text), file).not.toMatch(
        /#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(|(?<![\w-])(white|black)(?![\w-])/,
      );
    }
  });

  it("defines every custom property the stylesheets use", () => {
    const fromPalette = new Set(cssCustomProperties(LIGHT_PALETTE).map(([name]) => name));
    const all = sheets.map(({ text }) => code(text)).join("\n");
    const declared = new Set([...all.matchAll(/(--[a-z-]+)\s*:/g)].map((match) => match[1] ?? ""));
    const used = new Set([...all.matchAll(/var\((--[a-z-]+)\)/g)].map((match) => match[1] ?? ""));
    const undefinedNames = [...used].filter(
      (name) => !fromPalette.has(name) && !declared.has(name),
    );
    expect(undefinedNames).toEqual([]);
  });
});
