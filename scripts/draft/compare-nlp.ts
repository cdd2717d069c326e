/**
 * Why drafting uses wink-nlp: the two established English NLP libraries that run in a browser and
 * in Node with no server and no download at run time, compared on the notes that ship with the
 * project. For each set of notes it prints, per library:
 *
 * - names: of the people the curated dataset lists (label or alias), the share whose every
 *   mention in the notes the library tags as a proper name (compromise: a person; wink-nlp: PROPN);
 * - lemmas: whether the library gives a verb's lemma ("arrested" ▶ "arrest"), which the relation
 *   verbs are looked up by, for the verbs of the curated relations' quotes;
 * - time to tag 10,000 words (the notes joined to length), median of three after a warm-up.
 *
 *   npm run draft:compare
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import nlpCompromise from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

interface NotesSet {
  name: string;
  notes: string;
  people: string[][];
}

function sets(): NotesSet[] {
  const found: { name: string; notes: string; curated: string }[] = [
    {
      name: "post-stalin (built-in)",
      notes: path.join(root, "data/sources/post-stalin-revision-notes.txt"),
      curated: path.join(root, "data/post-stalin-power-struggle.json"),
    },
  ];
  const fixtures = path.join(root, "tests/fixtures/notes");
  if (existsSync(fixtures))
    for (const folder of readdirSync(fixtures).sort())
      if (existsSync(path.join(fixtures, folder, "curated.json")))
        found.push({
          name: folder,
          notes: path.join(fixtures, folder, "notes.txt"),
          curated: path.join(fixtures, folder, "curated.json"),
        });
  return found.map(({ name, notes, curated }) => {
    const dataset = JSON.parse(readFileSync(curated, "utf8")) as {
      entities: { type: string; label: string; aliases?: string[] }[];
    };
    return {
      name,
      notes: readFileSync(notes, "utf8"),
      people: dataset.entities
        .filter((entity) => entity.type === "person")
        .map((entity) => [entity.label, ...(entity.aliases ?? [])]),
    };
  });
}

const wink = winkNLP(model);
const its = wink.its;

/** Offsets of every whole-word occurrence of `name` in `text`. */
function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  const flat = text.replace(/\s+/g, " ");
  const pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g");
  for (let match = pattern.exec(flat); match; match = pattern.exec(flat)) found.push(match.index);
  return found;
}

function compromiseNames(text: string): Set<string> {
  const flat = text.replace(/\s+/g, " ");
  const people = nlpCompromise(flat).people().out("array") as string[];
  return new Set(
    people.flatMap((person) => person.replace(/['’]s\b|[^\p{L}\s-]/gu, "").split(" ")),
  );
}

function winkNames(text: string): Set<string> {
  const doc = wink.readDoc(text.replace(/\s+/g, " "));
  const names = new Set<string>();
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  values.forEach((value, index) => {
    if (tags[index] === "PROPN") names.add(value);
  });
  return names;
}

/** A person counts as found when every word of one of their names is tagged as a name. */
function nameRecall(set: NotesSet, tagged: Set<string>): string {
  const present = set.people.filter((names) =>
    names.some((name) => occurrences(set.notes, name).length > 0),
  );
  const found = present.filter((names) =>
    names.some(
      (name) =>
        occurrences(set.notes, name).length > 0 &&
        name
          .split(" ")
          .filter((word) => /^\p{Lu}/u.test(word))
          .every((word) => tagged.has(word)),
    ),
  );
  return `${found.length}/${present.length}`;
}

function timeTagging(text: string, tag: (text: string) => unknown): number {
  tag(text);
  const runs = [0, 1, 2].map(() => {
    const start = performance.now();
    tag(text);
    return performance.now() - start;
  });
  return runs.sort((a, b) => a - b)[1] ?? 0;
}

function tenThousandWords(texts: readonly string[]): string {
  const parts: string[] = [];
  for (let words = 0, index = 0; words < 10_000; index += 1) {
    const text = texts[index % texts.length] ?? "";
    parts.push(text);
    words += (text.match(/\S+/g) ?? []).length;
  }
  return parts.join("\n\n");
}

const all = sets();
console.log("people found as names (every word of a name tagged), per set of notes:");
for (const set of all)
  console.log(
    `  ${set.name}: compromise ${nameRecall(set, compromiseNames(set.notes))}, wink-nlp ${nameRecall(set, winkNames(set.notes))}`,
  );

const verbs = [
  "arrested",
  "executed",
  "denounced",
  "succeeded",
  "expelled",
  "exiled",
  "was deposed",
  "defeated",
];
const compromiseLemmas = verbs.map((verb) =>
  (nlpCompromise(verb).verbs().toInfinitive().text() as string).replace(/^was /, ""),
);
const winkLemmas = verbs.map((verb) => {
  const doc = wink.readDoc(verb);
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  return lemmas[lemmas.length - 1] ?? "";
});
console.log(`lemmas of ${verbs.join(", ")}:`);
console.log(`  compromise: ${compromiseLemmas.join(", ")}`);
console.log(`  wink-nlp:   ${winkLemmas.join(", ")}`);

const big = tenThousandWords(all.map((set) => set.notes));
const compromiseMs = timeTagging(big, (text) => nlpCompromise(text).people().out("array"));
const winkMs = timeTagging(big, (text) => wink.readDoc(text).tokens().out(its.pos));
console.log(
  `tagging 10,000 words: compromise ${Math.round(compromiseMs)} ms, wink-nlp ${Math.round(winkMs)} ms`,
);

const compromiseBuild = path.join(root, "node_modules/compromise/builds/compromise.js");
if (existsSync(compromiseBuild))
  console.log(
    `compromise's one-file build: ${Math.round(gzipSync(readFileSync(compromiseBuild)).length / 1024)} kB gzip (wink-nlp with its model: see the draft worker's chunk in \`npx vite build\`)`,
  );
