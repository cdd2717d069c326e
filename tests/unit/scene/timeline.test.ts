/** The timeline's months and a step along them, shared by the slider and the graph's keys. */
import { describe, expect, it } from "vitest";
import { stepMonth, timelineMonths } from "../../../src/scene/timeline";
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
