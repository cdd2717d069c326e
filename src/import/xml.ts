/**
 * Reading XML safely, for GEXF and GraphML.
 *
 * A document type is refused before any parser sees the file. GEXF and GraphML never need one, and
 * a DOCTYPE is how XML attacks arrive: entities that expand a kilobyte into gigabytes ("billion
 * laughs"), or that pull in a local file or a URL (external entities). Parsers differ in which of
 * these they resist, so none is given the chance.
 *
 * The parser is the caller's: the browser's `DOMParser`, or `@xmldom/xmldom`'s in Node and in a
 * worker (which has no DOMParser). Lines: xmldom gives the line of its errors, browsers write it in
 * a `<parsererror>` element; elements get their line from a scan of the text (`TagLines`), which
 * works the same with any parser.
 */
import type { Problem } from "../model/schema";
import { formatCount } from "./limits";
import { lineOfOffset } from "./sniff";
import { quoted } from "../model/problem";

/** What the import needs of a DOM parser; both the browser's and xmldom's fit. */
export interface DomParserLike {
  parseFromString(source: string, mimeType: DOMParserSupportedType): unknown;
}
export type DomParserConstructor = new () => DomParserLike;

/** At most this many XML errors are listed: after the first, the rest are mostly its echoes. */
const MAX_XML_ERRORS = 5;

// ---------------------------------------------------------------------------------------------
// Before parsing

/**
 * A `<!DOCTYPE` or `<!ENTITY` anywhere, with its line. Anywhere, not only in the prolog: after the
 * root element it is an error anyway, and inside a comment or CDATA section it costs nothing to
 * refuse a file that talks about document types in its data.
 */
export function findDocumentType(text: string): { line: number; declaration: string } | undefined {
  const match = /<!\s*(DOCTYPE|ENTITY)/i.exec(text);
  if (!match) return undefined;
  return {
    line: lineOfOffset(text, match.index),
    declaration: match[1]?.toUpperCase() ?? "DOCTYPE",
  };
}

/** The refusal of a file with a document type, or undefined. */
export function documentTypeProblem(fileName: string, text: string): Problem | undefined {
  const doctype = findDocumentType(text);
  if (!doctype) return undefined;
  return {
    code: "unsafe",
    place: `${fileName} line ${doctype.line}`,
    message:
      `the file declares a document type (<!${doctype.declaration}>), which is not read: ` +
      "GEXF and GraphML need none, and entity declarations can expand without bound or reach " +
      "other files. Remove it and open the file again",
  };
}

/** The refusals that come before parsing: a document type, too many nodes or edges. */
export function checkBeforeParsing(
  fileName: string,
  text: string,
  tags: TagLines,
  limits: { maxEntities: number; maxRelations: number },
): Problem[] {
  const doctype = documentTypeProblem(fileName, text);
  if (doctype) return [doctype];
  const problems: Problem[] = [];
  const nodes = tags.count("node");
  if (nodes > limits.maxEntities)
    problems.push({
      code: "too-large",
      place: fileName,
      message: `the file has ${formatCount(nodes)} <node> elements; at most ${formatCount(limits.maxEntities)} entities can be opened`,
    });
  const edges = tags.count("edge");
  if (edges > limits.maxRelations)
    problems.push({
      code: "too-large",
      place: fileName,
      message: `the file has ${formatCount(edges)} <edge> elements; at most ${formatCount(limits.maxRelations)} relations can be opened`,
    });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Parsing

interface XmlError {
  message: string;
  line: number | undefined;
}

/**
 * Parses `text` with a new `DomParser`. Any error or fatal error refuses the file: browsers stop at
 * the first one, and the page and the CLI must agree on what opens. xmldom reports through its
 * `onError` option (browsers ignore the argument) and may also throw.
 */
export function parseXml(
  fileName: string,
  text: string,
  DomParser: DomParserConstructor,
): { ok: true; document: Document } | { ok: false; problems: Problem[] } {
  const errors: XmlError[] = [];
  const options = {
    onError: (level: string, message: string, context?: { locator?: { lineNumber?: number } }) => {
      if (level === "warning") return;
      errors.push({ message: String(message), line: context?.locator?.lineNumber });
    },
  };
  let document: unknown;
  try {
    const Parser = DomParser as unknown as new (options: unknown) => DomParserLike;
    document = new Parser(options).parseFromString(text, "application/xml");
  } catch (error) {
    const locator = (error as { locator?: { lineNumber?: number } } | null)?.locator;
    const message = error instanceof Error ? error.message : String(error);
    if (!errors.some((known) => known.message === message))
      errors.push({ message, line: locator?.lineNumber });
  }
  if (errors.length === 0 && isDocument(document)) {
    const browserError = parserErrorOf(document);
    if (browserError) errors.push(browserError);
  }
  if (errors.length > 0 || !isDocument(document))
    return {
      ok: false,
      problems: (errors.length > 0 ? errors : [{ message: "not XML", line: undefined }])
        .slice(0, MAX_XML_ERRORS)
        .map(({ message, line }): Problem => ({
          code: "syntax",
          place: line === undefined ? fileName : `${fileName} line ${line}`,
          message: `invalid XML: ${tidyXmlMessage(message)}`,
        })),
    };
  return { ok: true, document };
}

function isDocument(value: unknown): value is Document {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Document).getElementsByTagName === "function" &&
    (value as Document).documentElement !== null &&
    (value as Document).documentElement !== undefined
  );
}

/** Browsers report XML errors as a `<parsererror>` element, with the line in its text. */
function parserErrorOf(document: Document): XmlError | undefined {
  const element =
    document.getElementsByTagName("parsererror")[0] ??
    document.getElementsByTagNameNS?.("http://www.w3.org/1999/xhtml", "parsererror")[0];
  if (!element) return undefined;
  const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
  const line = /line(?: number)? (\d+)/i.exec(text)?.[1];
  // Chrome: "This page contains the following errors: error on line 3 at column 5: <reason> Below is…"
  const reason =
    /error on line \d+ at column \d+: (.*?)\s*(?:Below is a rendering.*)?$/i.exec(text)?.[1] ??
    text;
  return { message: reason.slice(0, 300), line: line === undefined ? undefined : Number(line) };
}

/** xmldom appends its own position ("@#[line:2,col:4]"); the path already says where. */
function tidyXmlMessage(message: string): string {
  return message
    .replace(/\s*@#\[line:\d+,col:\d+\]\s*$/, "")
    .replace(/^element parse error: (?:Error: )?/, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
}

// ---------------------------------------------------------------------------------------------
// Places

/**
 * The line of every start tag, by tag name, in document order: the nth `<node>` of
 * `getElementsByTagName("node")` starts on `line("node", n)`. Comments, CDATA sections,
 * processing instructions and declarations are skipped, as the parser skips them.
 */
export class TagLines {
  private readonly lines = new Map<string, number[]>();

  constructor(text: string) {
    let line = 1;
    let counted = 0;
    const lineOf = (offset: number) => {
      for (
        let at = text.indexOf("\n", counted);
        at !== -1 && at < offset;
        at = text.indexOf("\n", at + 1)
      )
        line++;
      counted = Math.max(counted, offset);
      return line;
    };
    let at = 0;
    while ((at = text.indexOf("<", at)) !== -1) {
      if (text.startsWith("<!--", at)) at = after(text, "-->", at + 4);
      else if (text.startsWith("<![CDATA[", at)) at = after(text, "]]>", at + 9);
      else if (text.startsWith("<?", at)) at = after(text, "?>", at + 2);
      else if (text.startsWith("<!", at) || text.startsWith("</", at))
        at = after(text, ">", at + 2);
      else {
        const name = /^[^\s/>]+/.exec(text.slice(at + 1, at + 201))?.[0];
        if (name !== undefined) {
          const list = this.lines.get(name);
          const found = lineOf(at);
          if (list) list.push(found);
          else this.lines.set(name, [found]);
        }
        at = endOfTag(text, at + 1);
      }
      if (at === -1) break;
    }
  }

  line(tag: string, index: number): number | undefined {
    return this.lines.get(tag)?.[index];
  }

  count(tag: string): number {
    return this.lines.get(tag)?.length ?? 0;
  }
}

function after(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end === -1 ? -1 : end + terminator.length;
}

/** Offset after the `>` closing a start tag, skipping quoted attribute values. */
function endOfTag(text: string, from: number): number {
  let quote = "";
  for (let at = from; at < text.length; at++) {
    const char = text.charAt(at);
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") return at + 1;
  }
  return -1;
}

/** `<node id="11"> line 14`, the place of an element in messages. */
export function elementPlace(
  tag: string,
  id: string | null | undefined,
  line: number | undefined,
): string {
  const element = id ? `<${tag} id=${quoted(id)}>` : `<${tag}>`;
  return line === undefined ? element : `${element} line ${line}`;
}

/** An attribute's value, or undefined when absent (xmldom gives "" and browsers null). */
export function attribute(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}

/** The element's direct children with the given tag name. */
export function childElements(element: Element, tag?: string): Element[] {
  const children: Element[] = [];
  const nodes = element.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node && node.nodeType === 1 && (tag === undefined || (node as Element).nodeName === tag))
      children.push(node as Element);
  }
  return children;
}

/** An element's local name, lower-cased: `<gexf:graph>` and `<graph>` are both "graph". */
export function localName(element: Element): string {
  const name = element.localName ?? element.nodeName;
  return (name.includes(":") ? name.slice(name.indexOf(":") + 1) : name).toLowerCase();
}
