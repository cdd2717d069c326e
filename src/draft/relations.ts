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
  CONTROL_VERBS,
  PASSIVE_AS_ACTIVE,
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
  /** The entity each name key belongs to, as merged. */
  entityOf: ReadonlyMap<string, string>;
  /** The person each sentence's pronouns were read as, filled in as sentences are read. */
  topic: (string | undefined)[];
  /** True for a sentence that opens its bullet. */
  bulletStart: readonly boolean[];
  /** True for a sentence in a bullet. */
  blockIsBullet: readonly boolean[];
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
  "allied-with": [
    ["person", "group", "body", "place"],
    ["person", "group", "body", "place"],
  ],
  supported: [["person", "group", "body", "place"], null],
  opposed: [["person", "group", "body", "place"], null],
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

const PRONOUNS = new Set(["he", "she", "him", "her", "they", "them"]);

/** "made an alliance", "formed a pact", "signed a treaty of friendship". */
const ALLIANCE_VERBS = new Set(["make", "form", "forge", "conclude", "enter", "sign", "seal"]);
const ALLIANCE_NOUNS = new Set([
  "alliance",
  "pact",
  "coalition",
  "partnership",
  "compact",
  "league",
]);

/** Nouns that stand for what follows their "of": "the rule of Stalin", "the start of the purge". */
const CONTAINER_NOUNS = new Set([
  "start",
  "beginning",
  "end",
  "rule",
  "use",
  "memory",
  "legacy",
  "image",
  "name",
  "power",
  "authority",
  "influence",
  "position",
  "role",
  "leadership",
  "policy",
  "idea",
  "reform",
  "regime",
  "government",
  "cause",
  "control",
  "removal",
  "return",
  "support",
  "overthrow",
  "creation",
]);

/** Relatives, who are people of their own: "married Caesar's daughter Julia". */
const KIN = new Set([
  "brother",
  "sister",
  "nephew",
  "niece",
  "father",
  "mother",
  "uncle",
  "aunt",
  "cousin",
  "heir",
  "grandson",
  "granddaughter",
]);

interface End {
  key: string;
  span: Span;
  /** "he" read as the person last named. */
  pronoun?: string;
  /** No subject written: the person the section is about. */
  implied?: boolean;
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
  let previousObjects: End[] = [];
  for (let at = sentence.first; at < sentence.last; at += 1) {
    const token = tokens[at];
    if (!token) continue;

    // "Beria was Stalin’s chief of the NKVD", "Trotsky became Commissar for War": an office after
    // a form of "be".
    if ((token.pos === "AUX" || token.pos === "VERB") && ["be", "remain"].includes(token.lemma)) {
      const after = tokens[at + 1];
      if (after && after.pos !== "VERB" && !isPassive(tokens, at + 1, sentence.first)) {
        const office = copulaOffice(context, index, at + 1, mentions);
        const subjects = office ? subjectsOf(context, index, at, mentions) : [];
        for (const subject of subjects)
          if (office)
            found.push(
              build(
                context,
                index,
                "held-office",
                subject,
                office,
                { start: token.start, end: token.end },
                token,
                false,
                false,
                nextId,
                `'${token.text}' names the office held`,
                false,
              ),
            );
      }
      continue;
    }

    // Nouns that say a relation: "a member of the Presidium", "the arrest of Beria by Khrushchev".
    // (Not the head of a name: "the regional party leaders" names a group, it says no relation.)
    const inName = mentions.some((mention) => mention.first <= at && at <= mention.last);
    if (
      token.pos === "NOUN" &&
      !inName &&
      (NOUN_CUES.has(token.lemma) || ACT_NOUNS.has(token.lemma))
    ) {
      found.push(...nounRelation(context, index, at, mentions, nextId));
      continue;
    }
    const lemma = verbLemma(tokens, at);
    if (!lemma) continue;
    // "turned first on the Hébertists": an adverb may stand between a verb and its particle.
    const particleAt = tokens[at + 1]?.pos === "ADV" ? at + 2 : at + 1;
    const particle = tokens[particleAt]?.lower ?? "";
    const phrasal = PHRASAL_CUES.get(`${lemma} ${particle}`);
    let type = phrasal ?? VERB_CUES.get(lemma);
    if (!type) continue;
    const cue: Span = {
      start: token.start,
      end: phrasal ? (tokens[particleAt]?.end ?? token.end) : token.end,
    };
    const passive = isPassive(tokens, at, sentence.first) && !PASSIVE_AS_ACTIVE.has(lemma);
    const afterVerb = phrasal ? particleAt + 1 : at + 1;

    // The ends: left of the verb (its subject, or the one acted on in the passive) and right of it.
    const coordinated = coordinatedWithPrevious(tokens, at, sentence.first);
    let left: End[] =
      coordinated && previousSubjects.length > 0
        ? previousSubjects
        : subjectsOf(context, index, at, mentions);
    // "…, controlling the security apparatus": a participle after a comma is said of the
    // sentence's subject.
    const beforeVerb = tokens[at - 1]?.pos === "ADV" ? tokens[at - 2] : tokens[at - 1];
    // "made a speech in the Convention attacking…": an -ing form after a place or a body named
    // with a preposition is said of the sentence's subject, not of that name.
    const afterPreposition =
      /ing$/.test(token.lower) &&
      left.length > 0 &&
      mentions.some((mention) => {
        const key = context.nameAt.get(mention.start);
        return key === left[0]?.key && tokens[mention.first - 1]?.pos === "ADP";
      });
    const participle = (beforeVerb?.text === "," || afterPreposition) && !passive;
    if (participle || (left.length === 0 && /ing$/.test(token.lower)))
      left = sentenceSubject(context, index, at, mentions);
    // "- Married Henry VI in 1445.", "A French princess who married Henry VI": a bullet under a
    // person's name is about that person when its verb has no subject of its own.
    const sectionPerson = context.sectionPerson[index];
    if (left.length === 0 && sectionPerson && context.blockIsBullet[index])
      left = [
        {
          key: sectionPerson,
          span: { start: token.start, end: token.start },
          proper: true,
          implied: true,
        },
      ];
    // "he had marginalised Malenkov and, in 1956, delivered…": the object of the verb before is
    // not this verb's subject; that verb's subject is.
    if (
      previousSubjects.length > 0 &&
      left.length > 0 &&
      left.every((end) => previousObjects.some((object) => object.key === end.key))
    )
      left = previousSubjects;
    const objectEnds = objectsOf(context, index, afterVerb, mentions, passive, left[0]?.key);
    let right = objectEnds.objects;
    let agent: End[] = [];
    if (passive) {
      agent = objectEnds.agents;
    }
    previousSubjects = left;
    previousObjects = right;

    // "Caesar, Pompey and Crassus made a private political alliance, later known as the First
    // Triumvirate": those who make an alliance are allied, and members of what it is called.
    const pact = ALLIANCE_VERBS.has(lemma)
      ? tokens
          .slice(afterVerb, Math.min(sentence.last, afterVerb + 5))
          .find((item) => item.pos === "NOUN" && ALLIANCE_NOUNS.has(item.lemma))
      : undefined;
    if (pact && !passive) {
      const allies = [
        ...left,
        ...(objectEnds.objects.length > 0 && tokens[afterVerb]?.lower === "with"
          ? objectEnds.objects
          : []),
      ];
      const pactCue = { start: pact.start, end: pact.end };
      for (let i = 0; i < allies.length; i += 1)
        for (let j = i + 1; j < allies.length; j += 1)
          found.push(
            build(
              context,
              index,
              "allied-with",
              allies[i] as End,
              allies[j] as End,
              pactCue,
              pact,
              false,
              false,
              nextId,
              `'${pact.text}' made together`,
              false,
            ),
          );
      const named = context.text.slice(pact.end, sentence.end);
      const known = /^[^.;]*?\b(?:known as|called|named)\s+(?:the\s+)?$/i;
      const group = mentions.find(
        (mention) =>
          mention.start > pact.end &&
          known.test(context.text.slice(pact.end, mention.start)) &&
          context.typeOfName.get(context.nameAt.get(mention.start) ?? "") === "group",
      );
      const groupKey = group ? context.nameAt.get(group.start) : undefined;
      if (group && groupKey && named.length > 0)
        for (const ally of left)
          found.push(
            build(
              context,
              index,
              "member-of",
              ally,
              { key: groupKey, span: { start: group.start, end: group.end }, proper: group.proper },
              pactCue,
              pact,
              false,
              false,
              nextId,
              `the '${pact.text}' they made was known as '${group.text}'`,
              false,
            ),
          );
      continue;
    }

    // Offices: "became Premier", "served as Consul", "held control as First Secretary and Premier".
    const office = right.find((end) => context.typeOfName.get(end.key) === "office");
    if (OFFICE_VERBS.has(lemma) || type === "held-office") {
      const offices = objectEnds.offices.length > 0 ? objectEnds.offices : office ? [office] : [];
      if (offices.length === 0) continue;
      right = offices;
      type = "held-office";
    }
    if (type === "lost-office") {
      const lost = objectEnds.offices[0] ?? office;
      if (!lost) continue;
      right = [lost];
    }
    const asOffice = objectEnds.offices[0];
    if (type === "succeeded" && asOffice) {
      // "succeeded him as Chairman": the office too.
      for (const subject of passive ? agent : left)
        found.push(
          build(
            context,
            index,
            "held-office",
            subject,
            asOffice,
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
    // "was expelled at the Fifteenth Party Congress", "condemned at the Thirteenth Party
    // Conference": the meeting or body named after "at" acted.
    const atType = objectEnds.at ? context.typeOfName.get(objectEnds.at.key) : undefined;
    if (
      passive &&
      agent.length === 0 &&
      objectEnds.at &&
      (atType === "event" || atType === "body") &&
      ["expelled", "denounced", "removed", "suppressed", "exiled"].includes(type)
    )
      agent = [objectEnds.at];
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

    // "was removed as Commissar of War": the office was lost.
    const removing = type === "removed" || type === "marginalised" || type === "expelled";
    if (passive && removing && agent.length === 0 && objectEnds.offices[0]) {
      for (const patient of left)
        found.push(
          build(
            context,
            index,
            "lost-office",
            patient,
            objectEnds.offices[0],
            cue,
            token,
            false,
            false,
            nextId,
            "'as' names the office lost",
          ),
        );
      continue;
    }

    // "was made Protector": the one made is the one who holds the office.
    // "shifted away from Stalinist terror": the name after "from" is what the verb is about.
    if (phrasal && particle === "away" && right.length === 0 && objectEnds.from)
      right = [objectEnds.from];
    const [agentsOrSubjects, tos] =
      passive && type !== "held-office" ? [agent, left] : [left, right];
    let froms = agentsOrSubjects;
    // "he formed the triumvirate", "the United Opposition was formed by Trotsky, Zinoviev and
    // Kamenev": those who form a group are its members.
    if (lemma === "form" && tos.every((end) => context.typeOfName.get(end.key) === "group")) {
      type = "member-of";
    }
    // "Together with Kamenev and Stalin he formed…": the names after "together with" act too.
    if (!passive) froms = [...froms, ...togetherWith(context, index, at, mentions, froms)];
    for (const from of froms)
      for (const to of tos) {
        if (context.typeOfName.get(from.key) === undefined || from.key === to.key) continue;
        found.push(
          build(
            context,
            index,
            type,
            from,
            to,
            cue,
            token,
            passive,
            coordinated,
            nextId,
            undefined,
            !phrasal,
          ),
        );
      }
  }
  found.push(...bulletOffice(context, index, mentions, nextId));
  return found;
}

/** The names in "together with A and B" before the verb at `at`, in its sentence. */
function togetherWith(
  context: SentenceContext,
  index: number,
  at: number,
  mentions: readonly NameMention[],
  already: readonly End[],
): End[] {
  const sentence = context.sentences[index] as SentenceTokens;
  const before = context.text.slice(sentence.start, context.tokens[at]?.start ?? sentence.start);
  // ("With Rykov and Tomsky, he led the Right" names his allies, not fellow leaders.)
  const opening = /\b(?:together with|along with)\s/i.exec(before);
  if (!opening || opening.index > 40) return [];
  const from = sentence.start + opening.index + opening[0].length;
  const ends: End[] = [];
  for (const mention of mentions) {
    if (mention.start < from || mention.last >= at) continue;
    const between = context.text.slice(from, mention.start);
    if (/[.;:]/.test(between)) break;
    const key = context.nameAt.get(mention.start);
    if (key && !already.some((end) => end.key === key) && context.typeOfName.get(key) === "person")
      ends.push({ key, span: { start: mention.start, end: mention.end }, proper: mention.proper });
    // Only the list right after "with": stop at the first word that is no name or joiner.
    const after = context.text.slice(mention.end, mention.end + 6);
    if (!/^\s*(?:,|and)/.test(after)) break;
  }
  return ends;
}

/**
 * Notes list a person's offices as bullets under their name: "3. Lev Kamenev / - Chairman of the
 * Moscow Soviet and Zinoviev's closest ally." A bullet that opens with an office is said of the
 * section's person.
 */
function bulletOffice(
  context: SentenceContext,
  index: number,
  mentions: readonly NameMention[],
  nextId: () => string,
): DraftRelation[] {
  const sentence = context.sentences[index];
  const person = context.sectionPerson[index];
  if (!sentence || !person || !context.bulletStart[index]) return [];
  // "The organiser of the Red Army in the Civil War, Commissar of War, and …": every office
  // in the bullet's opening words, before any verb (a bracket's own verb aside).
  const found: DraftRelation[] = [];
  let depth = 0;
  let counted = 0;
  for (let at = sentence.first; at < sentence.last; at += 1) {
    const token = context.tokens[at] as Token;
    if (token.text === "(") depth += 1;
    if (token.text === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && (token.pos === "VERB" || token.pos === "AUX")) break;
    // Only the opening words (brackets aside): "put back on the throne" late in a bullet is no
    // office held.
    if (depth === 0) counted += 1;
    if (counted > 14) break;
    const mention = mentions.find((item) => item.first === at);
    const key = mention ? context.nameAt.get(mention.start) : undefined;
    if (!mention || !key || context.typeOfName.get(key) !== "office") continue;
    const cue = { start: mention.start, end: mention.end };
    found.push({
      ...build(
        context,
        index,
        "held-office",
        { key: person, span: cue, proper: true },
        { key, span: cue, proper: mention.proper },
        cue,
        token,
        false,
        false,
        nextId,
        "a bullet under the person's name that opens with the office",
        false,
      ),
      confidence: 0.6,
    });
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
  /** Said by a verb; a noun ("head of") is not weakened by the verb of the same spelling. */
  byVerb = true,
): DraftRelation {
  const sentence = context.sentences[index] as SentenceTokens;
  const fromType = context.typeOfName.get(from.key);
  const toType = context.typeOfName.get(to.key);
  // "fought for Pompey": advocating a person is supporting them.
  const supporting = type === "advocated" && (toType === "person" || toType === "group");
  if (supporting) type = "supported";
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
  if (byVerb && WEAK.has(verb.lemma)) {
    confidence -= 0.15;
    reasons.push(`'${cueText}' can mean many things`);
  }
  if (!fits) {
    confidence -= 0.3;
    reasons.push(`'${type}' seldom links ${article(fromType)} to ${article(toType)}`);
  }
  for (const end of [from, to])
    if (end.implied) {
      confidence -= 0.15;
      reasons.push("said of the person the section is about");
    } else if (end.pronoun) {
      confidence -= 0.2;
      reasons.push(`'${end.pronoun}' read as the person last named`);
    } else if (!end.proper) confidence -= 0.05;
  if (inherited) confidence -= 0.05;
  const dated = dateFor(context, index, cue);
  const hedge = hedgeBefore(context, index, cue);
  if (hedge) reasons.push(`'${hedge}' hedges it`);
  if (negated(context, index, cue)) {
    confidence = Math.min(confidence, 0.2);
    reasons.push("a negation before it: the notes may say it did not happen");
  }
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
  /** Names the pronoun cannot stand for: "A and B were plotters against him" is about someone else. */
  exclude: ReadonlySet<string> = new Set(),
): End | undefined {
  const section = context.sectionPerson[index];
  // Names of one entity are one person: "Malenkov succeeded him" is not about "Georgy Malenkov".
  const same = (a: string, b: string | undefined) =>
    b !== undefined && (context.entityOf.get(a) ?? a) === (context.entityOf.get(b) ?? b);
  const excluded = (key: string) => [...exclude].some((other) => same(key, other));
  // "they" and "them": the group or body last named, in this sentence or the one before.
  if (token.lower === "they" || token.lower === "them") {
    for (let s = index; s >= 0 && s >= index - 1; s -= 1)
      for (const mention of [...(context.mentions[s] ?? [])].reverse()) {
        if (s === index && mention.start >= token.start) continue;
        const key = context.nameAt.get(mention.start);
        const type = key ? context.typeOfName.get(key) : undefined;
        if (key && !same(key, notKey) && (type === "group" || type === "body"))
          return {
            key,
            span: { start: token.start, end: token.end },
            pronoun: token.text,
            proper: true,
          };
      }
    return undefined;
  }
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
  // "his" and "her" stand for the section's person as "he" and "she" do.
  // ("her" may be an object as well as a possessive, so it is left to the nearest name.)
  const subjectLike = ["he", "she", "his"].includes(token.lower);
  // A sentence that opens with "He" goes on about the previous sentence's subject: the first
  // person it names ("Bukharin was said to have called Stalin … He was removed").
  const opensSentence = token.start === context.sentences[index]?.start;
  const previousSubject = opensSentence
    ? (context.mentions[index - 1] ?? [])
        .map((mention) => context.nameAt.get(mention.start))
        .find((key) => key !== undefined && context.typeOfName.get(key) === "person")
    : undefined;
  // A pronoun goes on about whom the sentence before spoke of with one ("shouted him down …
  // the plotters against him").
  const topic = context.topic[index - 1] ?? context.topic[index];
  const pick =
    subjectLike && section && !same(section, notKey)
      ? section
      : subjectLike && previousSubject && !same(previousSubject, notKey)
        ? previousSubject
        : topic && !same(topic, notKey) && !excluded(topic) && !subjectLike
          ? topic
          : candidates.find((key) => !same(key, notKey) && !excluded(key));
  if (!pick) return undefined;
  if (context.typeOfName.get(pick) === "person") context.topic[index] = pick;
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
  let sawAnd = false;
  while (probe >= sentence.first) {
    const token = tokens[probe];
    if (!token) break;
    // "The Girondins (several of their leaders were deputies from the Gironde) pushed…": what a
    // bracket says is no subject of the verb after it.
    if (token.text === ")") {
      let open = probe - 1;
      while (open >= sentence.first && tokens[open]?.text !== "(") open -= 1;
      probe = open - 1;
      continue;
    }
    // "Octavian's fleet, commanded by Agrippa, defeated…": a participle's clause between commas
    // is an aside; the subject stands before it.
    if (token.text === "," && ends.length === 0) {
      let open = probe - 1;
      while (open >= sentence.first && open > probe - 8 && tokens[open]?.text !== ",") open -= 1;
      const aside = tokens[open + 1];
      if (tokens[open]?.text === "," && aside?.pos === "VERB" && /(?:ed|ing)$/.test(aside.lower)) {
        probe = open - 1;
        continue;
      }
    }
    // A verb of its own ends the search, unless it passes its subject on ("was suspected of
    // colluding", "sought to consolidate").
    if (
      token.text === ";" ||
      (token.pos === "VERB" &&
        gap > 0 &&
        !CONTROL_VERBS.has(token.lemma) &&
        // "outlawed and condemned Antony": a verb joined to this one shares its subject.
        !["and", "or"].includes(tokens[probe + 1]?.lower ?? "") &&
        !["who", "which"].includes(tokens[probe + 1]?.lower ?? ""))
    )
      break;
    const end = endOf(context, index, probe, mentions);
    const here = end
      ? mentions.find((item) => item.first <= probe && probe <= item.last)
      : undefined;
    // "At Actium … Octavian's fleet defeated": a name after a preposition is not a subject.
    const before = tokens[(here?.first ?? probe) - 1];
    const rightBeforeVerb = tokens
      .slice((here?.last ?? probe) + 1, at)
      .every((token) => token.pos === "ADV" || token.pos === "AUX" || token.pos === "PART");
    if (
      end &&
      ends.length === 0 &&
      before?.pos === "ADP" &&
      before.lower !== "by" &&
      !rightBeforeVerb
    ) {
      probe = (here?.first ?? probe) - 2;
      gap += 1;
      continue;
    }
    if (end) {
      ends.push(end);
      const mention = here;
      probe = (mention?.first ?? probe) - 1;
      // Keep collecting only across "and", "," and words like "other".
      let join = probe;
      while (
        join >= sentence.first &&
        /^(?:and|,|other|the|his|her|fellow|several|some)$/i.test(tokens[join]?.text ?? "")
      )
        join -= 1;
      // …and only when a name stands right there: "Khrushchev and other Presidium members",
      // and a comma alone joins only a list ("A, B and C"), not "an ally of Stalin, Voroshilov".
      const listed = tokens.slice(join + 1, probe + 1).some((t) => t.lower === "and");
      if (listed) sawAnd = true;
      const earlier = mentions.find((item) => item.first <= join && join <= item.last);
      // Once an "and" has been crossed ("Octavian, Antony and Lepidus"), commas are a list's.
      const inList =
        listed ||
        sawAnd ||
        ["and", ","].includes(tokens[(earlier?.first ?? join) - 1]?.lower ?? "");
      if (
        join < probe &&
        inList &&
        endOf(context, index, join, mentions) &&
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
  const sentence = context.sentences[index] as SentenceTokens;
  const first = mentions.find((mention) => mention.last < at);
  // "He was seen as …, often aligned with …": a sentence that opens with "he" is about that person.
  for (let probe = sentence.first; probe < sentence.first + 3 && probe < at; probe += 1) {
    const token = context.tokens[probe];
    if (first && first.first <= probe) break;
    if (token && token.pos === "PRON" && PRONOUNS.has(token.lower)) {
      const resolved = resolvePronoun(context, index, token);
      return resolved ? [resolved] : [];
    }
  }
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
  /** The subject: "him" after the verb is someone else ("Malenkov succeeded him"). */
  subjectKey?: string,
): { objects: End[]; agents: End[]; offices: End[]; from?: End; at?: End } {
  const { tokens } = context;
  const sentence = context.sentences[index] as SentenceTokens;
  const objects: End[] = [];
  const agents: End[] = [];
  const offices: End[] = [];
  const addOffice = (end: End) => {
    if (!offices.some((other) => other.key === end.key)) offices.push(end);
  };
  let fromEnd: End | undefined;
  let atEnd: End | undefined;
  let mode: "object" | "agent" | "as" | "from" | "at" | "other" = "object";
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
    else if (token.lower === "at" && passive) mode = "at";
    else if (
      token.pos === "ADP" &&
      !["of", "with", "against", "to", "on", "over", "into"].includes(token.lower)
    )
      mode = mode === "object" && objects.length === 0 ? "other" : mode;
    const mentionHere = mentions.find((item) => item.first <= probe && probe <= item.last);
    // "married Caesar's daughter Julia": a possessor is not the object.
    // ("denouncing Stalin's crimes" keeps Stalin: only kin and allies are other people.)
    const possessed = tokens[(mentionHere?.last ?? probe) + 2];
    const possessor =
      mentionHere !== undefined &&
      /^['’]s$/.test(tokens[mentionHere.last + 1]?.text ?? "") &&
      possessed !== undefined &&
      (NOUN_CUES.has(possessed.lemma) || KIN.has(possessed.lemma));
    if (possessor && mode === "object" && mentionHere) {
      probe = mentionHere.last + 2;
      steps += 1;
      continue;
    }
    const end =
      endOf(context, index, probe, mentions) ??
      (token.pos === "PRON" && PRONOUNS.has(token.lower)
        ? resolvePronoun(context, index, token, subjectKey)
        : undefined);
    // "led the break with Rome": the verb's object is a thing the notes do not name, and Rome is
    // not what was led.
    // ("denouncing the rule of his predecessor" goes on: a noun like "rule" is about what follows
    // "of"; "attacking enemies of the Republic" stops at the enemies.)
    if (
      !end &&
      !passive &&
      mode === "object" &&
      objects.length === 0 &&
      token.pos === "NOUN" &&
      !(tokens[probe + 1]?.lower === "as") &&
      !(tokens[probe + 1]?.lower === "of" && CONTAINER_NOUNS.has(token.lemma))
    )
      break;
    if (end) {
      const isOffice = context.typeOfName.get(end.key) === "office";
      if (mode === "agent") agents.push(end);
      else if (mode === "as" && isOffice) addOffice(end);
      else if (mode === "from") fromEnd ??= end;
      else if (mode === "at") atEnd ??= end;
      else if (mode === "object" || (mode === "other" && objects.length === 0 && isOffice)) {
        if (isOffice) addOffice(end);
        objects.push(end);
      }
      const mention = mentions.find((item) => item.first <= probe && probe <= item.last);
      probe = (mention?.last ?? probe) + 1;
      steps += 1;
      // More objects only across "and" and commas, and only names: "Anne of Cleves, a match
      // Cromwell had arranged" names one wife.
      const next = tokens[probe];
      if (next && (next.lower === "and" || next.text === ",")) {
        let after = probe + 1;
        // "argued for X and for Y": the preposition may come again.
        while (
          [
            "and",
            "the",
            ",",
            "for",
            "against",
            "to",
            "with",
            "then",
            "on",
            "also",
            "later",
          ].includes(tokens[after]?.lower ?? "")
        )
          after += 1;
        // "the great Terror and the years of unprecedented repression": past "the years of".
        if (tokens[after]?.pos === "NOUN" && tokens[after + 1]?.lower === "of") {
          after += 2;
          while (tokens[after]?.pos === "ADJ" || tokens[after]?.lower === "the") after += 1;
        }
        const named = endOf(context, index, after, mentions);
        const pronoun = PRONOUNS.has(tokens[after]?.lower ?? "");
        if (!named && !pronoun) break;
        probe = after;
        continue;
      }
      if (mode === "object" && objects.length > 0) mode = "other";
      // "killed by the Parthians after his defeat at Carrhae": one agent (or one list of them).
      if (mode === "agent" && agents.length > 0) mode = "other";
      continue;
    }
    probe += 1;
    steps += 1;
  }
  return {
    objects,
    agents,
    offices,
    ...(fromEnd ? { from: fromEnd } : {}),
    ...(atEnd ? { at: atEnd } : {}),
  };
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
  let others: End[] = [];
  if (["of", "with", "to", "against", "on", "for"].includes(tokens[probe]?.lower ?? "")) {
    probe += 1;
    while (
      tokens[probe] &&
      (["the", "a", "an", "his", "her", "their"].includes(tokens[probe]?.lower ?? "") ||
        tokens[probe]?.pos === "ADJ")
    )
      probe += 1;
    other = endOf(context, index, probe, mentions);
    if (!other && ["him", "her"].includes(tokens[probe]?.lower ?? ""))
      other = resolvePronoun(context, index, tokens[probe] as Token);
  } else if (
    endOf(context, index, probe, mentions) &&
    /^(?:his|her)$/.test(tokens[at - 1]?.lower ?? "")
  ) {
    // "his friend Camille Desmoulins"
    other = endOf(context, index, probe, mentions);
  } else {
    // "His closest allies (on it) were Saint-Just and Couthon."
    let copula = probe;
    while (
      copula < probe + 4 &&
      !["were", "was", "are", "is"].includes(tokens[copula]?.lower ?? "")
    )
      copula += 1;
    if (["were", "was", "are", "is"].includes(tokens[copula]?.lower ?? "")) {
      others = objectsOf(context, index, copula + 1, mentions, false).objects;
      other = others[0];
    }
  }
  const act = ACT_NOUNS.get(noun.lemma);
  // "the Convention … voted for his arrest": the one acted on is "his", the actor the subject.
  if (act && !other && /^(?:his|her)$/.test(tokens[at - 1]?.lower ?? "")) {
    const patient = resolvePronoun(context, index, tokens[at - 1] as Token);
    const [actor] = sentenceSubject(context, index, at, mentions);
    if (!patient || !actor || actor.key === patient.key) return [];
    return [
      build(
        context,
        index,
        act,
        actor,
        patient,
        cue,
        noun,
        false,
        false,
        nextId,
        `'${tokens[at - 1]?.text} ${noun.text}' by the sentence's subject`,
        false,
      ),
    ];
  }
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
        false,
      ),
    ];
  }
  const spec = NOUN_CUES.get(noun.lemma);
  if (!spec) return [];
  // Kin named after the noun: "York's sons Edward, George and Richard", "Warwick's daughter
  // Isabel", "his wife, Anne": the names after the noun are the kin, the possessor the parent.
  if (spec.type === "child-of" || spec.type === "married") {
    let back = at - 1;
    while (back >= 0 && (tokens[back]?.pos === "ADJ" || tokens[back]?.pos === "NUM")) back -= 1;
    const possessive = /^['’]s$/.test(tokens[back]?.text ?? "");
    const pronoun = /^(?:his|her|their)$/.test(tokens[back]?.lower ?? "")
      ? tokens[back]
      : undefined;
    if (possessive || pronoun) {
      const holder = possessive
        ? endOf(context, index, back - 1, mentions)
        : resolvePronoun(context, index, pronoun as Token);
      const start = tokens[at + 1]?.text === "," ? at + 2 : at + 1;
      const kin = endOf(context, index, start, mentions)
        ? objectsOf(context, index, start, mentions, false).objects
        : [];
      if (!holder || kin.length === 0) return [];
      return kin
        .filter((end) => end.key !== holder.key)
        .map((end) =>
          build(
            context,
            index,
            spec.type,
            end,
            holder,
            cue,
            noun,
            false,
            false,
            nextId,
            `'${noun.text}' names them as kin`,
            false,
          ),
        );
    }
  }
  if (!other) {
    // "Stalin's ally", "a Stalin confidant"
    let back = at - 1;
    while (back >= 0 && (tokens[back]?.pos === "ADJ" || tokens[back]?.pos === "ADV")) back -= 1;
    if (tokens[back] && /^['’]s$/.test(tokens[back]?.text ?? "")) back -= 1;
    other = endOf(context, index, back, mentions);
  }
  if (!other) return [];
  // The owner: the name this noun is said of: "X was a member", "X, a member", "a member, X".
  // "his connections with Stalin": the owner is the person "his" stands for.
  let before = at - 1;
  while (tokens[before]?.pos === "ADJ" || tokens[before]?.pos === "ADV") before -= 1;
  const possessor = tokens[before];
  const otherEnd = other;
  const [wantFrom] = EXPECTS[spec.type] ?? [null];
  // "Tallien, Fouché and Barras were among the plotters against him": every name listed.
  const listedAll = subjectsOf(context, index, at, mentions);
  // "him" after the noun is none of the names listed before it.
  let otherFixed: End = otherEnd;
  if (otherEnd.pronoun && listedAll.some((end) => end.key === otherEnd.key)) {
    const token = context.tokens.find((item) => item.start === otherEnd.span.start);
    const again = token
      ? resolvePronoun(context, index, token, undefined, new Set(listedAll.map((end) => end.key)))
      : undefined;
    if (!again) return [];
    otherFixed = again;
  }
  const listed = listedAll.filter((end) => {
    const endType = context.typeOfName.get(end.key);
    return (
      end.key !== otherFixed.key &&
      (!wantFrom || (endType !== undefined && wantFrom.includes(endType)))
    );
  });
  const owners =
    possessor && ["his", "her"].includes(possessor.lower)
      ? [resolvePronoun(context, index, possessor, other.key)]
      : listed.length > 1
        ? listed
        : [ownerOf(context, index, at, mentions, other.key, spec.type)];
  const pairs = owners
    .filter((owner): owner is End => owner !== undefined)
    .flatMap((owner) =>
      (others.length > 1 ? others : [otherFixed]).map((end) => [owner, end] as const),
    );
  return pairs.map(([owner, end]) => {
    const [from, to] = spec.owner === "from" ? [owner, end] : [end, owner];
    return build(
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
      false,
    );
  });
}

function ownerOf(
  context: SentenceContext,
  index: number,
  at: number,
  mentions: readonly NameMention[],
  not: string,
  type: string,
): End | undefined {
  const { tokens } = context;
  const sentence = context.sentences[index] as SentenceTokens;
  const [wantFrom] = EXPECTS[type] ?? [null];
  const fits = (end: End) => {
    const endType = context.typeOfName.get(end.key);
    return !wantFrom || (endType !== undefined && wantFrom.includes(endType));
  };
  // "A veteran Bolshevik and long-time ally of Stalin, Voroshilov served": a noun phrase that
  // opens the sentence is said of the name after its comma.
  const opening = tokens
    .slice(sentence.first, at)
    .every((token) => token.pos !== "VERB" && token.pos !== "AUX");
  if (opening)
    for (let ahead = at + 1; ahead < sentence.last && ahead <= at + 6; ahead += 1) {
      if (tokens[ahead]?.text !== ",") continue;
      const end = endOf(context, index, ahead + 1, mentions);
      if (end && end.key !== not && fits(end)) return end;
      break;
    }
  // Before the noun, across "was (a)", "," and adjectives.
  for (let back = at - 1; back >= sentence.first && back >= at - 8; back -= 1) {
    const token = tokens[back];
    if (!token) break;
    const end = endOf(context, index, back, mentions);
    if (end && end.key !== not && fits(end)) return end;
    if (end) continue;
    if (token.pos === "PRON" && PRONOUNS.has(token.lower))
      return resolvePronoun(context, index, token, not);
    if (
      token.pos === "VERB" &&
      !["be", "become", "remain", "see", "regard", "consider", "know", "describe", "call"].includes(
        token.lemma,
      )
    )
      break;
  }
  // After the noun phrase: "A close Stalin confidant, Malenkov rose…"
  for (let ahead = at + 1; ahead < sentence.last && ahead <= at + 4; ahead += 1) {
    if (tokens[ahead]?.text !== ",") continue;
    const end = endOf(context, index, ahead + 1, mentions);
    if (end && end.key !== not && fits(end)) return end;
  }
  // A bullet under a person's name says things of that person: "- Zinoviev's closest ally".
  const person = context.sectionPerson[index];
  if (person && person !== not && context.bulletStart[index])
    return {
      key: person,
      span: { start: tokens[at]?.start ?? 0, end: tokens[at]?.end ?? 0 },
      proper: true,
    };
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

/** An office named just after "was": "was Stalin’s feared and powerful chief of the NKVD". */
function copulaOffice(
  context: SentenceContext,
  index: number,
  from: number,
  mentions: readonly NameMention[],
): End | undefined {
  const { tokens } = context;
  for (let at = from; at < from + 8; at += 1) {
    const token = tokens[at];
    if (!token) return undefined;
    const end = endOf(context, index, at, mentions);
    if (end) {
      const mention = mentions.find((item) => item.first <= at && at <= item.last);
      const possessive = /^['’]s$/.test(tokens[(mention?.last ?? at) + 1]?.text ?? "");
      if (context.typeOfName.get(end.key) === "office") return end;
      if (!possessive) return undefined;
      at = mention?.last ?? at;
      continue;
    }
    if (
      (!["DET", "ADJ", "ADV", "PART", "CCONJ", "NOUN"].includes(token.pos) &&
        !(token.pos === "VERB" && /ed$/.test(token.lower))) ||
      token.text === ","
    )
      return undefined;
  }
  return undefined;
}

/**
 * Relations a sentence states by naming alone:
 * - "the triumvirate of Stalin, Zinoviev and Kamenev", "a meeting of the council of ministers and
 *   the central committee": the named things belong to the group, the body or the event before
 *   "of";
 * - "Stalin’s Presidium", "Stalin’s death", "the Khrushchev era": the thing is said of the name.
 */
export function namingRelations(
  context: SentenceContext,
  index: number,
  nextId: () => string,
): DraftRelation[] {
  const mentions = context.mentions[index] ?? [];
  const sentence = context.sentences[index];
  if (!sentence) return [];
  const found: DraftRelation[] = [];
  const keyOf = (mention: NameMention) => context.nameAt.get(mention.start);
  const endFor = (mention: NameMention): End | undefined => {
    const key = keyOf(mention);
    return key
      ? { key, span: { start: mention.start, end: mention.end }, proper: mention.proper }
      : undefined;
  };
  mentions.forEach((mention, position) => {
    const whole = endFor(mention);
    if (!whole) return;
    const wholeType = context.typeOfName.get(whole.key);
    // "X of A, B and C"
    if (wholeType === "group" || wholeType === "event" || wholeType === "body") {
      const members: End[] = [];
      let previousEnd = mention.end;
      let joiner = /^\s+of\s+(?:the\s+)?$/i;
      for (const next of mentions.slice(position + 1)) {
        const between = context.text.slice(previousEnd, next.start);
        if (!joiner.test(between)) break;
        const end = endFor(next);
        if (end) members.push(end);
        previousEnd = next.end;
        joiner = /^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/i;
      }
      const ofAt = context.text.indexOf("of", mention.end);
      for (const member of members) {
        const memberType = context.typeOfName.get(member.key);
        const type = memberType === "person" || memberType === "group" ? "member-of" : "part-of";
        if (member.key === whole.key) continue;
        found.push(
          named(
            context,
            index,
            type,
            member,
            whole,
            { start: ofAt, end: ofAt + 2 },
            0.6,
            `'${mention.text} of' names who or what it is made of`,
            nextId,
          ),
        );
      }
    }
    // "Rykov, the head of the government,": a person and the office in apposition.
    const office = mentions[position + 1];
    if (
      office &&
      wholeType === "person" &&
      /^\s*,\s*(?:(?:the|a|an|his|her|their)\s+)?(?:\w+\s+)?$/i.test(
        context.text.slice(mention.end, office.start),
      ) &&
      /^\s*[,.;)]/.test(context.text.slice(office.end, office.end + 3))
    ) {
      const held = endFor(office);
      if (held && context.typeOfName.get(held.key) === "office")
        found.push(
          named(
            context,
            index,
            "held-office",
            whole,
            held,
            { start: office.start, end: office.end },
            0.65,
            `'${office.text}' stands beside the name, as its office`,
            nextId,
          ),
        );
    }
    // "Stalin’s Presidium": a name, its possessive, another name.
    const next = mentions[position + 1];
    if (next && /^['’]s\s+$/.test(context.text.slice(mention.end, next.start))) {
      const owned = endFor(next);
      if (owned && owned.key !== whole.key)
        found.push(
          named(
            context,
            index,
            "associated-with",
            whole,
            owned,
            { start: mention.end, end: mention.end + 2 },
            0.55,
            `'${mention.text}’s ${next.text}' says the one is the other's`,
            nextId,
          ),
        );
    }
    // "Stalin’s death", "the Khrushchev era": the phrase is said of a name the notes use elsewhere.
    if (mention.owner) {
      const written = mention.owner.text.toLowerCase().replace(/[’]/g, "'");
      const ownerKey = context.typeOfName.has(written) ? written : undefined;
      if (ownerKey && ownerKey !== whole.key)
        found.push(
          named(
            context,
            index,
            "associated-with",
            {
              key: ownerKey,
              span: { start: mention.owner.start, end: mention.owner.end },
              proper: true,
            },
            whole,
            { start: mention.owner.start, end: mention.owner.end },
            0.55,
            `'${mention.text}' is named after ${mention.owner.text}`,
            nextId,
          ),
        );
    }
  });
  return found;
}

function named(
  context: SentenceContext,
  index: number,
  type: string,
  from: End,
  to: End,
  cue: Span,
  confidence: number,
  why: string,
  nextId: () => string,
): DraftRelation {
  const sentence = context.sentences[index] as SentenceTokens;
  const dated = dateFor(context, index, cue);
  return {
    id: nextId(),
    type,
    from: from.key,
    to: to.key,
    ...(dated
      ? { start: dated.start, ...(dated.end ? { end: dated.end } : {}), dateWhy: dated.why }
      : {}),
    certainty: "attested",
    quote: { start: sentence.start, end: sentence.end },
    marks: { from: from.span, to: to.span, cue },
    confidence,
    why,
    accepted: false,
  };
}

/** "did not arrest", "was never a member", "not considered part of": the claim is denied. */
function negated(context: SentenceContext, index: number, cue: Span): boolean {
  const sentence = context.sentences[index] as SentenceTokens;
  const before = context.text.slice(Math.max(sentence.start, cue.start - 30), cue.start);
  const clause =
    before
      .split(
        /[;,]|\b(?:but|as|because|since|while|when|although|though|after|before|who|which|that)\b/,
      )
      .pop() ?? "";
  return /\b(?:not|never|no|n't|neither|nor|refused to|failed to)\b/i.test(clause);
}

/**
 * The lemma of the verb at `at`, or undefined if it is no verb. The tagger now and then takes a
 * past tense right after a name for an adjective ("Henry VIII married Anne"); such a word counts
 * as the verb whose past tense it is, when that verb is one the relations know.
 */
function verbLemma(tokens: readonly Token[], at: number): string | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  if (token.pos === "VERB") return token.lemma;
  const before = tokens[at - 1];
  if (
    token.pos !== "ADJ" ||
    !/ed$/.test(token.lower) ||
    !(before?.pos === "PROPN" || /^(?:who|which|that|he|she|they)$/.test(before?.lower ?? ""))
  )
    return undefined;
  const stem = token.lower.replace(/ed$/, "");
  const guesses = [stem, `${stem}e`, stem.replace(/i$/, "y"), stem.replace(/(.)\1$/, "$1")];
  return guesses.find((guess) => VERB_CUES.has(guess));
}

/**
 * The pairs the verb readings above left unlinked, where a relation word stands between the two
 * names in one clause: "Brutus, whom Caesar had pardoned after Pharsalus, …". The reading is
 * looser, so the proposal is weaker; one whose ends are not of the kinds its type links is not
 * proposed at all.
 */
export function betweenRelations(
  context: SentenceContext,
  index: number,
  already: readonly DraftRelation[],
  nextId: () => string,
): DraftRelation[] {
  const { tokens } = context;
  const mentions = context.mentions[index] ?? [];
  const linked = new Set(
    already.flatMap((relation) => [
      `${relation.from}|${relation.to}`,
      `${relation.to}|${relation.from}`,
    ]),
  );
  const found: DraftRelation[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const left = mentions[i] as NameMention;
    // Neighbours only: a name between them is likelier the one the word is about.
    for (let j = i + 1; j < mentions.length && j <= i + 1; j += 1) {
      const right = mentions[j] as NameMention;
      if (right.first - left.last > 12) break;
      const a = context.nameAt.get(left.start);
      const b = context.nameAt.get(right.start);
      if (!a || !b || a === b || linked.has(`${a}|${b}`)) continue;
      // One clause: no semicolon, colon or bracket between them.
      const between = tokens.slice(left.last + 1, right.first);
      if (between.some((token) => /^[;:()]$/.test(token.text))) break;
      let cue: { token: Token; type: string } | undefined;
      for (const token of between) {
        if (NEGATIONS.test(token.lower)) {
          cue = undefined;
          break;
        }
        const lemma = token.pos === "VERB" ? token.lemma : undefined;
        const type =
          (lemma && !OFFICE_VERBS.has(lemma) && !WEAK.has(lemma)
            ? VERB_CUES.get(lemma)
            : undefined) ?? (token.pos === "NOUN" ? NOUN_CUES.get(token.lemma)?.type : undefined);
        if (type && type !== "held-office" && type !== "lost-office") {
          cue ??= { token, type };
        }
      }
      if (!cue) continue;
      const passive =
        between.some((token) => token.lower === "by") &&
        between.some((token) => token.lemma === "be");
      const [from, to] = passive ? [right, left] : [left, right];
      const fromKey = passive ? b : a;
      const toKey = passive ? a : b;
      const [wantFrom, wantTo] = EXPECTS[cue.type] ?? [null, null];
      const fromType = context.typeOfName.get(fromKey);
      const toType = context.typeOfName.get(toKey);
      if (
        (wantFrom && (!fromType || !wantFrom.includes(fromType))) ||
        (wantTo && (!toType || !wantTo.includes(toType)))
      )
        continue;
      const relation = build(
        context,
        index,
        cue.type,
        { key: fromKey, span: { start: from.start, end: from.end }, proper: from.proper },
        { key: toKey, span: { start: to.start, end: to.end }, proper: to.proper },
        { start: cue.token.start, end: cue.token.end },
        cue.token,
        passive,
        false,
        nextId,
        `'${cue.token.text}' stands between them; the sentence was not read word by word`,
        false,
      );
      linked.add(`${a}|${b}`).add(`${b}|${a}`);
      // Below the default acceptance: offered for review, not taken on trust.
      found.push({ ...relation, confidence: Math.min(relation.confidence, 0.4) });
    }
  }
  return found;
}

const NEGATIONS = /^(?:not|never|no|n't|neither|nor)$/;
