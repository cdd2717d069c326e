/**
 * The `dramatis/1` dataset itself: one JSON file, with the texts of its sources dropped beside it.
 * It comes first in the registry because it is the only format that takes companion files: a
 * dataset dropped with its `notes.txt` is a dataset, whatever the text file looks like.
 *
 * Limits and notes: the entity and relation counts are checked on the parsed JSON before the
 * (costlier) validation; a source text that was not given is skipped with a note rather than
 * failing the dataset; the one offered fix drops relations whose ends do not exist.
 */
import { baseName, extensionOf } from "../sniff";
import { looksLikeGraphJson } from "./jsonSniff";
import type { ImportFormat } from "../types";

export const dramatisFormat: ImportFormat = {
  id: "dramatis",
  expected: "a dramatis dataset (.json)",
  usage: "a dramatis/1 dataset .json",
  extensions: ["json"],
  kinds: [{ id: "dramatis", name: "dramatis/1" }],

  sniff({ name, text }) {
    const first = text.trimStart().charAt(0);
    // Nodes and links from another tool are the JSON network reader's; this one only guesses.
    if (first === "{" || first === "[") return looksLikeGraphJson(text) ? "guess" : "content";
    // A `.json` that opens like XML is XML (and is told so), not broken JSON.
    if (extensionOf(name) === "json" && first !== "<") return "name";
    return undefined;
  },

  async read(files, context) {
    const datasets = files.filter((file) => file.format === dramatisFormat);
    const named = datasets.filter((file) => baseName(file.name).endsWith(".json"));
    const dataset = datasets.length === 1 ? datasets[0] : named.length === 1 ? named[0] : undefined;
    if (!dataset)
      return {
        ok: false,
        format: "dramatis",
        problems: [
          {
            code: "file-combination",
            place: datasets.map((file) => file.name).join(", "),
            message: "several datasets given: open one at a time",
          },
        ],
      };
    const others = files.filter((file) => file !== dataset);
    return context.openDataset("dramatis", dataset, others, context.readSourceText);
  },
};
