/**
 * Notes as people paste them: lines hard-wrapped mid-sentence (copied from a PDF), headings without
 * a full stop, numbered sections and bullets. Before any sentence is read the text is cut into
 * blocks (paragraphs, bullets and headings), because a sentence never runs across a bullet or a
 * heading, while it often runs across a line break.
 *
 * Offsets stay those of the original text: a block is a span, and `readable` is its text with line
 * breaks and the bullet marker turned into spaces of the same length, so that every offset the
 * language library reports in it is an offset in the notes too.
 */
import type { Span } from "./types";

export interface Block extends Span {
  /** The block's text with line breaks and its marker blanked out, offsets unchanged. */
  readable: string;
  /** One short line without a full stop: a title or a section's name. */
  heading: boolean;
  /** The block opened with a bullet or a number ("●", "-", "3."). */
  bullet: boolean;
}

/** "●", "•", "-", "*", "1.", "2)", "a.", "iv." at the start of a line (after stray punctuation). */
const MARKER = /^[\s,;]*(?:[●•▪◦‣○■□➢➤►*–—-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)])\s+/;

export function blocksOf(text: string): Block[] {
  const lines: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    lines.push({ start: at, end: at + line.length, text: line });
    at += line.length + 1;
  }
  const lengths = lines.map((line) => line.text.trim().length).filter((length) => length > 0);
  // The width the notes were wrapped at: a line well short of it ends its paragraph.
  const wrapWidth = percentile(lengths, 0.75);

  const blocks: Block[] = [];
  let current: { start: number; end: number; bullet: boolean; lines: number } | null = null;
  const close = () => {
    if (current)
      blocks.push(makeBlock(text, current.start, current.end, current.bullet, current.lines));
    current = null;
  };
  lines.forEach((line, index) => {
    const trimmed = line.text.trim();
    if (trimmed === "") {
      close();
      return;
    }
    const bullet = MARKER.test(line.text);
    const previous = index > 0 ? lines[index - 1] : undefined;
    const previousText = previous?.text.trim() ?? "";
    const previousEndsShort =
      previousText.length > 0 &&
      previousText.length < wrapWidth * 0.7 &&
      !/[,;:(–—-]$/.test(previousText) &&
      !/^[a-z]/.test(trimmed);
    if (!current || bullet || previousEndsShort) {
      close();
      current = { start: line.start, end: line.end, bullet, lines: 1 };
    } else {
      current.end = line.end;
      current.lines += 1;
    }
  });
  close();
  return blocks;
}

function makeBlock(
  text: string,
  start: number,
  end: number,
  bullet: boolean,
  lineCount: number,
): Block {
  const raw = text.slice(start, end);
  const marker = MARKER.exec(raw);
  let blanked = marker ? " ".repeat(marker[0].length) + raw.slice(marker[0].length) : raw;
  // "Role:", "Position Post-Stalin:", "Rise to Power:": a label before a colon at the start of a
  // block is a heading of the block's own, not part of its first sentence.
  const label = /^(\s*)((?:[\p{Lu}][\p{L}'’-]*)(?:[ ][\p{L}'’-]+){0,4}):[ \t\n]/u.exec(blanked);
  if (label && label[2] && !/[.!?]/.test(label[2]))
    blanked =
      blanked.slice(0, (label[1] ?? "").length) +
      " ".repeat(label[2].length + 1) +
      blanked.slice((label[1] ?? "").length + label[2].length + 1);
  const readable = blanked.replace(/[\n\t]/g, " ");
  const trimmed = readable.trim();
  const heading =
    lineCount === 1 && trimmed.length > 0 && trimmed.length <= 80 && !/[.!?:;,]$/.test(trimmed);
  return { start, end, readable, heading, bullet };
}

function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}
