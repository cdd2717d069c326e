/**
 * The one test for "a JSON object" that every reader of untrusted input shares (the loader, the
 * validator, the dataset import): a plain record, not null and not a list.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
