/**
 * How much an imported file may hold. Each limit is checked as early as it can be: the byte size
 * before the file is decoded, the number of `<node>`/`<edge>` tags or CSV lines before it is parsed,
 * the exact counts and text lengths before the dataset is validated. A file past a limit is refused
 * with a message that names the limit, never cut short: half a network would mislead.
 */

/**
 * Bytes in one file. A dataset the page can draw (tens of thousands of nodes) is a few MB as GEXF;
 * 50 MB leaves room for verbose exports while keeping a browser tab's memory within reason: the
 * text, the DOM and the graph together take several times the file's size.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Files opened together: one dataset and its source texts, or a CSV pair. */
export const MAX_FILES = 50;

/** Past this sigma still draws, but the layout and the panels no longer answer at reading speed. */
export const MAX_ENTITIES = 200_000;

export const MAX_RELATIONS = 1_000_000;

/**
 * Characters in a label, an alias, a type's name or a title: shown on the canvas and in lists, where
 * a longer one is a mistake (a whole column pasted into one cell) or an attack on the layout. Such a
 * label is refused with its place rather than cut: a cut label silently says something else.
 */
export const MAX_LABEL_LENGTH = 1_000;

/** Characters in a summary, a quote, a note or a description. */
export const MAX_TEXT_LENGTH = 100_000;

export interface Limits {
  maxFileBytes: number;
  maxFiles: number;
  maxEntities: number;
  maxRelations: number;
  maxLabelLength: number;
  maxTextLength: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: MAX_FILE_BYTES,
  maxFiles: MAX_FILES,
  maxEntities: MAX_ENTITIES,
  maxRelations: MAX_RELATIONS,
  maxLabelLength: MAX_LABEL_LENGTH,
  maxTextLength: MAX_TEXT_LENGTH,
});

/** "50 MB", "1.5 KB", "12 bytes": sizes in messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? "" : "s"}`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / (1024 * 1024), "MB"];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** "200,000": counts in messages, grouped the same way in every locale. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The message for a file over the byte limit; the CLI says the same before reading the file. */
export function tooLargeMessage(bytes: number, maxBytes: number): string {
  return `the file is ${formatBytes(bytes)}; files over ${formatBytes(maxBytes)} are not opened`;
}
