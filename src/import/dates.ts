/**
 * Dates as people and tools write them ▶ ISO partial dates (`1815`, `1815-12`, `1815-12-25`).
 *
 * Read: ISO dates and timestamps (the day is kept, the time of day is not: the format holds days),
 * `1815/12/25`, `25/12/1815` and `12/25/1815` (with `/`, `.` or `-`), `12/1815`, `Dec 1815`,
 * `December 1815`, `25 Dec 1815`, `Dec 25, 1815`. Two-digit years are never guessed at: "03/04/05"
 * could be three centuries.
 *
 * Whether `03/04/1815` is the 3rd of April or the 4th of March cannot be told from the value. It is
 * decided once for a whole column (`columnDayOrder`): a value whose first number is above 12 says
 * day first, one whose second is says month first; if none says, day first is assumed, and the
 * note the import writes says so. A column that says both is read day first, and the values that
 * do not fit that order are the ones that cannot be read.
 */
import { isPartialDate } from "../model/format";

export type DayOrder = "day-first" | "month-first";

export interface ColumnOrder {
  order: DayOrder;
  /** "values": some value told the order; "assumed": none did; "mixed": values disagree. */
  how: "values" | "assumed" | "mixed";
  /** Whether any value was written with its day and month as numbers (so the order mattered). */
  used: boolean;
}

const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => lower.startsWith(month));
  // "Marchpane" is not March: the word must be a month's name or its first letters.
  const names = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ];
  if (index === -1) return undefined;
  const name = names[index] ?? "";
  return name.startsWith(lower) || lower === "sept" ? index + 1 : undefined;
}

function checked(year: number, month?: number, day?: number): string | undefined {
  if (year < 1 || year > 9999) return undefined;
  const date =
    month === undefined
      ? pad(year, 4)
      : day === undefined
        ? `${pad(year, 4)}-${pad(month)}`
        : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return isPartialDate(date) ? date : undefined;
}

/** Day and month written as two numbers: `25/12/1815`, `12/25/1815`. */
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The two numbers of a value written as `a/b/yyyy`, to decide a column's order. */
export function dayMonthPair(text: string): [number, number] | undefined {
  const match = NUMERIC_DAY.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** One value ▶ an ISO partial date, or undefined when it is not a date this reads. */
export function readDate(text: string, order: DayOrder = "day-first"): string | undefined {
  const value = text.trim();
  if (value === "") return undefined;
  // ISO, and ISO timestamps: the day is what the format holds.
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(
    value,
  );
  if (iso)
    return checked(
      Number(iso[1]),
      iso[2] === undefined ? undefined : Number(iso[2]),
      iso[3] === undefined ? undefined : Number(iso[3]),
    );
  const yearFirst = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/.exec(value);
  if (yearFirst)
    return checked(
      Number(yearFirst[1]),
      Number(yearFirst[2]),
      yearFirst[3] === undefined ? undefined : Number(yearFirst[3]),
    );
  const numeric = NUMERIC_DAY.exec(value);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return order === "day-first" ? checked(year, second, first) : checked(year, first, second);
  }
  const monthYear = /^(\d{1,2})[/.-](\d{4})$/.exec(value);
  if (monthYear) return checked(Number(monthYear[2]), Number(monthYear[1]));
  // "Dec 1815", "December 1815", "25 Dec 1815", "Dec 25, 1815", "25th December 1815".
  const words = value.replace(/,/g, " ").split(/\s+/);
  if (words.length === 2) {
    const month = monthOf(words[0] ?? "");
    if (month !== undefined && /^\d{4}$/.test(words[1] ?? ""))
      return checked(Number(words[1]), month);
  }
  if (words.length === 3) {
    const [a = "", b = "", c = ""] = words;
    if (!/^\d{4}$/.test(c)) return undefined;
    const dayText = (word: string) => /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(word)?.[1];
    const dayFirst = dayText(a);
    const monthSecond = monthOf(b);
    if (dayFirst !== undefined && monthSecond !== undefined)
      return checked(Number(c), monthSecond, Number(dayFirst));
    const monthFirst = monthOf(a);
    const daySecond = dayText(b);
    if (monthFirst !== undefined && daySecond !== undefined)
      return checked(Number(c), monthFirst, Number(daySecond));
  }
  return undefined;
}

/** The order for a whole column, from the values that tell it. */
export function columnDayOrder(texts: Iterable<string>): ColumnOrder {
  let dayFirst = false;
  let monthFirst = false;
  let used = false;
  for (const text of texts) {
    const pair = dayMonthPair(text);
    if (!pair) continue;
    used = true;
    if (pair[0] > 12 && pair[1] <= 12) dayFirst = true;
    if (pair[1] > 12 && pair[0] <= 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return { order: "day-first", how: "mixed", used };
  if (monthFirst) return { order: "month-first", how: "values", used };
  return { order: "day-first", how: dayFirst ? "values" : "assumed", used };
}

/** "read as day/month/year (25/12/1815)" for the note that says how a column was read. */
export function describeOrder(column: string, order: ColumnOrder): string {
  const reading =
    order.order === "day-first" ? "day/month/year (25/12/1815)" : "month/day/year (12/25/1815)";
  const why =
    order.how === "values"
      ? "some of its values can only be read that way"
      : order.how === "mixed"
        ? "its values disagree; those that do not fit cannot be read"
        : "none of its values tells the order, so day first is assumed";
  return `dates in ${column} read as ${reading}: ${why}`;
}
