/**
 * Validation of a `dramatis/1` dataset: the zod schema first, then the checks that need the whole
 * dataset (ids unique, references resolve, dates in order, quotes stand in their sources).
 *
 * Every problem is collected, never just the first: a person fixing a file by hand wants the whole
 * list at once. Ids are only ever keys of `Map`s, so an id like "constructor" is harmless.
 */
import * as z from "zod/mini";
import {
  Dataset,
  Entity,
  EntityType,
  Period,
  Relation,
  RelationType,
  Source,
  StoryChapter,
  type Evidence,
} from "./schema";
import { isRecord } from "./record";
import { RESERVED_ATTRIBUTE_NAMES } from "./format";
import {
  formatPath,
  quoted,
  ROOT_PATH,
  type PathSegment,
  type Problem,
  type ProblemCode,
} from "./problem";
// The same comparison the source reader highlights with, so the two never disagree.
import { closestPassage, collapseWhitespace } from "./quote";

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

// Where the JSON path formatter lived first; problem.ts holds it now, beside the problem.
export { formatPath, ROOT_PATH };

/**
 * Checks `input` against the schema and the cross-reference rules.
 *
 * `sourceTexts` maps each source's `text` path to the text read from it. When it is given, a source
 * whose text is missing from it is a problem and quotes are checked against the texts; when it is
 * left out, neither is checked (the caller has not read the texts).
 */
export function validateDataset(
  input: unknown,
  sourceTexts?: ReadonlyMap<string, string>,
): Validation {
  const parsed = Dataset.safeParse(input, { reportInput: true, error: plainMessage });
  const problems = parsed.success ? [] : parsed.error.issues.flatMap(problemsFromIssue);
  const view = parsed.success ? viewOfDataset(parsed.data) : salvage(input);
  problems.push(...crossReferenceProblems(view, sourceTexts));
  problems.push(...reservedAttributeNames(input));
  if (parsed.success && problems.length === 0) return { ok: true, dataset: parsed.data };
  return { ok: false, problems: inDocumentOrder(problems) };
}

/**
 * An attribute named `__proto__` in a JSON file is an own key of the parsed object, which the
 * schema's record skips without a word; it is reported here instead, so it never vanishes.
 */
function reservedAttributeNames(input: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(input)) return problems;
  for (const list of ["entities", "relations"] as const) {
    const items = Object.hasOwn(input, list) ? input[list] : undefined;
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      if (!isRecord(item) || !Object.hasOwn(item, "attributes")) return;
      const attributes = item.attributes;
      if (!isRecord(attributes)) return;
      for (const name of Object.keys(attributes))
        if (RESERVED_ATTRIBUTE_NAMES.has(name))
          problems.push({
            code: "schema",
            path: [list, index, "attributes", name],
            message: `the attribute name ${JSON.stringify(name)} is reserved: rename it`,
          });
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// zod issues ▶ problems

type Issue = z.core.$ZodIssue;

/**
 * Messages for the issues whose schema gives none. Per-parse messages rank below the schema's own,
 * so "expected an ISO date …" from schema.ts is kept and only zod's generic wording is replaced.
 */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `missing: expected ${withArticle(issue.expected)}`
        : `expected ${withArticle(issue.expected)}, found ${describeValue(issue.input)}`;
    case "invalid_value":
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? "expected some text"
          : `expected at least ${issue.minimum} characters`;
      return `expected at least ${plural(Number(issue.minimum), "item")}`;
    case "too_big":
      return issue.origin === "string"
        ? `expected at most ${issue.maximum} characters`
        : `expected at most ${plural(Number(issue.maximum), "item")}`;
    default:
      return undefined;
  }
}

function problemsFromIssue(issue: Issue): Problem[] {
  const path = issue.path.map(segmentOf);
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeysAt(issue.path);
      return issue.keys.map((key) => ({
        code: "unknown-key",
        path,
        message: `unknown key ${JSON.stringify(key)}${didYouMeanHint(key, known)}`,
      }));
    }
    case "invalid_value":
    case "invalid_format":
    case "invalid_union":
    case "custom":
      // The schema says what was expected; the reader also needs what the file holds.
      return [
        {
          code: "schema",
          path,
          message:
            issue.input === undefined
              ? `missing: ${issue.message}`
              : `${issue.message}, found ${describeValue(issue.input)}`,
        },
      ];
    default:
      return [{ code: "schema", path, message: issue.message }];
  }
}

/** zod's path keys are strings, numbers or (never in this schema) symbols. */
function segmentOf(key: PropertyKey): PathSegment {
  return typeof key === "number" ? key : String(key);
}

/** The keys the schema allows for the object at `path`, for "did you mean" on unknown keys. */
function knownKeysAt(path: readonly PropertyKey[]): readonly string[] {
  let schema: unknown = Dataset;
  for (const segment of path) {
    schema = unwrap(schema);
    if (typeof segment === "number" && schema instanceof z.ZodMiniArray)
      schema = schema.def.element;
    else if (typeof segment === "string" && schema instanceof z.ZodMiniObject)
      schema = Object.hasOwn(schema.shape, segment) ? schema.shape[segment] : undefined;
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodMiniObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let inner = schema;
  while (inner instanceof z.ZodMiniOptional || inner instanceof z.ZodMiniDefault)
    inner = inner.def.innerType;
  return inner;
}

function withArticle(expected: string): string {
  const noun =
    expected === "boolean"
      ? "boolean (true or false)"
      : expected === "array"
        ? "list [ … ]"
        : expected;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** What a value is, short enough for one line: `a number (3)`, `"1953-13"`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return quoted(value, 40);
    case "number":
    case "bigint":
      return `a number (${String(value)})`;
    case "boolean":
      return `a boolean (${String(value)})`;
    case "object":
      return "an object";
    case "undefined":
      return "nothing";
    default:
      return typeof value;
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// ---------------------------------------------------------------------------------------------
// What the cross-reference rules look at

/** An item with its position in its list, so that a problem can name `entities[7]`. */
interface Placed<T> {
  index: number;
  item: T;
}

interface ListView<T> {
  /** Every string id in the list with the index where it first appears, valid item or not. */
  ids: ReadonlyMap<string, number>;
  /** Each id as it appears, for the duplicate check. */
  idsInOrder: readonly Placed<string>[];
  /** The items that pass the schema on their own. */
  items: readonly Placed<T>[];
}

/** `undefined` where the list itself is unusable (absent or not a list): its references go unchecked. */
interface DatasetView {
  period?: Period;
  sources?: ListView<Source>;
  entityTypes?: ListView<EntityType>;
  relationTypes?: ListView<RelationType>;
  entities?: ListView<Entity>;
  relations?: ListView<Relation>;
  story?: ListView<StoryChapter>;
}

function viewOfDataset(dataset: Dataset): DatasetView {
  const listView = <T extends { id: string }>(items: readonly T[]): ListView<T> => {
    const idsInOrder = items.map((item, index) => ({ index, item: item.id }));
    return { ids: firstIndexOfIds(idsInOrder), idsInOrder, items: items.map(placed) };
  };
  return {
    ...(dataset.period === undefined ? {} : { period: dataset.period }),
    sources: listView(dataset.sources),
    entityTypes: listView(dataset.entityTypes),
    relationTypes: listView(dataset.relationTypes),
    entities: listView(dataset.entities),
    relations: listView(dataset.relations),
    story: listView(dataset.story),
  };
}

/**
 * When the schema fails, the rules still run where they can: on each item that passes its own
 * schema, with every string id counted as declared so that one broken entity does not make every
 * relation to it a second problem.
 */
function salvage(input: unknown): DatasetView {
  if (!isRecord(input)) return {};
  const listView = <T>(key: string, schema: z.ZodMiniType<T>, optional = false) => {
    const raw = Object.hasOwn(input, key) ? input[key] : undefined;
    if (raw === undefined && optional) return { ids: new Map(), idsInOrder: [], items: [] };
    if (!Array.isArray(raw)) return undefined;
    const idsInOrder: Placed<string>[] = [];
    const items: Placed<T>[] = [];
    raw.forEach((element: unknown, index) => {
      if (isRecord(element) && Object.hasOwn(element, "id") && typeof element.id === "string")
        idsInOrder.push({ index, item: element.id });
      const item = salvageItem(schema, element);
      if (item.success) items.push({ index, item: item.data });
    });
    return { ids: firstIndexOfIds(idsInOrder), idsInOrder, items };
  };
  const period = Period.safeParse(Object.hasOwn(input, "period") ? input.period : undefined);
  return {
    ...(period.success ? { period: period.data } : {}),
    sources: listView("sources", Source),
    entityTypes: listView("entityTypes", EntityType),
    relationTypes: listView("relationTypes", RelationType),
    entities: listView("entities", Entity),
    relations: listView("relations", Relation),
    story: listView("story", StoryChapter, true),
  };
}

/**
 * An item that fails its schema is tried once more without its broken and unknown keys: an entity
 * with one bad alias still has its type and dates checked, since `aliases` falls back to its default.
 */
function salvageItem<T>(schema: z.ZodMiniType<T>, element: unknown) {
  const result = schema.safeParse(element);
  if (result.success || !isRecord(element)) return result;
  const broken = new Set<PropertyKey>();
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys" && issue.path.length === 0)
      for (const key of issue.keys) broken.add(key);
    else if (issue.path[0] !== undefined) broken.add(issue.path[0]);
  }
  return schema.safeParse(
    Object.fromEntries(Object.entries(element).filter(([key]) => !broken.has(key))),
  );
}

function placed<T>(item: T, index: number): Placed<T> {
  return { index, item };
}

function firstIndexOfIds(ids: readonly Placed<string>[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const { index, item } of ids) if (!first.has(item)) first.set(item, index);
  return first;
}

// ---------------------------------------------------------------------------------------------
// The rules

type Report = (code: ProblemCode, path: readonly PathSegment[], message: string) => void;

function crossReferenceProblems(
  view: DatasetView,
  sourceTexts: ReadonlyMap<string, string> | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (code, path, message) => problems.push({ code, path, message });

  const lists = [
    ["sources", view.sources],
    ["entityTypes", view.entityTypes],
    ["relationTypes", view.relationTypes],
    ["entities", view.entities],
    ["relations", view.relations],
    ["story", view.story],
  ] as const;
  for (const [name, list] of lists) {
    if (!list) continue;
    const seen = new Map<string, number>();
    for (const { index, item: id } of list.idsInOrder) {
      if (RESERVED_IDS.has(id)) {
        report("reserved-id", [name, index, "id"], `"${id}" is reserved: choose another id`);
      }
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else
        report(
          "duplicate-id",
          [name, index, "id"],
          `duplicate id "${id}" (first used at ${name}[${first}])`,
        );
    }
  }

  /**
   * Reports `path` unless `id` is declared in `list`; skipped when the list itself is unusable.
   * Hints compare the id with every declared one, so only the first few unknown ids get one: a
   * file with thousands of broken references must still be answered quickly.
   */
  let hintsLeft = MAX_HINTS;
  const mustExist = (
    path: readonly PathSegment[],
    id: string,
    list: ListView<unknown> | undefined,
    what: string,
  ) => {
    if (!list || list.ids.has(id)) return;
    const hint = hintsLeft-- > 0 ? didYouMeanHint(id, list.ids.keys()) : "";
    report("unknown-reference", path, `no ${what} "${id}"${hint}`);
  };

  const quoteTexts = readableSourceTexts(view.sources, sourceTexts, report);
  const checkEvidence = (path: readonly PathSegment[], evidence: readonly Evidence[]) => {
    evidence.forEach((item, index) => {
      const itemPath = [...path, "evidence", index];
      mustExist([...itemPath, "source"], item.source, view.sources, "source");
      const text = quoteTexts.get(item.source);
      if (text === undefined) return;
      const quote = collapseWhitespace(item.quote);
      if (text.includes(quote)) return;
      report(
        "quote-not-found",
        [...itemPath, "quote"],
        quoteNotFoundMessage(item.source, quote, text),
      );
    });
  };

  if (view.period) checkDateOrder(["period"], view.period, report);

  for (const { index, item } of view.sources?.items ?? []) {
    if (item.kind === "reference" && item.citation === undefined)
      report(
        "missing-field",
        ["sources", index, "citation"],
        "a reference source needs a citation",
      );
  }

  for (const { index, item } of view.entities?.items ?? []) {
    const path = ["entities", index];
    mustExist([...path, "type"], item.type, view.entityTypes, "entity type");
    checkDateOrder(path, item, report);
    checkEvidence(path, item.evidence);
  }

  for (const { index, item } of view.relations?.items ?? []) {
    const path = ["relations", index];
    mustExist([...path, "type"], item.type, view.relationTypes, "relation type");
    mustExist([...path, "from"], item.from, view.entities, "entity");
    mustExist([...path, "to"], item.to, view.entities, "entity");
    checkDateOrder(path, item, report);
    checkEvidence(path, item.evidence);
    item.disputedBy?.forEach((id, i) => {
      const at = [...path, "disputedBy", i];
      if (id === item.id) report("invalid-value", at, "a claim cannot dispute itself");
      else mustExist(at, id, view.relations, "relation");
    });
    if (item.disputedBy !== undefined && item.certainty !== "disputed")
      report(
        "invalid-value",
        [...path, "certainty"],
        `a claim with "disputedBy" is "disputed", found ${JSON.stringify(item.certainty)}`,
      );
  }

  for (const { index, item } of view.story?.items ?? []) {
    const path = ["story", index];
    item.focus.forEach((id, i) => mustExist([...path, "focus", i], id, view.entities, "entity"));
    item.relations.forEach((id, i) =>
      mustExist([...path, "relations", i], id, view.relations, "relation"),
    );
  }

  return problems;
}

/**
 * Source id ▶ its text with white space collapsed, for each source whose text was read. A source
 * whose text should have been read but was not is reported here, once.
 */
function readableSourceTexts(
  sources: ListView<Source> | undefined,
  sourceTexts: ReadonlyMap<string, string> | undefined,
  report: Report,
): Map<string, string> {
  const texts = new Map<string, string>();
  if (!sources || !sourceTexts) return texts;
  for (const { index, item } of sources.items) {
    if (item.text === undefined) continue;
    const text = sourceTexts.get(item.text);
    if (text === undefined) {
      report(
        "unreadable",
        ["sources", index, "text"],
        `could not read ${JSON.stringify(item.text)}`,
      );
      continue;
    }
    // With duplicate source ids the first one is the one the reader sees.
    if (sources.ids.get(item.id) === index) texts.set(item.id, collapseWhitespace(text));
  }
  return texts;
}

function quoteNotFoundMessage(sourceId: string, quote: string, text: string): string {
  const message = `not found in source "${sourceId}" (${quoted(quote, 60)})`;
  // A slip or a paraphrase: point at the passage that reads most like it, so it can be copied.
  const passage = closestPassage(text, quote);
  if (passage !== null) return `${message}; did you mean ${quoted(passage, 100)}?`;
  // Long quotes fail on one wrong character; say how far the source agrees so it can be found.
  const agreed = longestPrefixIn(quote, text);
  if (agreed < 12) return message;
  const tail = quote.slice(Math.max(0, agreed - 30), agreed);
  return `${message}; the source agrees as far as ${JSON.stringify(`…${tail}`)}`;
}

/** Length of the longest start of `quote` that occurs in `text` (binary search: it is monotone). */
function longestPrefixIn(quote: string, text: string): number {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}

function checkDateOrder(
  path: readonly PathSegment[],
  item: { start?: string | undefined; end?: string | undefined },
  report: Report,
): void {
  if (item.start === undefined || item.end === undefined) return;
  if (comparePartialDates(item.end, item.start) < 0)
    report("date-order", [...path, "end"], `end "${item.end}" is before start "${item.start}"`);
}

/**
 * Compares two partial dates on the precision they share: "1953" and "1953-06" are equal (the month
 * may well fall within the year), "1953-05" is before "1953-06-26".
 */
export function comparePartialDates(a: string, b: string): number {
  const partsA = a.split("-").map(Number);
  const partsB = b.split("-").map(Number);
  const shared = Math.min(partsA.length, partsB.length);
  for (let i = 0; i < shared; i++) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// "Did you mean"

/** Unknown references that get a "did you mean" hint; the rest are reported without one. */
const MAX_HINTS = 200;

/**
 * Ids that match the pattern but name a property every JavaScript object has: graphology keeps
 * neighbours in plain objects, where an entity called "constructor" breaks the graph. Refused
 * here, with the reason, rather than failing later with a stack trace.
 */
const RESERVED_IDS = new Set(["constructor", "prototype"]);

/** ` (did you mean "beria"?)` for the closest candidate near enough to be a slip, else "". */
function didYouMeanHint(unknown: string, candidates: Iterable<string>): string {
  const match = closestMatch(unknown, candidates);
  return match === undefined ? "" : ` (did you mean "${match}"?)`;
}

/**
 * The candidate with the smallest edit distance to `unknown`, if that distance is at most 2 or at
 * most a third of the length, and the two share at least one character in place (no hint of "ab"
 * for "x"). On a tie the first declared wins.
 */
export function closestMatch(unknown: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(unknown, candidate);
    const nearEnough = distance <= 2 || distance * 3 <= unknown.length;
    const related = distance < Math.max(unknown.length, candidate.length);
    if (nearEnough && related && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Order

const TOP_LEVEL_ORDER = Object.keys(Dataset.shape);

/**
 * Problems grouped by the top-level item they concern (`relations[3]`), in file order, so the list
 * reads from the top of the file down; within one item the order of discovery is kept.
 */
export function inDocumentOrder(problems: readonly Problem[]): Problem[] {
  // Problems about the whole file, or placed in another file, come first.
  const rank = (problem: Problem): [number, number] => {
    const [key, index] = "path" in problem ? problem.path : [];
    if (typeof key !== "string") return [-1, -1];
    const order = TOP_LEVEL_ORDER.indexOf(key);
    return [order === -1 ? TOP_LEVEL_ORDER.length : order, typeof index === "number" ? index : -1];
  };
  return problems
    .map((problem, order) => ({ problem, order, rank: rank(problem) }))
    .sort((x, y) => x.rank[0] - y.rank[0] || x.rank[1] - y.rank[1] || x.order - y.order)
    .map(({ problem }) => problem);
}
