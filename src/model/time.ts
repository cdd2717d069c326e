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
