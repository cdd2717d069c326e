/**
 * Partial dates as the format stores them ("1953", "1953-06", "1953-06-26") and how a reader sees
 * them. Kept as strings: the precision a source gives is part of the claim and must not be
 * rounded into a false exactness like "1 January 1953".
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "1953" → "1953", "1953-06" → "June 1953", "1953-06-26" → "26 June 1953". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split("-");
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/**
 * How a claim's dates read after its sentence: "1953", "1953–1955", "from 1953", "until 1955",
 * or undefined when the claim is undated.
 */
export function formatDateRange(start?: string, end?: string): string | undefined {
  if (start && end) {
    return start === end
      ? formatPartialDate(start)
      : `${formatPartialDate(start)}–${formatPartialDate(end)}`;
  }
  if (start) return formatPartialDate(start);
  if (end) return `until ${formatPartialDate(end)}`;
  return undefined;
}

/*
 * The time model: which claims hold "as of" a date the reader picked, and the span of dates a
 * dataset covers. Everything works on the partial-date strings themselves, never on `Date`:
 * a `Date` is an instant in a time zone, so "1953" would silently become midnight on 1 January
 * in someone's locale, and comparisons would drift by a day across zones. A partial date is
 * instead treated as the *range of calendar days* it could mean — "1953-06" is any day from
 * 1 to 30 June — and every rule below is stated in terms of the first and last of those days.
 * Those are written "YYYY-MM-DD" with four-digit years, so plain string comparison orders them.
 */

export type Precision = "year" | "month" | "day";

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

/** Anything with the optional `start`/`end` of an Entity or Relation. */
export interface Dated {
  start?: string;
  end?: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// The Gregorian rule, proleptic as ISO 8601 is. The one calendar of the app: format.ts's
// isPartialDate asks parsePartialDate below.
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * Splits a partial date into numbers, or null for anything `isPartialDate` rejects (a thirteenth
 * month, 29 February in a common year, a two-digit year, a time of day...).
 */
export function parsePartialDate(date: string): ParsedDate | null {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: "day" };
}

// The functions below take dates the schema has already validated. A malformed one is a bug in
// the caller, and answering anyway would place a claim at a wrong time without a word, so they
// throw instead.
function parseOrThrow(date: string): ParsedDate {
  const parsed = parsePartialDate(date);
  if (parsed === null) throw new RangeError(`not a partial date: ${JSON.stringify(date)}`);
  return parsed;
}

/** How much of a date the source gave: "1953" → "year", "1953-06" → "month", a day → "day". */
export function precisionOf(date: string): Precision {
  return parseOrThrow(date).precision;
}

/**
 * The first and last calendar day a partial date covers, as "YYYY-MM-DD" (so they compare as
 * strings). "1953" → 1953-01-01 / 1953-12-31; "1952-02" → 1952-02-01 / 1952-02-29 (leap
 * years!); a day → itself.
 */
export function firstDay(date: string): string {
  return remembered(firstDays, date, () => {
    const { year, month = 1, day = 1 } = parseOrThrow(date);
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  });
}

/** See {@link firstDay}. */
export function lastDay(date: string): string {
  return remembered(lastDays, date, () => {
    const { year, month = 12, day } = parseOrThrow(date);
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day ?? daysInMonth(year, month), 2)}`;
  });
}

/**
 * A network names few distinct dates but asks about them once per relation on every move of the
 * timeline: remembering each answer halves the cost of "as of" on a large network (measured with
 * `npm run bench:analysis`). Bounded, so a stream of distinct dates cannot grow it without end.
 */
const firstDays = new Map<string, string>();
const lastDays = new Map<string, string>();
const MAX_REMEMBERED = 100_000;

function remembered(cache: Map<string, string>, date: string, compute: () => string): string {
  const known = cache.get(date);
  if (known !== undefined) return known;
  const value = compute();
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  cache.set(date, value);
  return value;
}

/**
 * Orders partial dates by their first day, then coarser before finer ("1953" before "1953-01"
 * before "1953-01-01"), for listing the holders of an office in order. A year-precision date
 * sorts where it could first have happened, like the "as of" rule for events; on a tie the
 * vaguer claim comes first because it reads as the broader context for the precise one. Two
 * dates compare equal only when they are the same string.
 */
export function compareDates(a: string, b: string): number {
  const byDay = compareStrings(firstDay(a), firstDay(b));
  return byDay !== 0 ? byDay : PRECISION_RANK[precisionOf(a)] - PRECISION_RANK[precisionOf(b)];
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when neither `start` nor `end` is given: the claim holds regardless of time. */
export function isUndated(item: Dated): boolean {
  return !item.start && !item.end;
}

/**
 * The date an event is placed at: its start, or failing that its end ("by 1955"). Also the date a
 * holding is ordered by. Undefined when the item is undated.
 */
export function eventDate(item: Dated): string | undefined {
  return item.start ?? item.end;
}

/** Orders dated items by eventDate, coarser precision first on the same day, undated ones last. */
export function compareByDate(a: Dated, b: Dated): number {
  const dateA = eventDate(a);
  const dateB = eventDate(b);
  if (!dateA || !dateB) return Number(!dateA) - Number(!dateB);
  return compareDates(dateA, dateB);
}

/*
 * "As of D" compares ranges of days, and always gives the claim the benefit of the doubt: a claim
 * is shown as soon as *some* day it could mean overlaps *some* day of D. So an event dated only
 * "1953" appears from January 1953 on (the first day it could have happened), and a state ending
 * "1955" still holds through December 1955. The alternative — waiting for the last possible day —
 * would hide a claim the source does date to the period the reader is looking at.
 */

/** Shown from its start to its end; a missing start holds from the beginning, a missing end to the end of the data. */
function stateHoldsAsOf(item: Dated, asOf: string): boolean {
  const startsInTime = !item.start || firstDay(item.start) <= lastDay(asOf);
  const notYetEnded = !item.end || lastDay(item.end) >= firstDay(asOf);
  return startsInTime && notYetEnded;
}

/**
 * "As of D": D is a partial date the reader picked (the timeline uses months, "1953-07").
 * - An event (temporal "event") is shown from its date on: shown iff firstDay(date) <= lastDay(D),
 *   where date = start ?? end. An event stays on the map once it happened — the arrest still
 *   matters after the day of the arrest — and a year-precision event counts from the first day
 *   it could have happened.
 * - A state is shown between its start and its end: firstDay(start) <= lastDay(D) (no start: holds
 *   from the beginning) and (no end, or lastDay(end) >= firstDay(D)) — an open end holds to the
 *   end of the data.
 * - An undated relation (neither start nor end) is always shown: the source gives no reason to
 *   hide it at any time.
 */
export function relationHoldsAsOf(
  relation: Dated,
  temporal: "event" | "state",
  asOf: string,
): boolean {
  if (isUndated(relation)) return true;
  if (temporal === "state") return stateHoldsAsOf(relation, asOf);
  const date = eventDate(relation);
  return date === undefined || firstDay(date) <= lastDay(asOf);
}

/**
 * Whether D falls within an entity's own start and end (same rule as a state; an entity with no
 * dates of its own is always within them). Outside them an entity is never drawn, whatever its
 * relations say: Beria, executed in December 1953, is not in the picture of 1956 because some
 * undated relation of his would otherwise still hold.
 */
export function entityInItsTime(entity: Dated, asOf: string): boolean {
  return isUndated(entity) || stateHoldsAsOf(entity, asOf);
}

/**
 * An entity is shown as of D only within its own start and end. Within them, a dated entity is
 * shown (it is in the picture then, related or not); an undated one is shown while one of its
 * relations is (the caller passes that as a boolean, keeping this module free of the graph), or
 * always if it has no relations at all. An undated entity whose relations are all hidden is
 * hidden: it has nothing to say at D, and a lone node floating in the graph would suggest
 * otherwise.
 */
export function entityPresentAsOf(
  entity: Dated,
  hasRelations: boolean,
  anyRelationShown: boolean,
  asOf: string,
): boolean {
  if (!entityInItsTime(entity, asOf)) return false;
  if (!isUndated(entity)) return true;
  return anyRelationShown || !hasRelations;
}

/**
 * The earliest and latest dates named anywhere in a list of dated things (start or end), as
 * partial dates, or null when nothing is dated. The earliest is the one with the earliest first
 * day and the latest the one with the latest last day, so a timeline built from the span covers
 * every day any date could mean. On a tie the coarser date is kept ("1953" over "1953-12-31" for
 * the latest), so the answer does not depend on the order of the items.
 */
export function dateSpan(items: Iterable<Dated>): { first: string; last: string } | null {
  let first: string | undefined;
  let last: string | undefined;
  for (const item of items) {
    for (const date of [item.start, item.end]) {
      if (!date) continue;
      if (first === undefined || isBefore(date, first)) first = date;
      if (last === undefined || isAfter(date, last)) last = date;
    }
  }
  return first === undefined || last === undefined ? null : { first, last };
}

function isBefore(a: string, b: string): boolean {
  return compareDates(a, b) < 0;
}

function isAfter(a: string, b: string): boolean {
  const byDay = compareStrings(lastDay(a), lastDay(b));
  return byDay !== 0 ? byDay > 0 : PRECISION_RANK[precisionOf(a)] < PRECISION_RANK[precisionOf(b)];
}

/**
 * Every month from the month of `first` to the month of `last`, inclusive, as "YYYY-MM": the
 * stops of the timeline. A year-precision `first` starts in January and a year-precision `last`
 * ends in December, matching firstDay/lastDay. Empty when `last` is before `first`.
 */
export function monthsBetween(first: string, last: string): string[] {
  const from = monthIndex(firstDay(first));
  const to = monthIndex(lastDay(last));
  const months: string[] = [];
  for (let index = from; index <= to; index++) {
    months.push(`${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`);
  }
  return months;
}

/** Months since January of year 0, so months can be counted across year boundaries. */
function monthIndex(day: string): number {
  const { year, month = 1 } = parseOrThrow(day);
  return year * 12 + month - 1;
}

/** A timeline stop as the reader sees it: "1953-07" → "July 1953". */
export function formatMonth(month: string): string {
  return formatPartialDate(month);
}
