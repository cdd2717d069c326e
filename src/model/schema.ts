/**
 * The `dramatis/1` dataset format. This zod schema is the single source of truth: the TypeScript
 * types below are inferred from it, data/README.md documents it for people writing their own
 * datasets, and `validate.ts` adds the checks that need the whole dataset (cross references,
 * quotes against source texts).
 *
 * Every object is `strict`: an unknown key is a problem reported with its path, never silently
 * dropped, because a misspelt key ("sumary") would otherwise vanish without a word.
 */
// zod's "mini" build: the same validator with functions in place of methods, so that the bundler
// keeps only the parts this schema uses (about 7 kB gzip against 26 kB for the classic build).
import * as z from "zod/mini";
import {
  ATTRIBUTE_NAME_MAX,
  CERTAINTIES,
  FORMAT,
  ID_PATTERN,
  isPartialDate,
  RESERVED_ATTRIBUTE_NAMES,
  SOURCE_KINDS,
} from "./format";

export const Id = z
  .string()
  .check(
    z.regex(ID_PATTERN, 'expected an id of lower-case letters, digits and "-" (like "khrushchev")'),
  );

export const PartialDate = z
  .string()
  .check(
    z.refine(
      isPartialDate,
      "expected an ISO date: a year (1953), a month (1953-06) or a day (1953-06-26)",
    ),
  );

const Color = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as "#rrggbb"'));

const Text = z.string().check(z.trim(), z.minLength(1, "expected some text"));

export const SourceKind = z.enum(SOURCE_KINDS);

export const Source = z.strictObject({
  id: Id,
  title: Text,
  /** "notes": the material the dataset is built from; "reference": facts from beyond it. */
  kind: SourceKind,
  /** Path of a UTF-8 text file, relative to the dataset file. Quotes are checked against it. */
  text: z.optional(z.string().check(z.minLength(1))),
  /**
   * How a sentence names the source when sources are set side by side ("the chronology" reads
   * "The chronology says …"); the title is used where it is left out.
   */
  shortTitle: z.optional(Text),
  /** A full bibliographic citation, shown to the reader. */
  citation: z.optional(Text),
  /** Where the reader can find the source (http or https only). */
  url: z.optional(
    z.string().check(z.regex(/^https?:\/\//i, "expected an http:// or https:// address")),
  ),
});

export const EntityType = z.strictObject({
  id: Id,
  label: Text,
  color: Color,
});

export const Temporal = z.enum(["event", "state"]);

export const RelationType = z.strictObject({
  id: Id,
  /** Active voice, read from `from` to `to`: "arrested". */
  label: Text,
  /** Read from `to` back to `from`: "was arrested by". */
  inverse: Text,
  /** Undirected relations ("rivalled") read the same from both ends. */
  directed: z._default(z.boolean(), true),
  /** "event": happens at an instant; "state": holds from start to end. */
  temporal: z._default(Temporal, "event"),
  /**
   * The `to` end is a post held by one `from` at a time, such as an office: its panel lists the
   * holders in order, and each holder's panel lists the posts they held.
   */
  succession: z._default(z.boolean(), false),
  color: Color,
});

export const Evidence = z.strictObject({
  source: Id,
  /** Verbatim from the source; checked against its text when the source has one. */
  quote: Text,
  /** Where in a source without text the quote stands ("p. 112", "chapter 4"). */
  locator: z.optional(Text),
});

/** zod 4 refuses NaN and ±Infinity as numbers; the message says so. */
const FiniteNumber = z.number({ error: "expected a finite number" });

/**
 * The name of a free attribute: what the file called it ("genre", "Publications"). Names that
 * reach into a JavaScript object's machinery are refused, since attributes are a plain object.
 */
export const AttributeName = z.string().check(
  z.minLength(1, "expected an attribute name"),
  z.maxLength(ATTRIBUTE_NAME_MAX, `expected a name of at most ${ATTRIBUTE_NAME_MAX} characters`),
  z.refine((name) => !RESERVED_ATTRIBUTE_NAMES.has(name), "this attribute name is reserved"),
);

/**
 * A free attribute's value, typed as the file typed it: text, a number, true or false, or a date
 * (`{ "date": "1815-12" }`, so that a year written as a date stays apart from a count).
 */
export const AttributeValue = z.union(
  [z.string(), FiniteNumber, z.boolean(), z.strictObject({ date: PartialDate })],
  { error: 'expected text, a number, true or false, or a date ({ "date": "1815-12" })' },
);

/** Whatever a file says of an entity or relation that has no place of its own in the format. */
export const Attributes = z.record(AttributeName, AttributeValue);

export const Certainty = z.enum(CERTAINTIES);

export const Entity = z
  .strictObject({
    id: Id,
    type: Id,
    label: Text,
    aliases: z._default(z.array(Text), []),
    summary: z.optional(Text),
    start: z.optional(PartialDate),
    end: z.optional(PartialDate),
    evidence: z._default(z.array(Evidence), []),
    /**
     * A position from the file the dataset came from (Gephi's layout, say), in that file's units;
     * where every entity has one, the graph is drawn as the file drew it instead of laid out afresh.
     */
    x: z.optional(FiniteNumber),
    y: z.optional(FiniteNumber),
    /** Relative node size from the same file (any unit: only ratios between entities matter). */
    size: z.optional(FiniteNumber.check(z.positive("expected a number above 0"))),
    /**
     * The entity's own colour from the file it came from (a Gephi partition with more colours
     * than types), drawn in place of its type's.
     */
    color: z.optional(Color),
    attributes: z.optional(Attributes),
  })
  .check(
    z.superRefine((entity, context) => {
      // Half a position is no position: name the missing half, not the entity.
      if ((entity.x === undefined) !== (entity.y === undefined))
        context.addIssue({
          code: "custom",
          path: [entity.x === undefined ? "x" : "y"],
          message: "a position needs both x and y",
          input: undefined,
        });
    }),
  );

export const Relation = z.strictObject({
  id: Id,
  type: Id,
  from: Id,
  to: Id,
  start: z.optional(PartialDate),
  end: z.optional(PartialDate),
  certainty: z._default(Certainty, "attested"),
  /** A short gloss in the dataset author's words, shown under the sentence. */
  note: z.optional(Text),
  evidence: z._default(z.array(Evidence), []),
  /**
   * For a `disputed` claim: the relations that say otherwise, each with its own evidence (the
   * notes say one thing, a reference another). The panels set the two side by side.
   */
  disputedBy: z.optional(z.array(Id)),
  attributes: z.optional(Attributes),
});

export const StoryChapter = z.strictObject({
  id: Id,
  title: Text,
  text: Text,
  date: z.optional(PartialDate),
  focus: z._default(z.array(Id), []),
  relations: z._default(z.array(Id), []),
});

/**
 * The months the timeline spans. Facts outside it keep their true dates (an office held in 1938
 * is dated 1938) without stretching the slider over decades the dataset is not about; they are
 * drawn when the reader looks at all time.
 */
export const Period = z.strictObject({
  start: PartialDate,
  end: PartialDate,
});

export const Dataset = z.strictObject({
  format: z.literal(FORMAT, { error: `expected "${FORMAT}"` }),
  id: Id,
  title: Text,
  description: z.optional(Text),
  period: z.optional(Period),
  sources: z.array(Source),
  entityTypes: z.array(EntityType).check(z.minLength(1, "expected at least one entity type")),
  relationTypes: z.array(RelationType),
  entities: z.array(Entity),
  relations: z.array(Relation),
  story: z._default(z.array(StoryChapter), []),
});

export type Source = z.infer<typeof Source>;
export type EntityType = z.infer<typeof EntityType>;
export type RelationType = z.infer<typeof RelationType>;
export type Evidence = z.infer<typeof Evidence>;
export type Certainty = z.infer<typeof Certainty>;
export type Entity = z.infer<typeof Entity>;
export type Relation = z.infer<typeof Relation>;
export type StoryChapter = z.infer<typeof StoryChapter>;
export type Period = z.infer<typeof Period>;
export type AttributeValue = z.infer<typeof AttributeValue>;
export type Attributes = z.infer<typeof Attributes>;
export type Dataset = z.infer<typeof Dataset>;
/** What a dataset file holds before defaults are filled in. */
export type DatasetInput = z.input<typeof Dataset>;

// Problems are declared in problem.ts; re-exported here, where the format's types are read.
export type { Problem, ProblemCode, PathSegment } from "./problem";
