/**
 * How a JSON file says which network it is, from its first characters only (the Open dialog and
 * the sniff never parse): a dramatis dataset names its format or has entities; a network from
 * another tool has nodes with links or edges, or Cytoscape's elements.
 */
const HEAD = 20_000;

export function looksLikeDramatis(text: string): boolean {
  const head = text.slice(0, HEAD);
  return /"dramatis\/1"/.test(head) || /"entities"\s*:/.test(head);
}

export function looksLikeGraphJson(text: string): boolean {
  const head = text.slice(0, HEAD);
  if (looksLikeDramatis(text)) return false;
  return (
    /"(?:links|edges|elements)"\s*:/.test(head) ||
    /"nodes"\s*:/.test(head) ||
    /^\s*\[\s*\{\s*"data"\s*:/.test(head)
  );
}
