/**
 * Where the notes name something. Two kinds of mention are found in each sentence's tokens:
 *
 * - proper names: runs of capitalised words ("Georgy Malenkov", "Chairman of the Council of
 *   Ministers", "NKVD"), joined across "of", "the" and hyphens, with regnal numbers kept
 *   ("Henry VI");
 * - named things in lower case, only where the head word says what they are ("the collective
 *   leadership", "consumerism", "the regional party leaders"): a noun phrase without such a head
 *   ("his influence") is not a thing worth a node.
 *
 * Each mention carries a guess at its type and why; names.ts weighs the guesses of every mention
 * of a name together.
 */
import {
  BODY_HEADS,
  EVENT_HEADS,
  GROUP_HEADS,
  IDEA_HEADS,
  NOT_NAME_WORDS,
  NOUN_CUES,
  OFFICE_HEADS,
  PERSON_TITLES,
  PLACES,
  POLICY_HEADS,
} from "./lexicon";
import type { SentenceTokens, Token } from "./nlp";
import type { DraftEntityType } from "./types";

export interface Guess {
  type: DraftEntityType;
  weight: number;
  why: string;
}

export interface NameMention {
  /** Offsets in the notes of the words that make the name (determiners and possessives left out). */
  start: number;
  end: number;
  /** The name as written, on one line. */
  text: string;
  sentence: number;
  /** Token indexes of the name: `[first, last]`, inclusive. */
  first: number;
  last: number;
  guess: Guess;
  /** A proper name (capitalised) rather than a lower-case noun phrase. */
  proper: boolean;
  /** The name a phrase is said of: "Stalin" in "Stalin’s death" or "the Khrushchev era". */
  owner?: { start: number; end: number; text: string };
  /** "the party": a short form that stands for a fuller name, if the notes give one. */
  shortForm?: boolean;
}

const OPENING_QUOTES = new Set(['"', "“", "‘", "'"]);
const CLOSING_QUOTES = new Set(['"', "”", "’", "'"]);

/** A phrase of one to six words in quotation marks, naming something, or undefined. */
function quotedName(
  tokens: readonly Token[],
  at: number,
  stop: number,
): { next: number; mention: (sentence: number) => NameMention } | undefined {
  if (!OPENING_QUOTES.has(tokens[at]?.text ?? "")) return undefined;
  let close = at + 1;
  while (close < stop && close - at <= 7 && !CLOSING_QUOTES.has(tokens[close]?.text ?? ""))
    close += 1;
  const words = tokens.slice(at + 1, close);
  if (close >= stop || words.length === 0 || words.length > 6) return undefined;
  // Speech is not a name: a quote with a verb or a pronoun of its own ("enrich yourselves").
  if (words.some((word) => ["VERB", "AUX", "PRON"].includes(word.pos) || /[.!?,]/.test(word.text)))
    return undefined;
  if (!words.some((word) => word.pos === "NOUN" || word.pos === "PROPN")) return undefined;
  const last = words[words.length - 1] as Token;
  const typed = headType(last.lower) ?? headType(last.lemma);
  const capital = isCapitalised(words[0] as Token);
  const guess: Guess = typed
    ? { ...typed, weight: 2 }
    : {
        type: capital && words.length === 1 ? "person" : "idea",
        weight: 1,
        why: "a phrase the notes quote as a name",
      };
  return {
    next: close + 1,
    mention: (sentence) => makeMention(tokens, at + 1, close - 1, sentence, guess, capital),
  };
}

/** Words that may join capitalised words into one name: "Chairman of the Council of Ministers". */
const JOINERS = new Set(["of", "the", "de", "du", "des", "von", "van", "der", "la", "le", "d'"]);

/** Modifiers that add nothing to a thing's name: "more consumerism", "his own reforms". */
const EMPTY_MODIFIERS = new Set([
  "other",
  "new",
  "more",
  "most",
  "own",
  "famous",
  "eventual",
  "important",
  "such",
  "many",
  "several",
  "various",
  "same",
  "some",
  "all",
  "any",
  "each",
  "every",
  "his",
  "her",
  "their",
  "its",
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "full",
  "whole",
  "further",
  "first",
  "last",
  "next",
  "main",
  "key",
  "major",
  "great",
  "little",
  "much",
  "less",
  "few",
  "certain",
]);

/** Heads that need a modifier to name anything: "leaders" alone is no one in particular. */
const GENERIC_HEADS = new Set([
  "houses",
  "ministers",
  "people",
  "leaders",
  "members",
  "supporters",
  "followers",
  "workers",
  "peasants",
  "nobles",
  "group",
  "faction",
  "circle",
  "family",
  "house",
  "death",
  "fall",
  "march",
  "course",
  "act",
  "law",
  "plan",
  "country",
  "rights",
  "march",
  "crossing",
  "meeting",
  "trial",
  "government",
  "party",
  "court",
  "army",
  "union",
  "league",
  "company",
  "administration",
  "services",
  "apparatus",
  "council",
  "committee",
  "club",
  "affair",
  "strike",
  "reaction",
]);

/** Heads that a capitalised modifier does not make a thing of its own: "Presidium members". */
const MEMBER_HEADS = new Set([
  "people",
  "members",
  "leaders",
  "supporters",
  "followers",
  "men",
  "troops",
  "forces",
]);

/** Heads that make a phrase a place: "the Eastern European satellite states". */
const PLACE_HEADS = new Set([
  "tower",
  "castle",
  "palace",
  "abbey",
  "field",
  "bridge",
  "states",
  "kingdom",
  "empire",
  "province",
  "provinces",
  "colonies",
  "city",
  "region",
  "republics",
]);

const CALENDAR_WORDS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const IDEA_SUFFIX = /(?:ism|isms)$/;
const POLICY_SUFFIX = /(?:isation|ization|isations|izations)$/;
const ROMAN = /^(?:[IVX]{1,6})$/;

export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) && /\p{L}/u.test(token.text);
}

/** Era markers written in capitals: "44 BC" is a date, not a body. */
const ERAS = /^(?:BC|BCE|AD|CE|AM|PM)$/;

function isAcronym(token: Token): boolean {
  return !ERAS.test(token.text) && /^\p{Lu}{2,6}s?$/u.test(token.text) && !ROMAN.test(token.text);
}

/** A capitalised word that can be part of a name here (not a sentence's capitalised first word). */
function nameWord(tokens: readonly Token[], index: number, sentenceFirst: number): boolean {
  const token = tokens[index];
  if (!token || !isCapitalised(token) || ERAS.test(token.text)) return false;
  if (!["PROPN", "NOUN", "ADJ", "VERB", "X", "NUM", "ADV"].includes(token.pos)) return false;
  // "27 July", "July 1794": a month next to a number is a date.
  if (
    CALENDAR_WORDS.test(token.lower) &&
    (tokens[index - 1]?.pos === "NUM" || tokens[index + 1]?.pos === "NUM")
  )
    return false;
  if (index === sentenceFirst || isStartOfClause(tokens, index)) {
    if (NOT_NAME_WORDS.has(token.lower)) return false;
    // A sentence's first word is capitalised anyway: only a proper noun counts there, or a word
    // listed with a name ("Octavian and Mark Antony").
    const next = tokens[index + 1];
    const listed =
      (next?.lower === "and" || next?.text === ",") &&
      tokens[index + 2] !== undefined &&
      isCapitalised(tokens[index + 2] as Token);
    // "General Secretary of the party…": two capitalised words open a name, not a sentence.
    const named =
      ["PROPN", "NOUN"].includes(token.pos) &&
      next !== undefined &&
      isCapitalised(next) &&
      next.start - token.end <= 1 &&
      !NOT_NAME_WORDS.has(next.lower) &&
      ["PROPN", "NOUN"].includes(next.pos);
    return token.pos === "PROPN" || isAcronym(token) || listed || named;
  }
  if (!NOT_NAME_WORDS.has(token.lower) || token.pos === "PROPN") return true;
  // "the First Secretary": an ordinal opens a name when a capitalised word follows.
  const next = tokens[index + 1];
  return (
    /^(?:first|second|third|fourth|fifth)$/.test(token.lower) &&
    next !== undefined &&
    isCapitalised(next)
  );
}

/** After an opening quote, a colon or a bracket, a capital says nothing either. */
function isStartOfClause(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && /^[:“"‘(]$/.test(previous.text);
}

function headType(word: string): { type: DraftEntityType; why: string } | undefined {
  if (PLACE_HEADS.has(word)) return { type: "place", why: `'${word}' names a place` };
  if (OFFICE_HEADS.has(word)) return { type: "office", why: `'${word}' names an office` };
  if (EVENT_HEADS.has(word)) return { type: "event", why: `'${word}' names an event` };
  if (POLICY_HEADS.has(word) || POLICY_SUFFIX.test(word))
    return { type: "policy", why: `'${word}' names a policy` };
  if (BODY_HEADS.has(word)) return { type: "body", why: `'${word}' names a body` };
  if (GROUP_HEADS.has(word)) return { type: "group", why: `'${word}' names a group` };
  if (IDEA_HEADS.has(word) || IDEA_SUFFIX.test(word))
    return { type: "idea", why: `'${word}' names an idea` };
  return undefined;
}

/** What a run of capitalised words most likely names, from its own words. */
function properGuess(words: readonly Token[], before: Token | undefined): Guess {
  const lowers = words.map((word) => word.lower.replace(/['’]s$/, ""));
  const first = lowers[0] ?? "";
  const last = lowers[lowers.length - 1] ?? "";
  const ofAt = lowers.indexOf("of");
  const headWords = ofAt > 0 ? lowers.slice(0, ofAt) : lowers;
  const officeWord = headWords.find((word) => OFFICE_HEADS.has(word));
  if (PERSON_TITLES.has(first) && words.length > 1 && !officeWord)
    return { type: "person", weight: 3, why: `the title '${words[0]?.text}'` };
  if (PERSON_TITLES.has(first) && words.length > 1 && ofAt === -1 && words[1]?.pos === "PROPN")
    return { type: "person", weight: 3, why: `the title '${words[0]?.text}'` };
  if (officeWord) return { type: "office", weight: 3, why: `'${officeWord}' names an office` };
  const firstHead = headType(first);
  if (firstHead && firstHead.type === "event" && ofAt === 1) return { ...firstHead, weight: 3 }; // "Battle of Bosworth", "Treaty of Brest-Litovsk"
  // "Committee of Public Safety", "Law of Suspects", "Cult of Reason": the word before "of".
  const beforeOf = ofAt > 0 ? headType(lowers[ofAt - 1] ?? "") : undefined;
  if (beforeOf) return { ...beforeOf, weight: 3 };
  // "September Massacres": a head in the plural is still the head.
  const lastHead = headType(last) ?? headType(words[words.length - 1]?.lemma ?? "");
  if (lastHead && words.length > 1) return { ...lastHead, weight: 3 };
  // "Le Père Duchesne", "La Marseillaise", "Der Spiegel": a name with an article of its own is a
  // paper, a song or a place, not a person.
  if (words.length > 1 && /^(?:le|la|les|l'|l’|el|il|der|die|das|al)$/.test(first))
    return { type: "body", weight: 1.5, why: `the article '${words[0]?.text}' opens the name` };
  if (lastHead && words.length === 1 && lastHead.type !== "office")
    return { ...lastHead, weight: 2 };
  const only = words.length === 1 ? words[0] : undefined;
  const whole = lowers.join(" ");
  if (PLACES.has(whole))
    return {
      type: "place",
      weight: 2,
      why: `'${words.map((w) => w.text).join(" ")}' is a country or city`,
    };
  if (only && isAcronym(only)) return { type: "body", weight: 1, why: "an acronym" };
  if (only && /(?:iks?|ists?|ites?)$/.test(only.lower))
    return { type: "group", weight: 2, why: "a name for members of a movement" };
  // "the Lancastrians", "the Girondins": a capitalised plural after "the" is a party or a
  // faction ("Desmoulins" alone is a surname).
  const afterThe = before?.lower === "the";
  if (only && afterThe && /s$/.test(only.text) && only.text.length > 4)
    return { type: "group", weight: 2, why: "a capitalised plural, like a faction's name" };
  // "the Bastille", "the Tuileries": one capitalised word after "the" is seldom a person.
  if (only && afterThe)
    return { type: "place", weight: 1, why: "a name after 'the', like a place or a building" };
  const placeCue =
    before && ["in", "to", "into", "from", "at", "across", "throughout"].includes(before.lower);
  if (placeCue)
    return { type: "place", weight: 1.5, why: `a name after '${before?.text}', like a place` };
  return {
    type: "person",
    weight: words.length > 1 ? 2 : 1,
    why: words.length > 1 ? "a capitalised name of several words" : "a capitalised name",
  };
}

/** The mentions in one sentence, in order, none overlapping. */
export function mentionsIn(
  tokens: readonly Token[],
  sentence: SentenceTokens,
  index: number,
  lowerWords: ReadonlySet<string>,
): NameMention[] {
  const mentions: NameMention[] = [];
  let at = sentence.first;
  while (at < sentence.last) {
    // "Socialism in One Country", "permanent revolution": a short phrase in quotation marks is
    // named as written.
    const quoted = quotedName(tokens, at, sentence.last);
    if (quoted) {
      mentions.push(quoted.mention(index));
      at = quoted.next;
      continue;
    }
    // "the party", "the army": a bare head after "the" may be a short form of a name the notes
    // give in full ("the Bolshevik party"); names.ts decides, or drops it.
    const head = tokens[at];
    if (
      head &&
      tokens[at - 1]?.lower === "the" &&
      head.pos === "NOUN" &&
      !isCapitalised(head) &&
      GENERIC_HEADS.has(head.lower) &&
      headType(head.lower) &&
      tokens[at + 1]?.lower !== "of" &&
      !["NOUN", "ADJ", "PROPN"].includes(tokens[at + 1]?.pos ?? "")
    ) {
      const guess = headType(head.lower);
      if (guess)
        mentions.push({
          ...makeMention(tokens, at, at, index, { ...guess, weight: 0.5 }, false),
          shortForm: true,
        });
      at += 1;
      continue;
    }
    if (nameWord(tokens, at, sentence.first)) {
      const end = properRunEnd(tokens, at, sentence, lowerWords);
      const proper = makeProper(tokens, at, end, index);
      // A capitalised modifier before a typed lower-case head: "Virgin lands campaign",
      // "Soviet government", "Russian people".
      const phrase = lowerPhrase(tokens, end + 1, sentence.last);
      if (phrase && (!MEMBER_HEADS.has(phrase.head) || isDemonym(tokens[end]))) {
        mentions.push({
          ...makeMention(tokens, at, phrase.last, index, phrase.guess, false),
          ...(proper && !isDemonym(tokens[at]) && tokens[at]?.pos !== "ADJ"
            ? { owner: { start: proper.start, end: proper.end, text: proper.text } }
            : {}),
        });
        at = phrase.last + 1;
        continue;
      }
      // A capitalised word that the notes also write in lower case is a common noun at the start
      // of a sentence or after a label ("Agriculture was…", "Power:").
      const common =
        end === at &&
        (at === sentence.first || isStartOfClause(tokens, at)) &&
        lowerWords.has(tokens[at]?.lower ?? "");
      // "Stalin’s death", "Khrushchev's reforms": a possessive name before a typed head.
      const owned = possessivePhrase(tokens, end, sentence.last);
      if (owned && !common) {
        mentions.push({
          ...makeMention(tokens, at, owned.last, index, owned.guess, false),
          ...(proper && !isDemonym(tokens[at]) && tokens[at]?.pos !== "ADJ"
            ? { owner: { start: proper.start, end: proper.end, text: proper.text } }
            : {}),
        });
        at = owned.last + 1;
        continue;
      }
      // "the Russian people": a demonym before a common noun describes it and names nothing.
      // "with French and Lancastrian backing" describes one noun with two demonyms.
      const pairedWith = tokens[at + 2];
      const nextNoun =
        tokens[at + 1]?.lower === "and"
          ? pairedWith && isCapitalised(pairedWith)
            ? tokens[at + 3]
            : undefined
          : tokens[at + 1];
      // "a Soviet agent", "some Tudor writers": one capitalised word, tagged as an adjective or
      // before a plural, describes the noun after it, unless that noun says how two people stand
      // ("a Stalin confidant").
      const modifier =
        end === at &&
        nextNoun?.pos === "NOUN" &&
        !isCapitalised(nextNoun) &&
        !NOUN_CUES.has(nextNoun.lemma) &&
        !headType(nextNoun.lower) &&
        (tokens[at]?.pos === "ADJ" || /s$/.test(nextNoun.lower));
      const describing =
        modifier ||
        (end === at &&
          isDemonym(tokens[at]) &&
          nextNoun?.pos === "NOUN" &&
          !isCapitalised(nextNoun));
      // A month or a weekday alone is part of a date, not a name.
      const calendar = end === at && CALENDAR_WORDS.test(tokens[at]?.lower ?? "");
      if (proper && !common && !describing && !calendar) mentions.push(proper);
      at = end + 1;
      continue;
    }
    const token = tokens[at];
    // "the centralised planning", "of living standards": a participle before a noun, in a noun's
    // place, opens a phrase ("by proposing reforms" is a verb and its object).
    const participle =
      token?.pos === "VERB" &&
      tokens[at + 1]?.pos === "NOUN" &&
      /(?:ed|ing)$/.test(token.lower) &&
      /^(?:the|of|a|an|his|her|their|its|and)$/.test(tokens[at - 1]?.lower ?? "");
    if (
      token &&
      (token.pos === "NOUN" || token.pos === "ADJ" || token.pos === "PROPN" || participle)
    ) {
      const phrase = lowerPhrase(tokens, at, sentence.last);
      if (phrase) {
        let first = trimModifiers(tokens, at, phrase.last);
        // "feared and powerful chief of the NKVD" names the office "chief of the NKVD".
        if (phrase.guess.type === "office")
          while (
            first < phrase.last &&
            tokens[first]?.pos === "ADJ" &&
            !headType(tokens[first]?.lower ?? "") &&
            !/^(?:first|deputy|vice|prime|general)$/.test(tokens[first]?.lower ?? "")
          )
            first += 1;
        // "a powerful speaker" describes a person; "the Speaker" or "speaker of the house" is
        // an office.
        const describes =
          phrase.guess.type === "office" &&
          /^(?:a|an)$/.test(tokens[first - 1]?.lower ?? "") &&
          !tokens.slice(first, phrase.last + 1).some((token) => token.lower === "of");
        const generic = (GENERIC_HEADS.has(phrase.head) && first === phrase.last) || describes;
        if (!generic)
          mentions.push(makeMention(tokens, first, phrase.last, index, phrase.guess, false));
        at = phrase.last + 1;
        continue;
      }
    }
    at += 1;
  }
  return mentions;
}

function possessivePhrase(
  tokens: readonly Token[],
  end: number,
  stop: number,
): { last: number; guess: Guess } | undefined {
  if (!/^['’]s$/.test(tokens[end + 1]?.text ?? "")) return undefined;
  let at = end + 2;
  while (at < stop && EMPTY_MODIFIERS.has(tokens[at]?.lower ?? "")) at += 1;
  const phrase = lowerPhrase(tokens, at, stop);
  if (!phrase) return undefined;
  // "the King's council", "Khrushchev's reforms": a thing said of a name; an office ("Stalin’s
  // chief") stays apart, as the office of its own.
  if (phrase.guess.type !== "office" && phrase.guess.type !== "place")
    return { last: phrase.last, guess: phrase.guess };
  if (
    ![
      "death",
      "fall",
      "reforms",
      "circle",
      "era",
      "regime",
      "reign",
      "speech",
      "testament",
      "policy",
      "policies",
      "execution",
      "murder",
      "arrest",
      "exile",
    ].includes(phrase.head)
  )
    return undefined;
  return { last: phrase.last, guess: phrase.guess };
}

function isDemonym(token: Token | undefined): boolean {
  return token !== undefined && token.pos !== "PROPN"
    ? /(?:an|ian|ese|ish|ic|i|ch)$/.test(token.lower)
    : token !== undefined && /(?:ian|ese|ish)$/.test(token.lower);
}

/** The last token of a run of capitalised words starting at `at`. */
function properRunEnd(
  tokens: readonly Token[],
  at: number,
  sentence: SentenceTokens,
  lowerWords: ReadonlySet<string>,
): number {
  let end = at;
  let probe = at + 1;
  while (probe < sentence.last) {
    const token = tokens[probe];
    if (!token) break;
    // "People’s Commissar of Defence": a common noun's possessive inside a title is part of it
    // ("Stalin’s Presidium" is two names: "stalin" is never written in lower case).
    if (
      /^['’]s$/.test(token.text) &&
      lowerWords.has(tokens[probe - 1]?.lower ?? "") &&
      nameWord(tokens, probe + 1, sentence.first)
    ) {
      end = probe + 1;
      probe += 2;
      continue;
    }
    const glued = token.start === (tokens[probe - 1]?.end ?? -1);
    // "the Supreme Being": inside a name a capitalised "Being" or "Will" is part of it.
    const capitalisedAux = token.pos === "AUX" && isCapitalised(token);
    if (
      nameWord(tokens, probe, sentence.first) ||
      capitalisedAux ||
      (ROMAN.test(token.text) && probe === end + 1)
    ) {
      end = probe;
      probe += 1;
      continue;
    }
    // "Alma-Ata", "Brest-Litovsk": a hyphen with no space either side.
    if (
      token.text === "-" &&
      glued &&
      tokens[probe + 1]?.start === token.end &&
      nameWord(tokens, probe + 1, sentence.first)
    ) {
      end = probe + 1;
      probe += 2;
      continue;
    }
    if (JOINERS.has(token.lower)) {
      let next = probe + 1;
      while (next < sentence.last && JOINERS.has(tokens[next]?.lower ?? "")) next += 1;
      // "Warwick the Kingmaker", but not "in the Convention the Girondins sat": "the" joins one
      // word to one epithet, never to a plural.
      const epithet =
        token.lower !== "the" ||
        (end === at &&
          !/s$/.test(tokens[next]?.lower ?? "") &&
          !nameWord(tokens, next + 1, sentence.first));
      if (
        epithet &&
        next < sentence.last &&
        nameWord(tokens, next, sentence.first) &&
        next - probe <= 2
      ) {
        end = next;
        probe = next + 1;
        continue;
      }
    }
    break;
  }
  return end;
}

function makeProper(
  tokens: readonly Token[],
  first: number,
  last: number,
  sentence: number,
): NameMention | null {
  // A possessive ending is not part of the name: "Stalin’s" names Stalin.
  const words = tokens.slice(first, last + 1);
  const guess = properGuess(words, tokens[first - 1]);
  return makeMention(tokens, first, last, sentence, guess, true);
}

function makeMention(
  tokens: readonly Token[],
  first: number,
  last: number,
  sentence: number,
  guess: Guess,
  proper: boolean,
): NameMention {
  let end = last;
  while (end > first && /^['’]s?$/.test(tokens[end]?.text ?? "")) end -= 1;
  const startToken = tokens[first];
  const endToken = tokens[end];
  const startOffset = startToken?.start ?? 0;
  let endOffset = endToken?.end ?? startOffset;
  const raw = tokens
    .slice(first, end + 1)
    .map(
      (token, index, all) =>
        (index > 0 && token.start > (all[index - 1]?.end ?? 0) ? " " : "") + token.text,
    )
    .join("");
  const text = raw.replace(/['’]s$/, "");
  if (text !== raw) endOffset -= raw.length - text.length;
  return { start: startOffset, end: endOffset, text, sentence, first, last: end, guess, proper };
}

/**
 * A lower-case noun phrase starting at `at` whose head says what it names, or undefined:
 * adjectives and nouns, joined by "and" between two adjectives or nouns ("light and consumer
 * industries"), ending in the head noun.
 */
function lowerPhrase(
  tokens: readonly Token[],
  at: number,
  stop: number,
): { last: number; head: string; guess: Guess } | undefined {
  let last = -1;
  let probe = at;
  let words = 0;
  while (probe < stop && words < 5) {
    const token = tokens[probe];
    if (!token) break;
    const wordLike =
      token.pos === "NOUN" ||
      // "the supreme soviet": a head word is a noun whatever the tagger says.
      headType(token.lower) !== undefined ||
      token.pos === "ADJ" ||
      (token.pos === "PROPN" && probe === at) ||
      // "centralised planning", but not "France declared war": a participle after a name is its verb.
      (token.pos === "VERB" &&
        /ing$|ed$/.test(token.lower) &&
        tokens[probe + 1]?.pos === "NOUN" &&
        !(probe === at && tokens[at - 1] !== undefined && isCapitalised(tokens[at - 1] as Token)));
    if (wordLike && !isCapitalised(token)) {
      if (token.pos === "NOUN" || headType(token.lower) !== undefined) last = probe;
      words += 1;
      probe += 1;
      continue;
    }
    if (wordLike && probe === at) {
      words += 1;
      probe += 1;
      continue;
    }
    if (
      token.lower === "and" &&
      last !== -1 &&
      !headType(tokens[probe - 1]?.lower ?? "") &&
      tokens[probe + 1]?.pos !== "DET" &&
      !isCapitalised(tokens[probe + 1] ?? token) &&
      (tokens[probe + 1]?.pos === "ADJ" || tokens[probe + 1]?.pos === "NOUN") &&
      tokens[probe + 2]?.pos === "NOUN"
    ) {
      probe += 1;
      continue;
    }
    if (/^-$/.test(token.text) && tokens[probe + 1]?.start === token.end) {
      probe += 1;
      continue;
    }
    break;
  }
  if (last === -1) return undefined;
  const head = (tokens[last]?.lower ?? "").replace(/^de-/, "");
  const typed = headType(head) ?? headType(tokens[last]?.lemma ?? "");
  if (!typed) return undefined;
  // "council of ministers", "chief of the NKVD", "supreme soviet of the USSR": an office or a body
  // of something named is one name.
  if (
    (typed.type === "office" || typed.type === "body" || typed.type === "event") &&
    tokens[last + 1]?.lower === "of"
  ) {
    let next = last + 2;
    if (tokens[next]?.lower === "the") next += 1;
    const tail = tokens[next];
    // An event only of a name ("the battle of Northampton"), not "a meeting of the council".
    const named = tail && (isCapitalised(tail) || (typed.type !== "event" && headType(tail.lower)));
    if (tail && next < stop && named) {
      let end = next;
      while (
        end + 1 < stop &&
        tokens[end + 1] &&
        (isCapitalised(tokens[end + 1] as Token) ||
          (/^(?:of|the)$/.test(tokens[end + 1]?.lower ?? "") &&
            isCapitalised(tokens[end + 2] ?? (tokens[end + 1] as Token))))
      )
        end += 1;
      while (end > next && /^(?:of|the)$/.test(tokens[end]?.lower ?? "")) end -= 1;
      return { last: end, head, guess: { ...typed, weight: 1.5 } };
    }
  }
  return { last, head, guess: { ...typed, weight: 1.5 } };
}

/** Leaves out "more", "his", "other" from the front of a phrase: "more consumerism" names consumerism. */
function trimModifiers(tokens: readonly Token[], first: number, last: number): number {
  let at = first;
  while (at < last && EMPTY_MODIFIERS.has(tokens[at]?.lower ?? "")) at += 1;
  return at;
}
