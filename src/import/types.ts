/**
 * The words the import speaks in, declared once: what comes in (a file's bytes), what a reader
 * hands over (an outcome, with a fix where one is safe), what goes out to the page, the worker and
 * the CLI (an `ImportResult`), and what a format must be to join the registry (`ImportFormat`).
 * Everything here is plain data or a type, so that a worker can post results and the Open dialog
 * can read the registry without the parsers.
 */
import type { LoadedDataset } from "../model/load";
import type { Problem } from "../model/schema";
import type { Limits } from "./limits";
import type { RawResult } from "./raw";
import type { DomParserConstructor } from "./xml";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** The safe fixes: each drops what cannot be opened and says so in a note. */
export type FixAction = "drop-dangling-relations" | "drop-invalid-layout" | "drop-unreadable-dates";

/** A fix the page can offer: the dataset with it applied, already validated. */
export interface Fix {
  actions: FixAction[];
  /** The question to ask: "12 relations point at entities that do not exist: drop them and open the rest?" */
  description: string;
  loaded: LoadedDataset;
  notes: string[];
}

/** What a reader or the conversion ends in: a dataset that passed the validator, or problems. */
export type Outcome =
  | { ok: true; loaded: LoadedDataset; notes: string[] }
  | { ok: false; problems: Problem[]; fix?: Fix };

/**
 * An outcome with the kind of file it was read as (a `kinds` id of a format: "edge-list"), or
 * null when the files could not be told apart. Plain data only (no functions): a worker posts it.
 */
export type ImportResult =
  | { ok: true; format: string; loaded: LoadedDataset; notes: string[] }
  | { ok: false; format: string | null; problems: Problem[]; fix?: Fix };

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
  /** The formats to read with, in order of precedence; the registry (formats.ts) by default. */
  formats?: readonly ImportFormat[];
}

/**
 * How sure a format is that a file is its own, strongest first: the content says so (`{`, an XML
 * root element), only the name does (`.gexf`), or it is a guess (a delimiter on the first line).
 */
export type Claim = "content" | "name" | "guess";

/** A decoded file with the format that claimed it (if any) and how surely. */
export interface SniffedFile {
  name: string;
  text: string;
  format: ImportFormat | undefined;
  claim: Claim | undefined;
}

/** What the importer lends a format's reader: limits, the DOM parser, and the shared last steps. */
export interface ReadContext {
  limits: Limits;
  domParser: DomParserConstructor;
  readSourceText: ((relativePath: string) => Promise<string>) | undefined;
  progress: (stage: string, fraction: number) => void;
  /** Raw nodes and edges ▶ a validated dataset (convert.ts), as `kind`. */
  convert: (kind: string, raw: RawResult) => ImportResult;
  /** A `dramatis/1` JSON text with the files that may hold its source texts, as `kind`. */
  openDataset: (
    kind: string,
    dataset: { name: string; text: string },
    others: readonly { name: string; text: string }[],
    readSourceText?: (relativePath: string) => Promise<string>,
  ) => Promise<ImportResult>;
  /** The refusal of a file that no format in use reads, naming the formats there are. */
  notANetworkFile: (file: { name: string; text?: string }) => Problem;
}

/**
 * One format of file the import reads. The registry (formats.ts) lists them; sniffing, routing,
 * the picker's accept list, the CLI's usage line and names, and the "not a network file" message
 * are all derived from that list.
 *
 * Its limits and decisions are the opening paragraph of its file, for whoever reads or changes it
 * (not a field: the page would carry them for nothing). Everything but `read` is light: the Open dialog imports the registry for `extensions`, so a
 * format file must reach its parser (papaparse, xmldom, graphology's readers) only inside `read`,
 * through a dynamic `import()`, to keep the parsers out of the page's bundle.
 */
export interface ImportFormat {
  id: string;
  /** The format's name in a sentence of alternatives: "a dramatis dataset (.json)". */
  expected: string;
  /** The CLI's usage line: "a dramatis/1 dataset .json". */
  usage: string;
  /** Extensions (lower case, no dot) that say the file is this format, first the usual one. */
  extensions: readonly string[];
  /** Further extensions the file picker offers for it (GEXF saved as .xml, an edge list as .txt). */
  alsoOpens?: readonly string[];
  /** The kinds of file it reads, by the id results carry, with their names; the first is the default. */
  kinds: readonly { id: string; name: string }[];
  /** Whether a file is this format, by its name and first characters; never parses it. */
  sniff(file: { name: string; text: string }, context: { alone: boolean }): Claim | undefined;
  /**
   * Reads all the files given together, once this format is the first in the registry to claim one
   * of them; files it did not claim are its to use (a dataset's source texts) or to refuse.
   */
  read(files: readonly SniffedFile[], context: ReadContext): Promise<ImportResult>;
}
