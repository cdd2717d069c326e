/**
 * A draft written by hand from four lines of notes, as drafting would propose it: five entities
 * (one with a misspelling merged in, one the draft is unsure of) and three relations (an arrest
 * dated from its sentence, a denunciation citing the misspelt name, an undirected rivalry the draft
 * doubts). Spans are found in the notes, so every quote and mark is a slice of them.
 */
import type { Draft, DraftEntity, DraftName, DraftRelation, Span } from "../../../src/draft/types";

export const NOTES = [
  "Khrushchev arrested Beria in June 1953.",
  "Beria was said to have plotted against the Presidium.",
  "In 1956 Khruschev denounced Stalin at the party congress.",
  "Malenkov rivalled Khrushchev for the leadership.",
].join("\n");

/** The span of the `nth` (0-based) occurrence of `words` in the notes; throws if it is not there. */
function span(words: string, nth = 0, from = 0): Span {
  let at = NOTES.indexOf(words, from);
  for (let i = 0; i < nth && at !== -1; i++) at = NOTES.indexOf(words, at + 1);
  if (at === -1) throw new Error(`"${words}" is not in the notes`);
  return { start: at, end: at + words.length };
}

const lineSpan = (line: number): Span => span(NOTES.split("\n")[line] ?? "");

export function name(text: string, nth = 0, merged?: string): DraftName {
  const at = span(text, nth);
  const sentence = NOTES.slice(0, at.start).split("\n").length - 1;
  return {
    key: text.toLowerCase(),
    text,
    mentions: [{ ...at, sentence }],
    ...(merged === undefined ? {} : { merged }),
  };
}

export function entity(
  id: string,
  type: DraftEntity["type"],
  names: DraftName[],
  confidence: number,
): DraftEntity {
  return {
    id,
    label: names[0]?.text ?? id,
    type,
    names,
    confidence,
    why: `a capitalised name (${type})`,
    accepted: confidence >= 0.5,
  };
}

function relation(
  id: string,
  type: string,
  [from, cue, to]: [string, string, string],
  line: number,
  confidence: number,
  extra: Partial<DraftRelation> = {},
): DraftRelation {
  const quote = lineSpan(line);
  const inLine = (words: string) => span(words, 0, quote.start);
  return {
    id,
    type,
    from: from.toLowerCase(),
    to: to.toLowerCase(),
    certainty: "attested",
    quote,
    marks: { from: inLine(from), to: inLine(to), cue: inLine(cue) },
    confidence,
    why: `verb '${cue}' between two names in one sentence`,
    accepted: confidence >= 0.5,
    ...extra,
  };
}

const colour = "#4e79a7";

export function notesDraft(): Draft {
  return {
    title: "The succession to Stalin",
    text: NOTES,
    fileName: "notes.txt",
    sentences: NOTES.split("\n").map((_, line) => ({ ...lineSpan(line), paragraph: 0 })),
    entityTypes: [
      { id: "person", label: "Person", color: colour },
      { id: "body", label: "Body", color: colour },
    ],
    relationTypes: [
      {
        id: "arrested",
        label: "arrested",
        inverse: "was arrested by",
        directed: true,
        temporal: "event",
        succession: false,
        color: colour,
      },
      {
        id: "denounced",
        label: "denounced",
        inverse: "was denounced by",
        directed: true,
        temporal: "event",
        succession: false,
        color: colour,
      },
      {
        id: "rivalled",
        label: "rivalled",
        inverse: "rivalled",
        directed: false,
        temporal: "state",
        succession: false,
        color: colour,
      },
    ],
    entities: [
      entity(
        "khrushchev",
        "person",
        [name("Khrushchev"), name("Khruschev", 0, "a spelling of 'Khrushchev'")],
        0.9,
      ),
      entity("beria", "person", [name("Beria")], 0.85),
      entity("presidium", "body", [name("Presidium")], 0.4),
      entity("stalin", "person", [name("Stalin")], 0.7),
      entity("malenkov", "person", [name("Malenkov")], 0.6),
    ],
    relations: [
      relation(
        "khrushchev-arrested-beria",
        "arrested",
        ["Khrushchev", "arrested", "Beria"],
        0,
        0.9,
        {
          start: "1953-06",
          dateWhy: "'in June 1953' in the sentence",
        },
      ),
      relation(
        "khruschev-denounced-stalin",
        "denounced",
        ["Khruschev", "denounced", "Stalin"],
        2,
        0.7,
        {
          start: "1956",
        },
      ),
      relation(
        "malenkov-rivalled-khrushchev",
        "rivalled",
        ["Malenkov", "rivalled", "Khrushchev"],
        3,
        0.3,
      ),
    ],
    words: NOTES.split(/\s+/).length,
  };
}
