/**
 * The words a draft speaks in: what drafting proposes from a person's notes (entities, the names
 * merged into each, and relations, each with the sentence it came from, a confidence and why),
 * before anyone has reviewed it. Plain data only, so that the draft worker can post it and the
 * review screen can change it with pure functions (review.ts). `toDataset.ts` turns what is
 * accepted into a `dramatis/1` dataset.
 *
 * Every span is a pair of offsets into `Draft.text`, the notes exactly as given (line endings made
 * `\n`), so that a quote is always a slice of the text that ships with the dataset: nothing in a
 * draft is worded by the program.
 */
import type { Certainty, EntityType, RelationType } from "../model/schema";

/** `[start, end)` in `Draft.text`. */
export interface Span {
  start: number;
  end: number;
}

export interface DraftSentence extends Span {
  /** Index of the paragraph (or bullet) the sentence stands in: dates can come from it. */
  paragraph: number;
}

/** One place the notes name something: where, and in which sentence. */
export interface Mention extends Span {
  sentence: number;
}

/**
 * One way the notes write a name ("Khruschev", "Beria", "the troika"). Relations end at names, not
 * at entities, so that undoing a merge (splitting a name back out) takes its relations with it.
 */
export interface DraftName {
  /** Unique in the draft: the name lower-cased, its white space collapsed. */
  key: string;
  /** As first written in the notes. */
  text: string;
  mentions: Mention[];
  /** Why this name was merged into its entity ("a spelling of 'Khrushchev'"); absent for the first. */
  merged?: string;
  /**
   * Set by review (review.ts) on the first name of an entity a person merged into another: that
   * entity as it was, so that splitting this name out gives it back whole, names and all.
   */
  mergedFrom?: MergedEntity;
}

/** An entity as it stood before a person merged it into another (see DraftName.mergedFrom). */
export interface MergedEntity {
  entity: Omit<DraftEntity, "names">;
  /** The keys of the names it had, in order, this one first. */
  names: string[];
  /** Its place in `Draft.entities`, so that it comes back where it was. */
  index: number;
  /** This name's own `merged` before the merge. */
  merged?: string;
}

/** The entity types a draft proposes; their labels and colours are in lexicon.ts. */
export type DraftEntityType =
  "person" | "body" | "office" | "place" | "policy" | "idea" | "event" | "group";

export interface DraftEntity {
  /** A slug of the label, unique in the draft; the dataset's entity id. */
  id: string;
  label: string;
  type: DraftEntityType;
  /** The first is the name the label came from; the others were merged in, each saying why. */
  names: DraftName[];
  /** 0–1: how sure the draft is that this is a thing worth a node, and of its type. */
  confidence: number;
  /** Why, in words: "a capitalised name that is the subject of 'arrested'; a person's verb". */
  why: string;
  accepted: boolean;
}

export interface DraftRelation {
  /** Unique in the draft; the dataset's relation id. */
  id: string;
  /** A relation type id from the draft's `relationTypes`. */
  type: string;
  /** Name keys (see DraftName): the relation reads from `from` to `to` in the active voice. */
  from: string;
  to: string;
  start?: string;
  end?: string;
  /** Where the dates came from: "'in 1953' in the sentence", "'By 1955' earlier in the paragraph". */
  dateWhy?: string;
  /** `alleged` where the sentence hedges ("suspected", "was said to", "may have"). */
  certainty: Extract<Certainty, "attested" | "alleged">;
  /** The sentence the relation came from: its quote, verbatim. */
  quote: Span;
  /** What to highlight inside the quote: the two names and the verb that links them. */
  marks: { from: Span; to: Span; cue: Span };
  confidence: number;
  /** "verb 'arrested' between two people in one sentence". */
  why: string;
  accepted: boolean;
}

export interface Draft {
  /** A title for the dataset: the notes' first heading or their file's name. */
  title: string;
  /** The notes, with line endings made `\n`: the source text the dataset ships with. */
  text: string;
  /** The notes' file name, or "notes.txt" for pasted text: the source's `text` path. */
  fileName: string;
  sentences: DraftSentence[];
  entityTypes: EntityType[];
  relationTypes: RelationType[];
  entities: DraftEntity[];
  relations: DraftRelation[];
  /** Words in the notes, for the summary and the benchmark. */
  words: number;
}

/** How far drafting has got, for a progress bar. */
export interface DraftProgress {
  stage: string;
  fraction: number;
}
