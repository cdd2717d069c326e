/**
 * Notes in, a draft out: the pipeline that the draft worker, `npm run draft` and the scoring share.
 * It runs synchronously and reports its progress; the worker that runs it is ended to cancel it.
 *
 *   blocks (paragraphs, bullets, headings) ▶ sentences and tokens (nlp.ts) ▶ mentions ▶ entities
 *   with their merged names ▶ relations, each from one sentence, dated and hedged ▶ confidence.
 */
import type { Problem } from "../model/problem";
import { blocksOf } from "./blocks";
import { datesIn, type DateMention } from "./dates";
import { notesFromText } from "./input";
import { ENTITY_TYPES, RELATION_TYPES } from "./lexicon";
import { mentionsIn, type NameMention } from "./mentions";
import { nameEntities } from "./names";
import { tokenise } from "./nlp";
import { betweenRelations, namingRelations, relationsIn } from "./relations";
import type { Draft, DraftProgress, DraftRelation } from "./types";

export type DraftOutcome = { ok: true; draft: Draft } | { ok: false; problem: Problem };

export interface DraftOptions {
  /** The notes' file name; "notes.txt" for pasted text. */
  fileName?: string;
  /** The dataset's title where the notes have no heading; the file name without its extension by default. */
  title?: string;
  onProgress?: (progress: DraftProgress) => void;
}

/** Below this a proposal starts rejected; the review can accept it. */
export const DEFAULT_ACCEPT = 0.5;

export function draftNotes(notes: string, options: DraftOptions = {}): DraftOutcome {
  const fileName = options.fileName ?? "notes.txt";
  const progress = (stage: string, fraction: number) => options.onProgress?.({ stage, fraction });
  const input = notesFromText(notes, fileName);
  if (!input.ok) return input;
  const text = input.text;

  progress("Reading sentences", 0.05);
  const blocks = blocksOf(text);
  const { tokens, sentences } = tokenise(blocks, (done) =>
    progress("Reading sentences", 0.05 + 0.55 * (done / Math.max(1, blocks.length))),
  );

  progress("Finding names", 0.65);
  // Words the notes write in lower case somewhere: a capitalised one at a sentence's start is
  // then a common noun, not a name.
  const lowerWords = new Set(
    tokens.filter((token) => /^\p{Ll}/u.test(token.text)).map((token) => token.lower),
  );
  const mentions: NameMention[][] = sentences.map((sentence, index) =>
    mentionsIn(tokens, sentence, index, lowerWords),
  );
  const named = nameEntities(mentions.flat(), text);
  if (named.entities.length === 0)
    return {
      ok: false,
      problem: {
        code: "empty",
        place: fileName,
        message:
          'names no one: drafting found no people, bodies, offices, places, policies or events in it. It looks for capitalised names ("Thomas Cromwell", "the Privy Council") and named things ("the collective leadership")',
      },
    };

  // The person each section is about: a heading that is one person's name ("3. Nikita Khrushchev").
  const sectionPerson: (string | undefined)[] = [];
  let section: string | undefined;
  sentences.forEach((sentence, index) => {
    const block = blocks[sentence.block];
    if (block?.heading && sentences[index - 1]?.block !== sentence.block) {
      const own = mentions[index] ?? [];
      // "1. Henry VI (Lancaster)": the heading's first name, if it is a person's.
      const only = own[0];
      const key = only ? named.nameAt.get(only.start) : undefined;
      section =
        key && named.typeOfName.get(key) === "person" ? key : block.bullet ? section : undefined;
    }
    sectionPerson.push(section);
  });

  progress("Reading dates", 0.75);
  const blockDates = new Map<number, DateMention[]>();
  blocks.forEach((block, index) => {
    blockDates.set(
      index,
      datesIn(block.readable).map((date) => ({
        ...date,
        start: date.start + block.start,
        end: date.end + block.start,
      })),
    );
  });

  progress("Linking names by their verbs", 0.8);
  let counter = 0;
  const nextId = () => `r${++counter}`;
  const context = {
    tokens,
    sentences,
    mentions,
    text,
    nameAt: named.nameAt,
    typeOfName: named.typeOfName,
    sectionPerson,
    topic: sentences.map(() => undefined),
    entityOf: new Map(
      named.entities.flatMap((entity) =>
        entity.names.map((name) => [name.key, entity.id] as const),
      ),
    ),
    bulletStart: sentences.map(
      (sentence, index) =>
        (blocks[sentence.block]?.bullet ?? false) && sentences[index - 1]?.block !== sentence.block,
    ),
    blockIsBullet: sentences.map((sentence) => blocks[sentence.block]?.bullet ?? false),
    blockDates,
  };
  const relations: DraftRelation[] = sentences.flatMap((_, index) => {
    const read = relationsIn(context, index, nextId);
    return [...read, ...betweenRelations(context, index, read, nextId)];
  });
  relations.push(...sentences.flatMap((_, index) => namingRelations(context, index, nextId)));
  relations.push(...partsByName(named, text, sentences, nextId));
  // Two names of one entity ("Henry VI led Henry VI" after a merge) make no relation.
  const entityOfKey = new Map<string, string>();
  for (const entity of named.entities)
    for (const name of entity.names) entityOfKey.set(name.key, entity.id);
  for (let index = relations.length - 1; index >= 0; index -= 1) {
    const relation = relations[index];
    if (relation && entityOfKey.get(relation.from) === entityOfKey.get(relation.to))
      relations.splice(index, 1);
  }

  // An entity in a likely relation is more surely worth a node; one in none is often noise.
  const entityOfName = new Map<string, string>();
  for (const entity of named.entities)
    for (const name of entity.names) entityOfName.set(name.key, entity.id);
  const related = new Set<string>();
  for (const relation of relations)
    if (relation.confidence >= DEFAULT_ACCEPT) {
      related.add(entityOfName.get(relation.from) ?? "");
      related.add(entityOfName.get(relation.to) ?? "");
    }
  const entities = named.entities.map((entity) => {
    const inRelation = related.has(entity.id);
    const confidence =
      Math.round(
        Math.max(0.05, Math.min(0.95, entity.confidence + (inRelation ? 0.2 : -0.15))) * 100,
      ) / 100;
    return {
      ...entity,
      confidence,
      why: `${entity.why}; ${inRelation ? "in a likely relation" : "in no likely relation"}`,
      accepted: confidence >= DEFAULT_ACCEPT,
    };
  });
  const accepted = new Set(entities.filter((entity) => entity.accepted).map((entity) => entity.id));
  const proposals = relations.map((relation) => ({
    ...relation,
    accepted:
      relation.confidence >= DEFAULT_ACCEPT &&
      accepted.has(entityOfName.get(relation.from) ?? "") &&
      accepted.has(entityOfName.get(relation.to) ?? ""),
  }));

  progress("Done", 1);
  const firstBlock = blocks[0];
  const heading = firstBlock?.heading ? firstBlock.readable.trim() : undefined;
  return {
    ok: true,
    draft: {
      // Pasted notes without a heading have no name of their own to give.
      title:
        heading ??
        options.title ??
        (options.fileName
          ? fileName.replace(/\.[^.]+$/, "") || "Network drafted from notes"
          : "Network drafted from notes"),
      text,
      fileName,
      sentences: sentences.map((sentence) => ({
        start: sentence.start,
        end: sentence.end,
        paragraph: sentence.block,
      })),
      entityTypes: ENTITY_TYPES.map((type) => ({ ...type })),
      relationTypes: RELATION_TYPES.map((type) => ({ ...type })),
      entities,
      relations: proposals,
      words: (text.match(/\S+/g) ?? []).length,
    },
  };
}

/**
 * "Chairman of the Council of Ministers", "First Secretary of the Communist Party": an office or a
 * body named after another thing the notes name is part of it. The quote is the sentence the
 * longer name first stands in, which names both.
 */
function partsByName(
  named: ReturnType<typeof nameEntities>,
  text: string,
  sentences: readonly { start: number; end: number }[],
  nextId: () => string,
): DraftRelation[] {
  const found: DraftRelation[] = [];
  const keys = new Set(named.typeOfName.keys());
  for (const entity of named.entities) {
    if (!["office", "body", "group"].includes(entity.type)) continue;
    for (const name of entity.names) {
      const match = /^(.*?)\s+of\s+(?:the\s+)?(.+)$/.exec(name.key);
      const tail = match?.[2];
      if (!tail || !keys.has(tail)) continue;
      // Only a named tail: "Council of Ministers", not the "ministers" of a council.
      if (!/\s(?:of)\s+(?:the\s+)?\p{Lu}/u.test(name.text)) continue;
      const tailType = named.typeOfName.get(tail);
      // "Chairman of the Council of Ministers" is part of the council; "Queen of Egypt" is an office
      // over a country, not a part of it.
      const parts = entity.type === "office" ? ["body"] : ["body", "place", "group"];
      if (!tailType || !parts.includes(tailType)) continue;
      const mention = name.mentions[0];
      const sentence = mention ? sentences[mention.sentence] : undefined;
      if (!mention || !sentence) continue;
      const written = text.slice(mention.start, mention.end);
      const tailAt = written.toLowerCase().lastIndexOf(tail.split(" ")[0] ?? "");
      const ofAt = written.toLowerCase().lastIndexOf(" of ", tailAt);
      found.push({
        id: nextId(),
        type: "part-of",
        from: name.key,
        to: tail,
        certainty: "attested",
        quote: { start: sentence.start, end: sentence.end },
        marks: {
          from: { start: mention.start, end: mention.end },
          to: { start: mention.start + Math.max(0, tailAt), end: mention.end },
          cue: {
            start: mention.start + Math.max(0, ofAt) + 1,
            end: mention.start + Math.max(0, ofAt) + 3,
          },
        },
        confidence: 0.6,
        why: `the name '${written.replace(/\s+/g, " ")}' says it is part of '${tail}'`,
        accepted: false,
      });
    }
  }
  return found;
}
