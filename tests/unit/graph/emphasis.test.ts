import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../../src/graph/catalog";
import { chapterEmphasis, computeEmphasis, type Emphasis } from "../../../src/graph/emphasis";
import type { StoryChapter } from "../../../src/model/schema";
import { smallDataset } from "./fixture";

const catalog = buildCatalog(smallDataset);

/** The emphasis as sorted arrays, to compare whole. */
function plain(emphasis: Emphasis | null) {
  if (!emphasis) return null;
  return {
    nodes: [...emphasis.nodes].sort(),
    edges: [...emphasis.edges].sort(),
    primary: [...emphasis.primary].sort(),
  };
}

function chapter(focus: string[], relations: string[]): StoryChapter {
  return { id: "fall", title: "The fall", text: "Beria falls.", date: "1953-06", focus, relations };
}

/** Around Khrushchev: all four of his relations, his three neighbours and himself. */
const AROUND_KHRUSHCHEV = {
  nodes: ["beria", "khrushchev", "malenkov", "presidium"],
  edges: ["k-arrested-b", "k-member-p", "k-rivalled-m", "m-arrested-k"],
  primary: ["khrushchev"],
};

describe("computeEmphasis", () => {
  it("is null when nothing is hovered, selected or on show", () => {
    expect(computeEmphasis(catalog, null, null, null)).toBeNull();
  });

  it("is null when only unknown ids are named", () => {
    expect(computeEmphasis(catalog, { kind: "entity", id: "nobody" }, "nobody", null)).toBeNull();
    expect(computeEmphasis(catalog, { kind: "relation", id: "nothing" }, null, null)).toBeNull();
  });

  it("around a selected entity: the entity, its relations and its neighbours", () => {
    expect(
      plain(computeEmphasis(catalog, { kind: "entity", id: "khrushchev" }, null, null)),
    ).toEqual(AROUND_KHRUSHCHEV);
    expect(plain(computeEmphasis(catalog, { kind: "entity", id: "beria" }, null, null))).toEqual({
      nodes: ["beria", "khrushchev"],
      edges: ["k-arrested-b"],
      primary: ["beria"],
    });
  });

  it("lets a hovered entity win over the selection and the chapter", () => {
    const emphasis = computeEmphasis(
      catalog,
      { kind: "entity", id: "beria" },
      "khrushchev",
      chapter(["presidium"], []),
    );
    expect(plain(emphasis)).toEqual(AROUND_KHRUSHCHEV);
    const overRelation = computeEmphasis(
      catalog,
      { kind: "relation", id: "k-rivalled-m" },
      "khrushchev",
      null,
    );
    expect(plain(overRelation)).toEqual(AROUND_KHRUSHCHEV);
  });

  it("ignores hovering an unknown id: the selection stands", () => {
    expect(
      plain(computeEmphasis(catalog, { kind: "entity", id: "beria" }, "nobody", null)),
    ).toEqual({ nodes: ["beria", "khrushchev"], edges: ["k-arrested-b"], primary: ["beria"] });
  });

  it("for a selected relation: the relation and its two ends, both primary", () => {
    expect(
      plain(computeEmphasis(catalog, { kind: "relation", id: "k-rivalled-m" }, null, null)),
    ).toEqual({
      nodes: ["khrushchev", "malenkov"],
      edges: ["k-rivalled-m"],
      primary: ["khrushchev", "malenkov"],
    });
  });

  it("lets the selection win over the chapter", () => {
    const emphasis = computeEmphasis(
      catalog,
      { kind: "relation", id: "k-arrested-b" },
      null,
      chapter(["presidium"], ["k-member-p"]),
    );
    expect(plain(emphasis)?.edges).toEqual(["k-arrested-b"]);
  });

  it("for a chapter: its focus entities and its relations with their ends", () => {
    const emphasis = computeEmphasis(catalog, null, null, chapter(["presidium"], ["k-arrested-b"]));
    expect(plain(emphasis)).toEqual({
      nodes: ["beria", "khrushchev", "presidium"],
      edges: ["k-arrested-b"],
      primary: ["presidium"],
    });
  });

  it("shows the chapter when the selection names what the dataset lacks", () => {
    const emphasis = computeEmphasis(
      catalog,
      { kind: "entity", id: "nobody" },
      null,
      chapter(["beria"], []),
    );
    expect(plain(emphasis)).toEqual({ nodes: ["beria"], edges: [], primary: ["beria"] });
  });

  it("leaves out a chapter's unknown focus entities and relations", () => {
    const emphasis = chapterEmphasis(
      catalog,
      chapter(["malenkov", "nobody"], ["m-arrested-k", "nothing"]),
    );
    expect([...emphasis.nodes].sort()).toEqual(["khrushchev", "malenkov"]);
    expect([...emphasis.edges]).toEqual(["m-arrested-k"]);
    expect(emphasis.primary.has("malenkov")).toBe(true);
  });

  it("keeps a chapter's primary entities among its emphasised nodes", () => {
    const emphasis = chapterEmphasis(catalog, chapter(["malenkov", "nobody"], []));
    expect([...emphasis.primary]).toEqual(["malenkov"]);
  });
});
