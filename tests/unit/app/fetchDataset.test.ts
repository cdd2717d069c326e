/**
 * A dataset linked with `?data=`, as the import worker fetches it: what cannot be fetched is named
 * with its place, a source text is read relative to the dataset, and the whole is checked.
 */
import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchDataset } from "../../../src/app/fetchDataset";
import { placeOf } from "../../../src/model/problem";

const FIXTURES = new URL("../../fixtures/", import.meta.url);
const SITE = "https://dramatis.example/datasets/";

/** Serves the fixtures folder at SITE; anything else is a 404. */
function serveFixtures() {
  const requested: string[] = [];
  vi.stubGlobal("fetch", async (input: URL) => {
    requested.push(input.href);
    if (!input.href.startsWith(SITE)) return new Response("", { status: 404 });
    try {
      const bytes = await readFile(new URL(input.href.slice(SITE.length), FIXTURES));
      return new Response(new Uint8Array(bytes), { status: 200 });
    } catch {
      return new Response("", { status: 404, statusText: "Not Found" });
    }
  });
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchDataset", () => {
  it("says which address could not be fetched, and why", async () => {
    serveFixtures();
    const result = await fetchDataset(new URL(`${SITE}not-there.json`));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: "unreadable",
          place: "(url)",
          message: "could not fetch /datasets/not-there.json: 404 Not Found",
        },
      ],
    });
  });

  it("lists each problem of a dataset that does not validate, with its place", async () => {
    serveFixtures();
    const result = await fetchDataset(new URL(`${SITE}invalid-references.json`));
    if (result.ok) throw new Error("an invalid dataset was accepted");
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems)
      expect(placeOf(problem)).toMatch(/^(sources|relations|entities|story)\[\d+\]/);
  });

  it("reads source texts next to the dataset and opens a valid one", async () => {
    const requested = serveFixtures();
    const result = await fetchDataset(new URL(`${SITE}valid-minimal.json`));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.loaded.dataset.id).toBe("minimal");
    expect(requested).toEqual([`${SITE}valid-minimal.json`, `${SITE}sources/minimal.txt`]);
    expect(result.loaded.sourceTexts.get("sources/minimal.txt")).toContain("Beria");
  });

  it.each([
    [
      "a GEXF file (once refused as invalid JSON at line 1)",
      "real/gephi-lite-edge-dates.gexf",
      8,
      16,
    ],
    ["a GraphML file", "real/tinkerpop-modern.xml", 6, 6],
    ["a CSV edge list", "import/edge-list.csv", 3, 4],
    ["a networkx node-link JSON", "real/networkx-force.json", 11, 16],
    ["a SNAP edge list", "real/snap-small.edgelist", 5, 5],
  ])("opens any format Open… reads: %s", async (_what, path, entities, relations) => {
    serveFixtures();
    const result = await fetchDataset(new URL(`${SITE}${path}`));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect([result.loaded.dataset.entities.length, result.loaded.dataset.relations.length]).toEqual(
      [entities, relations],
    );
  });
});
