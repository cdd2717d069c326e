/**
 * Text from a foreign file is kept verbatim, markup included ("<script>" in a label is a label that
 * says "<script>": the page shows text, never markup), with two exceptions that no reader needs
 * and that only ever deceive or break a display:
 * - control characters (C0 and C1, except tab and line breaks), which draw nothing or garbage;
 * - the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a
 *   label read backwards ("evil" shown as "live") and leak their direction into the text beside
 *   them. Right-to-left names need none of them: Arabic and Hebrew letters carry their direction.
 *   The marks U+200E, U+200F and U+061C are kept: they only nudge neutral characters.
 * Each removal is counted, so that the import can say so.
 */

// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export class TextCleaner {
  /** Characters removed so far. */
  removed = 0;
  /** Where the first removal was, for the note. */
  firstPlace: string | undefined;

  /** Multi-line text (a summary, a quote): unwanted characters out, ends trimmed. */
  text(value: string, place: string): string {
    const cleaned = value.replace(UNWANTED, () => {
      this.removed++;
      this.firstPlace ??= place;
      return "";
    });
    return cleaned.trim();
  }

  /** One-line text (a label, an alias, a type): as `text`, with every run of white space one space. */
  line(value: string, place: string): string {
    return this.text(value, place).replace(/[\s\u2028\u2029]+/g, " ");
  }

  /** The note for the import, or undefined when nothing was removed. */
  note(): string | undefined {
    if (this.removed === 0) return undefined;
    return (
      `removed ${this.removed} control or text-direction character${this.removed === 1 ? "" : "s"} ` +
      `from the text (the first at ${this.firstPlace ?? "?"})`
    );
  }
}
