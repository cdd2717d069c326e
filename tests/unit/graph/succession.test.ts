import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../../src/graph/catalog";
import { holdersOf, isBeyondTheNotes, postsHeldBy } from "../../../src/graph/query";
import { Dataset } from "../../../src/model/schema";

/**
 * Two offices and their holders, listed in the dataset out of order on purpose; "advised" also
 * points at an office but is not a succession, and "acted-as" is a second succession type.
 */
const dataset = Dataset.parse({
  format: "dramatis/1",
  id: "offices",
  title: "Offices",
  sources: [
    { id: "notes", title: "Notes", kind: "notes" },
    { id: "chronology", title: "A chronology", kind: "reference" },
  ],
  entityTypes: [
    { id: "person", label: "Person", color: "#0072b2" },
    { id: "office", label: "Office", color: "#e69f00" },
  ],
  relationTypes: [
    {
      id: "held-office",
      label: "held",
      inverse: "was held by",
      temporal: "state",
      succession: true,
      color: "#000000",
    },
    {
      id: "acted-as",
      label: "acted as",
      inverse: "had as acting holder",
      temporal: "state",
      succession: true,
      color: "#111111",
    },
    { id: "advised", label: "advised", inverse: "was advised by", color: "#222222" },
  ],
  entities: [
    { id: "premier", type: "office", label: "Premier" },
    { id: "secretary", type: "office", label: "First Secretary" },
    { id: "malenkov", type: "person", label: "Malenkov" },
    { id: "bulganin", type: "person", label: "Bulganin" },
    { id: "khrushchev", type: "person", label: "Khrushchev" },
    { id: "stalin", type: "person", label: "Stalin" },
    { id: "mikoyan", type: "person", label: "Mikoyan" },
  ],
  relations: [
    // The premiership, out of order: 1958-03, undated, 1955-02, 1953, 1953-03, undated.
    { id: "k-premier", type: "held-office", from: "khrushchev", to: "premier", start: "1958-03" },
    { id: "mikoyan-premier", type: "held-office", from: "mikoyan", to: "premier" },
    { id: "b-premier", type: "held-office", from: "bulganin", to: "premier", start: "1955-02" },
    { id: "s-premier", type: "held-office", from: "stalin", to: "premier", start: "1953" },
    {
      id: "m-premier",
      type: "held-office",
      from: "malenkov",
      to: "premier",
      start: "1953-03",
      end: "1955-02",
    },
    { id: "m-acting", type: "acted-as", from: "malenkov", to: "premier" },
    // Not a succession, though it points at the office.
    { id: "m-advised-premier", type: "advised", from: "mikoyan", to: "premier", start: "1950" },
    // Khrushchev's other office, taken before the premiership.
    {
      id: "k-secretary",
      type: "held-office",
      from: "khrushchev",
      to: "secretary",
      start: "1953-09",
    },
    // An office "held" by an office: the premier's side of it must not list it as a holder.
    { id: "premier-secretary", type: "held-office", from: "premier", to: "secretary" },
  ],
});
const catalog = buildCatalog(dataset);
const ids = (relations: { id: string }[]) => relations.map((relation) => relation.id);

describe("holdersOf", () => {
  it("lists an office's holders by start, coarser dates first, undated last in dataset order", () => {
    expect(ids(holdersOf(catalog, "premier"))).toEqual([
      "s-premier", // 1953: could be any day of 1953, so it counts from 1 January
      "m-premier", // 1953-03
      "b-premier", // 1955-02
      "k-premier", // 1958-03
      "mikoyan-premier", // undated
      "m-acting", // undated, after the other undated one as the dataset gives them
    ]);
  });

  it("leaves out relations whose type is not a succession", () => {
    expect(ids(holdersOf(catalog, "premier"))).not.toContain("m-advised-premier");
  });

  it("lists only relations that end at the office", () => {
    // The premier holds the secretaryship; that is not a holder of the premiership.
    expect(ids(holdersOf(catalog, "premier"))).not.toContain("premier-secretary");
    expect(ids(holdersOf(catalog, "secretary"))).toEqual(["k-secretary", "premier-secretary"]);
  });

  it("is empty for someone who is not an office, and for an unknown id", () => {
    expect(holdersOf(catalog, "khrushchev")).toEqual([]);
    expect(holdersOf(catalog, "nobody")).toEqual([]);
  });
});

describe("postsHeldBy", () => {
  it("lists the offices someone held, in order of taking them up", () => {
    expect(ids(postsHeldBy(catalog, "khrushchev"))).toEqual(["k-secretary", "k-premier"]);
  });

  it("counts every succession type, and no other", () => {
    expect(ids(postsHeldBy(catalog, "malenkov"))).toEqual(["m-premier", "m-acting"]);
    expect(ids(postsHeldBy(catalog, "mikoyan"))).toEqual(["mikoyan-premier"]);
  });

  it("is empty for an office that nobody's relation starts from, and for an unknown id", () => {
    expect(postsHeldBy(catalog, "secretary")).toEqual([]);
    expect(postsHeldBy(catalog, "nobody")).toEqual([]);
  });
});

describe("isBeyondTheNotes", () => {
  const quote = (source: string) => ({ source, quote: "…" });

  it("is false without evidence: nothing says where the claim comes from", () => {
    expect(isBeyondTheNotes(catalog, [])).toBe(false);
  });

  it("is true when every piece of evidence comes from a reference", () => {
    expect(isBeyondTheNotes(catalog, [quote("chronology")])).toBe(true);
    expect(isBeyondTheNotes(catalog, [quote("chronology"), quote("chronology")])).toBe(true);
  });

  it("is false as soon as one piece comes from the notes", () => {
    expect(isBeyondTheNotes(catalog, [quote("notes")])).toBe(false);
    expect(isBeyondTheNotes(catalog, [quote("chronology"), quote("notes")])).toBe(false);
  });

  it("counts a source the dataset does not list as beyond the notes", () => {
    expect(isBeyondTheNotes(catalog, [quote("unknown")])).toBe(true);
  });
});
