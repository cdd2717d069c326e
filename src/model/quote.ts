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

/**
 * The passage of `text` closest to a `quote` that is not in it, for "did you mean": the run of
 * as many words as the quote has that shares the most words with it (ignoring case and
 * punctuation), trimmed of the words at either end that the quote has nothing like (a misspelt
 * word at the end of a quote is kept: it is the word the author meant), then, unless every word
 * of it is there, carried to the ends of its sentence or line. Null when no
 * run shares at least half of the quote's words: a paraphrase or a quote from elsewhere gets no
 * suggestion rather than a misleading one.
 *
 * One pass over the text with a sliding count, so a long source costs linear time per quote.
 */
export function closestPassage(text: string, quote: string): string | null {
  const wanted = new Map<string, number>();
  const quoteWords = wordsOf(quote);
  for (const { word } of quoteWords) wanted.set(word, (wanted.get(word) ?? 0) + 1);
  const size = quoteWords.length;
  if (size === 0) return null;

  const words = wordsOf(text);
  const inWindow = new Map<string, number>();
  let shared = 0;
  let best = { shared: 0, first: 0 };
  const add = (word: string, step: 1 | -1) => {
    const need = wanted.get(word);
    if (need === undefined) return;
    const before = inWindow.get(word) ?? 0;
    const after = before + step;
    inWindow.set(word, after);
    shared += Math.min(after, need) - Math.min(before, need);
  };
  for (let i = 0; i < words.length; i++) {
    add((words[i] as TextWord).word, 1);
    if (i >= size) add((words[i - size] as TextWord).word, -1);
    const first = Math.max(0, i - size + 1);
    if (shared > best.shared) best = { shared, first };
  }
  if (best.shared * 2 < size) return null;

  let first = best.first;
  let last = Math.min(words.length, best.first + size) - 1;
  const likeAQuoteWord = (index: number) => {
    const word = (words[index] as TextWord).word;
    return wanted.has(word) || quoteWords.some((other) => nearlyTheSame(word, other.word));
  };
  while (first < last && !likeAQuoteWord(first)) first++;
  while (last > first && !likeAQuoteWord(last)) last--;
  // An earlier window can tie with the right one when the quote's last word is the slip: grow
  // towards the words the quote has something like, up to the quote's length.
  while (last - first + 1 < size && last + 1 < words.length && likeAQuoteWord(last + 1)) last++;
  while (last - first + 1 < size && first > 0 && likeAQuoteWord(first - 1)) first--;
  // A paraphrase is rarely as long as what it paraphrases: finish the sentence (or the line) on
  // either side, so the suggestion is the whole passage that can be copied.
  const endsSentence = (between: string) => /[.!?]\s|\n/.test(between);
  let alike = 0;
  for (let index = first; index <= last; index++) if (likeAQuoteWord(index)) alike++;
  if (alike >= size) return passageOf(text, words, first, last);
  const reach = first - size;
  while (
    first > 0 &&
    first > reach &&
    !endsSentence(text.slice((words[first - 1] as TextWord).end, (words[first] as TextWord).start))
  )
    first--;
  const limit = last + size;
  while (
    last + 1 < words.length &&
    last < limit &&
    !endsSentence(text.slice((words[last] as TextWord).end, (words[last + 1] as TextWord).start))
  )
    last++;
  return passageOf(text, words, first, last);
}

function passageOf(text: string, words: readonly TextWord[], first: number, last: number): string {
  const from = words[first] as TextWord;
  const to = words[last] as TextWord;
  return collapseWhitespace(text.slice(from.start, to.end));
}

/** A slip of a letter or two in a word of five or more: "traiter" for "traitor". */
function nearlyTheSame(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 2) return false;
  let same = 0;
  while (same < a.length && a[same] === b[same]) same++;
  return same >= Math.min(a.length, b.length) - 2;
}

interface TextWord {
  word: string;
  start: number;
  end: number;
}

/** Words as letters and digits (any script), lower-cased, with where each stands in `text`. */
function wordsOf(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    words.push({
      word: match[0].toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return words;
}
