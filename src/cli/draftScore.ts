/**
 * `npm run draft:score -- NOTES CURATED.json [--verbose]`: drafts NOTES and scores the draft's
 * accepted relations against a dataset curated by hand from the same notes (src/draft/score.ts
 * says how relations are matched). Prints recall and precision, and with --verbose the curated
 * relations the draft missed and the proposals nothing supports. Exit 0 when both could be
 * computed, 1 when a file cannot be read or opened, 2 on wrong usage.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { importFiles } from "../import";
import type { DomParserConstructor } from "../import/xml";
import { placeOf } from "../model/problem";
import { draftNotes } from "../draft/draft";
import { notesFromBytes } from "../draft/input";
import { scoreDraft } from "../draft/score";
import type { Draft } from "../draft/types";

function acceptAtLeast(draft: Draft, threshold: number): Draft {
  return {
    ...draft,
    entities: draft.entities.map((entity) => ({
      ...entity,
      accepted: entity.confidence >= threshold,
    })),
    relations: draft.relations.map((relation) => ({
      ...relation,
      accepted: relation.confidence >= threshold,
    })),
  };
}

const USAGE =
  "usage: npm run draft:score -- NOTES.txt CURATED.json [--min-confidence 0.5] [--verbose]";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

async function main(args: readonly string[]): Promise<number> {
  const verbose = args.includes("--verbose");
  const minAt = args.indexOf("--min-confidence");
  const minConfidence = minAt === -1 ? undefined : Number(args[minAt + 1]);
  if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) {
    console.error(`dramatis draft:score: --min-confidence takes a number from 0 to 1; ${USAGE}`);
    return 2;
  }
  const files = args.filter(
    (arg, index) =>
      arg !== "--verbose" && (minAt === -1 || (index !== minAt && index !== minAt + 1)),
  );
  if (files.length !== 2 || files.some((file) => file.startsWith("--"))) {
    console.error(`dramatis draft:score: ${USAGE}`);
    return 2;
  }
  const base = process.env.INIT_CWD ?? process.cwd();
  const [notesFile = "", curatedFile = ""] = files.map((file) => path.resolve(base, file));
  let notesBytes: Uint8Array;
  let curatedBytes: Uint8Array;
  try {
    notesBytes = new Uint8Array(await readFile(notesFile));
    curatedBytes = new Uint8Array(await readFile(curatedFile));
  } catch (error) {
    console.error(`dramatis draft:score: cannot read a file: ${(error as Error).message}`);
    return 1;
  }
  const notes = notesFromBytes(notesBytes, files[0] ?? "");
  if (!notes.ok) {
    console.error(`${placeOf(notes.problem)}: ${notes.problem.message}`);
    return 1;
  }
  const opened = await importFiles([{ name: path.basename(curatedFile), bytes: curatedBytes }], {
    domParser: DOMParser as unknown as DomParserConstructor,
    readSourceText: (relative) =>
      readFile(path.resolve(path.dirname(curatedFile), relative), "utf8"),
  });
  if (!opened.ok) {
    for (const problem of opened.problems) console.error(`${placeOf(problem)}: ${problem.message}`);
    return 1;
  }
  const curated = opened.loaded.dataset;
  const notesSource =
    curated.sources.find((source) => source.kind === "notes")?.id ?? curated.sources[0]?.id ?? "";
  const started = performance.now();
  const drafted = draftNotes(notes.text, { fileName: path.basename(notesFile) });
  const ms = performance.now() - started;
  if (!drafted.ok) {
    console.error(`${placeOf(drafted.problem)}: ${drafted.problem.message}`);
    return 1;
  }
  // As "accept all at or above" does on the review screen; the draft's own default otherwise.
  const draft =
    minConfidence === undefined ? drafted.draft : acceptAtLeast(drafted.draft, minConfidence);
  const score = scoreDraft(draft, curated, notesSource);
  console.log(
    `${files[0]}: recall ${percent(score.recall)} (${score.found} of ${score.curated} curated relations citing the notes), precision ${percent(score.precision)} (${score.supported} of ${score.proposed} accepted proposals supported), entities ${score.entitiesFound} of ${score.entitiesCurated} matched, drafted ${drafted.draft.words} words in ${Math.round(ms)} ms`,
  );
  if (verbose) {
    for (const miss of score.missed)
      console.log(`missed: ${miss.from} —${miss.type}→ ${miss.to}  «${miss.quote ?? ""}»`);
    for (const extra of score.unsupported)
      console.log(`unsupported: ${extra.from} —${extra.type}→ ${extra.to}  «${extra.quote ?? ""}»`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `dramatis draft:score: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
