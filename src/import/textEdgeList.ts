/**
 * Edge lists as network archives publish them (SNAP, KONECT, networkx's `write_edgelist`): one
 * edge a line, its two ends separated by spaces or tabs, perhaps a weight and a time after them,
 * comment lines starting with `#` or `%`, and no header, or one of plain words (`source target`).
 *
 * Direction is read from the archive's own header comment where there is one (KONECT's `% sym` /
 * `% asym`, SNAP's `# Directed graph` / `# Undirected graph`); otherwise edges are read as
 * directed, and a note says the file did not tell. A third column is the weight, a fourth (as in
 * KONECT) a time; both are kept as numeric attributes.
 */
import type { Problem } from "../model/problem";
import { formatCount } from "./limits";
import type { EdgeField, Origin, RawAttribute, RawEdge, RawGraph } from "./raw";
import { numberOf } from "./values";

export type TextEdgeListResult = { ok: true; graph: RawGraph } | { ok: false; problems: Problem[] };

const COMMENT = /^\s*[#%]/;

/** The tokens of a data line: whitespace-separated, with quoted names ("New York") kept whole. */
export function tokensOf(line: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line))
    tokens.push(match[1] ?? match[2] ?? "");
  return tokens;
}

/**
 * Whether the text reads as such an edge list: every data line among the first ones has the same
 * two to four whitespace-separated tokens, none of them with a comma or semicolon (that is CSV),
 * and the lines after a possible header have ends that are not sentences.
 */
export function looksLikeTextEdgeList(text: string): boolean {
  const lines = text
    .split(/\r?\n/, 200)
    .filter((line) => line.trim() !== "" && !COMMENT.test(line));
  // Commas and bars are CSV's; a line starting with "*" is Pajek's sections.
  if (lines.length < 2 || lines.some((line) => /[,;|]/.test(line) || /^\s*\*/.test(line)))
    return false;
  // Ends are names or numbers, not words of a sentence.
  if (lines.some((line) => tokensOf(line).some((token) => /[.!?:]$/.test(token)))) return false;
  // Most lines share one width of two to four tokens; a broken line or two is the reader's to name.
  const counts = new Map<number, number>();
  for (const line of lines) {
    const width = tokensOf(line).length;
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  const [width, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return width >= 2 && width <= 4 && count >= 2 && count * 5 >= lines.length * 4;
}

interface Direction {
  directed: boolean;
  said: boolean;
}

function directionOf(comments: readonly string[]): Direction {
  for (const comment of comments) {
    const text = comment.replace(/^\s*[#%]\s*/, "").toLowerCase();
    if (/^(?:sym|bip)\b/.test(text) || /\bundirected\b/.test(text))
      return { directed: false, said: true };
    if (/^asym\b/.test(text) || /\bdirected\b/.test(text)) return { directed: true, said: true };
  }
  return { directed: true, said: false };
}

/** Names of the columns after the two ends, when the file has no header naming them. */
const EXTRA_COLUMNS = ["weight", "time"];

export function readTextEdgeList(
  fileName: string,
  text: string,
  limits: { maxRelations: number },
): TextEdgeListResult {
  const lines = text.split(/\r?\n/);
  const comments = lines.filter((line) => COMMENT.test(line));
  const dataLines = lines
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== "" && !COMMENT.test(line));
  if (dataLines.length > limits.maxRelations + 1)
    return {
      ok: false,
      problems: [
        {
          code: "too-large",
          place: fileName,
          message: `the file has ${formatCount(dataLines.length)} edges; at most ${formatCount(limits.maxRelations)} relations can be opened`,
        },
      ],
    };
  const notes: string[] = [];
  const [first, second] = dataLines.map(({ line }) => tokensOf(line));
  // A header is a first line of words over lines of numbers (KONECT edited by hand: "col1 col2").
  const numeric = (tokens: readonly string[] | undefined) =>
    tokens !== undefined && tokens.slice(0, 2).every((token) => numberOf(token) !== undefined);
  const hasHeader = first !== undefined && !numeric(first) && numeric(second);
  const names = hasHeader && first ? first : [];
  if (hasHeader) notes.push(`the first line (${first?.join(" ")}) was read as a header`);
  const direction = directionOf(comments);
  if (!direction.said)
    notes.push("the file does not say whether its edges are directed: they are read as directed");
  const problems: Problem[] = [];
  const edges: RawEdge[] = [];
  for (const { line, number } of hasHeader ? dataLines.slice(1) : dataLines) {
    const tokens = tokensOf(line);
    const place = `${fileName}:${number}`;
    const [from, to, ...rest] = tokens;
    if (from === undefined || to === undefined) {
      if (problems.length < 50)
        problems.push({
          code: "missing-field",
          place,
          message: `expected the two ends of an edge, found ${JSON.stringify(line.trim().slice(0, 40))}`,
        });
      continue;
    }
    const origin = (column: number, name: string): Origin => ({
      path: `${place}:${column + 1}`,
      name,
    });
    const extras: RawAttribute[] = rest.map((value, index) => {
      const name = names[index + 2] ?? EXTRA_COLUMNS[index] ?? `column ${index + 3}`;
      return { name, value, origin: origin(index + 2, name), kind: "number" };
    });
    edges.push({
      from,
      to,
      directed: direction.directed,
      place,
      values: new Map<EdgeField, unknown>(),
      origins: new Map<EdgeField, Origin>([
        ["from", origin(0, names[0] ?? "source")],
        ["to", origin(1, names[1] ?? "target")],
      ]),
      ...(extras.length > 0 ? { extras } : {}),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    graph: {
      fileName,
      formatLabel: "an edge list",
      nodes: [],
      edges,
      nodesFromEdges: true,
      nodeWord: "node",
      notes,
    },
  };
}
