/** The timeline's months and a step along them, shared by the slider and the graph's keys. */
import { describe, expect, it } from "vitest";
import { labelSpacing, stepMonth, timelineMonths } from "../../../src/scene/timeline";
import { smallDataset } from "../graph/fixture";

const MONTHS = ["1953-01", "1953-02", "1953-03"];

describe("stepMonth", () => {
  it.each<[string, readonly string[], string | null, number, string | undefined]>([
    ["nowhere on a dataset without dates", [], null, -1, undefined],
    ["nowhere past the first month", MONTHS, "1953-01", -1, undefined],
    ["nowhere past the last month", MONTHS, "1953-03", 1, undefined],
    ["from all time, back to the month before the last", MONTHS, null, -1, "1953-02"],
    ["from all time, on to the last month, where the slider shows it", MONTHS, null, 1, "1953-03"],
    ["from a day, to the next month", MONTHS, "1953-01-26", 1, "1953-02"],
    ["by many months, kept within the months", MONTHS, "1953-02", -12, "1953-01"],
  ])("goes %s", (_, months, date, step, expected) => {
    expect(stepMonth(months, date, step)).toBe(expected);
  });
});

describe("timelineMonths", () => {
  it("runs from the first to the last month the dataset names", () => {
    const months = timelineMonths(smallDataset);
    expect(months[0]).toBe("1953-01");
    expect(months.at(-1)).toBe("1957-06");
    expect(months).toHaveLength(4 * 12 + 6);
  });
});

describe("labelSpacing: which years the timeline labels", () => {
  it("labels every year before the track is measured, or when there is one year", () => {
    expect(labelSpacing(0, 12)).toBe(1);
    expect(labelSpacing(600, 1)).toBe(1);
  });

  it("labels every year when each has room, and thins them as the track narrows", () => {
    // 12 years: 1366 px beside nothing, 560 px beside the text view, 340 px on a phone.
    expect(labelSpacing(1000, 12)).toBe(1);
    expect(labelSpacing(460, 12)).toBe(2);
    expect(labelSpacing(240, 12)).toBe(5);
  });

  it("never labels closer than a label's width, even over centuries", () => {
    for (const [width, years] of [
      [300, 40],
      [800, 500],
      [120, 7],
    ] as const) {
      expect((width / years) * labelSpacing(width, years)).toBeGreaterThanOrEqual(44);
    }
  });
});
