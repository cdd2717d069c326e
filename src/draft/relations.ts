/**
 * Relations from sentences. A relation is proposed only where one sentence links two named things
 * by a verb (or a noun such as "ally of") that says what one did to the other; the sentence is its
 * quote, the verb its cue. Read here:
 *
 * - the direction from the voice: "Khrushchev arrested Beria" and "Beria was arrested by
 *   Khrushchev" give the same relation; a passive without "by" names no one who acted;
 * - shared subjects and objects: "Khrushchev and other Presidium members arrested and executed
 *   Beria" gives four relations;
 * - "he", "she" and "him" as the person the section or the sentence before is about, at a lower
 *   confidence, said in the reason;
 * - offices after "became", "served as", "succeeded him as";
 * - the date nearest the verb in the sentence, else the last date earlier in the paragraph;
 * - a hedge before the verb ("was suspected of colluding") makes the claim `alleged`.
 */
import type { DateMention } from "./dates";
import {
  ACT_NOUNS,
  HEDGES,
  NOUN_CUES,
  OFFICE_VERBS,
  PHRASAL_CUES,
  RELATION_TYPES,
  VERB_CUES,
} from "./lexicon";
import type { NameMention } from "./mentions";
import type { SentenceTokens, Token } from "./nlp";
import type { DraftEntityType, DraftRelation, Span } from "./types";

export interface SentenceContext {
  tokens: readonly Token[];
  sentences: readonly SentenceTokens[];
  /** Mentions by sentence index. */
  mentions: readonly (readonly NameMention[])[];
  text: string;
  nameAt: ReadonlyMap<number, string>;
  typeOfName: ReadonlyMap<string, DraftEntityType>;
  /** For each sentence, the person its section is about (a heading that is a person's name). */
  sectionPerson: readonly (string | undefined)[];
  /** Dates by block, found once. */
  blockDates: ReadonlyMap<number, readonly DateMention[]>;
}

/** A verb that names nothing in particular unless its objects say so ("set up", "made"). */
const WEAK = new Set([
  "set",
  "make",
  "name",
  "keep",
  "give",
  "end",
  "start",
  "begin",
  "continue",
  "hold",
  "create",
  "cause",
  "back",
  "found",
  "shoot",
  "hang",
  "beat",
  "head",
  "control",
  "rule",
  "plot",
  "attack",
  "lose",
  "reverse",
  "isolate",
  "promote",
  "protect",
  "establish",
  "trigger",
  "replace",
  "dominate",
]);

/** What each end of a type may be; a relation outside it is kept at a lower confidence. */
const EXPECTS: Record<string, [DraftEntityType[] | null, DraftEntityType[] | null]> = {
  arrested: [
    ["person", "body", "group"],
    ["person", "group"],
  ],
  executed: [
    ["person", "body", "group"],
    ["person", "group"],
  ],
  killed: [["person", "body", "group"], ["person"]],
  exiled: [
    ["person", "body", "group"],
    ["person", "group"],
  ],
  expelled: [
    ["body", "group", "person"],
    ["person", "group"],
  ],
  removed: [
    ["person", "body", "group"],
    ["person", "group"],
  ],
  marginalised: [
    ["person", "body", "group"],
    ["person", "group", "body"],
  ],
  rivalled: [
    ["person", "group", "body"],
    ["person", "group", "body"],
  ],
  married: [["person"], ["person"]],
  "child-of": [["person"], ["person"]],
  "held-office": [["person"], ["office"]],
  "lost-office": [["person"], ["office"]],
  "member-of": [
    ["person", "group", "body"],
    ["body", "group"],
  ],
  advocated: [
    ["person", "body", "group"],
    ["policy", "idea", "event", "body"],
  ],
  launched: [
    ["person", "body", "group"],
    ["policy", "event", "idea", "body", "group"],
  ],
  delivered: [["person"], ["event", "policy", "idea"]],
  succeeded: [
    ["person", "body"],
    ["person", "body"],
  ],
  led: [
    ["person", "group"],
    ["body", "group", "place", "event", "policy"],
  ],
};

const PRONOUNS = new Set(["he", "she", "him", "her"]);

interface End {
  key: string;
  span: Span;
  /** "he" read as the person last named. */
  pronoun?: string;
  proper: boolean;
}

export function relationsIn(
  context: SentenceContext,
  index: number,
  nextId: () => string,
): DraftRelation[] {
  const sentence = context.sentences[index];
  const mentions = context.mentions[index] ?? [];
  if (!sentence) return [];
  const { tokens } = context;
  const found: DraftRelation[] = [];

  let previousSubjects: End[] = [];
  for (let at = sentence.first; at < sentence.last; at += 1) {
    const token = tokens[at];
    if (!token) continue;

    // Nouns that say a relation: "a member of the Presidium", "the arrest of Beria by Khrushchev".
    if (token.pos === "NOUN" && (NOUN_CUES.has(token.lemma) || ACT_NOUNS.has(token.lemma))) {
      found.push(...nounRelation(context, index, at, mentions, nextId));
      continue;
    }
    if (token.pos !== "VERB") continue;
    const particle = tokens[at + 1]?.lower ?? "";
    const phrasal = PHRASAL_CUES.get(`${token.lemma} ${particle}`);
    let type = phrasal ?? VERB_CUES.get(token.lemma);
    if (!type) continue;
    const cue: Span = {
      start: token.start,
      end: phrasal ? (tokens[at + 1]?.end ?? token.end) : token.end,
    };
    const passive = isPassive(tokens, at, sentence.first);
    const afterVerb = phrasal ? at + 2 : at + 1;

    // The ends: left of the verb (its subject, or the one acted on in the passive) and right of it.
    const coordinated = coordinatedWithPrevious(tokens, at, sentence.first);
    let left: End[] =
      coordinated && previousSubjects.length > 0
        ? previousSubjects
        : subjectsOf(context, index, at, mentions);
    if (left.length === 0 && /ing$/.test(token.lower))
      left = sentenceSubject(context, index, at, mentions);
    const objectEnds = objectsOf(context, index, afterVerb, mentions, passive);
    let right = objectEnds.objects;
    let agent: End[] = [];
    if (passive) {
      agent = objectEnds.agents;
    }
    previousSubjects = left;

    // Offices: "became Premier", "served as Consul", "succeeded him as Chairman".
    const office = right.find((end) => context.typeOfName.get(end.key) === "office");
    if (OFFICE_VERBS.has(token.lemma) || type === "held-office") {
      if (!office) continue;
      right = [office];
      type = "held-office";
    }
    if (type === "lost-office") {
      const lost = objectEnds.office ?? office;
      if (!lost) continue;
      right = [lost];
    }
    if (type === "succeeded" && objectEnds.office) {
      // "succeeded him as Chairman": the office too.
      for (const subject of passive ? agent : left)
        found.push(
          build(
            context,
            index,
            "held-office",
            subject,
            objectEnds.office,
            cue,
            token,
            passive,
            false,
            nextId,
            "'as' after the verb names the office",
          ),
        );
    }
    // "was removed from the premiership": the office was lost; "was expelled from the Party": the
    // party expelled.
    if (passive && agent.length === 0 && objectEnds.from) {
      const fromType = context.typeOfName.get(objectEnds.from.key);
      if (
        fromType === "office" &&
        (type === "removed" || type === "marginalised" || type === "expelled")
      ) {
        for (const patient of left)
          found.push(
            build(
              context,
              index,
              "lost-office",
              patient,
              objectEnds.from,
              cue,
              token,
              false,
              false,
              nextId,
              "'from' names the office lost",
            ),
          );
        continue;
      }
      if (fromType === "body" || fromType === "group") agent = [objectEnds.from];
    }

    const [froms, tos] = passive ? [agent, left] : [left, right];
    for (const from of froms)
      for (const to of tos) {
        if (context.typeOfName.get(from.key) === undefined || from.key === to.key) continue;
        found.push(build(context, index, type, from, to, cue, token, passive, coordinated, nextId));
      }
  }
  return found;
}

function build(
  context: SentenceContext,
  index: number,
  type: string,
  from: End,
  to: End,
  cue: Span,
  verb: Token,
  passive: boolean,
  inherited: boolean,
  nextId: () => string,
  extra?: string,
): DraftRelation {
  const sentence = context.sentences[index] as SentenceTokens;
  const fromType = context.typeOfName.get(from.key);
  const toType = context.typeOfName.get(to.key);
  const [wantFrom, wantTo] = EXPECTS[type] ?? [null, null];
  const fits =
    (!wantFrom || (fromType !== undefined && wantFrom.includes(fromType))) &&
    (!wantTo || (toType !== undefined && wantTo.includes(toType)));
  let confidence = 0.8;
  const reasons: string[] = [];
  const cueText = context.text.slice(cue.start, cue.end).replace(/\s+/g, " ");
  reasons.push(
    `verb '${cueText}'${passive ? " in the passive" : ""} between ${article(fromType)} and ${article(toType)} in one sentence`,
  );
  if (extra) reasons.push(extra);
  if (WEAK.has(verb.lemma)) {
    confidence -= 0.15;
    reasons.push(`'${cueText}' can mean many things`);
  }
  if (!fits) {
    confidence -= 0.25;
    reasons.push(`'${type}' seldom links ${article(fromType)} to ${article(toType)}`);
  }
  for (const end of [from, to])
    if (end.pronoun) {
      confidence -= 0.2;
      reasons.push(`'${end.pronoun}' read as the person last named`);
    } else if (!end.proper) confidence -= 0.05;
  if (inherited) confidence -= 0.05;
  const dated = dateFor(context, index, cue);
  const hedge = hedgeBefore(context, index, cue);
  if (hedge) reasons.push(`'${hedge}' hedges it`);
  const relationType = RELATION_TYPES.find((entry) => entry.id === type);
  // An undirected type reads the same both ways: keep the order of the sentence.
  const [a, b] =
    relationType && !relationType.directed && from.span.start > to.span.start
      ? [to, from]
      : [from, to];
  return {
    id: nextId(),
    type,
    from: a.key,
    to: b.key,
    ...(dated
      ? { start: dated.start, ...(dated.end ? { end: dated.end } : {}), dateWhy: dated.why }
      : {}),
    certainty: hedge ? "alleged" : "attested",
    quote: { start: sentence.start, end: sentence.end },
    marks: { from: a.span, to: b.span, cue },
    confidence: Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100,
    why: reasons.join("; "),
    accepted: false,
  };
}

function article(type: DraftEntityType | undefined): string {
  if (!type) return "a name";
  return `${/^[aeiou]/.test(type) ? "an" : "a"} ${type === "person" ? "person" : type}`;
}

/** "was arrested", "had been exiled", "were suspected": a form of "be" or "get" before a past participle. */
function isPassive(tokens: readonly Token[], at: number, first: number): boolean {
  const verb = tokens[at];
  if (!verb || verb.lower === verb.lemma || /ing$/.test(verb.lower)) return false;
  for (let back = at - 1; back >= first && back >= at - 3; back -= 1) {
    const token = tokens[back];
    if (!token) break;
    if (token.pos === "ADV" || token.lower === "not") continue;
    return (
      (token.pos === "AUX" || token.pos === "VERB") &&
      (token.lemma === "be" || token.lemma === "get")
    );
  }
  return false;
}

/** "arrested and executed": the second verb shares the first one's subject. */
function coordinatedWithPrevious(tokens: readonly Token[], at: number, first: number): boolean {
  const before = tokens[at - 1];
  if (!before || at - 1 < first) return false;
  if (before.lower !== "and" && before.lower !== "or" && before.text !== ",") return false;
  const verb = tokens[at - 2];
  return (
    verb !== undefined && verb.pos === "VERB" && (VERB_CUES.has(verb.lemma) || verb.lemma === "be")
  );
}

/** The mention (or pronoun) at token `token`, as a relation's end. */
function endOf(
  context: SentenceContext,
  index: number,
  token: number,
  mentions: readonly NameMention[],
): End | undefined {
  const mention = mentions.find((item) => item.first <= token && token <= item.last);
  if (mention) {
    const key = context.nameAt.get(mention.start);
    return key
      ? { key, span: { start: mention.start, end: mention.end }, proper: mention.proper }
      : undefined;
  }
  return undefined;
}

/** The person "he" or "him" stands for: the section's person, else the last person named before. */
function resolvePronoun(
  context: SentenceContext,
  index: number,
  token: Token,
  notKey?: string,
): End | undefined {
  const section = context.sectionPerson[index];
  const candidates: string[] = [];
  // Nearest person named before the pronoun, in this sentence or the two before it.
  for (let s = index; s >= 0 && s >= index - 2; s -= 1) {
    const list = [...(context.mentions[s] ?? [])].reverse();
    for (const mention of list) {
      if (s === index && mention.start >= token.start) continue;
      const key = context.nameAt.get(mention.start);
      if (key && context.typeOfName.get(key) === "person") candidates.push(key);
    }
  }
  const subjectLike = token.lower === "he" || token.lower === "she";
  const pick =
    subjectLike && section && section !== notKey
      ? section
      : candidates.find((key) => key !== notKey);
  if (!pick) return undefined;
  return {
    key: pick,
    span: { start: token.start, end: token.end },
    pronoun: token.text,
    proper: true,
  };
}

/**
 * The subject(s) of the verb at `at`: the nearest name before it in its clause, with the names
 * joined to it by "and" or commas ("Khrushchev and other Presidium members").
 */
function subjectsOf(
  context: SentenceContext,
  index: number,
  at: number,
  mentions: readonly NameMention[],
): End[] {
  const { tokens } = context;
  const sentence = context.sentences[index] as SentenceTokens;
  const ends: End[] = [];
  let probe = at - 1;
  let gap = 0;
  while (probe >= sentence.first) {
    const token = tokens[probe];
    if (!token) break;
    if (
      token.text === ";" ||
      (token.pos === "VERB" &&
        gap > 0 &&
        !["who", "which"].includes(tokens[probe + 1]?.lower ?? ""))
    )
      break;
    const end = endOf(context, index, probe, mentions);
    if (end) {
      ends.push(end);
      const mention = mentions.find((item) => item.first <= probe && probe <= item.last);
      probe = (mention?.first ?? probe) - 1;
      // Keep collecting only across "and", "," and words like "other".
      let join = probe;
      while (
        join >= sentence.first &&
        /^(?:and|,|other|the|his|her|fellow|several|some)$/i.test(tokens[join]?.text ?? "")
      )
        join -= 1;
      if (
        join < probe &&
        (tokens[probe]?.text === "," ||
          tokens.slice(join + 1, probe + 1).some((t) => t.lower === "and"))
      ) {
        probe = join;
        continue;
      }
      break;
    }
    if (token.pos === "PRON" && PRONOUNS.has(token.lower) && ends.length === 0) {
      const resolved = resolvePronoun(context, index, token);
      if (resolved) ends.push(resolved);
      break;
    }
    // "Malenkov, who advocated": the name before the relative pronoun.
    if (["who", "which", "that"].includes(token.lower)) {
      probe -= 1;
      if (tokens[probe]?.text === ",") probe -= 1;
      continue;
    }
    gap += 1;
    if (gap > 12) break;
    probe -= 1;
  }
  return ends;
}

/** For a participle clause ("…, controlling the security apparatus"): the sentence's first name. */
function sentenceSubject(
  context: SentenceContext,
  index: number,
  at: number,
  mentions: readonly NameMention[],
): End[] {
  const first = mentions.find((mention) => mention.last < at);
  if (!first) return [];
  const end = endOf(context, index, first.first, mentions);
  return end ? [end] : [];
}

/**
 * What follows the verb: its objects (the nearest name, and names joined to it by "and" or
 * commas), the agent after "by", a name after "as" (an office) and after "from".
 */
function objectsOf(
  context: SentenceContext,
  index: number,
  from: number,
  mentions: readonly NameMention[],
  passive: boolean,
): { objects: End[]; agents: End[]; office?: End; from?: End } {
  const { tokens } = context;
  const sentence = context.sentences[index] as SentenceTokens;
  const objects: End[] = [];
  const agents: End[] = [];
  let office: End | undefined;
  let fromEnd: End | undefined;
  let mode: "object" | "agent" | "as" | "from" | "other" = "object";
  let probe = from;
  let steps = 0;
  while (probe < sentence.last && steps < 14) {
    const token = tokens[probe];
    if (!token) break;
    if (token.text === ";" || token.text === ".") break;
    // Another verb of its own starts another clause; a verb joined by "and" shares the object.
    if (
      token.pos === "VERB" &&
      !(tokens[probe - 1]?.lower === "and" && VERB_CUES.has(token.lemma)) &&
      !/ing$/.test(token.lower) &&
      probe > from
    ) {
      if (!(VERB_CUES.has(token.lemma) && tokens[probe - 1]?.lower === "and")) break;
    }
    if (token.lower === "by" && passive) mode = "agent";
    else if (token.lower === "as") mode = "as";
    else if (token.lower === "from") mode = "from";
    else if (
      token.pos === "ADP" &&
      !["of", "with", "against", "to", "on", "over", "into"].includes(token.lower)
    )
      mode = mode === "object" && objects.length === 0 ? "other" : mode;
    const end =
      endOf(context, index, probe, mentions) ??
      (token.pos === "PRON" && PRONOUNS.has(token.lower)
        ? resolvePronoun(context, index, token)
        : undefined);
    if (end) {
      const isOffice = context.typeOfName.get(end.key) === "office";
      if (mode === "agent") agents.push(end);
      else if (mode === "as" && isOffice) office ??= end;
      else if (mode === "from") fromEnd ??= end;
      else if (mode === "object" || (mode === "other" && objects.length === 0 && isOffice)) {
        if (isOffice) office ??= end;
        objects.push(end);
      }
      const mention = mentions.find((item) => item.first <= probe && probe <= item.last);
      probe = (mention?.last ?? probe) + 1;
      steps += 1;
      // More objects only across "and" and commas.
      const next = tokens[probe];
      if (next && (next.lower === "and" || next.text === ",") && mode !== "as") {
        probe += 1;
        continue;
      }
      if (mode === "object" && objects.length > 0) mode = "other";
      continue;
    }
    probe += 1;
    steps += 1;
  }
  return { objects, agents, ...(office ? { office } : {}), ...(fromEnd ? { from: fromEnd } : {}) };
}

/** "a member of the Presidium", "Stalin's ally", "the arrest of Beria by Khrushchev". */
function nounRelation(
  context: SentenceContext,
  index: number,
  at: number,
  mentions: readonly NameMention[],
  nextId: () => string,
): DraftRelation[] {
  const { tokens } = context;
  const noun = tokens[at] as Token;
  const cue: Span = { start: noun.start, end: noun.end };
  // The other end: after "of (the)", or a possessive name just before the noun.
  let other: End | undefined;
  let probe = at + 1;
  if (tokens[probe]?.lower === "of") {
    probe += 1;
    while (
      tokens[probe] &&
      ["the", "a", "an", "his", "her", "their"].includes(tokens[probe]?.lower ?? "")
    )
      probe += 1;
    other = endOf(context, index, probe, mentions);
  }
  const act = ACT_NOUNS.get(noun.lemma);
  if (act) {
    if (!other) return [];
    // "the arrest of Beria by Khrushchev"
    let by = probe;
    while (
      by < (context.sentences[index]?.last ?? by) &&
      tokens[by]?.lower !== "by" &&
      by - probe < 8
    )
      by += 1;
    const agent = tokens[by]?.lower === "by" ? endOf(context, index, by + 1, mentions) : undefined;
    if (!agent) return [];
    return [
      build(
        context,
        index,
        act,
        agent,
        other,
        cue,
        noun,
        false,
        false,
        nextId,
        `'${noun.text} of' names the one acted on`,
      ),
    ];
  }
  const spec = NOUN_CUES.get(noun.lemma);
  if (!spec) return [];
  if (!other) {
    // "Stalin's ally", "a Stalin confidant"
    let back = at - 1;
    while (back >= 0 && (tokens[back]?.pos === "ADJ" || tokens[back]?.pos === "ADV")) back -= 1;
    if (tokens[back] && /^['’]s$/.test(tokens[back]?.text ?? "")) back -= 1;
    other = endOf(context, index, back, mentions);
  }
  if (!other) return [];
  // The owner: the name this noun is said of: "X was a member", "X, a member", "a member, X".
  const owner = ownerOf(context, index, at, mentions, other.key);
  if (!owner) return [];
  const [from, to] = spec.owner === "from" ? [owner, other] : [other, owner];
  return [
    build(
      context,
      index,
      spec.type,
      from,
      to,
      cue,
      noun,
      false,
      false,
      nextId,
      `'${noun.text}' says how they stand`,
    ),
  ];
}

function ownerOf(
  context: SentenceContext,
  index: number,
  at: number,
  mentions: readonly NameMention[],
  not: string,
): End | undefined {
  const { tokens } = context;
  const sentence = context.sentences[index] as SentenceTokens;
  // Before the noun, across "was (a)", "," and adjectives.
  for (let back = at - 1; back >= sentence.first && back >= at - 8; back -= 1) {
    const token = tokens[back];
    if (!token) break;
    const end = endOf(context, index, back, mentions);
    if (end && end.key !== not) return end;
    if (end) continue;
    if (token.pos === "PRON" && PRONOUNS.has(token.lower))
      return resolvePronoun(context, index, token, not);
    if (
      token.pos === "VERB" &&
      token.lemma !== "be" &&
      token.lemma !== "become" &&
      token.lemma !== "remain"
    )
      break;
  }
  // After the noun phrase: "A close Stalin confidant, Malenkov rose…"
  for (let ahead = at + 1; ahead < sentence.last && ahead <= at + 4; ahead += 1) {
    if (tokens[ahead]?.text !== ",") continue;
    const end = endOf(context, index, ahead + 1, mentions);
    if (end && end.key !== not) return end;
  }
  return undefined;
}

/** The date nearest the verb in the sentence, else the last one earlier in its paragraph. */
function dateFor(
  context: SentenceContext,
  index: number,
  cue: Span,
): { start: string; end?: string; why: string } | undefined {
  const sentence = context.sentences[index] as SentenceTokens;
  const dates = context.blockDates.get(sentence.block) ?? [];
  const inSentence = dates.filter(
    (date) => date.start >= sentence.start && date.end <= sentence.end,
  );
  if (inSentence.length > 0) {
    const nearest = [...inSentence].sort(
      (a, b) => distance(a, cue) - distance(b, cue),
    )[0] as DateMention;
    return {
      start: nearest.from,
      ...(nearest.to ? { end: nearest.to } : {}),
      why: `'${nearest.text.replace(/\s+/g, " ")}' in the sentence`,
    };
  }
  const earlier = dates.filter((date) => date.end <= sentence.start);
  const last = earlier[earlier.length - 1];
  if (last)
    return {
      start: last.from,
      ...(last.to ? { end: last.to } : {}),
      why: `'${last.text.replace(/\s+/g, " ")}' earlier in the paragraph`,
    };
  return undefined;
}

function distance(date: Span, cue: Span): number {
  // A date after the verb usually belongs to it ("arrested Beria in 1953"): a small preference.
  return date.start >= cue.end ? date.start - cue.end : (cue.start - date.end) * 1.5;
}

/** The hedge in the words just before the verb, in its clause. */
function hedgeBefore(context: SentenceContext, index: number, cue: Span): string | undefined {
  const sentence = context.sentences[index] as SentenceTokens;
  const before = context.text.slice(Math.max(sentence.start, cue.start - 60), cue.start);
  const clause = before.split(/[;,]|\b(?:as|because|since|but|while|after)\b/).pop() ?? "";
  const window = `${clause} ${context.text.slice(cue.start, cue.end)}`.replace(/\s+/g, " ");
  for (const hedge of HEDGES) {
    const match = hedge.exec(window);
    if (match) return match[0];
  }
  return undefined;
}
