/**
 * A `dramatis/1` JSON file, opened through the one boundary every dataset passes (`loadDataset`),
 * with what a dropped file lacks: a folder to read its source texts from.
 *
 * Source texts come, in order, from the files dropped with the dataset (matched by the path the
 * dataset names, or by file name alone: a drop has no folders), from `readSourceText` when the
 * caller has a folder (the CLI, a dataset served by the site), or not at all. A text that cannot be
 * had that way is not a failure: the source is opened without it, and a note says that quotes citing
 * it are not checked. Otherwise the built-in dataset, dropped alone, would refuse to open.
 */
import { loadDataset, type LoadedDataset } from "../model/load";
import { pathOf, quoted, type PathSegment, type Problem } from "../model/problem";
import { isRecord } from "../model/record";
import type { Outcome } from "./types";
import { formatCount, type Limits } from "./limits";
import { jsonResemblance } from "./resemblance";
import { baseName } from "./sniff";

export interface TextFile {
  name: string;
  text: string;
}

export async function importDramatis(
  dataset: TextFile,
  others: readonly TextFile[],
  limits: Limits,
  readSourceText?: (relativePath: string) => Promise<string>,
): Promise<Outcome> {
  let input: unknown;
  try {
    input = JSON.parse(dataset.text);
  } catch {
    // loadDataset says where the JSON breaks, with line and column.
    const result = await loadDataset(dataset.text, () => Promise.reject(new Error("not read")));
    return result.ok ? { ...result, notes: [] } : result;
  }

  // JSON that is no dataset at all gets one line saying what it is, not a list of schema errors.
  if (!isRecord(input) || (!Object.hasOwn(input, "format") && !Object.hasOwn(input, "entities")))
    return {
      ok: false,
      problems: [
        {
          code: "unknown-format",
          place: dataset.name,
          message: `not a dramatis dataset: ${jsonResemblance(input)}`,
        },
      ],
    };

  const tooMany = countProblems(input, limits);
  if (tooMany.length > 0) return { ok: false, problems: tooMany };

  const notes: string[] = [];
  const given = new Map<string, string>();
  const used = new Set<TextFile>();
  for (const [index, source] of sourcesOf(input)) {
    const path = source.text;
    if (typeof path !== "string" || path === "") continue;
    const file =
      others.find((other) => other.name === path) ??
      others.find((other) => baseName(other.name) === baseName(path));
    if (file) {
      given.set(path, file.text);
      used.add(file);
    } else if (!readSourceText) {
      delete source.text;
      notes.push(
        `sources[${index}]: its text ${quoted(path)} was not given with the dataset, so quotes citing ${quoted(String(source.id))} are not checked`,
      );
    }
  }
  for (const other of others)
    if (!used.has(other))
      notes.push(`${other.name} was not used: no source of the dataset names it`);

  const readText = async (path: string): Promise<string> => {
    const text = given.get(path);
    if (text !== undefined) return text;
    if (readSourceText) return readSourceText(path);
    throw new Error("not given");
  };
  const load = (value: unknown) => loadDataset(JSON.stringify(value), readText);

  const result = await load(input);
  if (result.ok) {
    const long = labelProblems(result.loaded, limits);
    return long.length > 0
      ? { ok: false, problems: long }
      : { ok: true, loaded: result.loaded, notes };
  }

  // The one safe fix: relations whose ends do not exist, when they are all that is wrong.
  const dangling = danglingRelations(input);
  const onlyDangling =
    dangling.size > 0 &&
    result.problems.every((problem) => {
      const [list, index, end, ...rest] = pathOf(problem) ?? [];
      return (
        list === "relations" &&
        typeof index === "number" &&
        (end === "from" || end === "to") &&
        rest.length === 0 &&
        dangling.has(index)
      );
    });
  if (!onlyDangling) return { ok: false, problems: result.problems };
  const fixed = await load(withoutRelations(input, dangling));
  if (!fixed.ok || labelProblems(fixed.loaded, limits).length > 0)
    return { ok: false, problems: result.problems };
  const count = dangling.size;
  return {
    ok: false,
    problems: result.problems,
    fix: {
      actions: ["drop-dangling-relations"],
      description:
        count === 1
          ? "1 relation points at an entity that does not exist: drop it and open the rest?"
          : `${formatCount(count)} relations point at entities that do not exist: drop them and open the rest?`,
      loaded: fixed.loaded,
      notes: [
        ...notes,
        `dropped ${formatCount(count)} relation${count === 1 ? "" : "s"} whose ends do not exist`,
      ],
    },
  };
}

function listAt(input: unknown, key: string): unknown[] | undefined {
  if (!isRecord(input) || !Object.hasOwn(input, key)) return undefined;
  const value = input[key];
  return Array.isArray(value) ? value : undefined;
}

function sourcesOf(input: unknown): [number, Record<string, unknown>][] {
  return (listAt(input, "sources") ?? []).flatMap((source, index) =>
    isRecord(source) && Object.hasOwn(source, "text")
      ? [[index, source] as [number, Record<string, unknown>]]
      : [],
  );
}

/** Counted on the parsed JSON, before the (costlier) validation. */
function countProblems(input: unknown, limits: Limits): Problem[] {
  const problems: Problem[] = [];
  const entities = listAt(input, "entities")?.length ?? 0;
  const relations = listAt(input, "relations")?.length ?? 0;
  if (entities > limits.maxEntities)
    problems.push({
      code: "too-large",
      path: ["entities"],
      message: `${formatCount(entities)} entities; at most ${formatCount(limits.maxEntities)} can be opened`,
    });
  if (relations > limits.maxRelations)
    problems.push({
      code: "too-large",
      path: ["relations"],
      message: `${formatCount(relations)} relations; at most ${formatCount(limits.maxRelations)} can be opened`,
    });
  return problems;
}

/**
 * What the validator lets through but the page cannot open: overlong labels. (Reserved ids such
 * as "constructor" the validator refuses itself.)
 */
function labelProblems(loaded: LoadedDataset, limits: Limits): Problem[] {
  const problems: Problem[] = [];
  const check = (path: readonly PathSegment[], text: string) => {
    if (text.length > limits.maxLabelLength)
      problems.push({
        code: "too-large",
        path,
        message: `${formatCount(text.length)} characters long; a label may have at most ${formatCount(limits.maxLabelLength)}`,
      });
  };
  const { dataset } = loaded;
  check(["title"], dataset.title);
  dataset.entityTypes.forEach((type, i) => check(["entityTypes", i, "label"], type.label));
  dataset.relationTypes.forEach((type, i) => check(["relationTypes", i, "label"], type.label));
  dataset.entities.forEach((entity, i) => {
    check(["entities", i, "label"], entity.label);
    entity.aliases.forEach((alias, j) => check(["entities", i, "aliases", j], alias));
  });
  return problems;
}

/** Indices of relations whose `from` or `to` names no entity id. */
function danglingRelations(input: unknown): Set<number> {
  const ids = new Set<string>();
  for (const entity of listAt(input, "entities") ?? [])
    if (isRecord(entity) && typeof entity.id === "string") ids.add(entity.id);
  const dangling = new Set<number>();
  (listAt(input, "relations") ?? []).forEach((relation, index) => {
    if (!isRecord(relation)) return;
    const missing = (end: unknown) => typeof end === "string" && !ids.has(end);
    if (missing(relation.from) || missing(relation.to)) dangling.add(index);
  });
  return dangling;
}

/** The input without the given relations, and without story references to them. */
function withoutRelations(input: unknown, drop: ReadonlySet<number>): unknown {
  if (!isRecord(input)) return input;
  const relations = listAt(input, "relations") ?? [];
  const kept = relations.filter((_, index) => !drop.has(index));
  const keptIds = new Set(kept.flatMap((relation) => (isRecord(relation) ? [relation.id] : [])));
  const droppedIds = new Set(
    relations.flatMap((relation, index) =>
      drop.has(index) && isRecord(relation) && !keptIds.has(relation.id) ? [relation.id] : [],
    ),
  );
  const story = listAt(input, "story")?.map((chapter) => {
    if (!isRecord(chapter) || !Array.isArray(chapter.relations)) return chapter;
    return {
      ...chapter,
      relations: chapter.relations.filter((id: unknown) => !droppedIds.has(id)),
    };
  });
  return { ...input, relations: kept, ...(story ? { story } : {}) };
}
