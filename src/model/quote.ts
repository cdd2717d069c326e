/**
 * Quotes are compared with their source after collapsing white space, because the notes wrap
 * lines mid-sentence while a quote is written on one line. `locateQuote` maps a match in the
 * collapsed text back to offsets in the original, so the source reader can highlight it.
 */

/** Runs of white space become one space; the ends are trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export interface TextSpan {
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset one past the last character in the original text. */
  end: number;
}

/**
 * Where `quote` stands in `text` (first occurrence), as offsets in the original `text`, or null.
 * Runs of white space on either side match each other whatever their length.
 */
export function locateQuote(text: string, quote: string): TextSpan | null {
  const needle = collapseWhitespace(quote);
  if (needle === "") return null;
  // Build the collapsed text alongside a map from each collapsed index to its original offset.
  const collapsed: string[] = [];
  const originalOffset: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!inSpace && collapsed.length > 0) {
        collapsed.push(" ");
        originalOffset.push(i);
      }
      inSpace = true;
    } else {
      collapsed.push(ch);
      originalOffset.push(i);
      inSpace = false;
    }
  }
  const haystack = collapsed.join("");
  const at = haystack.indexOf(needle);
  if (at < 0) return null;
  const last = at + needle.length - 1;
  return { start: originalOffset[at] as number, end: (originalOffset[last] as number) + 1 };
}

/** True when `quote` stands in `text` once white space is collapsed on both sides. */
export function quoteAppearsIn(text: string, quote: string): boolean {
  return collapseWhitespace(text).includes(collapseWhitespace(quote));
}
