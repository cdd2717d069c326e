/**
 * One line saying what a file became, for the notes the page and `npm run validate` show: how many
 * types of each kind and which, how many items are dated, placed and coloured, and how many
 * attribute values were kept and under which names. What was not read is said by the notes beside
 * it; this line says what was.
 */
import { formatCount } from "./limits";
import type { Dataset } from "../model/schema";
import { listSome } from "./raw";

function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

function attributeNames(items: readonly { attributes?: Record<string, unknown> }[]): string[] {
  const names = new Set<string>();
  for (const item of items) for (const name of Object.keys(item.attributes ?? {})) names.add(name);
  return [...names];
}

function attributeValues(items: readonly { attributes?: Record<string, unknown> }[]): number {
  return items.reduce((sum, item) => sum + Object.keys(item.attributes ?? {}).length, 0);
}

export function importSummary(dataset: Dataset): string {
  const { entities, relations, entityTypes, relationTypes } = dataset;
  const dated = [...entities, ...relations].filter(
    (item) => item.start !== undefined || item.end !== undefined,
  ).length;
  const placed = entities.filter((entity) => entity.x !== undefined).length;
  const coloured = entities.filter((entity) => entity.color !== undefined).length;
  const values = attributeValues(entities) + attributeValues(relations);
  const names = [...new Set([...attributeNames(entities), ...attributeNames(relations)])];
  const evidenced = relations.filter((relation) => relation.evidence.length > 0).length;
  return [
    `read: ${plural(entityTypes.length, "entity type")} (${listSome(
      entityTypes.map((type) => type.label),
      4,
    )})`,
    `${plural(relationTypes.length, "relation type")} (${listSome(
      relationTypes.map((type) => type.label),
      4,
    )})`,
    `${plural(dated, "dated item")}`,
    placed > 0 ? `${plural(placed, "position")} from the file` : "no positions (laid out afresh)",
    `${plural(coloured, "entity", "entities")} with a colour of their own`,
    values > 0
      ? `${plural(values, "attribute value")} (${listSome(names, 6)})`
      : "no attribute values",
    evidenced > 0
      ? `${plural(evidenced, "relation")} with evidence from the file`
      : "no evidence (the file has no quote or source column)",
  ].join(", ");
}
