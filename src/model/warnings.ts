/**
 * What a valid dataset may still get wrong without being refused: today, relations dated outside
 * the dates of the entities they join. Such a relation is never drawn at those dates (an entity
 * is drawn only within its own start and end, and a relation only between entities that are
 * drawn), so the author is told, but a file from someone's own research still opens: the dates
 * may be right and the entity's too narrow, and only the author can say which.
 */
import type { Dataset, Problem } from "./schema";
import { firstDay, formatPartialDate, lastDay } from "./time";

export function datasetWarnings(dataset: Dataset): Problem[] {
  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const warnings: Problem[] = [];
  dataset.relations.forEach((relation, index) => {
    for (const key of ["start", "end"] as const) {
      const date = relation[key];
      if (date === undefined) continue;
      // One warning per date: the first end it falls outside of is enough to go and look.
      for (const id of new Set([relation.from, relation.to])) {
        const entity = entities.get(id);
        if (!entity) continue;
        const where = ["relations", index, key];
        if (entity.start !== undefined && lastDay(date) < firstDay(entity.start)) {
          warnings.push({
            code: "date-outside-entity",
            path: where,
            message: `${formatPartialDate(date)} is before ${entity.label} starts (${formatPartialDate(entity.start)}): the relation is not drawn then`,
          });
          break;
        }
        if (entity.end !== undefined && firstDay(date) > lastDay(entity.end)) {
          warnings.push({
            code: "date-outside-entity",
            path: where,
            message: `${formatPartialDate(date)} is after ${entity.label} ends (${formatPartialDate(entity.end)}): the relation is not drawn then`,
          });
          break;
        }
      }
    }
  });
  return warnings;
}
