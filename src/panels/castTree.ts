/**
 * The cast (scene/cast.ts) as the rows of a tree: entity types at level 1, entities at level 2,
 * their relations at level 3, each row keyed so that it can be found again after the scene
 * changes. A relation is listed under both its ends, so its row's key names the end it is under.
 * Pure: the tree view (CastView.tsx) keeps only which rows are open and which one is current.
 */
import type { ItemRef } from "../model/vocabulary";
import type { CastGroup } from "../scene/cast";

export interface CastRow {
  /** "t:person", "e:beria", "r:beria:khrushchev-arrested-beria". */
  key: string;
  level: 1 | 2 | 3;
  parent: string | null;
  /** What the row stands for in the graph; null for a type group. */
  item: ItemRef | null;
  /** What the row reads as, and what type-ahead matches. */
  label: string;
  /** The muted count after a type or an entity ("23 entities", "3 relations"). */
  count: string | null;
  color: string | null;
  children: CastRow[];
  posinset: number;
  setsize: number;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function castRows(cast: readonly CastGroup[]): CastRow[] {
  return cast.map((group, typeIndex) => {
    const typeKey = `t:${group.type.id}`;
    return {
      key: typeKey,
      level: 1,
      parent: null,
      item: null,
      label: group.type.label,
      count: plural(group.entities.length, "entity", "entities"),
      color: group.type.color,
      posinset: typeIndex + 1,
      setsize: cast.length,
      children: group.entities.map(({ entity, relations }, entityIndex) => {
        const entityKey = `e:${entity.id}`;
        return {
          key: entityKey,
          level: 2,
          parent: typeKey,
          item: { kind: "entity", id: entity.id },
          label: entity.label,
          count: plural(relations.length, "relation", "relations"),
          color: null,
          posinset: entityIndex + 1,
          setsize: group.entities.length,
          children: relations.map((relation, relationIndex) => ({
            key: `r:${entity.id}:${relation.sentence.relation.id}`,
            level: 3,
            parent: entityKey,
            item: { kind: "relation", id: relation.sentence.relation.id },
            label: relation.text,
            count: null,
            color: relation.sentence.type.color,
            posinset: relationIndex + 1,
            setsize: relations.length,
            children: [],
          })),
        };
      }),
    };
  });
}

/** The rows a reader can reach now: every row whose ancestors are all open, in reading order. */
export function shownRows(rows: readonly CastRow[], isOpen: (key: string) => boolean): CastRow[] {
  const shown: CastRow[] = [];
  const walk = (list: readonly CastRow[]) => {
    for (const row of list) {
      shown.push(row);
      if (row.children.length > 0 && isOpen(row.key)) walk(row.children);
    }
  };
  walk(rows);
  return shown;
}

/** Every row by key, for finding a row's parent and children. */
export function rowIndex(rows: readonly CastRow[]): Map<string, CastRow> {
  const index = new Map<string, CastRow>();
  const walk = (list: readonly CastRow[]) => {
    for (const row of list) {
      index.set(row.key, row);
      walk(row.children);
    }
  };
  walk(rows);
  return index;
}

/**
 * The row that stands for an item: an entity's own row; for a relation, its row under the entity
 * the reader stands at if that is one of its ends (so a click on a relation in the graph does not
 * make the view jump to the other end), else under whichever end the view lists first.
 */
export function rowOf(
  index: ReadonlyMap<string, CastRow>,
  item: ItemRef,
  current: string | null,
): CastRow | null {
  if (item.kind === "entity") return index.get(`e:${item.id}`) ?? null;
  const standingAt = current ? entityOfRow(current) : null;
  if (standingAt) {
    const here = index.get(`r:${standingAt}:${item.id}`);
    if (here) return here;
  }
  for (const row of index.values()) {
    if (row.level === 3 && row.item?.id === item.id) return row;
  }
  return null;
}

/** The entity a row is, or is under; null for a type group. */
function entityOfRow(key: string): string | null {
  const [kind, entityId] = key.split(":");
  return kind === "e" || kind === "r" ? (entityId ?? null) : null;
}

/** The keys of a row's ancestors, nearest first. */
export function ancestorsOf(index: ReadonlyMap<string, CastRow>, key: string): string[] {
  const result: string[] = [];
  let parent = index.get(key)?.parent ?? null;
  while (parent) {
    result.push(parent);
    parent = index.get(parent)?.parent ?? null;
  }
  return result;
}

/**
 * Type-ahead: the next shown row after `from` whose label starts with `typed` (case and accents
 * aside), wrapping round; a repeated first letter steps on, a longer prefix may stay.
 */
export function typeAhead(
  shown: readonly CastRow[],
  fromIndex: number,
  typed: string,
  stayAllowed: boolean,
): CastRow | null {
  const wanted = fold(typed);
  const start = stayAllowed ? fromIndex : fromIndex + 1;
  for (let step = 0; step < shown.length; step++) {
    const row = shown[(start + step + shown.length) % shown.length];
    if (row && fold(row.label).startsWith(wanted)) return row;
  }
  return null;
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** The key a DOM id is made from: ids hold only a-z, 0-9 and "-", so "_" cannot clash. */
export function rowDomId(key: string): string {
  return `cast_${key.replaceAll(":", "_")}`;
}
