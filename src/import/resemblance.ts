/**
 * What a file that no format reads looks like, so that the refusal says something useful ("it
 * resembles GML, which Dramatis does not read: export GEXF or GraphML from the tool that wrote it")
 * rather than only "not a network file". Looks at the first characters; never parses.
 */

interface Likeness {
  test: RegExp;
  what: string;
  advice: string;
}

const EXPORT = "export GEXF or GraphML from the tool that wrote it";

const LIKENESSES: readonly Likeness[] = [
  { test: /^\s*(?:Creator\s+"[^"]*"\s*)?graph\s*\[/i, what: "GML", advice: EXPORT },
  { test: /^\s*(?:strict\s+)?(?:di)?graph\b[^{]*\{/i, what: "Graphviz DOT", advice: EXPORT },
  { test: /^\s*\*vertices\b/i, what: "Pajek .net", advice: EXPORT },
  {
    test: /"type"\s*:\s*"gephi-lite"/,
    what: "a Gephi Lite project",
    advice: "export GEXF from Gephi Lite",
  },
  { test: /^\s*DL\s+n\s*=/i, what: "UCINET DL", advice: EXPORT },
  { test: /^\s*%PDF/, what: "a PDF document", advice: "open the network file itself" },
];

/** "it resembles GML, which is not read: export GEXF or GraphML …", or undefined. */
export function resemblance(text: string): string | undefined {
  const head = text.slice(0, 4000);
  const found = LIKENESSES.find((likeness) => likeness.test.test(head));
  return found ? `it resembles ${found.what}, which is not read: ${found.advice}` : undefined;
}

/** For JSON that is neither a dramatis dataset nor a network: its top-level keys, named. */
export function jsonResemblance(value: unknown): string {
  if (Array.isArray(value)) return "it is a JSON list, not a dataset or a list of network elements";
  if (typeof value !== "object" || value === null) return "it is JSON, but not an object";
  const keys = Object.keys(value).slice(0, 6);
  return `it is JSON with ${keys.length === 0 ? "no keys" : `the keys ${keys.map((key) => JSON.stringify(key)).join(", ")}`}, which resembles none of the networks read: a dramatis dataset has "format": "dramatis/1", networkx node-link data "nodes" and "links", Cytoscape.js "elements", graphology "nodes" with keys`;
}
