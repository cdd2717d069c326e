/**
 * User Timing measures of the app's own stages ("dramatis:parse", "dramatis:build", …): they show
 * in the browser's performance profile, and `npm run bench` reads them.
 */
export function timed<T>(name: string, run: () => T): T {
  const start = performance.now();
  const value = run();
  performance.measure(name, { start, end: performance.now() });
  return value;
}

/** The same for work that ends later. */
export async function timedAsync<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await run();
  performance.measure(name, { start, end: performance.now() });
  return value;
}
