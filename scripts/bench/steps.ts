/** Named steps, so that a failure says where it happened in one line. */

/** The first informative line of an error's message, without colours or a stack. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .map((line) => line.trim())
    // Playwright puts its call log under the message; the first line says what went wrong.
    .filter((line) => line !== "" && !/^=+ ?logs? ?=+$/i.test(line));
  return lines[0] ?? "unknown error";
}

export class StepError extends Error {
  constructor(
    readonly step: string,
    cause: unknown,
  ) {
    super(`step "${step}": ${oneLine(cause)}`, { cause });
  }
}

/** Runs `run`; a failure comes out as a StepError naming `name`. */
export async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StepError) throw error;
    throw new StepError(name, error);
  }
}
