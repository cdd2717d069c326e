/**
 * Dates across a whole file, before any one value is read: which order (day or month first) each
 * column's `25/12/1815`-style dates are in, and which attribute holds the items' dates when the
 * file has no start column (Gephi Lite's `createdAt`, a GEXF `Date` attribute).
 */
import { quoted } from "../model/problem";
import { columnDayOrder, describeOrder, readDate, type ColumnOrder } from "./dates";
import type { RawAttribute, RawItem, RawGraph } from "./raw";
import { textOf } from "./values";

/** Each column (by the name its origin carries) whose dates needed an order, with that order. */
export function columnOrders(raw: RawGraph): Map<string, ColumnOrder> {
  const texts = new Map<string, string[]>();
  const add = (name: string, value: unknown) => {
    const text = textOf(value);
    if (text === undefined) return;
    const list = texts.get(name);
    if (list) list.push(text);
    else texts.set(name, [text]);
  };
  const items: RawItem<string>[] = [...raw.nodes, ...raw.edges];
  for (const item of items) {
    for (const field of ["start", "end"]) {
      const value = (item.values as ReadonlyMap<string, unknown>).get(field);
      const origin = (item.origins as ReadonlyMap<string, { name: string }>).get(field);
      if (value !== undefined) add(origin?.name ?? field, value);
    }
    for (const extra of item.extras ?? [])
      if (extra.kind === "date") add(extra.origin.name, extra.value);
  }
  const orders = new Map<string, ColumnOrder>();
  for (const [name, list] of texts) {
    const order = columnDayOrder(list);
    if (order.used) orders.set(name, order);
  }
  return orders;
}

/** One note per column whose order had to be decided. */
export function orderNotes(orders: ReadonlyMap<string, ColumnOrder>): string[] {
  return [...orders].map(([name, order]) => describeOrder(quoted(name), order));
}

/** Names that say an attribute holds when something happened or began. */
const DATE_NAME = /date|time|year|created|when|since|begin|start|born|founded/i;

/**
 * When no item of a list has a start, the first attribute whose name says "date" and whose every
 * value reads as one becomes the start: a file's dates are its timeline, whatever it calls them.
 */
export function promoteDateAttribute<Item extends RawItem<string>>(
  items: readonly Item[],
  what: string,
): { items: Item[]; note?: string } {
  const hasStart = items.some((item) => (item.values as ReadonlyMap<string, unknown>).has("start"));
  if (hasStart) return { items: [...items] };
  const names: string[] = [];
  for (const item of items)
    for (const extra of item.extras ?? []) if (!names.includes(extra.name)) names.push(extra.name);
  const candidate = names.find((name) => {
    if (!DATE_NAME.test(name)) return false;
    const values = items.flatMap((item) =>
      (item.extras ?? []).filter((extra) => extra.name === name).map((extra) => extra.value),
    );
    return (
      values.length > 0 &&
      values.every((value) => {
        if (typeof value === "number") return false;
        const text = textOf(value);
        return text !== undefined && readDate(text) !== undefined && !/^\d+$/.test(text.trim());
      })
    );
  });
  if (candidate === undefined) return { items: [...items] };
  const promoted = items.map((item) => {
    const extra = item.extras?.find((entry) => entry.name === candidate);
    if (!extra) return item;
    const values = new Map(item.values as ReadonlyMap<string, unknown>);
    const origins = new Map(item.origins as ReadonlyMap<string, RawAttribute["origin"]>);
    values.set("start", extra.value);
    origins.set("start", extra.origin);
    return {
      ...item,
      values,
      origins,
      extras: (item.extras ?? []).filter((entry) => entry !== extra),
    };
  });
  return {
    items: promoted as Item[],
    note: `${quoted(candidate)} read as the ${what}' dates`,
  };
}

/**
 * A start or end column of plain numbers that are not all years (seasons 1–8, turns, steps) is
 * time, but not calendar time: it is kept as numeric attributes and said in a note, rather than
 * read as the years 0001–0008 or offered to drop.
 */
export function numericTimeAsAttributes<Item extends RawItem<string>>(
  items: readonly Item[],
): { items: Item[]; note?: string } {
  const numbers: string[] = [];
  const others: string[] = [];
  for (const item of items)
    for (const field of ["start", "end"]) {
      const text = textOf((item.values as ReadonlyMap<string, unknown>).get(field))?.trim();
      if (text === undefined || text === "") continue;
      (/^[+-]?\d+(?:\.\d+)?$/.test(text) ? numbers : others).push(text);
    }
  const years = numbers.every((text) => /^\d{4}$/.test(text));
  if (numbers.length === 0 || others.length > 0 || years) return { items: [...items] };
  const moved = items.map((item) => {
    const values = new Map(item.values as ReadonlyMap<string, unknown>);
    const extras: RawAttribute[] = [...(item.extras ?? [])];
    for (const field of ["start", "end"]) {
      const value = values.get(field);
      if (value === undefined) continue;
      const origin = (item.origins as ReadonlyMap<string, RawAttribute["origin"]>).get(field) ?? {
        path: item.place,
        name: field,
      };
      extras.push({ name: origin.name, value: Number(textOf(value)), origin, kind: "number" });
      values.delete(field);
    }
    return { ...item, values, extras };
  });
  return {
    items: moved as Item[],
    note: `time given as numbers (${numbers.slice(0, 3).join(", ")}…), not calendar dates: kept as numeric attributes; the timeline does not place them`,
  };
}
