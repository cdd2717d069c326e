/**
 * `npm run validate -- FILE [FILE …] [--out dataset.json]`: checks a file the way the page opens it: a dramatis/1
 * dataset (.json, with its source texts read beside it), one CSV (an edge list or a list of
 * entities), a CSV pair (`entities.csv relations.csv`), GEXF or GraphML. The same importer as the
 * page, with xmldom as the XML parser (the page's worker uses it too), so both say the same.
 *
 * With `--out`, what was read is also written as a `dramatis/1` dataset, so that the command line
 * converts as well as checks; nothing is written when the file does not open.
 *
 * Exit 0: it opens (notes, one `note: …` line each, then one summary line). Exit 1: problems (one
 * `path: message` line each, the fix the page would offer as a `fix: …` line, then a count), or a
 * file cannot be read. Exit 2: wrong usage. Problems go to stdout so they can be piped; trouble
 * with the command itself goes to stderr, always as one line, never a stack trace.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { datasetToJson } from "../export/json";
import { importFiles, type ImportFile } from "../import";
import { kindName, usageList } from "../import/formats";
import { MAX_FILE_BYTES, tooLargeMessage } from "../import/limits";
import type { DomParserConstructor } from "../import/xml";
import { FORMAT } from "../model/format";
import { placeOf } from "../model/problem";
import type { Dataset } from "../model/schema";
import { datasetWarnings } from "../model/warnings";

// The formats and their names come from the registry, as the page's Open dialog's do.
const USAGE = `usage: npm run validate -- FILE [FILE …] [--out dataset.json]   (${usageList()})`;

async function main(given: readonly string[]): Promise<number> {
  if (given.length === 1 && (given[0] === "--help" || given[0] === "-h")) {
    console.log(USAGE);
    return 0;
  }
  const outAt = given.indexOf("--out");
  const out = outAt === -1 ? undefined : given[outAt + 1];
  if (outAt !== -1 && (out === undefined || out.startsWith("--"))) {
    console.error(`dramatis validate: --out needs a file name; ${USAGE}`);
    return 2;
  }
  const args =
    outAt === -1 ? given : given.filter((_, index) => index !== outAt && index !== outAt + 1);
  if (args.length === 0) {
    console.error(`dramatis validate: no file given; ${USAGE}`);
    return 2;
  }

  // `npm run` moves to the package folder; a relative FILE means relative to where it was typed.
  const base =
    process.env.npm_lifecycle_event === "validate" && process.env.INIT_CWD
      ? process.env.INIT_CWD
      : process.cwd();
  const label = args.join(" + ");

  const files: ImportFile[] = [];
  let unreadable = false;
  const tooLarge: string[] = [];
  for (const file of args) {
    const absolute = path.resolve(base, file);
    try {
      // The size first: a file over the limit is refused without being read, as on the page.
      const { size } = await stat(absolute);
      if (size > MAX_FILE_BYTES) {
        tooLarge.push(`${file}: ${tooLargeMessage(size, MAX_FILE_BYTES)}`);
        continue;
      }
      files.push({ name: file, bytes: new Uint8Array(await readFile(absolute)) });
    } catch (error) {
      console.error(`${file}: cannot read the file: ${describeFileError(error)}`);
      unreadable = true;
    }
  }
  if (unreadable) return 1;
  if (tooLarge.length > 0) {
    for (const line of tooLarge) console.log(line);
    console.log(`${label}: ${count(tooLarge.length, "problem")}`);
    return 1;
  }

  // A dataset's source texts are read beside it, as the page reads them beside a served dataset.
  const dataset = args.find((file) => file.toLowerCase().endsWith(".json")) ?? args[0] ?? "";
  const folder = path.dirname(path.resolve(base, dataset));
  const result = await importFiles(files, {
    domParser: DOMParser as unknown as DomParserConstructor,
    readSourceText: async (relativePath) => {
      try {
        return await readFile(path.resolve(folder, relativePath), "utf8");
      } catch (error) {
        throw new Error(describeFileError(error), { cause: error });
      }
    },
  });

  if (!result.ok) {
    for (const problem of result.problems) console.log(`${placeOf(problem)}: ${problem.message}`);
    if (result.fix) console.log(`fix: ${result.fix.description}`);
    console.log(`${label}: ${count(result.problems.length, "problem")}`);
    return 1;
  }
  for (const note of result.notes) console.log(`note: ${note}`);
  const { dataset: opened } = result.loaded;
  const what =
    result.format === "dramatis"
      ? `valid ${FORMAT} dataset`
      : `valid ${kindName(result.format) ?? result.format}, read as ${FORMAT} dataset`;
  console.log(
    `${label}: ${what} ${JSON.stringify(opened.id)}: ` +
      [
        count(opened.entities.length, "entity", "entities"),
        count(opened.relations.length, "relation"),
        count(opened.sources.length, "source"),
      ].join(", "),
  );
  const quotes = quoteCounts(opened, result.loaded.sourceTexts);
  // Said only where a text ships: for a spreadsheet or a graph file there is nothing to check.
  if (quotes.texts > 0) {
    console.log(
      `quotes: ${count(quotes.checked, "quote")} checked word for word against ${count(quotes.texts, "source text")}` +
        (quotes.unchecked > 0 ? `; ${quotes.unchecked} cite sources without a text` : ""),
    );
  }
  // Warnings never fail the check: the file is valid, and only its author can say which
  // date is right.
  const warnings = datasetWarnings(opened);
  for (const warning of warnings) console.log(`warning: ${placeOf(warning)}: ${warning.message}`);
  if (warnings.length > 0) console.log(`${label}: ${count(warnings.length, "warning")}`);
  if (out !== undefined) {
    const target = path.resolve(base, out);
    try {
      await writeFile(target, datasetToJson(opened), "utf8");
    } catch (error) {
      console.error(`${out}: cannot write the file: ${describeFileError(error)}`);
      return 1;
    }
    console.log(`wrote ${out}: ${FORMAT} dataset ${JSON.stringify(opened.id)}`);
  }
  return 0;
}

/** How many quotes were checked against a shipped text, and how many could not be. */
function quoteCounts(
  dataset: Dataset,
  sourceTexts: ReadonlyMap<string, string>,
): { checked: number; unchecked: number; texts: number } {
  const withText = new Set(
    dataset.sources
      .filter((source) => source.text !== undefined && sourceTexts.has(source.text))
      .map((source) => source.id),
  );
  let checked = 0;
  let unchecked = 0;
  for (const item of [...dataset.entities, ...dataset.relations]) {
    for (const evidence of item.evidence) {
      if (withText.has(evidence.source)) checked++;
      else unchecked++;
    }
  }
  return { checked, unchecked, texts: withText.size };
}

function count(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** Node's file errors, in words: "no such file" rather than `ENOENT: … open '/abs/path'`. */
function describeFileError(error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder, not a file";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

// Output piped into `head` closes early; that is not an error worth a trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`dramatis validate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
