/**
 * A GEXF file that Dramatis wrote (export/gexf.ts) read back as the very dataset it came from:
 * its <meta> carries the dataset's header as JSON, and its nodes and edges carry each entity's
 * and relation's fields. Everything read here is untrusted like any file: it only becomes a
 * dataset through the usual validation, which names whatever is wrong.
 */
import type Graph from "graphology-types";
import { DRAMATIS_GEXF_META } from "../model/format";
import { colourOf } from "./values";

type Json = unknown;

function parseJson(text: unknown): Json {
  if (typeof text !== "string") return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** Copies the named fields that are present, as they are (validation checks their types). */
function pick(source: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name of names) {
    if (Object.hasOwn(source, name) && source[name] !== undefined && source[name] !== "") {
      result[name] = source[name];
    }
  }
  return result;
}

/** Whether the graph was read from a GEXF file that Dramatis wrote. */
export function isDramatisGexf(graph: Graph): boolean {
  return typeof graph.getAttribute(DRAMATIS_GEXF_META) === "string";
}

/**
 * The dataset a Dramatis GEXF holds, as dramatis JSON text for the usual import, with the texts
 * of its sources; null if the file is not one. The parser saw stand-in keys (see xmlGraph.ts):
 * `originalNode` and `edgeIds` give back the ids the file wrote.
 */
export function dramatisGexfToJson(
  graph: Graph,
  originalNode: ReadonlyMap<string, string>,
  edgeIds: readonly (string | undefined)[],
): { json: string; texts: { name: string; text: string }[] } | null {
  const header = parseJson(graph.getAttribute(DRAMATIS_GEXF_META));
  if (typeof header !== "object" || header === null || Array.isArray(header)) return null;
  const { sourceTexts, ...rest } = header as Record<string, unknown>;
  const texts =
    typeof sourceTexts === "object" && sourceTexts !== null && !Array.isArray(sourceTexts)
      ? Object.entries(sourceTexts as Record<string, unknown>)
          .filter((entry): entry is [string, string] => typeof entry[1] === "string")
          .map(([name, text]) => ({ name, text }))
      : [];
  const input = dramatisGexfToInput(graph, originalNode, edgeIds, rest);
  return { json: JSON.stringify(input), texts };
}

function dramatisGexfToInput(
  graph: Graph,
  originalNode: ReadonlyMap<string, string>,
  edgeIds: readonly (string | undefined)[],
  header: Record<string, unknown>,
): Record<string, unknown> {
  const typeColour = new Map<unknown, unknown>(
    (Array.isArray(header.entityTypes) ? (header.entityTypes as unknown[]) : []).flatMap((type) =>
      typeof type === "object" && type !== null
        ? [[(type as { id?: unknown }).id, (type as { color?: unknown }).color]]
        : [],
    ),
  );
  const entities = graph.mapNodes((key, attributes) => {
    // The writer gives every node a colour; only one that is not its type's is the entity's own.
    const colour = colourOf(attributes.color);
    const own = colour !== undefined && colour !== typeColour.get(attributes.type);
    return {
      id: originalNode.get(key) ?? key,
      ...pick(attributes, ["type", "label", "summary", "start", "end", "x", "y", "size"]),
      ...(own ? { color: colour } : {}),
      aliases: parseJson(attributes.aliases) ?? [],
      evidence: parseJson(attributes.evidence) ?? [],
      ...(attributes.attributes === undefined
        ? {}
        : { attributes: parseJson(attributes.attributes) }),
    };
  });
  // Edges come out in the order the file wrote them, which is the order of `edgeIds`.
  let index = 0;
  const relations = graph.mapEdges((key, attributes, source, target) => ({
    id: edgeIds[index++] ?? key,
    type: attributes.relation,
    from: originalNode.get(source) ?? source,
    to: originalNode.get(target) ?? target,
    ...pick(attributes, ["start", "end", "certainty", "note"]),
    evidence: parseJson(attributes.evidence) ?? [],
    ...(attributes.disputedBy === undefined
      ? {}
      : { disputedBy: parseJson(attributes.disputedBy) }),
    ...(attributes.attributes === undefined
      ? {}
      : { attributes: parseJson(attributes.attributes) }),
  }));
  return { ...header, entities, relations };
}
