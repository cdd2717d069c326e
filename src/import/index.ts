/**
 * Opening the files a person brings: a `dramatis/1` dataset (with its source texts), a CSV pair
 * (entities + relations), one CSV (an edge list, or a list of entities), GEXF 1.2/1.3 or GraphML.
 *
 * `importFiles` is total: whatever the bytes, it resolves to a dataset that passed the validator
 * or to a list of problems, each with its place (a JSON path, `relations.csv:12:3`,
 * `<edge id="e7"> line 40`); it never throws and never opens half a file. Where one safe fix would
 * make the file open (dropping relations to missing entities, or a broken layout), the failure
 * carries the dataset with the fix already applied and validated, so the page only has to ask.
 *
 * This layer sits beside model/: it uses model/ and graphology, never React or sigma, and no
 * Node or browser API beyond `TextDecoder` and the DOM parser it is given.
 */
import type { LoadedDataset } from "../model/load";
import type { Problem } from "../model/schema";
import { convertRaw, type FixAction } from "./convert";
import { readCsvFiles } from "./csv";
import { importDramatis } from "./dramatis";
import { readGexf } from "./gexf";
import { readGraphml } from "./graphml";
import { DEFAULT_LIMITS, formatCount, tooLargeMessage, type Limits } from "./limits";
import type { RawResult } from "./raw";
import { baseName, decodeBytes, sniffFormat, xmlRootName, type SniffedFormat } from "./sniff";
import { documentTypeProblem, type DomParserConstructor } from "./xml";

export type { FixAction } from "./convert";
export type { DomParserConstructor } from "./xml";
export type { Limits } from "./limits";

export type ImportFormat =
  "dramatis" | "csv-pair" | "edge-list" | "entity-list" | "gexf" | "graphml";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * A problem with its place: a JSON path (`relations[12].to`), a CSV cell (`relations.csv:12:3`),
 * an XML element (`<edge id="e7"> line 40`), or a file name for the file as a whole.
 */
export type ImportProblem = Problem;

/** A fix the page can offer: the dataset with it applied, already validated. */
export interface ImportFix {
  actions: FixAction[];
  /** The question to ask: "12 relations point at entities that do not exist: drop them and open the rest?" */
  description: string;
  loaded: LoadedDataset;
  notes: string[];
}

/** Plain data only (no functions), so that a worker can post it. */
export type ImportResult =
  | { ok: true; format: ImportFormat; loaded: LoadedDataset; notes: string[] }
  | { ok: false; format: ImportFormat | null; problems: ImportProblem[]; fix?: ImportFix };

export interface ImportOptions {
  /** The browser's `DOMParser`, or `@xmldom/xmldom`'s in Node and in workers. */
  domParser: DomParserConstructor;
  /**
   * Reads a source text named by a dataset, relative to the dataset file, where there is a folder
   * (the CLI). Without it, a text not among the files is skipped with a note.
   */
  readSourceText?: (relativePath: string) => Promise<string>;
  /** Smaller limits for tests; the defaults are in limits.ts. */
  limits?: Partial<Limits>;
  onProgress?: (stage: string, fraction: number) => void;
}

export async function importFiles(
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportResult> {
  try {
    return await importUnchecked(files, options);
  } catch (error) {
    // A parser's own failure (a stack exhausted by nesting, a bug) is still an answer, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      format: null,
      problems: [
        {
          code: "unreadable",
          place: files.map((file) => file.name).join(", ") || "(file)",
          message: `could not read the file: ${reason || "unknown error"}`,
        },
      ],
    };
  }
}

interface Decoded {
  name: string;
  text: string;
  format: SniffedFormat;
}

async function importUnchecked(
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportResult> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const progress = (stage: string, fraction: number) => options.onProgress?.(stage, fraction);
  const fail = (format: ImportFormat | null, problems: Problem[]): ImportResult => ({
    ok: false,
    format,
    problems,
  });

  if (files.length === 0)
    return fail(null, [{ code: "empty", place: "(file)", message: "no file given" }]);
  if (files.length > limits.maxFiles)
    return fail(null, [
      {
        code: "too-large",
        place: "(file)",
        message: `${formatCount(files.length)} files given; at most ${formatCount(limits.maxFiles)} are opened together`,
      },
    ]);

  // Sizes first: nothing of a file over the limit is decoded, let alone parsed.
  const tooLarge = files.filter((file) => file.bytes.length > limits.maxFileBytes);
  if (tooLarge.length > 0)
    return fail(
      null,
      tooLarge.map((file): Problem => ({
        code: "too-large",
        place: file.name,
        message: tooLargeMessage(file.bytes.length, limits.maxFileBytes),
      })),
    );

  progress("Reading", 0.1);
  const decoded: Decoded[] = [];
  const decodingProblems: Problem[] = [];
  for (const file of files) {
    const result = decodeBytes(file.name, file.bytes);
    if (result.ok)
      decoded.push({
        name: file.name,
        text: result.text,
        format: sniffFormat(file.name, result.text),
      });
    else decodingProblems.push(result.problem);
  }
  if (decodingProblems.length > 0) return fail(guessFormat(files), decodingProblems);

  progress("Parsing", 0.3);
  const datasets = decoded.filter((file) => file.format === "json");
  if (datasets.length > 0) {
    const named = datasets.filter((file) => baseName(file.name).endsWith(".json"));
    const dataset = datasets.length === 1 ? datasets[0] : named.length === 1 ? named[0] : undefined;
    if (!dataset)
      return fail("dramatis", [
        {
          code: "file-combination",
          place: datasets.map((file) => file.name).join(", "),
          message: "several datasets given: open one at a time",
        },
      ]);
    const others = decoded.filter((file) => file !== dataset);
    const result = await importDramatis(dataset, others, limits, options.readSourceText);
    progress("Done", 1);
    return { ...result, format: "dramatis" };
  }

  const networks = decoded.filter(
    (file) => file.format === "gexf" || file.format === "graphml" || file.format === "xml",
  );
  if (networks.length > 0) {
    const [network] = networks;
    if (decoded.length > 1 || !network)
      return fail(null, [
        {
          code: "file-combination",
          place: decoded.map((file) => file.name).join(", "),
          message: "a GEXF or GraphML file holds the whole network: open it on its own",
        },
      ]);
    if (network.format === "xml") return fail(null, unknownXml(network));
    const format = network.format === "gexf" ? "gexf" : "graphml";
    const read = format === "gexf" ? readGexf : readGraphml;
    const raw = read(network.name, network.text, options.domParser, limits);
    if (raw.ok && raw.dramatis) {
      // Written by Dramatis: the very dataset, read as dramatis JSON with its source texts.
      const result = await importDramatis(
        { name: network.name, text: raw.dramatis.json },
        raw.dramatis.texts,
        limits,
      );
      progress("Done", 1);
      return { ...result, format };
    }
    return finishRaw(format, raw, limits, progress);
  }

  // A single text file whose first line has a delimiter is read as CSV (an edge list saved as .txt).
  const tables = decoded.filter(
    (file) =>
      file.format === "csv" ||
      (decoded.length === 1 && /^[^\n]*[,;\t|]/.test(file.text.trimStart())),
  );
  if (tables.length === decoded.length) {
    const result = readCsvFiles(tables, limits);
    if (!result.ok) return fail(result.format, result.problems);
    return finishRaw(result.format, { ok: true, graph: result.graph }, limits, progress);
  }

  return fail(
    null,
    decoded
      .filter((file) => !tables.includes(file))
      .map((file): Problem => ({
        code: "unknown-format",
        place: file.name,
        message:
          "not a network file: expected a dramatis dataset (.json), a CSV table, GEXF (.gexf) or GraphML (.graphml)",
      })),
  );
}

function finishRaw(
  format: ImportFormat,
  raw: RawResult,
  limits: Limits,
  progress: (stage: string, fraction: number) => void,
): ImportResult {
  if (!raw.ok) return { ok: false, format, problems: raw.problems };
  progress("Checking", 0.7);
  const result = convertRaw(raw.graph, limits);
  progress("Done", 1);
  return { ...result, format };
}

/** XML of no known dialect; a document type is still refused first, and said so. */
function unknownXml(file: Decoded): Problem[] {
  const doctype = documentTypeProblem(file.name, file.text);
  if (doctype) return [doctype];
  const root = xmlRootName(file.text.trimStart());
  return [
    {
      code: "unknown-format",
      place: file.name,
      message: `an XML file${root ? ` whose root element is <${root}>` : ""}: expected GEXF (<gexf>) or GraphML (<graphml>)`,
    },
  ];
}

/** The format a file's name suggests, for failures before its content could be read. */
function guessFormat(files: readonly ImportFile[]): ImportFormat | null {
  if (files.length !== 1 || !files[0]) return null;
  const name = baseName(files[0].name);
  if (name.endsWith(".json")) return "dramatis";
  if (name.endsWith(".gexf")) return "gexf";
  if (name.endsWith(".graphml")) return "graphml";
  if (name.endsWith(".csv")) return "edge-list";
  return null;
}
