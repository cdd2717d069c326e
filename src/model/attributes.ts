/**
 * Free attributes (schema.ts `Attributes`): what a file says of an entity or relation beyond the
 * format's own fields, kept with its type so that it is shown, searched and exported as the file
 * meant it: "73" as a number, "true" as a yes, "1815-12" as a date.
 */
import type { Attributes, AttributeValue } from "./schema";
import { formatPartialDate } from "./time";

export type AttributeKind = "string" | "number" | "boolean" | "date";

export function attributeKind(value: AttributeValue): AttributeKind {
  if (typeof value === "string") return "string";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  return "date";
}

/** How a value reads in a panel: "73", "yes", "December 1815", the text itself. */
export function attributeText(value: AttributeValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  return formatPartialDate(value.date);
}

/** The attributes in a stable order (as the file gave them), or none. */
export function attributeEntries(attributes: Attributes | undefined): [string, AttributeValue][] {
  return attributes ? Object.entries(attributes) : [];
}

/** The words a search may find: every text value, joined. */
export function searchableAttributeText(attributes: Attributes | undefined): string {
  return attributeEntries(attributes)
    .flatMap(([, value]) => (typeof value === "string" ? [value] : []))
    .join(" ");
}

/** The value as a plain string or number for a file that has no date type (GraphML, CSV). */
export function attributePlainValue(value: AttributeValue): string | number | boolean {
  return typeof value === "object" ? value.date : value;
}
