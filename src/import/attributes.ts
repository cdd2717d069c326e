/**
 * What an imported file says beyond the format's own fields ▶ the free attributes of an entity
 * or relation (schema.ts `Attributes`), typed as the file typed them. Nothing a reader hands over
 * is dropped here: a value that cannot be kept as it is (a list, an object) is kept as its JSON
 * text, and only a value too long to open, or a date that cannot be read, is reported.
 */
import { RESERVED_ATTRIBUTE_NAMES, ATTRIBUTE_NAME_MAX } from "../model/format";
import type { ProblemCode } from "../model/problem";
import type { Attributes, AttributeValue } from "../model/schema";
import type { TextCleaner } from "./clean";
import { formatCount, type Limits } from "./limits";
import type { Origin, RawAttribute, RawItem } from "./raw";
import type { FixAction } from "./types";
import { numberOf } from "./values";

/** What converting attributes borrows from the conversion (convert.ts). */
export interface AttributeContext {
  limits: Limits;
  cleaner: TextCleaner;
  report: (
    origin: Origin,
    code: ProblemCode,
    message: string,
    kind: string,
    fix?: FixAction,
  ) => void;
  /** A date in the column's order, or undefined (and a problem) when it cannot be read. */
  date: (value: unknown, origin: Origin) => string | undefined;
}

const TRUE_WORDS = new Set(["true", "yes", "1"]);
const FALSE_WORDS = new Set(["false", "no", "0"]);

/** The item's extras as attributes, or undefined when it has none. */
export function keptAttributes(
  context: AttributeContext,
  item: RawItem<string>,
): Attributes | undefined {
  const extras = item.extras ?? [];
  if (extras.length === 0) return undefined;
  const attributes: Attributes = {};
  let count = 0;
  for (const extra of extras) {
    const name = attributeName(context, extra);
    if (name === undefined) continue;
    const value = attributeValue(context, extra);
    if (value === undefined) continue;
    let unique = name;
    for (let n = 2; Object.hasOwn(attributes, unique); n++) unique = `${name} (${n})`;
    attributes[unique] = value;
    count++;
  }
  return count > 0 ? attributes : undefined;
}

function attributeName(context: AttributeContext, extra: RawAttribute): string | undefined {
  const name = context.cleaner.line(extra.name, extra.origin.path).slice(0, ATTRIBUTE_NAME_MAX);
  if (name === "" || RESERVED_ATTRIBUTE_NAMES.has(name)) return undefined;
  return name;
}

function attributeValue(
  context: AttributeContext,
  extra: RawAttribute,
): AttributeValue | undefined {
  const { value, kind, origin } = extra;
  if (value === undefined || value === null) return undefined;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value !== "string") return text(context, JSON.stringify(value), origin);
  if (value.trim() === "") return undefined;
  switch (kind) {
    case "date": {
      const date = context.date(value, origin);
      return date === undefined ? undefined : { date };
    }
    case "number":
      return numberOf(value) ?? text(context, value, origin);
    case "boolean": {
      const word = value.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return text(context, value, origin);
    }
    default:
      return text(context, value, origin);
  }
}

function text(context: AttributeContext, value: string, origin: Origin): string | undefined {
  const cleaned = context.cleaner.text(value, origin.path);
  if (cleaned.length > context.limits.maxTextLength) {
    context.report(
      origin,
      "too-large",
      `${formatCount(cleaned.length)} characters long; at most ${formatCount(context.limits.maxTextLength)} are allowed`,
      "text too long",
    );
    return undefined;
  }
  return cleaned === "" ? undefined : cleaned;
}

/** How many attribute values a dataset holds, for the summary and the tests. */
export function countAttributeValues(items: readonly { attributes?: Attributes }[]): number {
  let count = 0;
  for (const item of items) if (item.attributes) count += Object.keys(item.attributes).length;
  return count;
}
