/**
 * The sentences the live region says, on the built-in dataset (Beria's nineteen relations, the
 * notes and the reference chronology) and on the small fixture (no evidence at all).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../../src/graph/catalog";
import { Dataset } from "../../../src/model/schema";
import { filterToken } from "../../../src/model/vocabulary";
import {
  asOfSentence,
  chapterSentence,
  connectionSentence,
  entityFocusSentence,
  filterSentence,
  graphSummary,
  relationFocusSentence,
  walkEndSentence,
} from "../../../src/scene/sentences";
import { visibleFor } from "../../../src/scene/visible";
import { smallDataset } from "../graph/fixture";

const builtIn = buildCatalog(
  Dataset.parse(
    JSON.parse(
      readFileSync(
        new URL("../../../data/post-stalin-power-struggle.json", import.meta.url),
        "utf8",
      ),
    ),
  ),
);
const small = buildCatalog(smallDataset);

describe("the walk's sentences", () => {
  it("names a relation that is not the entity's own as such, instead of inventing a sentence", () => {
    expect(relationFocusSentence(small, null, "k-arrested-b", "malenkov")).toBe(
      "k-arrested-b: not a relation of malenkov",
    );
  });

  it("says an entity's name, type and how many relations it has", () => {
    expect(entityFocusSentence(builtIn, null, "beria")).toBe(
      "Lavrentiy Beria, person; 19 relations",
    );
  });

  it("says how many relations the date hides", () => {
    const visible = visibleFor(builtIn, { date: "1953-04", hidden: [], focus: null }).visible;
    expect(entityFocusSentence(builtIn, visible, "beria")).toMatch(
      /^Lavrentiy Beria, person; \d+ relations shown, \d+ hidden$/,
    );
  });

  it("says a relation from the entity's side, its place in date order, date and source", () => {
    // Sixteenth by date: after the 1938 posts, the thirteen claims of March and April 1953.
    expect(relationFocusSentence(builtIn, null, "khrushchev-arrested-beria", "beria")).toBe(
      "Lavrentiy Beria, person; 16 of 19: was arrested by Nikita Khrushchev, 26 June 1953, from the notes",
    );
    expect(relationFocusSentence(builtIn, null, "khrushchev-arrested-beria", "khrushchev")).toMatch(
      /^Nikita Khrushchev, person; \d+ of 42: arrested Lavrentiy Beria, 26 June 1953, from the notes$/,
    );
  });

  it("marks a claim only a reference source makes, and one with no source", () => {
    expect(relationFocusSentence(builtIn, null, "beria-launched-amnesty-of-1953", "beria")).toMatch(
      /: launched .+, 27 March 1953, from a reference, not the notes$/,
    );
    expect(relationFocusSentence(small, null, "k-member-p", "khrushchev")).toBe(
      "Nikita Khrushchev, person; 4 of 4: was a member of Presidium, undated, no source given",
    );
  });

  it.each<[Parameters<typeof walkEndSentence>[2], string]>([
    ["next", "Last relation of Nikita Khrushchev."],
    ["previous", "First relation of Nikita Khrushchev."],
    ["back", "Back at the start of the walk."],
  ])("says where a %s key went nowhere", (move, expected) => {
    expect(
      walkEndSentence(small, { kind: "relation", id: "k-member-p", from: "khrushchev" }, move),
    ).toBe(expected);
  });
});

describe("the results of an action", () => {
  it("counts what a filter leaves", () => {
    expect(filterSentence(small, null)).toBe("Showing 4 entities and 4 relations");
    const visible = visibleFor(small, {
      date: null,
      hidden: [filterToken("entity", "body")],
      focus: null,
    }).visible;
    expect(filterSentence(small, visible)).toBe("Showing 3 entities and 3 relations");
  });

  it("counts what the timeline leaves, and says the month", () => {
    const visible = visibleFor(small, { date: "1953-06", hidden: [], focus: null }).visible;
    expect(asOfSentence(small, visible, "1953-06")).toBe(
      "As of June 1953: 4 entities, 3 relations",
    );
    expect(asOfSentence(small, null, null)).toBe("All time: 4 entities, 4 relations");
  });

  it.each<[string, Parameters<typeof connectionSentence>[3], string]>([
    [
      "no connection",
      { paths: [], truncated: false, length: null },
      "Lavrentiy Beria to Georgy Malenkov: no connection",
    ],
    [
      "one path",
      {
        paths: [
          {
            entities: ["beria", "khrushchev", "malenkov"],
            hops: [
              { relation: "k-arrested-b", from: "beria", to: "khrushchev", reversed: true },
              { relation: "k-rivalled-m", from: "khrushchev", to: "malenkov", reversed: false },
            ],
          },
        ],
        truncated: false,
        length: 2,
      },
      "Lavrentiy Beria to Georgy Malenkov: 2 hops",
    ],
  ])("says a connection: %s", (_, connection, expected) => {
    expect(connectionSentence(small, "beria", "malenkov", connection)).toBe(expected);
  });

  it("names an opened chapter with what it shows, and nothing for a chapter the story lacks", () => {
    expect(chapterSentence(builtIn, null, "no-such-chapter", null)).toBeUndefined();
    expect(chapterSentence(builtIn, null, "berias-fall", "1953-06")).toMatch(
      /^Chapter 2 of 7: .+\. As of June 1953: 75 entities, 150 relations$/,
    );
  });

  it("sums up the graph with its chapter", () => {
    expect(graphSummary(builtIn, null, null, null)).toMatch(
      /^75 entities and 150 relations drawn, for all time\. Arrow keys/,
    );
    expect(graphSummary(builtIn, null, "1953-06", "berias-fall")).toMatch(
      /as of June 1953\. Story chapter 2 of 7: .+\. Arrow keys/,
    );
  });
});
