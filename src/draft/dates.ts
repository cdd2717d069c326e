/**
 * Dates as notes write them, read into ISO partial dates: "on 22 August 1485", "August 22, 1485",
 * "in January 1925", "Jan 1925", "the spring of 1471" (a season says only the year), "1927-28",
 * "from 1924 to 1927", "between 1927 and 1929", "by 1958", "in 1953". Only what is written is read:
 * a decade ("the 1920s") or a year before the common era gives no date, because the format's dates
 * cannot say it and a guess would be an invented date.
 */
import { isPartialDate } from "../model/format";
import { MONTHS } from "./lexicon";

export interface DateMention {
  start: number;
  end: number;
  /** As written: "in January 1925". */
  text: string;
  from: string;
  /** Only for a range. */
  to?: string;
}

const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const YEAR =
  "(\\d{3,4})(?!\\d|s\\b|\\s*(?:BC|BCE|B\\.C\\.)|-\\d{3,}| ?(?:years?|people|men|members|km|miles|%))";
const YEAR4 = YEAR.replace("\\d{3,4}", "\\d{4}");
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

/** Most specific first: a day-month-year must not be read as its year alone. */
const PATTERNS: {
  pattern: RegExp;
  read: (match: RegExpExecArray) => { from?: string; to?: string };
}[] = [
  {
    // 22 August 1485
    pattern: new RegExp(`\\b${DAY} (?:of )?${MONTH},? ${YEAR}`, "gi"),
    read: (m) => ({ from: day(m[3], m[2], m[1]) }),
  },
  {
    // August 22, 1485
    pattern: new RegExp(`\\b${MONTH} ${DAY},? ${YEAR}`, "gi"),
    read: (m) => ({ from: day(m[3], m[1], m[2]) }),
  },
  {
    // January 1925, Jan. 1925
    pattern: new RegExp(`\\b${MONTH},? (?:of )?${YEAR}`, "gi"),
    read: (m) => ({ from: month(m[2], m[1]) }),
  },
  {
    // 1927-28, 1927–1928, 1927/8
    pattern: /\b(\d{4}) ?[-–—/] ?(\d{1,4})\b(?!-)/g,
    read: (m) => range(m[1], m[2]),
  },
  {
    // from 1924 to 1927, between 1927 and 1929
    pattern: new RegExp(`\\b(?:from|between) (\\d{4}) (?:to|and|until|till) ${YEAR}`, "gi"),
    read: (m) => ({ from: year(m[1]), to: year(m[2]) }),
  },
  {
    // (the) spring of 1471, in 1953, by 1958, 1953
    pattern: new RegExp(`\\b${YEAR4}`, "g"),
    read: (m) => ({ from: year(m[1]) }),
  },
];

/** Every date written in `text` (offsets relative to it), left to right, none overlapping. */
export function datesIn(text: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const { pattern, read } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const { from, to } = read(match);
      if (!from || !isPartialDate(from) || (to !== undefined && (!isPartialDate(to) || to < from)))
        continue;
      taken.push([start, end]);
      found.push({
        start,
        end,
        text: withPreposition(text, start, match[0]),
        from,
        ...(to ? { to } : {}),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "in 1953" rather than "1953" in the reason a date was taken: the word before says how. */
function withPreposition(text: string, start: number, matched: string): string {
  const before =
    /(?:\b(in|on|by|from|since|until|after|before|during|of|early|late|mid)\s+(?:the\s+)?(?:(?:spring|summer|autumn|fall|winter|end|start|beginning|middle)\s+of\s+)?)$/i.exec(
      text.slice(Math.max(0, start - 40), start),
    );
  return before ? `${before[0]}${matched}` : matched;
}

/** A plausible year: three or four digits, from 100 to 2100 (a count of 4 people is not a year). */
function year(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 100 || value > 2100) return undefined;
  return String(value).padStart(4, "0");
}

function month(yearText: string | undefined, monthText: string | undefined): string | undefined {
  const y = year(yearText);
  const m = MONTHS.get((monthText ?? "").toLowerCase().replace(/\.$/, ""));
  if (!y || !m) return undefined;
  return `${y}-${String(m).padStart(2, "0")}`;
}

function day(
  yearText: string | undefined,
  monthText: string | undefined,
  dayText: string | undefined,
): string | undefined {
  const m = month(yearText, monthText);
  const d = Number(dayText);
  if (!m || !Number.isInteger(d) || d < 1 || d > 31) return undefined;
  const value = `${m}-${String(d).padStart(2, "0")}`;
  return isPartialDate(value) ? value : undefined;
}

/** "1927-28" is 1927 to 1928; "1917-1921" as written; "1940/1" is 1940 to 1941. */
function range(
  firstText: string | undefined,
  secondText: string | undefined,
): { from?: string; to?: string } {
  const from = year(firstText);
  if (!from || !secondText) return {};
  const width = secondText.length;
  const to = width >= 4 ? year(secondText) : year(from.slice(0, 4 - width) + secondText);
  if (!to || to <= from) return {};
  return { from, to };
}
