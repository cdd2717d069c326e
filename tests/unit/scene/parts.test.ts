import { describe, expect, it, vi } from "vitest";
import { scaleOf } from "../../../src/graph/scale";
import type { StoryChapter } from "../../../src/model/schema";
import { rememberLast } from "../../../src/scene/memo";
import { openChapter, storyStep } from "../../../src/scene/story";

describe("storyStep", () => {
  const chapter = (id: string, date?: string) =>
    ({ id, title: id, text: "", focus: [], relations: [], date }) as unknown as StoryChapter;
  const story = [chapter("one", "1953"), chapter("two"), chapter("three")];

  it("goes nowhere back from outside the story, or past either end", () => {
    expect(storyStep(story, null, -1)).toBeUndefined();
    expect(storyStep(story, "one", -1)).toBeUndefined();
    expect(storyStep(story, "three", 1)).toBeUndefined();
    expect(storyStep(story, "gone", 1)).toBeUndefined();
  });

  it("steps forward into the story, and between neighbours", () => {
    expect(storyStep(story, null, 1)?.id).toBe("one");
    expect(storyStep(story, "one", 1)?.id).toBe("two");
    expect(storyStep(story, "three", -1)?.id).toBe("two");
  });

  it("opens a chapter with its own date, or all time", () => {
    expect(openChapter(story[0]!)).toEqual({ type: "open-chapter", id: "one", date: "1953" });
    expect(openChapter(story[1]!)).toEqual({ type: "open-chapter", id: "two", date: null });
  });
});

describe("rememberLast", () => {
  it("computes again only when an argument changes", () => {
    const step = vi.fn((a: number, b: object) => ({ a, b }));
    const remembered = rememberLast(step);
    const key = {};
    const first = remembered(1, key);
    expect(remembered(1, key)).toBe(first);
    expect(remembered(1, {})).not.toBe(first);
    expect(remembered(2, key)).not.toBe(first);
    expect(step).toHaveBeenCalledTimes(3);
  });
});

describe("scaleOf", () => {
  it("labels every entity of a small graph and thins a large one's", () => {
    expect(scaleOf(75)).toEqual({ allLabels: true, edgeEvents: true, searchAtOnce: true });
    expect(scaleOf(1000)).toEqual({ allLabels: false, edgeEvents: true, searchAtOnce: true });
    expect(scaleOf(10000)).toEqual({ allLabels: false, edgeEvents: false, searchAtOnce: false });
  });
});
