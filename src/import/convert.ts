/**
 * Raw nodes and edges (from CSV, GEXF or GraphML) ▶ a `dramatis/1` dataset, checked by the same
 * `validateDataset` as any dataset file. Problems name the cell or element they come from, not the
 * JSON path of a dataset the person never saw.
 *
 * Decisions, and why:
 * - Entity types come from a categorical attribute (type, category, group, Gephi's
 *   modularity_class …). Without one, distinct node colours (at most 12) become types "Group 1",
 *   "Group 2" …, since a colour in a Gephi export usually marks a community; else one type, "Node".
 *   A type's colour is the most common colour among its nodes, else one from a palette that reads
 *   on white. The schema has no colour per entity: a colour that is not its type's is not kept.
 * - Positions (`x`, `y`) are kept only when every entity has one, and not all at one point:
 *   otherwise the graph is laid out afresh (a note says so). A position or size that is not a
 *   finite number is a problem, with an offer to drop the file's layout.
 * - Relation types come from an edge type or label ("related to" without one); a type is directed
 *   unless all its edges are undirected. Its inverse wording cannot be known: "was X by" for a
 *   single verb in the past tense ("arrested"), else "← X".
 * - A CSV `source` becomes a reference source (its text is the citation, and its address the
 *   source's url only when it is http or https: nothing else is ever a link); a row that cites a
 *   source without a quote gets the relation's own sentence as the fact the source supports, as
 *   data/README.md asks of reference sources; a quote without a source cites the file itself.
 * - Relations whose ends do not exist are problems; dropping them is offered as a fix.
 *
 * One conversion is a row of steps, one per kind of item, in the order their problems are listed:
 * `convertEntities`, `resolveEnds`, `checkSizes`, `deriveEntityTypes`, `applyLayoutRules`,
 * `convertRelations` (with `collectSource`) and `assembleDataset`. Each takes the
 * `ConversionContext`, which carries the file, the limits, the fixes being applied, and where
 * problems and notes go; a fix is applied by converting again with it in the context.
 */
import type { Attributes, DatasetInput } from "../model/schema";
import { pathOf, placeOf, quoted, type Problem, type ProblemCode } from "../model/problem";
import { closestMatch, validateDataset } from "../model/validate";
import { TextCleaner } from "./clean";
import { IdMinter, slugify } from "./ids";
import { formatCount, type Limits } from "./limits";
import {
  type EdgeField,
  type NodeField,
  type Origin,
  type RawEdge,
  type RawGraph,
  type RawItem,
  type RawNode,
} from "./raw";
import { keptAttributes } from "./attributes";
import { readDate } from "./dates";
import { freeTextTypeAsAttribute } from "./rawKinds";
import {
  columnOrders,
  numericTimeAsAttributes,
  orderNotes,
  promoteDateAttribute,
} from "./rawDates";
import { baseName } from "./sniff";
import type { FixAction, Outcome } from "./types";
import { aliasesOf, colourOf, describe, inverseOf, mostCommon, numberOf, textOf } from "./values";

/** Colours that read on white, for types whose file gives none. */
const PALETTE = [
  "#0072b2",
  "#d55e00",
  "#009e73",
  "#cc79a7",
  "#e69f00",
  "#56b4e9",
  "#8c564b",
  "#7f7f7f",
  "#9467bd",
  "#b2182b",
  "#17becf",
  "#bcbd22",
];

/** More distinct colours than this are a gradient (by degree, say), not groups. */
const MAX_COLOUR_GROUPS = 12;

/** At most this many problems of one kind are listed, then one line says how many more. */
const MAX_LISTED = 200;

/**
 * "Did you mean" compares one id with every entity id by edit distance (quadratic in their
 * lengths), so it is offered only where that stays cheap whatever the file: for the first few
 * missing ids, among at most a few thousand short ids.
 */
const HINTS = { maxEntities: 5_000, maxLength: 100, maxHinted: 20 };

const DEFAULT_ENTITY_TYPE = { key: "node", label: "Node" };
const DEFAULT_RELATION_TYPE = { key: "related to", label: "related to" };

/** Converts, and when every problem is one a fix can remove, converts again with the fix. */
export function convertRaw(file: RawGraph, limits: Limits): Outcome {
  const raw = withPromotedDates(file);
  const first = convertOnce(raw, limits, new Set());
  if (first.problems.length === 0) return validated(first);
  const problems = listed(first.problems);
  const actions = new Set<FixAction>();
  for (const { fix } of first.problems) if (fix) actions.add(fix);
  if (actions.size === 0 || first.problems.some(({ fix }) => fix === undefined))
    return { ok: false, problems };
  const fixed = convertOnce(raw, limits, actions);
  if (fixed.problems.length > 0) return { ok: false, problems };
  const result = validated(fixed);
  if (!result.ok) return { ok: false, problems };
  return {
    ok: false,
    problems,
    fix: {
      actions: [...actions],
      description: fixDescription(first.counts, raw.nodeWord),
      loaded: result.loaded,
      notes: result.notes,
    },
  };
}

/** The file with a date attribute taken as the start of its items, where it has no start column. */
function withPromotedDates(file: RawGraph): RawGraph {
  const raw = withFreeTextKept(file);
  const numericNodes = numericTimeAsAttributes(raw.nodes);
  const numericEdges = numericTimeAsAttributes(raw.edges);
  const nodes = promoteDateAttribute(
    numericNodes.items,
    raw.nodeWord === "node" ? "nodes" : "entities",
  );
  const edges = promoteDateAttribute(
    numericEdges.items,
    raw.nodeWord === "node" ? "edges" : "relations",
  );
  const notes = [numericNodes.note, numericEdges.note, nodes.note, edges.note].filter(
    (note): note is string => note !== undefined,
  );
  if (notes.length === 0) return raw;
  return { ...raw, nodes: nodes.items, edges: edges.items, notes: [...raw.notes, ...notes] };
}

/** A type column of free text (descriptions, sentences) kept as an attribute, not made into types. */
function withFreeTextKept(raw: RawGraph): RawGraph {
  const nodes = freeTextTypeAsAttribute(raw.nodes, raw.nodeWord === "node" ? "node" : "entity");
  const edges = freeTextTypeAsAttribute(raw.edges, raw.nodeWord === "node" ? "edge" : "relation");
  const notes = [nodes.note, edges.note].filter((note): note is string => note !== undefined);
  if (notes.length === 0) return raw;
  return { ...raw, nodes: nodes.items, edges: edges.items, notes: [...raw.notes, ...notes] };
}

function fixDescription(
  counts: { dangling: number; badLayout: number; badDates: number },
  nodeWord: "entity" | "node",
): string {
  const [edges, nodes] = nodeWord === "node" ? ["edge", "node"] : ["relation", "entity"];
  const parts: string[] = [];
  const drops: string[] = [];
  if (counts.dangling > 0) {
    parts.push(
      counts.dangling === 1
        ? `1 ${edges} points at ${nodeWord === "node" ? "a node" : "an entity"} that does not exist`
        : `${formatCount(counts.dangling)} ${edges}s point at ${nodeWord === "node" ? "nodes" : "entities"} that do not exist`,
    );
    drops.push(counts.dangling === 1 ? "drop it" : "drop them");
  }
  if (counts.badDates > 0) {
    // The question says it all ("drop the 3 dates that cannot be read"): no reason before it.
    drops.push(
      counts.badDates === 1
        ? "drop the date that cannot be read"
        : `drop the ${formatCount(counts.badDates)} dates that cannot be read`,
    );
  }
  if (counts.badLayout > 0) {
    parts.push(
      counts.badLayout === 1
        ? `1 ${nodes} has a position or size that cannot be drawn`
        : `${formatCount(counts.badLayout)} ${nodes === "entity" ? "entities" : "nodes"} have positions or sizes that cannot be drawn`,
    );
    drops.push("lay the graph out afresh without them");
  }
  const action = drops.length === 1 ? `${drops[0]} and` : `${drops.join(", ")}, and`;
  return parts.length === 0
    ? `${action} open the rest?`
    : `${parts.join(", and ")}: ${action} open the rest?`;
}

/** Problems of one kind past MAX_LISTED become one line saying how many more there are. */
function listed(problems: readonly Tagged[]): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, number>();
  const hidden = new Map<string, { count: number; path: string }>();
  for (const { problem, kind } of problems) {
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    if (count <= MAX_LISTED) out.push(problem);
    else {
      const entry = hidden.get(kind) ?? { count: 0, path: placeOf(problem) };
      entry.count++;
      hidden.set(kind, entry);
    }
  }
  for (const [kind, { count, path }] of hidden)
    out.push({
      code: "more",
      place: path,
      message: `and ${formatCount(count)} more like the above (${kind})`,
    });
  return out;
}

// ---------------------------------------------------------------------------------------------
// One conversion

interface Tagged {
  problem: Problem;
  /** Groups problems for the "and N more" line. */
  kind: string;
  fix?: FixAction | undefined;
}

interface Conversion {
  problems: Tagged[];
  input: DatasetInput;
  notes: string[];
  counts: { dangling: number; badLayout: number; badDates: number };
  /** Index ▶ the raw item it came from, to place the validator's problems. */
  entityItems: (RawItem<NodeField> | undefined)[];
  relationItems: RawItem<EdgeField>[];
}

interface EntityDraft {
  id: string;
  key: string;
  label: string;
  typeKey: string;
  typeLabel: string;
  aliases: string[];
  summary?: string;
  start?: string;
  end?: string;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  attributes?: Attributes;
  /** The file gave a position, but not a usable one (half, or not a number). */
  positionBroken: boolean;
  item: RawNode | undefined;
}

function convertOnce(raw: RawGraph, limits: Limits, fixes: ReadonlySet<FixAction>): Conversion {
  const context = conversionContext(raw, limits, fixes);
  const entities = convertEntities(context);
  const ends = resolveEnds(context, entities);
  checkSizes(context, entities.drafts, ends);
  const drafts = [...entities.drafts.values()];
  const entityTypes = deriveEntityTypes(drafts);
  applyLayoutRules(drafts, fixes.has("drop-invalid-layout"), context.notes);
  const relations = convertRelations(context, ends);
  if (fixes.has("drop-unreadable-dates") && context.counts.badDates > 0)
    context.notes.push(
      `dropped ${formatCount(context.counts.badDates)} date${context.counts.badDates === 1 ? "" : "s"} that could not be read`,
    );
  const cleanerNote = context.cleaner.note();
  if (cleanerNote) context.notes.push(cleanerNote);
  return {
    problems: context.problems,
    input: assembleDataset(context, drafts, entityTypes, relations),
    notes: context.notes,
    counts: context.counts,
    entityItems: drafts.map((draft) => draft.item),
    relationItems: relations.items,
  };
}

/**
 * What every step of one conversion shares: the file, the limits, the fixes being applied, and
 * where problems and notes go; `line`, `longText` and `date` read one value, clean it, and report
 * it (with its place) when it cannot be used.
 */
export interface ConversionContext {
  raw: RawGraph;
  limits: Limits;
  fixes: ReadonlySet<FixAction>;
  cleaner: TextCleaner;
  problems: Tagged[];
  notes: string[];
  counts: { dangling: number; badLayout: number; badDates: number };
  report: (
    origin: Origin,
    code: ProblemCode,
    message: string,
    kind: string,
    fix?: FixAction,
  ) => void;
  /** A one-line text (label, alias, type), cleaned and within the label limit. */
  line: (value: unknown, origin: Origin) => string | undefined;
  /** A summary, quote or note, cleaned and within the text limit. */
  longText: (value: unknown, origin: Origin) => string | undefined;
  date: (value: unknown, origin: Origin) => string | undefined;
}

function conversionContext(
  raw: RawGraph,
  limits: Limits,
  fixes: ReadonlySet<FixAction>,
): ConversionContext {
  const problems: Tagged[] = [];
  const cleaner = new TextCleaner();
  const counts = { dangling: 0, badLayout: 0, badDates: 0 };
  const dayOrders = columnOrders(raw);
  const report: ConversionContext["report"] = (origin, code, message, kind, fix) =>
    problems.push({
      problem: { code, place: origin.path, message: `${origin.name}: ${message}` },
      kind,
      fix,
    });
  const cleaned = (
    value: unknown,
    origin: Origin,
    clean: (text: string, place: string) => string,
    max: number,
    tooLong: (length: number) => string,
  ): string | undefined => {
    const text = textOf(value);
    if (text === undefined) return undefined;
    const result = clean(text, origin.path);
    if (result.length > max) {
      report(origin, "too-large", tooLong(result.length), "text too long");
      return undefined;
    }
    return result === "" ? undefined : result;
  };
  return {
    raw,
    limits,
    fixes,
    cleaner,
    problems,
    notes: [...raw.notes, ...orderNotes(dayOrders)],
    counts,
    report,
    line: (value, origin) =>
      cleaned(
        value,
        origin,
        (text, place) => cleaner.line(text, place),
        limits.maxLabelLength,
        (length) =>
          `${formatCount(length)} characters long; a label may have at most ${formatCount(limits.maxLabelLength)}`,
      ),
    longText: (value, origin) =>
      cleaned(
        value,
        origin,
        (text, place) => cleaner.text(text, place),
        limits.maxTextLength,
        (length) =>
          `${formatCount(length)} characters long; at most ${formatCount(limits.maxTextLength)} are allowed`,
      ),
    date: (value, origin) => {
      const text = textOf(value)?.trim();
      if (text === undefined || text === "") return undefined;
      const date = readDate(text, dayOrders.get(origin.name)?.order ?? "day-first");
      if (date !== undefined) return date;
      counts.badDates++;
      if (!fixes.has("drop-unreadable-dates"))
        report(
          origin,
          "invalid-value",
          `not a date that can be read, found ${quoted(text)} (dates such as 1815, 1815-12, 1815-12-25, 25/12/1815, Dec 1815 are read)`,
          "date",
          "drop-unreadable-dates",
        );
      return undefined;
    },
  };
}

function originOf<Field extends string>(item: RawItem<Field>, field: Field): Origin {
  return item.origins.get(field) ?? { path: item.place, name: field };
}

interface Entities {
  /** By the key the file writes, in file order. */
  drafts: Map<string, EntityDraft>;
  ids: IdMinter;
}

/** The file's nodes, each once: a duplicate id is a problem, a broken layout number one with a fix. */
function convertEntities(context: ConversionContext): Entities {
  const { raw, report, line } = context;
  const ids = new IdMinter("entity");
  const drafts = new Map<string, EntityDraft>();
  const firstPlace = new Map<string, string>();

  for (const node of raw.nodes) {
    const keyOrigin = originOf(node, "id");
    const first = firstPlace.get(node.key);
    if (first !== undefined) {
      report(
        keyOrigin,
        "duplicate-id",
        `duplicate id ${quoted(node.key)} (first at ${first})`,
        "duplicate id",
      );
      continue;
    }
    firstPlace.set(node.key, keyOrigin.path);
    const draft = newEntity(node.key, node, ids);
    draft.label =
      line(node.values.get("label"), originOf(node, "label")) ??
      line(node.key, keyOrigin) ??
      draft.id;
    const typeText = line(node.values.get("type"), originOf(node, "type"));
    // Neo4j writes labels as ":Person", or ":Person:Actor" for several: the first is the type.
    const labels = typeText?.startsWith(":") ? typeText.split(":").filter(Boolean) : undefined;
    const type = labels ? labels[0] : typeText;
    if (type !== undefined) {
      draft.typeKey = type.toLowerCase();
      // "modularity_class 3" says more in a legend than "3".
      const name = originOf(node, "type").name;
      draft.typeLabel = /^-?\d+(?:\.\d+)?$/.test(type) && name ? `${name} ${type}` : type;
    }
    draft.aliases = aliasesOf(node.values.get("aliases"), originOf(node, "aliases"), line).filter(
      (alias) => alias !== draft.label,
    );
    const summary = context.longText(node.values.get("summary"), originOf(node, "summary"));
    if (summary !== undefined) draft.summary = summary;
    const start = context.date(node.values.get("start"), originOf(node, "start"));
    if (start !== undefined) draft.start = start;
    const end = context.date(node.values.get("end"), originOf(node, "end"));
    if (end !== undefined) draft.end = end;
    const written = node.values.get("color");
    const color = colourOf(written);
    if (color !== undefined) draft.color = color;
    readLayout(context, node, draft);
    const attributes = keptAttributes(context, withUnreadColour(node, written, color));
    if (attributes) draft.attributes = attributes;
    if (labels && labels.length > 1 && typeText !== undefined)
      draft.attributes = { ...draft.attributes, labels: typeText };
    drafts.set(node.key, draft);
  }
  return { drafts, ids };
}

/** Position and size: a broken number is a problem the fix removes by dropping the file's layout. */
function readLayout(context: ConversionContext, node: RawNode, draft: EntityDraft): void {
  let broken = false;
  for (const field of ["x", "y", "size"] as const) {
    const value = node.values.get(field);
    if (value === undefined) continue;
    const number = numberOf(value);
    const valid = number !== undefined && (field !== "size" || number > 0);
    if (valid) {
      draft[field] = number;
      continue;
    }
    broken = true;
    if (field !== "size") draft.positionBroken = true;
    if (!context.fixes.has("drop-invalid-layout"))
      context.report(
        originOf(node, field),
        "invalid-value",
        field === "size"
          ? `expected a number above 0, found ${describe(value)}`
          : `expected a finite number, found ${describe(value)}`,
        "layout",
        "drop-invalid-layout",
      );
  }
  if (broken) context.counts.badLayout++;
  if ((draft.x === undefined) !== (draft.y === undefined)) draft.positionBroken = true;
}

interface RelationDraft {
  edge: RawEdge;
  from: EntityDraft;
  to: EntityDraft;
}

/**
 * Each edge's two ends, as entities. For an edge list the ends are the entities, made here in
 * order of appearance; otherwise an end that names no node is a problem, with an offer to drop
 * the edge (and, for the first few, the id it probably meant).
 */
function resolveEnds(context: ConversionContext, entities: Entities): RelationDraft[] {
  const { raw, fixes, counts } = context;
  const ends: RelationDraft[] = [];
  const hintFor = hinter(entities.drafts);
  for (const edge of raw.edges) {
    const found: (EntityDraft | undefined)[] = [];
    let dangling = false;
    for (const [key, field] of [
      [edge.from, "from"],
      [edge.to, "to"],
    ] as const) {
      let entity = entities.drafts.get(key);
      if (entity === undefined && raw.nodesFromEdges) {
        entity = newEntity(key, undefined, entities.ids);
        entity.label = context.line(key, originOf(edge, field)) ?? entity.id;
        entities.drafts.set(key, entity);
      }
      if (entity === undefined) {
        dangling = true;
        if (!fixes.has("drop-dangling-relations")) {
          const hint = hintFor(key);
          context.report(
            originOf(edge, field),
            "unknown-reference",
            `no ${raw.nodeWord} ${quoted(key)}${hint === undefined ? "" : ` (did you mean ${quoted(hint)}?)`}`,
            "relations to missing entities",
            "drop-dangling-relations",
          );
        }
      }
      found.push(entity);
    }
    const [from, to] = found;
    if (dangling || !from || !to) {
      counts.dangling++;
      continue;
    }
    ends.push({ edge, from, to });
  }
  if (fixes.has("drop-dangling-relations") && counts.dangling > 0)
    context.notes.push(
      `dropped ${formatCount(counts.dangling)} relation${counts.dangling === 1 ? "" : "s"} whose ends do not exist`,
    );
  return ends;
}

/** "Did you mean", within the bounds that keep it cheap (HINTS). */
function hinter(entities: ReadonlyMap<string, EntityDraft>): (key: string) => string | undefined {
  let hinted = 0;
  let candidates: string[] | undefined;
  return (key) => {
    if (hinted >= HINTS.maxHinted || key.length > HINTS.maxLength) return undefined;
    if (entities.size > HINTS.maxEntities) return undefined;
    hinted++;
    candidates ??= [...entities.keys()].filter((id) => id.length <= HINTS.maxLength);
    return closestMatch(key, candidates);
  };
}

/** Nothing to show, or more than can be opened: problems with the file as a whole. */
function checkSizes(
  context: ConversionContext,
  entities: ReadonlyMap<string, EntityDraft>,
  relations: readonly RelationDraft[],
): void {
  const { raw, limits, problems } = context;
  const fileProblem = (code: ProblemCode, message: string, kind: string) =>
    problems.push({ problem: { code, place: raw.fileName, message }, kind });
  if (entities.size === 0)
    fileProblem("no-network", "no entities: the file holds nothing to show", "empty");
  if (entities.size > limits.maxEntities)
    fileProblem(
      "too-large",
      `${formatCount(entities.size)} entities; at most ${formatCount(limits.maxEntities)} can be opened`,
      "limit",
    );
  if (relations.length > limits.maxRelations)
    fileProblem(
      "too-large",
      `${formatCount(relations.length)} relations; at most ${formatCount(limits.maxRelations)} can be opened`,
      "limit",
    );
}

interface TypeDraft {
  id: string;
  label: string;
  colours: string[];
}

/** One entity type per type the nodes name (or per colour group), in order of first use. */
function deriveEntityTypes(drafts: EntityDraft[]): Map<string, TypeDraft> {
  deriveTypesFromColours(drafts);
  const ids = new IdMinter("type");
  const types = new Map<string, TypeDraft>();
  for (const draft of drafts) {
    let type = types.get(draft.typeKey);
    if (!type) {
      type = { id: ids.idFor(draft.typeKey, draft.typeLabel), label: draft.typeLabel, colours: [] };
      types.set(draft.typeKey, type);
    }
    if (draft.color !== undefined) type.colours.push(draft.color);
  }
  return types;
}

interface SourceDraft {
  id: string;
  title: string;
  url?: string;
  kind: "reference" | "notes";
}

interface Relations {
  list: DatasetInput["relations"];
  /** The raw edge of each relation, by index, to place the validator's problems. */
  items: RawItem<EdgeField>[];
  /** `lasting`: some relation of the type has an end, so it holds over time (a "state"). */
  types: Map<string, TypeDraft & { directed: boolean; lasting: boolean }>;
  sources: Map<string, SourceDraft>;
}

/** Each edge whose ends exist ▶ a relation, with its type and its source minted on first use. */
function convertRelations(context: ConversionContext, ends: readonly RelationDraft[]): Relations {
  const typeIds = new IdMinter("relation-type");
  const relationIds = new IdMinter("relation");
  const sourceIds = new IdMinter("source");
  const out: Relations = { list: [], items: [], types: new Map(), sources: new Map() };
  let selfLoops = 0;

  for (const { edge, from, to } of ends) {
    const typeText = context.line(edge.values.get("type"), originOf(edge, "type"));
    const typeKey = typeText?.toLowerCase() ?? DEFAULT_RELATION_TYPE.key;
    let type = out.types.get(typeKey);
    if (!type) {
      const label = typeText ?? DEFAULT_RELATION_TYPE.label;
      type = {
        id: typeIds.idFor(typeKey, label),
        label,
        directed: false,
        colours: [],
        lasting: false,
      };
      out.types.set(typeKey, type);
    }
    if (edge.directed) type.directed = true;
    const color = colourOf(edge.values.get("color"));
    if (color !== undefined) type.colours.push(color);
    if (from === to) selfLoops++;

    const relation: DatasetInput["relations"][number] = {
      id: relationIds.fresh(textOf(edge.values.get("id")) ?? `${from.id}-${type.id}-${to.id}`),
      type: type.id,
      from: from.id,
      to: to.id,
    };
    const start = context.date(edge.values.get("start"), originOf(edge, "start"));
    if (start !== undefined) relation.start = start;
    const end = context.date(edge.values.get("end"), originOf(edge, "end"));
    if (end !== undefined) {
      relation.end = end;
      type.lasting = true;
    }
    const certainty = textOf(edge.values.get("certainty"))?.trim().toLowerCase();
    if (certainty === "attested" || certainty === "alleged" || certainty === "disputed")
      relation.certainty = certainty;
    else if (certainty !== undefined && certainty !== "")
      context.report(
        originOf(edge, "certainty"),
        "invalid-value",
        `expected "attested", "alleged" or "disputed", found ${quoted(textOf(edge.values.get("certainty")) ?? "")}`,
        "certainty",
      );
    const note = context.longText(edge.values.get("note"), originOf(edge, "note"));
    if (note !== undefined) relation.note = note;
    const evidence = collectSource(context, out.sources, sourceIds, edge, () => {
      return `${from.label} ${type.label} ${to.label}`;
    });
    if (evidence) relation.evidence = [evidence];
    const edgeColour = edge.values.get("color");
    const attributes = keptAttributes(context, withUnreadColour(edge, edgeColour, color));
    if (attributes) relation.attributes = attributes;
    out.list.push(relation);
    out.items.push(edge);
  }
  if (selfLoops > 0)
    context.notes.push(
      `${formatCount(selfLoops)} relation${selfLoops === 1 ? " connects an entity" : "s connect entities"} to ${selfLoops === 1 ? "itself" : "themselves"} (kept)`,
    );
  return out;
}

/**
 * The evidence an edge gives, with its source minted on first use: a cited source is a reference
 * (a link only when http or https), a quote naming no source cites the file itself, and a citation
 * without a quote supports the relation's own sentence.
 */
function collectSource(
  context: ConversionContext,
  sources: Map<string, SourceDraft>,
  ids: IdMinter,
  edge: RawEdge,
  sentence: () => string,
): { source: string; quote: string } | undefined {
  const { raw } = context;
  const sourceText = context.line(edge.values.get("source"), originOf(edge, "source"));
  const quote = context.longText(edge.values.get("quote"), originOf(edge, "quote"));
  if (sourceText === undefined && quote === undefined) return undefined;
  const sourceKey = sourceText ?? `file:${raw.quoteFile ?? raw.fileName}`;
  let source = sources.get(sourceKey);
  if (!source) {
    const title = sourceText ?? raw.quoteFile ?? baseName(raw.fileName);
    source = { id: ids.idFor(sourceKey, title), title, kind: sourceText ? "reference" : "notes" };
    // Only http(s) addresses become links; `javascript:` or `data:` stays text in the title.
    if (sourceText !== undefined && /^https?:\/\/[^\s]+$/i.test(sourceText))
      source.url = sourceText;
    sources.set(sourceKey, source);
  }
  return { source: source.id, quote: quote ?? sentence() };
}

/** The parts ▶ the dataset the validator checks: titles, types with their colours, entities. */
function assembleDataset(
  context: ConversionContext,
  drafts: readonly EntityDraft[],
  entityTypes: ReadonlyMap<string, TypeDraft>,
  relations: Relations,
): DatasetInput {
  const { raw, limits, cleaner } = context;
  const paletteAt = (index: number) => PALETTE[index % PALETTE.length] ?? "#7f7f7f";
  const typeColours = new Map(
    [...entityTypes].map(([key, type], index) => [
      key,
      mostCommon(type.colours) ?? paletteAt(index),
    ]),
  );
  const fileTitle = baseName(raw.fileName);
  const title = raw.title !== undefined ? cleaner.line(raw.title, raw.fileName) : "";
  const description =
    raw.description !== undefined ? cleaner.text(raw.description, raw.fileName) : "";
  return {
    format: "dramatis/1",
    id: slugify(fileTitle.replace(/\.[a-z0-9]+$/, "")) || "imported",
    title: title !== "" && title.length <= limits.maxLabelLength ? title : fileTitle,
    description:
      description !== "" && description.length <= limits.maxTextLength
        ? description
        : `Imported from ${fileTitle} (${raw.formatLabel}).`,
    sources: [...relations.sources.values()].map((source) => ({
      id: source.id,
      title: source.title,
      kind: source.kind,
      ...(source.kind === "reference" ? { citation: source.title } : {}),
      ...(source.url !== undefined ? { url: source.url } : {}),
    })),
    entityTypes: [...entityTypes].map(([key, type], index) => ({
      id: type.id,
      label: type.label,
      color: typeColours.get(key) ?? paletteAt(index),
    })),
    relationTypes: [...relations.types.values()].map((type, index) => ({
      id: type.id,
      label: type.label,
      inverse: type.directed ? inverseOf(type.label) : type.label,
      directed: type.directed,
      ...(type.lasting ? { temporal: "state" as const } : {}),
      color: mostCommon(type.colours) ?? paletteAt(index + 3),
    })),
    entities: drafts.map((draft) => {
      const type = entityTypes.get(draft.typeKey);
      const typeColour = typeColours.get(draft.typeKey);
      return {
        id: draft.id,
        type: type?.id ?? "node",
        label: draft.label,
        ...(draft.aliases.length > 0 ? { aliases: draft.aliases } : {}),
        ...(draft.summary !== undefined ? { summary: draft.summary } : {}),
        ...(draft.start !== undefined ? { start: draft.start } : {}),
        ...(draft.end !== undefined ? { end: draft.end } : {}),
        ...(draft.x !== undefined && draft.y !== undefined ? { x: draft.x, y: draft.y } : {}),
        ...(draft.size !== undefined ? { size: draft.size } : {}),
        // A colour that is not its type's is the entity's own (a partition beyond the types).
        ...(draft.color !== undefined && draft.color !== typeColour ? { color: draft.color } : {}),
        ...(draft.attributes !== undefined ? { attributes: draft.attributes } : {}),
      };
    }),
    relations: relations.list,
  };
}

/**
 * A colour that is not one ("k", "xkcd:pale orange", a matplotlib name) cannot be drawn, but it is
 * what the file says: it is kept as the attribute it was written under.
 */
function withUnreadColour<Item extends RawItem<string>>(
  item: Item,
  written: unknown,
  colour: string | undefined,
): Item {
  if (written === undefined || colour !== undefined) return item;
  const origin = (item.origins as ReadonlyMap<string, Origin>).get("color") ?? {
    path: item.place,
    name: "color",
  };
  return {
    ...item,
    extras: [...(item.extras ?? []), { name: origin.name, value: written, origin }],
  };
}

function newEntity(key: string, item: RawNode | undefined, ids: IdMinter): EntityDraft {
  const id = ids.idFor(key, key);
  return {
    id,
    key,
    label: id,
    typeKey: DEFAULT_ENTITY_TYPE.key,
    typeLabel: DEFAULT_ENTITY_TYPE.label,
    aliases: [],
    positionBroken: false,
    item,
  };
}

/** Without a type attribute, a few distinct colours are the groups the file's author drew. */
function deriveTypesFromColours(drafts: EntityDraft[]): void {
  if (drafts.some((draft) => draft.typeKey !== DEFAULT_ENTITY_TYPE.key)) return;
  const coloured = drafts.flatMap((draft) => (draft.color ? [draft.color] : []));
  const colours = [...new Set(coloured)];
  // Every node its own colour is a drawing, not groups: the colours stay on the entities.
  if (
    colours.length < 2 ||
    colours.length > MAX_COLOUR_GROUPS ||
    colours.length === coloured.length
  )
    return;
  for (const draft of drafts) {
    if (draft.color === undefined) continue;
    const group = colours.indexOf(draft.color) + 1;
    draft.typeKey = `group ${group}`;
    draft.typeLabel = `Group ${group}`;
  }
}

/** Keeps positions only when all are usable and not all at one point; says why otherwise. */
function applyLayoutRules(drafts: EntityDraft[], dropBroken: boolean, notes: string[]): void {
  const dropPositions = () => {
    for (const draft of drafts) {
      delete draft.x;
      delete draft.y;
    }
  };
  const broken = drafts.filter((draft) => draft.positionBroken).length;
  const placed = drafts.filter((draft) => draft.x !== undefined && draft.y !== undefined);
  if (broken > 0 && dropBroken) {
    dropPositions();
    notes.push("the file's positions were dropped: the graph is laid out afresh");
  } else if (placed.length > 0 && placed.length < drafts.length) {
    dropPositions();
    notes.push(
      `only ${formatCount(placed.length)} of ${formatCount(drafts.length)} nodes have a position, so the file's layout is not used: the graph is laid out afresh`,
    );
  } else if (
    placed.length > 1 &&
    placed.every((d) => d.x === placed[0]?.x && d.y === placed[0]?.y)
  ) {
    const point = `(${placed[0]?.x}, ${placed[0]?.y})`;
    dropPositions();
    notes.push(
      `every node is at the same point ${point}, so the file's layout is not used: the graph is laid out afresh`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Validation, with problems placed in the file

function validated(conversion: Conversion): Outcome {
  const validation = validateDataset(conversion.input);
  if (validation.ok)
    return {
      ok: true,
      loaded: { dataset: validation.dataset, sourceTexts: new Map() },
      notes: conversion.notes,
    };
  return { ok: false, problems: validation.problems.map((problem) => placed(problem, conversion)) };
}

/** `relations[3].start: …` ▶ `relations.csv:5:6: start: …`, when the item came from a file. */
function placed(problem: Problem, conversion: Conversion): Problem {
  const [list, index, key] = pathOf(problem) ?? [];
  if (typeof index !== "number") return problem;
  const item =
    list === "entities"
      ? conversion.entityItems[index]
      : list === "relations"
        ? conversion.relationItems[index]
        : undefined;
  if (!item) return problem;
  const field = typeof key === "string" && /^[A-Za-z]+$/.test(key) ? key : undefined;
  const origin = field ? (item.origins as ReadonlyMap<string, Origin>).get(field) : undefined;
  const { code, message } = problem;
  return origin
    ? { code, place: origin.path, message: `${origin.name}: ${message}` }
    : { code, place: item.place, message: `${field ? `${field}: ` : ""}${message}` };
}
