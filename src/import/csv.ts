/**
 * Spreadsheets: an entities.csv and relations.csv pair, one edge list (the entities are the ends
 * of its edges), or one list of entities. Parsing is papaparse's (quotes, embedded line breaks,
 * the delimiter guessed among comma, semicolon, tab and bar); this file finds the header, gives each
 * row its line and maps the columns.
 *
 * Places are `file:line:column`, where the column counts fields as a spreadsheet does (3 is the
 * third column, C), since that is where a person will look for the cell; each message also names
 * the column's header.
 */
import Papa from "papaparse";
import type { Problem } from "../model/schema";
import {
  DIRECTIONS,
  mapEdgeColumns,
  mapNames,
  NODE_SYNONYMS,
  normalizeName,
  type ColumnMapping,
} from "./fields";
import { formatCount } from "./limits";
import { readDate } from "./dates";
import { numberOf } from "./values";
import {
  listSome,
  RESERVED_NAMES,
  type DeclaredKind,
  type RawAttribute,
  type EdgeField,
  type NodeField,
  type Origin,
  type RawEdge,
  type RawGraph,
  type RawNode,
} from "./raw";
import { baseName } from "./sniff";

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  fileName: string;
  header: string[];
  headerLine: number;
  rows: CsvRow[];
}

export type CsvFormat = "csv-pair" | "edge-list" | "entity-list" | "neo4j-csv";

export type CsvResult =
  | { ok: true; format: CsvFormat; graph: RawGraph }
  | { ok: false; format: CsvFormat | null; problems: Problem[] };

export interface CsvFile {
  name: string;
  text: string;
}

export interface CsvLimits {
  maxEntities: number;
  maxRelations: number;
}

/** At most this many problems of one kind are listed; a broken file would otherwise list them all. */
const MAX_LISTED = 50;

// ---------------------------------------------------------------------------------------------
// One file ▶ a table

/** Splits `text` into a header and rows, each with its line; refuses more than `maxRows` rows. */
export function parseCsv(
  fileName: string,
  text: string,
  maxRows: number,
): { ok: true; table: CsvTable } | { ok: false; problems: Problem[] } {
  // papaparse guesses one line break for the whole file; a file edited on two systems has both.
  const normalized = text.replace(/\r\n?/g, "\n");
  // Counting lines is far cheaper than parsing them, and no row is shorter than a line.
  const lines = countLines(normalized);
  if (lines - 1 > maxRows)
    return {
      ok: false,
      problems: [
        {
          code: "too-large",
          place: fileName,
          message: `the file has ${formatCount(lines - 1)} lines after its header; at most ${formatCount(maxRows)} rows can be opened`,
        },
      ],
    };

  const records: { start: number; fields: string[] }[] = [];
  const problems: Problem[] = [];
  const errorLine = lineCounter(normalized);
  let start = 0;
  Papa.parse<string[]>(normalized, {
    header: false,
    newline: "\n",
    delimiter: guessDelimiter(normalized),
    skipEmptyLines: false,
    step: (result) => {
      records.push({ start, fields: result.data });
      for (const error of result.errors) {
        if (error.code === "UndetectableDelimiter" || problems.length >= MAX_LISTED) continue;
        const at = typeof error.index === "number" ? error.index : start;
        problems.push({
          code: "syntax",
          place: `${fileName}:${errorLine(at)}`,
          message: describeCsvError(error.code, error.message),
        });
      }
      start = result.meta.cursor;
    },
  });

  const lineOf = lineCounter(normalized);
  const rows: CsvRow[] = [];
  let header: CsvRow | undefined;
  for (const record of records) {
    if (record.fields.every((field) => field.trim() === "")) continue;
    const row = { line: lineOf(record.start), fields: record.fields };
    if (header === undefined) header = row;
    else rows.push(row);
  }
  if (header === undefined)
    return {
      ok: false,
      problems: [{ code: "empty", place: fileName, message: "the file has no rows" }],
    };

  const width = header.fields.length;
  for (const row of rows) {
    const extra = row.fields.slice(width);
    if (row.fields.length < width)
      problems.push({
        code: "syntax",
        place: `${fileName}:${row.line}`,
        message: `expected ${width} fields as in the header (line ${header.line}), found ${row.fields.length}`,
      });
    else if (extra.some((field) => field.trim() !== ""))
      problems.push({
        code: "syntax",
        place: `${fileName}:${row.line}:${width + 1}`,
        message: `a value beyond the last column of the header (line ${header.line}): the row has ${row.fields.length} fields, the header ${width}`,
      });
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_LISTED) };
  return {
    ok: true,
    table: {
      fileName,
      header: header.fields.map((name) => name.trim()),
      headerLine: header.line,
      rows,
    },
  };
}

/**
 * The delimiter that occurs most often in the header line, outside quotes: comma, semicolon (what
 * a spreadsheet writes where the comma is the decimal mark), tab or bar. papaparse guesses from
 * every row, and a blank line at the end is enough to make it fall back to the comma.
 */
export function guessDelimiter(text: string): string {
  const header = /^\s*([^\n]*)/.exec(text)?.[1] ?? "";
  let best = ",";
  let bestCount = 0;
  for (const delimiter of [",", ";", "\t", "|"]) {
    let count = 0;
    let quoted = false;
    for (const char of header) {
      if (char === '"') quoted = !quoted;
      else if (char === delimiter && !quoted) count++;
    }
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function describeCsvError(code: string, message: string): string {
  switch (code) {
    case "MissingQuotes":
      return 'a quoted value is never closed (a " is missing)';
    case "InvalidQuotes":
      return 'a " inside a quoted value must be doubled ("")';
    default:
      return message;
  }
}

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
  return text.endsWith("\n") ? lines - 1 : lines;
}

/** Line of increasing offsets, counting each line break once over the whole file. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let scanned = 0;
  return (offset) => {
    if (offset < scanned) {
      line = 1;
      scanned = 0;
    }
    for (
      let at = text.indexOf("\n", scanned);
      at !== -1 && at < offset;
      at = text.indexOf("\n", at + 1)
    )
      line++;
    scanned = Math.max(scanned, offset);
    return line;
  };
}

// ---------------------------------------------------------------------------------------------
// Tables ▶ nodes and edges

function cell(table: CsvTable, row: CsvRow, index: number): Origin {
  return { path: `${table.fileName}:${row.line}:${index + 1}`, name: table.header[index] ?? "" };
}

/** Whether any row has a value in the column. */
function hasValues(table: CsvTable, index: number): boolean {
  return table.rows.some((row) => (row.fields[index] ?? "").trim() !== "");
}

function unusedNote(table: CsvTable, mapping: ColumnMapping<string>): string[] {
  const names = mapping.unused
    .filter((index) => hasValues(table, index))
    .map((index) => table.header[index] ?? "");
  const kept = names.filter((name) => !RESERVED_NAMES.has(name));
  const reserved = names.filter((name) => RESERVED_NAMES.has(name));
  const notes: string[] = [];
  if (kept.length > 0)
    notes.push(
      `${table.fileName}: column${kept.length === 1 ? "" : "s"} kept as attributes: ${listSome(kept, 8)}`,
    );
  if (reserved.length > 0)
    notes.push(
      `${table.fileName}: column${reserved.length === 1 ? "" : "s"} ${listSome(reserved, 8)} not kept: the name${reserved.length === 1 ? " is" : "s are"} reserved`,
    );
  return notes;
}

/**
 * What every value of a column is, so that its cells are kept as the same kind: numbers only,
 * true and false only, dates only (written as dates, not bare years), or text.
 */
export function columnKind(values: readonly string[]): DeclaredKind {
  const filled = values.map((value) => value.trim()).filter((value) => value !== "");
  if (filled.length === 0) return "string";
  if (filled.every((value) => numberOf(value) !== undefined)) return "number";
  if (filled.every((value) => /^(?:true|false)$/i.test(value))) return "boolean";
  // Bare years are numbers above; a date column writes its dates as dates.
  const asDate = (value: string) =>
    readDate(value, "day-first") !== undefined || readDate(value, "month-first") !== undefined;
  if (filled.every(asDate)) return "date";
  return "string";
}

/** Columns named like a label that the label field did not take, in order of preference. */
function labelCandidates(header: readonly string[], mapping: ColumnMapping<string>): number[] {
  const names = NODE_SYNONYMS.find(([field]) => field === "label")?.[1] ?? [];
  const taken = new Set(mapping.byField.values());
  return names.flatMap((name) => {
    const index = header.findIndex((column, i) => normalizeName(column) === name && !taken.has(i));
    return index === -1 ? [] : [index];
  });
}

/** The kinds of the unused columns, by index. */
function unusedKinds(table: CsvTable, mapping: ColumnMapping<string>): Map<number, DeclaredKind> {
  return new Map(
    mapping.unused
      .filter((index) => !RESERVED_NAMES.has(table.header[index] ?? ""))
      .map((index) => [index, columnKind(table.rows.map((row) => row.fields[index] ?? ""))]),
  );
}

/** The row's cells in the columns no field took, as free attributes. */
function extrasOf(
  table: CsvTable,
  row: CsvRow,
  kinds: ReadonlyMap<number, DeclaredKind>,
): RawAttribute[] {
  const extras: RawAttribute[] = [];
  for (const [index, kind] of kinds) {
    const value = row.fields[index] ?? "";
    if (value.trim() === "") continue;
    const origin = cell(table, row, index);
    extras.push({ name: origin.name, value, origin, kind });
  }
  return extras;
}

function itemFields<Field extends string>(
  table: CsvTable,
  row: CsvRow,
  mapping: ColumnMapping<Field>,
  skip: readonly Field[],
): { values: Map<Field, unknown>; origins: Map<Field, Origin> } {
  const values = new Map<Field, unknown>();
  const origins = new Map<Field, Origin>();
  for (const [field, index] of mapping.byField) {
    origins.set(field, cell(table, row, index));
    if (skip.includes(field)) continue;
    const value = row.fields[index] ?? "";
    if (value.trim() !== "") values.set(field, value);
  }
  return { values, origins };
}

function readEntities(
  table: CsvTable,
): { ok: true; nodes: RawNode[]; notes: string[] } | { ok: false; problems: Problem[] } {
  const mapping = mapNames(table.header, NODE_SYNONYMS);
  const keyIndex = mapping.byField.get("id") ?? mapping.byField.get("label");
  if (keyIndex === undefined)
    return {
      ok: false,
      problems: [
        {
          code: "missing-field",
          place: `${table.fileName}:${table.headerLine}`,
          message: `no id or label column (the header has ${listSome(table.header, 8)}): name one "id" or "label"`,
        },
      ],
    };
  const problems: Problem[] = [];
  const nodes: RawNode[] = [];
  const kinds = unusedKinds(table, mapping);
  const labelColumns = labelCandidates(table.header, mapping);
  for (const row of table.rows) {
    const key = (row.fields[keyIndex] ?? "").trim();
    const origin = cell(table, row, keyIndex);
    if (key === "") {
      problems.push({
        code: "missing-field",
        place: origin.path,
        message: `${origin.name}: empty: every entity needs one`,
      });
      continue;
    }
    const { values, origins } = itemFields<NodeField>(table, row, mapping, ["id"]);
    if (!mapping.byField.has("id")) origins.set("id", origin);
    // A table of several kinds (a Neo4j export) names a person in "name" and a film in "title".
    if (!values.has("label"))
      for (const index of labelColumns) {
        const label = (row.fields[index] ?? "").trim();
        if (label === "") continue;
        values.set("label", label);
        origins.set("label", cell(table, row, index));
        break;
      }
    const extras = extrasOf(table, row, kinds);
    nodes.push({
      key,
      place: `${table.fileName}:${row.line}`,
      values,
      origins,
      ...(extras.length > 0 ? { extras } : {}),
    });
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_LISTED) };
  return { ok: true, nodes, notes: unusedNote(table, mapping) };
}

function readRelations(
  table: CsvTable,
): { ok: true; edges: RawEdge[]; notes: string[] } | { ok: false; problems: Problem[] } {
  const mapping = edgeMapping(table);
  const fromIndex = mapping.byField.get("from");
  const toIndex = mapping.byField.get("to");
  if (fromIndex === undefined || toIndex === undefined)
    return {
      ok: false,
      problems: [
        {
          code: "missing-field",
          place: `${table.fileName}:${table.headerLine}`,
          message: `no ${fromIndex === undefined ? "from" : "to"} column (the header has ${listSome(table.header, 8)}): name the ends of each relation "from" and "to"`,
        },
      ],
    };
  const directedIndex = mapping.byField.get("directed");
  const problems: Problem[] = [];
  const edges: RawEdge[] = [];
  const kinds = unusedKinds(table, mapping);
  for (const row of table.rows) {
    const ends = [
      [fromIndex, (row.fields[fromIndex] ?? "").trim()],
      [toIndex, (row.fields[toIndex] ?? "").trim()],
    ] as const;
    let complete = true;
    for (const [index, value] of ends) {
      if (value !== "") continue;
      const origin = cell(table, row, index);
      problems.push({
        code: "missing-field",
        place: origin.path,
        message: `${origin.name}: empty: every relation needs two ends`,
      });
      complete = false;
    }
    let directed = true;
    if (directedIndex !== undefined) {
      const written = (row.fields[directedIndex] ?? "").trim();
      const meaning = DIRECTIONS.get(written.toLowerCase());
      if (meaning !== undefined) directed = meaning;
      else if (written !== "") {
        const origin = cell(table, row, directedIndex);
        problems.push({
          code: "invalid-value",
          place: origin.path,
          message: `${origin.name}: expected "directed" or "undirected" (or true or false), found ${JSON.stringify(written.slice(0, 40))}`,
        });
      }
    }
    if (!complete) continue;
    const { values, origins } = itemFields<EdgeField>(table, row, mapping, [
      "from",
      "to",
      "directed",
    ]);
    const extras = extrasOf(table, row, kinds);
    edges.push({
      from: ends[0][1],
      to: ends[1][1],
      directed,
      place: `${table.fileName}:${row.line}`,
      values,
      origins,
      ...(extras.length > 0 ? { extras } : {}),
    });
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_LISTED) };
  return { ok: true, edges, notes: unusedNote(table, mapping) };
}

function edgeMapping(table: CsvTable): ColumnMapping<EdgeField> {
  return mapEdgeColumns(table.header, (index) => table.rows.map((row) => row.fields[index] ?? ""));
}

function hasEnds(table: CsvTable): boolean {
  const mapping = edgeMapping(table);
  return mapping.byField.has("from") && mapping.byField.has("to");
}

// ---------------------------------------------------------------------------------------------
// Files ▶ a network

const ENTITY_NAME = /entit|node|vert|actor|people|person|item/;
const RELATION_NAME = /relation|edge|link|tie|connection|arc/;

/**
 * One file: an edge list when it has ends (from/to, source/target), else a list of entities. Two
 * files: entities and relations, told apart by name (entities.csv, nodes.csv / relations.csv,
 * edges.csv, links.csv) or else by which one has ends.
 */
export function readCsvFiles(files: readonly CsvFile[], limits: CsvLimits): CsvResult {
  if (files.length === 1 && files[0]) {
    const file = files[0];
    const parsed = parseCsv(
      file.name,
      file.text,
      Math.max(limits.maxRelations, limits.maxEntities),
    );
    if (!parsed.ok) return { ok: false, format: null, problems: parsed.problems };
    const table = parsed.table;
    if (isNeo4jExport(table)) return readNeo4jExport(table, limits);
    const ends = hasEnds(table);
    const tooMany = tooManyRows(
      table,
      ends ? limits.maxRelations : limits.maxEntities,
      ends ? "relations" : "entities",
    );
    if (tooMany)
      return { ok: false, format: ends ? "edge-list" : "entity-list", problems: [tooMany] };
    if (ends) {
      const relations = readRelations(table);
      if (!relations.ok) return { ok: false, format: "edge-list", problems: relations.problems };
      return {
        ok: true,
        format: "edge-list",
        graph: {
          fileName: file.name,
          formatLabel: "an edge list in CSV",
          nodes: [],
          edges: relations.edges,
          nodesFromEdges: true,
          nodeWord: "entity",
          quoteFile: baseName(file.name),
          notes: relations.notes,
        },
      };
    }
    const entities = readEntities(table);
    if (!entities.ok) return { ok: false, format: "entity-list", problems: entities.problems };
    return {
      ok: true,
      format: "entity-list",
      graph: {
        fileName: file.name,
        formatLabel: "a list of entities in CSV",
        nodes: entities.nodes,
        edges: [],
        nodesFromEdges: false,
        nodeWord: "entity",
        notes: [...entities.notes, `${file.name}: no from and to columns, so no relations`],
      },
    };
  }

  const [first, second] = files;
  if (files.length !== 2 || !first || !second)
    return {
      ok: false,
      format: null,
      problems: [
        {
          code: "file-combination",
          place: files.map((file) => file.name).join(", "),
          message: `expected one CSV file (an edge list) or two (entities and relations), found ${files.length}`,
        },
      ],
    };

  const firstTable = parseCsv(
    first.name,
    first.text,
    Math.max(limits.maxEntities, limits.maxRelations),
  );
  const secondTable = parseCsv(
    second.name,
    second.text,
    Math.max(limits.maxEntities, limits.maxRelations),
  );
  if (!firstTable.ok || !secondTable.ok)
    return {
      ok: false,
      format: "csv-pair",
      problems: [
        ...(firstTable.ok ? [] : firstTable.problems),
        ...(secondTable.ok ? [] : secondTable.problems),
      ],
    };
  const pair = orderPair(firstTable.table, secondTable.table);
  if (!pair)
    return {
      ok: false,
      format: "csv-pair",
      problems: [
        {
          code: "file-combination",
          place: `${first.name}, ${second.name}`,
          message:
            "cannot tell the entities from the relations: name the files entities.csv and relations.csv, and give the relations from and to columns",
        },
      ],
    };
  const [entityTable, relationTable] = pair;
  const tooMany = [
    tooManyRows(entityTable, limits.maxEntities, "entities"),
    tooManyRows(relationTable, limits.maxRelations, "relations"),
  ].filter((problem) => problem !== undefined);
  if (tooMany.length > 0) return { ok: false, format: "csv-pair", problems: tooMany };
  const entities = readEntities(entityTable);
  const relations = readRelations(relationTable);
  if (!entities.ok || !relations.ok)
    return {
      ok: false,
      format: "csv-pair",
      problems: [
        ...(entities.ok ? [] : entities.problems),
        ...(relations.ok ? [] : relations.problems),
      ],
    };
  return {
    ok: true,
    format: "csv-pair",
    graph: {
      fileName: entityTable.fileName,
      formatLabel: "a CSV pair",
      title: `${baseName(entityTable.fileName)} and ${baseName(relationTable.fileName)}`,
      nodes: entities.nodes,
      edges: relations.edges,
      nodesFromEdges: false,
      nodeWord: "entity",
      quoteFile: baseName(relationTable.fileName),
      notes: [...entities.notes, ...relations.notes],
    },
  };
}

/** Neo4j's `apoc.export.csv`: nodes and relationships in one table, told apart by their cells. */
const NEO4J_COLUMNS = ["_id", "_labels", "_start", "_end", "_type"];

function isNeo4jExport(table: CsvTable): boolean {
  return NEO4J_COLUMNS.every((name) => table.header.includes(name));
}

/**
 * The node rows (an `_id`) become entities and the relationship rows (`_start`, `_end`) relations.
 * Each half sees the same header with the other half's columns blanked, so that every cell keeps
 * its column number in messages.
 */
function readNeo4jExport(table: CsvTable, limits: CsvLimits): CsvResult {
  const column = (name: string) => table.header.indexOf(name);
  const filled = (row: CsvRow, name: string) => (row.fields[column(name)] ?? "").trim() !== "";
  const blank = (names: readonly string[]) =>
    table.header.map((name) => (names.includes(name) ? "" : name));
  const nodeTable: CsvTable = {
    ...table,
    header: blank(["_start", "_end", "_type"]),
    rows: table.rows.filter((row) => filled(row, "_id")),
  };
  const edgeHeader = blank(["_id", "_labels"]).map((name) =>
    name === "_start" ? "from" : name === "_end" ? "to" : name === "_type" ? "type" : name,
  );
  const edgeTable: CsvTable = {
    ...table,
    header: edgeHeader,
    rows: table.rows.filter((row) => !filled(row, "_id")),
  };
  const tooMany = [
    tooManyRows(nodeTable, limits.maxEntities, "entities"),
    tooManyRows(edgeTable, limits.maxRelations, "relations"),
  ].filter((problem) => problem !== undefined);
  if (tooMany.length > 0) return { ok: false, format: "neo4j-csv", problems: tooMany };
  const entities = readEntities(nodeTable);
  const relations = readRelations(edgeTable);
  if (!entities.ok || !relations.ok)
    return {
      ok: false,
      format: "neo4j-csv",
      problems: [
        ...(entities.ok ? [] : entities.problems),
        ...(relations.ok ? [] : relations.problems),
      ],
    };
  return {
    ok: true,
    format: "neo4j-csv",
    graph: {
      fileName: table.fileName,
      formatLabel: "a Neo4j CSV export",
      nodes: entities.nodes,
      edges: relations.edges,
      nodesFromEdges: false,
      nodeWord: "node",
      notes: [
        `read as a Neo4j export: ${formatCount(nodeTable.rows.length)} node rows and ${formatCount(edgeTable.rows.length)} relationship rows`,
        ...entities.notes,
        ...relations.notes,
      ],
    },
  };
}

function tooManyRows(table: CsvTable, max: number, what: string): Problem | undefined {
  if (table.rows.length <= max) return undefined;
  return {
    code: "too-large",
    place: table.fileName,
    message: `the file has ${formatCount(table.rows.length)} ${what}; at most ${formatCount(max)} can be opened`,
  };
}

/** [entities, relations], by file name first, then by which table has ends; undefined if unclear. */
function orderPair(a: CsvTable, b: CsvTable): [CsvTable, CsvTable] | undefined {
  const role = (table: CsvTable): "entities" | "relations" | undefined => {
    const name = baseName(table.fileName);
    const entity = ENTITY_NAME.test(name);
    const relation = RELATION_NAME.test(name);
    if (entity !== relation) return entity ? "entities" : "relations";
    return undefined;
  };
  const [roleA, roleB] = [role(a), role(b)];
  if (roleA === "entities" && roleB !== "entities") return [a, b];
  if (roleA === "relations" && roleB !== "relations") return [b, a];
  if (roleB === "entities" && roleA === undefined) return [b, a];
  if (roleB === "relations" && roleA === undefined) return [a, b];
  const [endsA, endsB] = [hasEnds(a), hasEnds(b)];
  if (endsA !== endsB) return endsA ? [b, a] : [a, b];
  return undefined;
}
