/**
 * A dataset as GEXF 1.3, for Gephi and the other tools that read it. Entities become nodes with
 * their label, colour (the entity type's) and plain attributes a Gephi user can partition by
 * (type, summary, dates); relations become edges with theirs. What GEXF has no place for (the
 * sources, the types with their wording, the story, aliases and evidence) travels as JSON: in a
 * `dramatis` element of the file's <meta> and in attributes of nodes and edges, so that opening
 * the file in Dramatis again gives back the very same dataset (see import/dramatisGexf.ts).
 */
import { MultiDirectedGraph } from "graphology";
import write from "graphology-gexf/common/writer.js";
import { DRAMATIS_GEXF_META } from "../model/format";
import { attributeEntries, attributePlainValue } from "../model/attributes";
import type { Attributes, Dataset } from "../model/schema";

export interface DramatisGexfHeader {
  format: Dataset["format"];
  id: string;
  title: string;
  description?: string;
  period?: Dataset["period"];
  sources: Dataset["sources"];
  entityTypes: Dataset["entityTypes"];
  relationTypes: Dataset["relationTypes"];
  story: Dataset["story"];
  sourceTexts: Record<string, string>;
}

/**
 * Names the writer gives its own meaning (GEXF's `viz` values, and the fields this file writes):
 * a free attribute of that name travels only in the `attributes` JSON, never as its own column.
 */
const WRITTEN_NAMES = new Set([
  "label",
  "color",
  "size",
  "x",
  "y",
  "z",
  "type",
  "summary",
  "start",
  "end",
  "aliases",
  "evidence",
  "relation",
  "certainty",
  "note",
  "disputedBy",
  "attributes",
  "weight",
  "kind",
]);

/**
 * Free attributes as GEXF columns of their own, so that Gephi can partition and rank by them;
 * dates as their ISO text. (The `attributes` JSON beside them is what Dramatis reads back.)
 */
function attributeColumns(attributes: Attributes | undefined): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [name, value] of attributeEntries(attributes))
    if (!WRITTEN_NAMES.has(name)) columns[name] = attributePlainValue(value);
  return columns;
}

/** Attribute values: absent fields are left out rather than written as empty strings. */
function defined(entries: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entries).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * `sourceTexts` (by the path each source's `text` names) travel in the header too, so that the
 * file opened again still checks its quotes against them.
 */
export function datasetToGexf(
  dataset: Dataset,
  sourceTexts: ReadonlyMap<string, string> = new Map(),
): string {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  const header: DramatisGexfHeader = {
    format: dataset.format,
    id: dataset.id,
    title: dataset.title,
    ...(dataset.description === undefined ? {} : { description: dataset.description }),
    ...(dataset.period === undefined ? {} : { period: dataset.period }),
    sources: dataset.sources,
    entityTypes: dataset.entityTypes,
    relationTypes: dataset.relationTypes,
    story: dataset.story,
    sourceTexts: Object.fromEntries(sourceTexts),
  };
  graph.replaceAttributes({
    title: dataset.title,
    description: dataset.description ?? dataset.title,
    creator: "Dramatis",
    [DRAMATIS_GEXF_META]: JSON.stringify(header),
  });
  const colour = new Map(dataset.entityTypes.map((type) => [type.id, type.color]));
  for (const entity of dataset.entities) {
    graph.addNode(entity.id, {
      ...attributeColumns(entity.attributes),
      label: entity.label,
      color: entity.color ?? colour.get(entity.type),
      ...(entity.x !== undefined && entity.y !== undefined ? { x: entity.x, y: entity.y } : {}),
      ...(entity.size !== undefined ? { size: entity.size } : {}),
      ...defined({
        type: entity.type,
        summary: entity.summary,
        start: entity.start,
        end: entity.end,
        aliases: JSON.stringify(entity.aliases),
        evidence: JSON.stringify(entity.evidence),
        attributes: entity.attributes === undefined ? undefined : JSON.stringify(entity.attributes),
      }),
    });
  }
  for (const relation of dataset.relations) {
    graph.addEdgeWithKey(relation.id, relation.from, relation.to, {
      ...attributeColumns(relation.attributes),
      ...defined({
        relation: relation.type,
        start: relation.start,
        end: relation.end,
        certainty: relation.certainty,
        note: relation.note,
        evidence: JSON.stringify(relation.evidence),
        disputedBy:
          relation.disputedBy === undefined ? undefined : JSON.stringify(relation.disputedBy),
        attributes:
          relation.attributes === undefined ? undefined : JSON.stringify(relation.attributes),
      }),
    });
  }
  // The writer's own formatting puts `label` and `color` where GEXF has them (label, viz:color)
  // and every other attribute among the attvalues.
  return write(graph, { version: "1.3" });
}
