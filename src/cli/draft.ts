/**
 * `npm run draft -- NOTES [--out draft.json]`: drafts a network from a file of notes, unreviewed,
 * as a `dramatis/1` dataset: the proposals at or above the default confidence, each relation citing
 * its sentence. The notes are the dataset's source text, named by a path relative to the output:
 * when the output is written beside the notes (or below their folder) the path points at them;
 * otherwise a copy of the notes is written beside the output, so that `npm run validate` on the
 * output always passes. Without --out the dataset goes to stdout with the notes' own name.
 *
 * Exit 0: written. Exit 1: the notes cannot be drafted (the message says why). Exit 2: wrong usage.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { datasetToJson } from "../export/json";
import { placeOf } from "../model/problem";
import { draftNotes } from "../draft/draft";
import { MAX_NOTES_BYTES, notesFromBytes } from "../draft/input";
import { draftToDataset } from "../draft/toDataset";

const USAGE = "usage: npm run draft -- NOTES.txt [--out draft.json]";

async function main(args: readonly string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const outAt = args.indexOf("--out");
  const out = outAt === -1 ? undefined : args[outAt + 1];
  const rest =
    outAt === -1 ? [...args] : args.filter((_, index) => index !== outAt && index !== outAt + 1);
  if (rest.length !== 1 || (outAt !== -1 && !out) || rest[0]?.startsWith("--")) {
    console.error(`dramatis draft: ${USAGE}`);
    return 2;
  }
  const base =
    process.env.npm_lifecycle_event === "draft" && process.env.INIT_CWD
      ? process.env.INIT_CWD
      : process.cwd();
  const notesFile = path.resolve(base, rest[0] ?? "");
  let bytes: Uint8Array;
  try {
    // The size first: notes over the limit are refused without being read, as on the page.
    const { size } = await stat(notesFile);
    if (size > MAX_NOTES_BYTES) {
      const refused = notesFromBytes(new Uint8Array(size), rest[0] ?? "");
      if (!refused.ok) console.error(`${placeOf(refused.problem)}: ${refused.problem.message}`);
      return 1;
    }
    bytes = new Uint8Array(await readFile(notesFile));
  } catch (error) {
    console.error(
      `${rest[0]}: cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
    return 1;
  }
  const notes = notesFromBytes(bytes, rest[0] ?? "");
  if (!notes.ok) {
    console.error(`${placeOf(notes.problem)}: ${notes.problem.message}`);
    return 1;
  }

  const outFile = out ? path.resolve(base, out) : undefined;
  // The source text's path, relative to the output's folder, and a copy if it would climb out.
  let textPath = path.basename(notesFile);
  let copyTo: string | undefined;
  if (outFile) {
    const relative = path.relative(path.dirname(outFile), notesFile).split(path.sep).join("/");
    if (relative.startsWith("..") || path.isAbsolute(relative)) {
      textPath = `${path.basename(outFile).replace(/\.json$/i, "")}.notes.txt`;
      copyTo = path.join(path.dirname(outFile), textPath);
    } else textPath = relative;
  }

  const started = performance.now();
  const drafted = draftNotes(notes.text, {
    fileName: textPath,
    title: path.basename(notesFile).replace(/\.[^.]+$/, ""),
  });
  const ms = performance.now() - started;
  if (!drafted.ok) {
    console.error(`${placeOf(drafted.problem)}: ${drafted.problem.message}`);
    return 1;
  }
  const built = draftToDataset(drafted.draft);
  if (!built.ok) {
    for (const problem of built.problems) console.error(`${placeOf(problem)}: ${problem.message}`);
    return 1;
  }
  const { dataset } = built.loaded;
  const json = datasetToJson(dataset);
  const summary = `drafted ${drafted.draft.words.toLocaleString("en")} words in ${Math.round(ms)} ms: ${dataset.entities.length} entities and ${dataset.relations.length} relations of ${drafted.draft.entities.length} and ${drafted.draft.relations.length} proposed (the rest are below the default confidence; review them on the page)`;
  if (!outFile) {
    process.stdout.write(json);
    console.error(summary);
    return 0;
  }
  if (copyTo) await writeFile(copyTo, notes.text, "utf8");
  await writeFile(outFile, json, "utf8");
  console.log(`${out}: ${summary}${copyTo ? `; the notes copied beside it as ${textPath}` : ""}`);
  for (const note of built.notes) console.log(`note: ${note}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`dramatis draft: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
