/**
 * What notes may be drafted from, checked before any language processing: text, not a binary file;
 * UTF-8; something besides white space; and no more than drafting can answer while a person waits.
 * The page (pasted text and dropped files) and `npm run draft` share these checks and their words.
 */
import type { Problem } from "../model/problem";
import { formatBytes } from "../import/limits";

/**
 * 1 MB of text is about 170,000 words, some 50 s of drafting on a slow machine and more proposals
 * than anyone reviews one by one; longer notes are better drafted a chapter at a time.
 */
export const MAX_NOTES_BYTES = 1024 * 1024;

export type NotesInput = { ok: true; text: string } | { ok: false; problem: Problem };

const refuse = (
  place: string,
  code: Problem["code"],
  message: string,
): { ok: false; problem: Problem } => ({ ok: false, problem: { code, place, message } });

/** Checks a file's bytes and decodes them; `place` names the file in the message. */
export function notesFromBytes(bytes: Uint8Array, place: string): NotesInput {
  if (bytes.length > MAX_NOTES_BYTES) return tooLarge(bytes.length, place);
  // A NUL byte never stands in text a person wrote; it is the surest sign of a binary file
  // (a PDF, a Word document, an image) picked by mistake.
  if (bytes.includes(0))
    return refuse(
      place,
      "unreadable",
      "is not a text file (it holds binary data); save the notes as plain text (.txt or .md) first",
    );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(
      place,
      "unreadable",
      `is not UTF-8 text (${invalidUtf8Offset(bytes)}); save it as UTF-8 and try again`,
    );
  }
  return notesFromText(text, place);
}

/** Checks pasted or decoded text. */
export function notesFromText(text: string, place: string): NotesInput {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_NOTES_BYTES) return tooLarge(bytes, place);
  const clean = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, "\n");
  if (clean.trim() === "") return refuse(place, "empty", "has no text to draft from");
  return { ok: true, text: clean };
}

function tooLarge(bytes: number, place: string): { ok: false; problem: Problem } {
  return refuse(
    place,
    "too-large",
    `is ${formatBytes(bytes)}; notes over ${formatBytes(MAX_NOTES_BYTES)} are not drafted at once: draft them a chapter at a time`,
  );
}

/** "the byte at 1,204 is not UTF-8": where the first invalid sequence starts. */
function invalidUtf8Offset(bytes: Uint8Array): string {
  // Decode growing prefixes by halving: the longest prefix that decodes ends at the bad byte.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 4) {
    const middle = Math.floor((good + bad) / 2);
    try {
      // `stream` lets a prefix end inside a character; a fresh decoder forgets the last try.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  return `the byte at ${good.toLocaleString("en")} or just after it is not UTF-8`;
}
