/**
 * The plain rules of the `dramatis/1` format, without the schema library: what the page itself
 * needs to read a shared link (src/state/url.ts) stays out of the validator's weight, which only
 * the import worker and the command line carry.
 */

export const FORMAT = "dramatis/1";

/**
 * The graph attribute (a <meta> element) that marks a GEXF file written by Dramatis. Here rather
 * than beside the GEXF writer so that reading such a file does not bring the writer along.
 */
export const DRAMATIS_GEXF_META = "dramatis";

/** Lower-case slug; stable enough to sit in a URL. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for an ISO 8601 partial date that exists on the calendar: 1953, 1953-06 or 1953-06-26. */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const max = month === 2 && !isLeapYear(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  return day >= 1 && day <= max;
}
