/**
 * Which column gives the kinds of a file's items, judged over the whole file: a column meant as a
 * kind holds a few short names used again and again ("person", "software", "ACTED_IN"); one that
 * holds long or nearly all different values is free text (a description, a quote, a sentence per
 * row), and making each of its values a type would give hundreds of types with paragraph-long
 * names. Such a column is kept as an attribute under its own name, and a note says so.
 */
import { quoted } from "../model/problem";
import { formatCount } from "./limits";
import type { Origin, RawItem } from "./raw";
import { textOf } from "./values";

/** A kind's name longer than this reads as a sentence, not a name. */
const LONG_NAME = 60;

/** More distinct values than this (and more than half the items) are not kinds. */
const MANY_KINDS = 30;

export function isFreeText(values: readonly string[]): boolean {
  if (values.length === 0) return false;
  const distinct = new Set(values);
  const long = values.filter((value) => value.length > LONG_NAME).length;
  return (
    long * 4 > values.length || (distinct.size > MANY_KINDS && distinct.size * 2 > values.length)
  );
}

export function freeTextTypeAsAttribute<Item extends RawItem<string>>(
  items: readonly Item[],
  what: string,
): { items: Item[]; note?: string } {
  const values = items.flatMap((item) => {
    const text = textOf((item.values as ReadonlyMap<string, unknown>).get("type"))?.trim();
    return text === undefined || text === "" ? [] : [text];
  });
  if (!isFreeText(values)) return { items: [...items] };
  let column = "type";
  const moved = items.map((item) => {
    const value = (item.values as ReadonlyMap<string, unknown>).get("type");
    if (value === undefined) return item;
    const origin = (item.origins as ReadonlyMap<string, Origin>).get("type") ?? {
      path: item.place,
      name: "type",
    };
    column = origin.name;
    const kept = new Map(item.values as ReadonlyMap<string, unknown>);
    kept.delete("type");
    return {
      ...item,
      values: kept,
      extras: [...(item.extras ?? []), { name: origin.name, value, origin }],
    };
  });
  const distinct = new Set(values).size;
  return {
    items: moved as Item[],
    note: `${quoted(column)} holds ${formatCount(distinct)} different values, too many or too long to be kinds of ${what}: kept as an attribute, not made into types`,
  };
}
