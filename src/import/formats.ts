/**
 * The registry of import formats: one entry per file in formats/, and the one list that the import
 * worker and the CLI read files with (through `importFiles`) and that the Open dialog offers. A new
 * format is a new file in formats/ and one line here; everything below is derived from the list.
 *
 * The order is the precedence, and it matters twice:
 * - for one file, the strongest claim wins (content, then name, then guess), and between equal
 *   claims the earlier format: a `.xml` of no known dialect goes to GEXF, which refuses it as such;
 * - for the files given together, the earliest format that claimed any of them reads them all.
 *   The dramatis dataset comes first because it alone takes companion files (its source texts,
 *   whatever they look like); GEXF and GraphML come before CSV because each holds a whole network
 *   and refuses company ("open it on its own"), where CSV would only call the XML file a stray; CSV
 *   comes last because its claims (a `.csv` name, a delimiter on the first line) are the weakest.
 * The JSON networks of other tools and the whitespace edge lists claim files by their content
 * only, so their place matters only against a weaker claim (a dramatis guess, a CSV guess).
 *
 * Entries are light (names, extensions, a sniff of the first characters); each reaches its parser
 * only inside `read`, by a dynamic import, so this list costs the page next to nothing.
 */
import { csvFormat } from "./formats/csv";
import { dramatisFormat } from "./formats/dramatis";
import { gexfFormat } from "./formats/gexf";
import { graphmlFormat } from "./formats/graphml";
import { jsonGraphFormat } from "./formats/jsonGraph";
import { textEdgeListFormat } from "./formats/textEdgeList";
import { baseName, extensionOf } from "./sniff";
import type { Claim, ImportFormat } from "./types";

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  dramatisFormat,
  jsonGraphFormat,
  gexfFormat,
  graphmlFormat,
  textEdgeListFormat,
  csvFormat,
];

const STRENGTH: Record<Claim, number> = { content: 3, name: 2, guess: 1 };

/** The format a file is, by the strongest claim and then by the list's order; none if unclaimed. */
export function sniffFile(
  formats: readonly ImportFormat[],
  file: { name: string; text: string },
  context: { alone: boolean },
): { format: ImportFormat; claim: Claim } | undefined {
  let best: { format: ImportFormat; claim: Claim } | undefined;
  for (const format of formats) {
    const claim = format.sniff(file, context);
    if (claim !== undefined && (!best || STRENGTH[claim] > STRENGTH[best.claim]))
      best = { format, claim };
  }
  return best;
}

/** The file picker's filter: every extension a format reads, once each. */
export function acceptList(formats: readonly ImportFormat[] = IMPORT_FORMATS): string {
  const extensions = formats.flatMap((format) => [
    ...format.extensions,
    ...(format.alsoOpens ?? []),
  ]);
  return [...new Set(extensions)].map((extension) => `.${extension}`).join(",");
}

/** "a, b, c or d": the formats as alternatives in a sentence. */
function alternatives(phrases: readonly string[]): string {
  return phrases.length <= 1
    ? (phrases[0] ?? "")
    : `${phrases.slice(0, -1).join(", ")} or ${phrases[phrases.length - 1]}`;
}

/** The refusal's wording for a file no format reads. */
export function notANetworkFileMessage(formats: readonly ImportFormat[] = IMPORT_FORMATS): string {
  return `not a network file: expected ${formatsOffered(formats)}`;
}

/** What the page offers to open, as a phrase: "a dramatis dataset (.json), GEXF (.gexf) …". */
export function formatsOffered(formats: readonly ImportFormat[] = IMPORT_FORMATS): string {
  return alternatives(formats.map((format) => format.expected));
}

/** What the CLI's usage line lists in its parentheses. */
export function usageList(formats: readonly ImportFormat[] = IMPORT_FORMATS): string {
  return alternatives(formats.map((format) => format.usage));
}

/** "CSV edge list" for "edge-list": the name of a kind of file, as results carry it. */
export function kindName(
  kind: string,
  formats: readonly ImportFormat[] = IMPORT_FORMATS,
): string | undefined {
  for (const format of formats)
    for (const entry of format.kinds) if (entry.id === kind) return entry.name;
  return undefined;
}

/**
 * The kind a file's name suggests, for failures before its content could be read (bytes that are
 * not text): one file whose extension says a format gives that format's usual kind.
 */
export function guessKind(
  names: readonly string[],
  formats: readonly ImportFormat[] = IMPORT_FORMATS,
): string | null {
  const [name, ...others] = names;
  if (name === undefined || others.length > 0) return null;
  const extension = extensionOf(baseName(name));
  const format = formats.find((candidate) => candidate.extensions.includes(extension));
  return format?.kinds[0]?.id ?? null;
}
