/**
 * The months the timeline runs over, and a step along them: one list for the slider under the
 * graph and the graph's own Page Up / Page Down keys, so that both stop at the same months.
 */
import type { Dataset } from "../model/schema";
import { dateSpan, firstDay, monthsBetween } from "../model/time";

/**
 * The dataset's own period when it names one (facts from long before it keep their dates without
 * stretching the slider over decades), else every date it names.
 */
export function timelineMonths(dataset: Dataset): string[] {
  if (dataset.period) return monthsBetween(dataset.period.start, dataset.period.end);
  const span = dateSpan([...dataset.relations, ...dataset.entities]);
  return span ? monthsBetween(span.first, span.last) : [];
}

/** The month a date falls in: "1953-06-26" → "1953-06". */
export const monthOf = (date: string): string => firstDay(date).slice(0, 7);

/**
 * The month `step` months from `date` along `months`, kept within them. "All time" (null) sits
 * where the slider shows it, on the last month, so that the graph's keys and the slider's agree.
 * Undefined when the step goes nowhere (already at that end).
 */
export function stepMonth(
  months: readonly string[],
  date: string | null,
  step: number,
): string | undefined {
  if (months.length === 0) return undefined;
  const last = months.length - 1;
  const index = date === null ? last : Math.max(0, months.indexOf(monthOf(date)));
  const target = months[Math.max(0, Math.min(last, index + step))];
  return target === undefined || (date !== null && target === monthOf(date)) ? undefined : target;
}

/** A year label's width with room to spare, in CSS pixels (four digits at 0.75rem). */
const YEAR_LABEL_PX = 44;

/** Label every n-th year: the smallest of 1, 2, 5, 10… that gives each label its room. */
export function labelSpacing(trackWidth: number, years: number): number {
  if (trackWidth <= 0 || years <= 1) return 1;
  const perYear = trackWidth / years;
  for (const every of [1, 2, 5, 10, 20, 50, 100]) {
    if (perYear * every >= YEAR_LABEL_PX) return every;
  }
  return 100;
}
