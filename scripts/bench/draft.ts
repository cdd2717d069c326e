/**
 * How long drafting takes: notes of about 10,000 words (and larger), made by joining every set of
 * notes that ships with the project (the built-in notes and tests/fixtures/notes/) until the length
 * is reached, drafted cold (the language model loads) and warm (median of five). A benchmark prints
 * numbers; no test asserts on time. Run:
 *
 *   npm run bench:draft -- --words 10000,50000
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { draftNotes } from "../../src/draft/draft";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function notesOnDisk(): string[] {
  const texts = [
    readFileSync(path.join(root, "data/sources/post-stalin-revision-notes.txt"), "utf8"),
  ];
  const fixtures = path.join(root, "tests/fixtures/notes");
  if (existsSync(fixtures))
    for (const folder of readdirSync(fixtures).sort()) {
      const file = path.join(fixtures, folder, "notes.txt");
      if (existsSync(file)) texts.push(readFileSync(file, "utf8"));
    }
  return texts;
}

function notesOf(words: number, texts: readonly string[]): string {
  const parts: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index += 1) {
    const text = texts[index % texts.length] ?? "";
    parts.push(text);
    count += (text.match(/\S+/g) ?? []).length;
  }
  return parts.join("\n\n");
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const sizes = (arg("--words") ?? "10000").split(",").map(Number);
const texts = notesOnDisk();
console.log(`drafting from ${texts.length} sets of notes, joined to length`);
let cold = true;
for (const size of sizes) {
  const notes = notesOf(size, texts);
  const times: number[] = [];
  let summary = "";
  for (let run = 0; run < (cold ? 6 : 5); run += 1) {
    const start = performance.now();
    const outcome = draftNotes(notes, { fileName: "bench.txt" });
    const ms = performance.now() - start;
    if (!outcome.ok) throw new Error(outcome.problem.message);
    if (cold && run === 0)
      console.log(`  first draft (loads the language model): ${Math.round(ms)} ms`);
    else times.push(ms);
    summary = `${outcome.draft.words.toLocaleString("en")} words: ${outcome.draft.entities.length} entities, ${outcome.draft.relations.length} relations proposed`;
  }
  cold = false;
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `  ${summary}; median ${Math.round(median)} ms (min ${Math.round(times[0] ?? 0)}, max ${Math.round(times[times.length - 1] ?? 0)}) over ${times.length} runs`,
  );
}
