import { describe, expect, it } from "vitest";
import { datesIn } from "../../../src/draft/dates";

const read = (text: string) => datesIn(text).map(({ from, to }) => (to ? `${from}/${to}` : from));

describe("dates as notes write them", () => {
  it("reads no date where none is written: counts, decades, years before the era, impossible days", () => {
    expect(read("4 rivals emerged; 300 nobles rode out")).toEqual([]);
    expect(read("in the 1920s the party split")).toEqual([]);
    expect(read("Caesar crossed the Rubicon in 49 BC")).toEqual([]);
    // No such day: the month is still written.
    expect(read("on 31 February 1925")).toEqual(["1925-02"]);
  });

  it("reads days, months and years in the common spellings", () => {
    expect(read("on 22 August 1485")).toEqual(["1485-08-22"]);
    expect(read("August 22, 1485")).toEqual(["1485-08-22"]);
    expect(read("in January 1925 and Dec. 1927")).toEqual(["1925-01", "1927-12"]);
    expect(read("by 1958")).toEqual(["1958"]);
    expect(read("in the spring of 1471")).toEqual(["1471"]);
  });

  it("reads ranges, short and long", () => {
    expect(read("the grain crisis of 1927-28")).toEqual(["1927/1928"]);
    expect(read("from 1924 to 1927")).toEqual(["1924/1927"]);
    expect(read("between 1455 and 1487")).toEqual(["1455/1487"]);
    // A range that runs backwards is no range: only its first year is read.
    expect(read("1930-28")).toEqual(["1930"]);
  });

  it("keeps the words that say how the date was meant", () => {
    expect(datesIn("By 1955, he had won")[0]?.text).toBe("By 1955");
  });
});
