/**
 * The built-in dataset file made at build time: a broken dataset stops the build and names each
 * problem; a valid one comes out checked, with its source texts, and with every entity where the
 * app's own layout would have put it.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildLaidOutGraph } from "../../../src/graph/laidOut";
import { loadDataset } from "../../../src/model/load";
import type { BuiltInDataset } from "virtual:dramatis/built-in-dataset";
import { builtInJson } from "../../../scripts/vite/builtInDataset";
import { placeOf } from "../../../src/model/problem";

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/** Makes the file as the build does, and reads it as the page does. */
async function buildModule(file: string) {
  const watched: string[] = [];
  const json = await builtInJson(file, (path) => watched.push(path));
  return { module: JSON.parse(json) as BuiltInDataset, watched };
}

describe("the built-in dataset file", () => {
  it("stops the build, naming every problem, when the dataset does not validate", async () => {
    await expect(buildModule(fixture("invalid-references.json"))).rejects.toThrow(
      /invalid-references\.json is not a valid dataset:\n {2}\S+: /,
    );
    const problems = await loadDataset(
      await readFile(fixture("invalid-references.json"), "utf8"),
      () => Promise.resolve(""),
    );
    if (problems.ok) throw new Error("the fixture should not validate");
    const message = await buildModule(fixture("invalid-references.json")).catch(
      (error: Error) => error.message,
    );
    for (const problem of problems.problems) expect(message).toContain(placeOf(problem));
  });

  it("stops the build when a source's text cannot be read", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "built-in-"));
    const file = path.join(folder, "missing-text.json");
    const dataset = JSON.parse(await readFile(fixture("valid-minimal.json"), "utf8")) as {
      sources: { text?: string }[];
    };
    (dataset.sources[0] as { text?: string }).text = "sources/not-there.txt";
    await writeFile(file, JSON.stringify(dataset));
    try {
      await expect(buildModule(file)).rejects.toThrow(
        /missing-text\.json is not a valid dataset:\n {2}sources\[0\]\.text: could not read "sources\/not-there\.txt"/,
      );
    } finally {
      await rm(folder, { recursive: true });
    }
  });

  it("gives the checked dataset with each entity where the app's layout places it", async () => {
    const file = fixture("valid-minimal.json");
    const { module, watched } = await buildModule(file);
    const expected = await loadDataset(await readFile(file, "utf8"), (path) =>
      readFile(fixture(path), "utf8"),
    );
    if (!expected.ok) throw new Error("the fixture should validate");
    const laidOut = buildLaidOutGraph(expected.loaded.dataset);

    expect(module.dataset.id).toBe("minimal");
    expect(module.dataset.relations).toEqual(expected.loaded.dataset.relations);
    for (const entity of module.dataset.entities) {
      expect(entity).toMatchObject({
        x: laidOut.getNodeAttribute(entity.id, "x"),
        y: laidOut.getNodeAttribute(entity.id, "y"),
      });
    }
    expect(new Map(module.sourceTexts)).toEqual(expected.loaded.sourceTexts);
    // Editing the dataset or one of its texts rebuilds it in the dev server.
    expect(watched).toEqual([file, fixture("sources/minimal.txt")]);
  });
});
