/**
 * Whether a dropped file is notes to draft a network from or a network file to open.
 *
 * The decision, and why:
 * - several files together are the importer's (a dataset with its source texts, a CSV pair);
 * - a `.md` file is notes: no network format is written as Markdown;
 * - a `.txt` file is a network file only when the importer recognises it by its content: JSON or
 *   XML (a claim of "content", see src/import/formats.ts), or an edge list, whose lines repeat the
 *   same delimiters. The CSV format also guesses a `.txt` is a table from one delimiter on its
 *   first line, but prose has commas too ("Khrushchev, Malenkov and Beria"): such a guess sends the
 *   file to the importer only when its first lines look like a table, so an edge list saved as
 *   `.txt` opens as before and a page of notes is drafted instead of failing as a broken table;
 * - everything else is the importer's, which names what it expected.
 */
import { IMPORT_FORMATS, sniffFile } from "../import/formats";
import { extensionOf } from "../import/sniff";

const NOTES_EXTENSIONS = new Set(["md", "markdown"]);
const TEXT_EXTENSIONS = new Set(["txt", "text"]);

/** Enough of a file to see what it is: formats say so in their first characters or lines. */
const HEAD_BYTES = 64 * 1024;

export async function isNotesFile(files: readonly File[]): Promise<boolean> {
  const [file, ...others] = files;
  if (!file || others.length > 0) return false;
  const extension = extensionOf(file.name);
  if (NOTES_EXTENSIONS.has(extension)) return true;
  if (!TEXT_EXTENSIONS.has(extension)) return false;
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  // Not fatal: a character cut at the slice's end must not hide what the start says. A binary
  // file called .txt goes to drafting, whose checks say plainly that it is not text.
  return looksLikeNotes(file.name, new TextDecoder().decode(head));
}

/** `text` is the start of a `.txt` file called `name`: see the header for the rules. */
export function looksLikeNotes(name: string, text: string): boolean {
  const sniffed = sniffFile(IMPORT_FORMATS, { name, text }, { alone: true });
  if (!sniffed) return true;
  if (sniffed.claim === "content") return false;
  return !looksTabular(text);
}

/**
 * Two or more first lines with the same, non-zero number of one delimiter outside quotes: a table.
 * Sentences do not keep the count of their commas from line to line.
 */
export function looksTabular(text: string): boolean {
  const lines = text
    .split("\n")
    .map((line) => line.replace(/\r$/, ""))
    .filter((line) => line.trim() !== "")
    .slice(0, 5);
  if (lines.length < 2) return false;
  return [",", ";", "\t", "|"].some((delimiter) => {
    const counts = lines.map((line) => line.replace(/"[^"]*"/g, "").split(delimiter).length - 1);
    return counts.every((count) => count > 0 && count === counts[0]);
  });
}
