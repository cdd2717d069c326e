/**
 * Values as other tools write them ▶ what a dataset holds: text from whatever a cell or attribute
 * gives, aliases from a list or a ";"-separated cell, numbers from numeric text, colours from the
 * forms Gephi and spreadsheets use, and the wording of a relation read backwards. Pure functions,
 * shared by the steps of the conversion (convert.ts).
 */
import { quoted } from "../model/problem";
import type { Origin } from "./raw";

/** Text of a value as the file holds it; lists are joined; absent, empty or odd values give none. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const items = value.filter((item) => typeof item === "string" || typeof item === "number");
    return items.length > 0 ? items.join(", ") : undefined;
  }
  return undefined;
}

/** Aliases from a list, or from text separated by ";" or "|" (commas belong to names). */
export function aliasesOf(
  value: unknown,
  origin: Origin,
  lineOf: (value: unknown, origin: Origin) => string | undefined,
): string[] {
  const pieces = Array.isArray(value)
    ? (value as unknown[])
    : typeof value === "string"
      ? value.split(/[;|]/)
      : [];
  const aliases = new Set<string>();
  for (const piece of pieces) {
    const alias = lineOf(piece, origin);
    if (alias !== undefined) aliases.add(alias);
  }
  return [...aliases];
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A finite number from a number or numeric text; undefined for anything else. */
export function numberOf(value: unknown): number | undefined {
  const number =
    typeof value === "number"
      ? value
      : typeof value === "string" && NUMBER.test(value.trim())
        ? Number(value.trim())
        : NaN;
  return Number.isFinite(number) ? number : undefined;
}

export function describe(value: unknown): string {
  if (typeof value === "string") return quoted(value);
  if (typeof value === "number") return String(value);
  return typeof value;
}

/** `#rrggbb` from "#RGB", "#rrggbb", "rgb(r,g,b)" or "rgba(r,g,b,a)"; undefined otherwise. */
export function colourOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  const hex = /^#?([0-9a-f]{6})$/.exec(text)?.[1];
  if (hex) return `#${hex}`;
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*[\d.]+\s*)?\)$/.exec(
    text,
  );
  if (!rgb) return undefined;
  const channel = (part: string | undefined) =>
    Math.max(0, Math.min(255, Math.round(Number(part))))
      .toString(16)
      .padStart(2, "0");
  return `#${channel(rgb[1])}${channel(rgb[2])}${channel(rgb[3])}`;
}

/** The most frequent item; on a tie, the first seen. */
export function mostCommon(items: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const item of items) {
    const count = (counts.get(item) ?? 0) + 1;
    counts.set(item, count);
    if (count > bestCount) {
      best = item;
      bestCount = count;
    }
  }
  return best;
}

/** "arrested" ▶ "was arrested by"; anything else ▶ "← supports". */
export function inverseOf(label: string): string {
  return /^[\p{L}]+ed$/u.test(label) ? `was ${label} by` : `← ${label}`;
}
