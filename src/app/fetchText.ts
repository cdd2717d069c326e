/**
 * Fetching a file of this site as text, for the built-in dataset (on the page) and a linked one
 * (in the import worker). Its own module so that the page does not import the dataset loader.
 */

/** The file's text; throws "404 Not Found" and the like when the server does not give it. */
export async function fetchText(url: URL | string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return response.text();
}

/** "404 Not Found" or "Failed to fetch", without the "Error: " of an Error's own text. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
