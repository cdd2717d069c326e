import { describe, expect, it } from "vitest";
import { colourOf, inverseOf } from "../../../src/import/values";

describe("colourOf", () => {
  const cases: [unknown, string | undefined][] = [
    [undefined, undefined],
    [12, undefined],
    ["red", undefined],
    ["#12345", undefined],
    ["#AbCdEf", "#abcdef"],
    ["abcdef", "#abcdef"],
    ["#abc", "#aabbcc"],
    ["rgb(245,91,91)", "#f55b5b"],
    ["rgba(0, 114, 178, 0.5)", "#0072b2"],
    ["rgb(300,-1,12.4)", undefined],
    ["rgb(300,1,12.4)", "#ff010c"],
  ];
  it.each(cases)("%j ▶ %j", (value, colour) => {
    expect(colourOf(value)).toBe(colour);
  });
});

describe("inverseOf", () => {
  const cases: [string, string][] = [
    ["arrested", "was arrested by"],
    ["denounced", "was denounced by"],
    ["allied with", "← allied with"],
    ["supports", "← supports"],
  ];
  it.each(cases)("%j ▶ %j", (label, inverse) => {
    expect(inverseOf(label)).toBe(inverse);
  });
});
