import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { datasetToGexf } from "../../../src/export/gexf";
import { datasetToJson } from "../../../src/export/json";
import { importFiles, type DomParserConstructor } from "../../../src/import";
import { loadDataset, type LoadedDataset } from "../../../src/model/load";

const data = new URL("../../../data/", import.meta.url);
const fixtures = new URL("../../fixtures/", import.meta.url);

async function load(file: URL, folder: URL): Promise<LoadedDataset> {
  const result = await loadDataset(readFileSync(file, "utf8"), async (path) =>
    readFileSync(new URL(path, folder), "utf8"),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.loaded;
}

const encode = (text: string) => new TextEncoder().encode(text);
const options = { domParser: DOMParser as unknown as DomParserConstructor };

describe("export then import gives the same dataset back", () => {
  it("refuses a Dramatis GEXF whose dataset was tampered with, naming the place", async () => {
    const original = await load(new URL("valid-minimal.json", fixtures), fixtures);
    const gexf = datasetToGexf(original.dataset, original.sourceTexts).replace(
      '"label":"Person"',
      '"label":""',
    );
    expect(gexf).toContain('"label":""');
    const result = await importFiles([{ name: "tampered.gexf", bytes: encode(gexf) }], options);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({ code: "schema", path: ["entityTypes", 0, "label"] }),
      );
  });

  it.each([
    ["the built-in dataset", new URL("post-stalin-power-struggle.json", data), data],
    ["the minimal fixture", new URL("valid-minimal.json", fixtures), fixtures],
  ])("through GEXF: %s", async (_name, file, folder) => {
    const original = await load(file, folder);
    const gexf = datasetToGexf(original.dataset, original.sourceTexts);
    const result = await importFiles([{ name: "exported.gexf", bytes: encode(gexf) }], options);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    expect(result.format).toBe("gexf");
    expect(result.loaded.dataset).toEqual(original.dataset);
    expect([...result.loaded.sourceTexts.values()]).toEqual([...original.sourceTexts.values()]);
  });

  it.each([
    ["a Gephi GEXF (positions, sizes, type colours, edge weights)", "import/les-miserables.gexf"],
    ["a GraphML file (positions, tooltips)", "import/airlines.graphml"],
    ["a GEXF with dated edges and typed attributes", "real/gephi-lite-edge-dates.gexf"],
    ["TinkerPop GraphML with vertex and edge labels", "real/tinkerpop-modern.xml"],
  ])(
    "a file from another tool, opened, exported as GEXF and opened again: %s",
    async (_name, path) => {
      const bytes = new Uint8Array(readFileSync(new URL(path, fixtures)));
      const first = await importFiles([{ name: path.split("/").pop() ?? path, bytes }], options);
      if (!first.ok) throw new Error(JSON.stringify(first.problems.slice(0, 5)));
      const attributes = first.loaded.dataset.relations.filter((r) => r.attributes).length;
      const gexf = datasetToGexf(first.loaded.dataset, first.loaded.sourceTexts);
      const again = await importFiles([{ name: "exported.gexf", bytes: encode(gexf) }], options);
      if (!again.ok) throw new Error(JSON.stringify(again.problems.slice(0, 5)));
      // Every node, edge, attribute value, colour, position and date comes back as it was.
      expect(again.loaded.dataset).toEqual(first.loaded.dataset);
      expect(again.loaded.dataset.relations.filter((r) => r.attributes)).toHaveLength(attributes);
    },
  );

  it("through dramatis JSON: the built-in dataset", async () => {
    const original = await load(new URL("post-stalin-power-struggle.json", data), data);
    const json = datasetToJson(original.dataset);
    const again = await loadDataset(json, async (path) =>
      readFileSync(new URL(path, data), "utf8"),
    );
    if (!again.ok) throw new Error(JSON.stringify(again.problems.slice(0, 5)));
    expect(again.loaded.dataset).toEqual(original.dataset);
  });
});
