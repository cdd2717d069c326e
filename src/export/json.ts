/**
 * A dataset written back as dramatis JSON: the same keys in the order the format documents, two
 * spaces of indent, so an exported file reads like a hand-written one and diffs cleanly.
 */
import type { Dataset } from "../model/schema";

export function datasetToJson(dataset: Dataset): string {
  const ordered = {
    format: dataset.format,
    id: dataset.id,
    title: dataset.title,
    ...(dataset.description === undefined ? {} : { description: dataset.description }),
    ...(dataset.period === undefined ? {} : { period: dataset.period }),
    sources: dataset.sources,
    entityTypes: dataset.entityTypes,
    relationTypes: dataset.relationTypes,
    entities: dataset.entities,
    relations: dataset.relations,
    story: dataset.story,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A file name from the dataset's id, which the schema already keeps to safe characters. */
export function exportFileName(dataset: Dataset, extension: string): string {
  return `${dataset.id}.${extension}`;
}
