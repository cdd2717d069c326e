/**
 * GEXF's time (`mode="dynamic"`): the `start`/`end` (or `startopen`/`endopen`) of a node or edge,
 * its `timestamp` or `timestamps`, and its `<spells>`, read from the element itself (never from a
 * nested node's), in the graph's `timeformat`:
 * - `date` and `dateTime` (and ISO dates under any format) become dates; the time of day is not
 *   kept, since the format holds days;
 * - numbers that are all whole years (1000–2999) become those years;
 * - other numbers (seasons 1–8, a simulation's steps) are not calendar dates: they are kept as the
 *   numeric attributes `start` and `end`, and a note says the timeline does not place them.
 * Several spells become one span, from the first start to the last end (a note counts them).
 * An attribute with several values over time (`<attvalue for="2" value="1" start="…">`) is kept as
 * one text that lists each value with its span, since the format keeps one value per attribute.
 */
import { readDate } from "./dates";
import type { RawAttribute } from "./raw";
import { attribute, childElements, localName } from "./xml";
import { elementsOf } from "./xmlGraph";

/** What one element says of its time, as the file writes it. */
interface WrittenTime {
  start?: string;
  end?: string;
  spells: number;
}

export interface ItemTime {
  /** Calendar dates for the `start` and `end` fields. */
  dates: Map<"start" | "end", { value: string; name: string }>;
  /** Numeric time, kept as attributes. */
  extras: RawAttribute[];
}

function writtenTime(element: Element): WrittenTime {
  const time: WrittenTime = { spells: 0 };
  const start = attribute(element, "start") ?? attribute(element, "startopen");
  const end = attribute(element, "end") ?? attribute(element, "endopen");
  if (start !== undefined && start.trim() !== "") time.start = start.trim();
  if (end !== undefined && end.trim() !== "") time.end = end.trim();
  const stamps = [attribute(element, "timestamp"), attribute(element, "timestamps")]
    .filter((value): value is string => value !== undefined)
    .flatMap((value) => value.replace(/[<>[\]()]/g, "").split(/[;,]/))
    .map((value) => value.trim())
    .filter((value) => value !== "");
  const spells = childElements(element).filter((child) => localName(child) === "spells");
  const intervals: { start?: string; end?: string }[] = [];
  for (const group of spells)
    for (const spell of childElements(group).filter((child) => localName(child) === "spell")) {
      const from =
        attribute(spell, "start") ?? attribute(spell, "startopen") ?? attribute(spell, "timestamp");
      const to =
        attribute(spell, "end") ?? attribute(spell, "endopen") ?? attribute(spell, "timestamp");
      intervals.push({
        ...(from ? { start: from.trim() } : {}),
        ...(to ? { end: to.trim() } : {}),
      });
    }
  for (const stamp of stamps) intervals.push({ start: stamp, end: stamp });
  if (intervals.length > 0) {
    time.spells = intervals.length;
    // An open start or end in any spell leaves the whole span open on that side.
    const starts = intervals.map((interval) => interval.start);
    const ends = intervals.map((interval) => interval.end);
    if (time.start === undefined && starts.every((value) => value !== undefined))
      time.start = starts.reduce((a, b) => (earlier(a ?? "", b ?? "") ? a : b));
    if (time.end === undefined && ends.every((value) => value !== undefined))
      time.end = ends.reduce((a, b) => (earlier(a ?? "", b ?? "") ? b : a));
  }
  return time;
}

/** Compares two written times: numbers as numbers, dates as text (ISO sorts as text). */
function earlier(a: string, b: string): boolean {
  const [x, y] = [Number(a), Number(b)];
  return Number.isFinite(x) && Number.isFinite(y) ? x <= y : a <= b;
}

export interface GraphTime {
  nodes: ItemTime[];
  edges: ItemTime[];
  notes: string[];
}

/**
 * The time of every node and edge element (in the order given), read in the graph's format. Also
 * rewrites dynamic attribute values in the DOM as one text each, before the library reads them.
 */
export function readGexfTime(
  graphElement: Element,
  nodeElements: readonly Element[],
  edgeElements: readonly Element[],
): GraphTime {
  const notes: string[] = [];
  const format = (attribute(graphElement, "timeformat") ?? "").toLowerCase();
  const written = {
    nodes: nodeElements.map(writtenTime),
    edges: edgeElements.map(writtenTime),
  };
  const all = [...written.nodes, ...written.edges].flatMap((time) =>
    [time.start, time.end].filter((value): value is string => value !== undefined),
  );
  const numeric =
    format !== "date" &&
    format !== "datetime" &&
    all.length > 0 &&
    all.every((value) => /^[+-]?\d+(?:\.\d+)?$/.test(value));
  const years =
    numeric &&
    all.every((value) => /^\d{4}$/.test(value) && Number(value) >= 1000 && Number(value) <= 2999);
  const convert = (time: WrittenTime): ItemTime => {
    const item: ItemTime = { dates: new Map(), extras: [] };
    for (const field of ["start", "end"] as const) {
      const value = time[field];
      if (value === undefined) continue;
      if (numeric && !years) {
        item.extras.push({
          name: field,
          value: Number(value),
          origin: { path: "", name: field },
          kind: "number",
        });
        continue;
      }
      const date = years ? value : readDate(value);
      // A value that is not a date is left as written: the conversion reports it, with its place,
      // and offers to drop it.
      item.dates.set(field, { value: date ?? value, name: field });
    }
    return item;
  };
  const nodes = written.nodes.map(convert);
  const edges = written.edges.map(convert);
  if (numeric && !years)
    notes.push(
      `the file's time is numeric (${all.slice(0, 3).join(", ")}…), not calendar dates: it is kept as the attributes "start" and "end", and the timeline does not place it`,
    );
  else if (years) notes.push("the file's numeric time reads as years");
  const spelled = [...written.nodes, ...written.edges].filter((time) => time.spells > 1).length;
  if (spelled > 0)
    notes.push(
      `${spelled} item${spelled === 1 ? " has" : "s have"} several spells or timestamps: each is shown from its first start to its last end`,
    );
  notes.push(...flattenDynamicValues(graphElement));
  return { nodes, edges, notes };
}

/**
 * `<attvalue>`s that give one attribute several values over time ▶ one text value, "1 (until
 * 2009-03-01); 2 (2009-03-01 to 2009-03-10); 1 (from 2009-03-10)", and that attribute's type
 * becomes string, so graphology-gexf reads the whole history instead of its last value.
 */
function flattenDynamicValues(graphElement: Element): string[] {
  const rewritten = new Set<string>();
  for (const values of elementsOf(graphElement, "attvalues")) {
    const byAttribute = new Map<string, Element[]>();
    for (const value of childElements(values).filter((child) => localName(child) === "attvalue")) {
      const id = attribute(value, "for") ?? attribute(value, "id") ?? "";
      const list = byAttribute.get(id);
      if (list) list.push(value);
      else byAttribute.set(id, [value]);
    }
    for (const [id, list] of byAttribute) {
      const timed = list.some(
        (value) => attribute(value, "start") !== undefined || attribute(value, "end") !== undefined,
      );
      if (!timed) continue;
      const text = list
        .map((value) => {
          const from = attribute(value, "start") ?? attribute(value, "startopen");
          const to = attribute(value, "end") ?? attribute(value, "endopen");
          const span =
            from && to
              ? ` (${from} to ${to})`
              : from
                ? ` (from ${from})`
                : to
                  ? ` (until ${to})`
                  : "";
          return `${attribute(value, "value") ?? ""}${span}`;
        })
        .join("; ");
      const [first, ...rest] = list;
      if (!first) continue;
      first.setAttribute("value", text);
      first.removeAttribute("start");
      first.removeAttribute("end");
      for (const other of rest) other.parentNode?.removeChild(other);
      rewritten.add(id);
    }
  }
  if (rewritten.size === 0) return [];
  for (const declaration of elementsOf(graphElement.ownerDocument ?? graphElement, "attribute"))
    if (rewritten.has(attribute(declaration, "id") ?? ""))
      declaration.setAttribute("type", "string");
  return [
    `attributes with values over time are kept as text listing each value and its span: ${[...rewritten].map((id) => JSON.stringify(id)).join(", ")}`,
  ];
}
