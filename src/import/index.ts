/**
 * Opening the files a person brings, in whatever format the registry (formats.ts) knows: today a
 * `dramatis/1` dataset (with its source texts), a CSV pair, one CSV, GEXF 1.2/1.3 or GraphML.
 *
 * `importFiles` is total: whatever the bytes, it resolves to a dataset that passed the validator
 * or to a list of problems, each with its code and place (a JSON path, `relations.csv:12:3`,
 * `<edge id="e7"> line 40`); it never throws and never opens half a file. Where one safe fix would
 * make the file open (dropping relations to missing entities, or a broken layout), the failure
 * carries the dataset with the fix already applied and validated, so the page only has to ask.
 *
 * What is the same for every format happens here, in order: limits on the number and size of the
 * files, decoding, sniffing (which format reads them), then the last steps a reader hands back
 * (conversion of raw nodes and edges, or the dataset loader). Formats only read.
 *
 * This layer sits beside model/: it uses model/ and graphology, never React or sigma, and no
 * Node or browser API beyond `TextDecoder` and the DOM parser it is given.
 */
import type { Problem } from "../model/problem";
import { convertRaw } from "./convert";
import { importDramatis } from "./dramatis";
import { guessKind, IMPORT_FORMATS, notANetworkFileMessage, sniffFile } from "./formats";
import { DEFAULT_LIMITS, formatCount, tooLargeMessage, type Limits } from "./limits";
import { resemblance } from "./resemblance";
import { importSummary } from "./summary";
import { decodeBytes } from "./sniff";
import type { ImportFile, ImportOptions, ImportResult, ReadContext, SniffedFile } from "./types";

export type {
  Fix,
  FixAction,
  ImportFile,
  ImportFormat,
  ImportOptions,
  ImportResult,
} from "./types";
export type { DomParserConstructor } from "./xml";
export type { Limits } from "./limits";

/** A problem with its place; the name the page and the CLI have used for it. */
export type ImportProblem = Problem;

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

async function importUnchecked(
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportResult> {
  const formats = options.formats ?? IMPORT_FORMATS;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const progress = (stage: string, fraction: number) => options.onProgress?.(stage, fraction);
  const fail = (format: string | null, problems: Problem[]): ImportResult => ({
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
      tooLarge.map((file) => ({
        code: "too-large",
        place: file.name,
        message: tooLargeMessage(file.bytes.length, limits.maxFileBytes),
      })),
    );

  progress("Reading", 0.1);
  const decoded: SniffedFile[] = [];
  const decodingProblems: Problem[] = [];
  for (const file of files) {
    const result = decodeBytes(file.name, file.bytes);
    if (!result.ok) decodingProblems.push(result.problem);
    else {
      const text = { name: file.name, text: result.text };
      const sniffed = sniffFile(formats, text, { alone: files.length === 1 });
      decoded.push({ ...text, format: sniffed?.format, claim: sniffed?.claim });
    }
  }
  if (decodingProblems.length > 0)
    return fail(
      guessKind(
        files.map((file) => file.name),
        formats,
      ),
      decodingProblems,
    );

  progress("Parsing", 0.3);
  const notANetworkFile = (file: { name: string; text?: string }): Problem => {
    const likeness = file.text === undefined ? undefined : resemblance(file.text);
    return {
      code: "unknown-format",
      place: file.name,
      message: likeness
        ? `not a network file Dramatis reads: ${likeness}`
        : notANetworkFileMessage(formats),
    };
  };
  // The earliest format in the list that claimed any of the files reads them all.
  const format = formats.find((candidate) => decoded.some((file) => file.format === candidate));
  if (!format) return fail(null, decoded.map(notANetworkFile));

  const context: ReadContext = {
    limits,
    domParser: options.domParser,
    readSourceText: options.readSourceText,
    progress,
    notANetworkFile,
    convert: (kind, raw) => {
      if (!raw.ok) return { ok: false, format: kind, problems: raw.problems };
      progress("Checking", 0.7);
      const result = convertRaw(raw.graph, limits);
      progress("Done", 1);
      // What the file became comes first in the notes, before what was not read.
      if (result.ok)
        return {
          ...result,
          notes: [importSummary(result.loaded.dataset), ...result.notes],
          format: kind,
        };
      const fix = result.fix
        ? { ...result.fix, notes: [importSummary(result.fix.loaded.dataset), ...result.fix.notes] }
        : undefined;
      return { ...result, ...(fix ? { fix } : {}), format: kind };
    },
    openDataset: async (kind, dataset, others, readSourceText) => {
      const result = await importDramatis(dataset, others, limits, readSourceText);
      progress("Done", 1);
      return { ...result, format: kind };
    },
  };
  return format.read(decoded, context);
}
