/**
 * One thing wrong with a file, said the same way wherever it is found (the validator, the loader,
 * a format's reader) and shown the same way wherever it is read (the Open dialog, the error page,
 * the CLI): a `code` for what kind of thing is wrong, a place, and a message in words.
 *
 * The place is structured where it can be: inside a dataset it is the JSON path as segments
 * (`["relations", 12, "to"]`), so that code can ask which item a problem is about without parsing
 * text; in a file that is not a dataset (a CSV cell, an XML element, the file as a whole) it is the
 * place as that file's reader names it. `placeOf` gives the text people see for either. Tests
 * assert on codes, so that a message can be reworded without breaking them.
 */

/** What kind of thing is wrong; a small vocabulary, each kind said in one sense only. */
export type ProblemCode =
  /** Nothing to read: no file, an empty file, only white space. */
  | "empty"
  /** The bytes cannot be read as text, or the file could not be read or fetched at all. */
  | "unreadable"
  /** Not JSON, XML or CSV as written: a quote never closed, a tag never ended. */
  | "syntax"
  /** A value of the wrong type or form, or missing, as the dataset format defines it. */
  | "schema"
  /** A key the format does not have ("sumary"). */
  | "unknown-key"
  /** A column, attribute or field a reader needs is not there (no id column, an edge with one end). */
  | "missing-field"
  /** A value the reader cannot use: not a date, not a number, not a certainty. */
  | "invalid-value"
  | "duplicate-id"
  /** An id JavaScript keeps for itself ("constructor"). */
  | "reserved-id"
  /** A reference to something not declared: a relation's end, a type, a source. */
  | "unknown-reference"
  /** An end before its start. */
  | "date-order"
  /** A quote that does not stand in its source's text. */
  | "quote-not-found"
  /** Past a limit: bytes, files, rows, entities, relations, characters. */
  | "too-large"
  /** Refused because it could be an attack: a document type, a path out of the folder. */
  | "unsafe"
  /** No format reads the file. */
  | "unknown-format"
  /** Files that cannot be opened together. */
  | "file-combination"
  /** A file that holds nothing to show. */
  | "no-network"
  /** "and 12 more like the above": the rest of a long list of one kind. */
  | "more"
  /** Not a failure: a relation dated outside an end's dates (model/warnings.ts). */
  | "date-outside-entity";

export type PathSegment = string | number;

export type Problem =
  | {
      code: ProblemCode;
      /** Inside a dataset: the JSON path as segments; `[]` is the dataset as a whole. */
      path: readonly PathSegment[];
      message: string;
    }
  | {
      code: ProblemCode;
      /** In any other file: `relations.csv:12:3`, `<edge id="e7"> line 40`, a file's name, "(file)". */
      place: string;
      message: string;
    };

/** The place shown for the dataset as a whole. */
export const ROOT_PATH = "(root)";

/** `["relations", 12, "to"]` ▶ `relations[12].to`; `[]` ▶ `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return ROOT_PATH;
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else {
      const key = String(segment);
      out += /^[A-Za-z_$][\w$]*$/.test(key)
        ? `${out ? "." : ""}${key}`
        : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** A name, id or value shown in a message: quoted, escaped, and cut to a readable length. */
export function quoted(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/** The place as people read it: a formatted JSON path, or the reader's own place. */
export function placeOf(problem: Problem): string {
  return "path" in problem ? formatPath(problem.path) : problem.place;
}

/** The JSON path of a problem found inside a dataset, or undefined for a place in another file. */
export function pathOf(problem: Problem): readonly PathSegment[] | undefined {
  return "path" in problem ? problem.path : undefined;
}
