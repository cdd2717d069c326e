/**
 * The plain rules of the `dramatis/1` format, without the schema library: what the page itself
 * needs to read a shared link (src/state/url.ts) stays out of the validator's weight, which only
 * the import worker and the command line carry.
 */

import { parsePartialDate } from "./time";

export const FORMAT = "dramatis/1";

/**
 * The graph attribute (a <meta> element) that marks a GEXF file written by Dramatis. Here rather
 * than beside the GEXF writer so that reading such a file does not bring the writer along.
 */
export const DRAMATIS_GEXF_META = "dramatis";

/** Lower-case slug; stable enough to sit in a URL. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * True for an ISO 8601 partial date that exists on the calendar: 1953, 1953-06 or 1953-06-26.
 * The calendar itself (months, leap years) is time.ts's, written once.
 */
export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** How sure a claim is; the schema's enum and the legend's filter both read this list. */
export const CERTAINTIES = ["attested", "alleged", "disputed"] as const;

/** The kinds of source: the dataset's own notes, or a reference work beyond them. */
export const SOURCE_KINDS = ["notes", "reference"] as const;

/** Longest name a free attribute may have: a column header, not a sentence. */
export const ATTRIBUTE_NAME_MAX = 200;

/** Names that would reach into a JavaScript object's machinery if used as keys. */
export const RESERVED_ATTRIBUTE_NAMES: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);
