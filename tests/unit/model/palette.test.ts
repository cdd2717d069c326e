/**
 * One palette for the page and the canvas: the stylesheets name colours only through the custom
 * properties that src/model/palette.ts sets, so a theme is one object and a typo in a property's
 * name fails here instead of falling back, silently, to the browser's default colour.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  cssCustomProperties,
  cssPropertyName,
  LIGHT_PALETTE,
  type Palette,
} from "../../../src/model/palette";

const STYLES = path.resolve(__dirname, "../../../src/styles");
const sheets = readdirSync(STYLES)
  .filter((file) => file.endsWith(".css"))
  .map((file) => ({ file, text: readFileSync(path.join(STYLES, file), "utf8") }));
/** A sheet without its comments, which may mention colours. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "");

describe("palette", () => {
  it("names each colour as a CSS custom property", () => {
    expect(cssPropertyName("ink")).toBe("--ink");
    expect(cssPropertyName("accentSoft")).toBe("--accent-soft");
    expect(cssPropertyName("unknownRelation")).toBe("--unknown-relation");
    expect(cssCustomProperties(LIGHT_PALETTE)).toContainEqual(["--dimmed-node", "#d9dce1"]);
    expect(cssCustomProperties(LIGHT_PALETTE)).toHaveLength(Object.keys(LIGHT_PALETTE).length);
  });

  it("holds only colours a stylesheet and a canvas both read", () => {
    for (const [key, value] of Object.entries(LIGHT_PALETTE) as [keyof Palette, string][]) {
      expect(value, key).toMatch(/^#[0-9a-f]{6}$|^rgba?\([\d.,%/\s]+\)$/);
    }
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
