/**
 * `npm run validate -- FILE`: checks a dramatis/1 dataset and its source texts.
 *
 * Exit 0: valid (one summary line). Exit 1: problems (one `path: message` line each, then a count),
 * or the file cannot be read. Exit 2: wrong usage. Problems go to stdout so they can be piped;
 * trouble with the command itself goes to stderr, always as one line, never a stack trace.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadDataset } from "../model/load";
import { FORMAT } from "../model/schema";

const USAGE = "usage: npm run validate -- FILE   (FILE: a dramatis/1 dataset, .json)";

async function main(args: readonly string[]): Promise<number> {
  if (args.length === 1 && (args[0] === "--help" || args[0] === "-h")) {
    console.log(USAGE);
    return 0;
  }
  const file = args[0];
  if (args.length !== 1 || file === undefined) {
    console.error(
      `dramatis validate: ${args.length === 0 ? "no file given" : "give exactly one file"}; ${USAGE}`,
    );
    return 2;
  }

  // `npm run` moves to the package folder; a relative FILE means relative to where it was typed.
  const base =
    process.env.npm_lifecycle_event === "validate" && process.env.INIT_CWD
      ? process.env.INIT_CWD
      : process.cwd();
  const absolute = path.resolve(base, file);

  let jsonText: string;
  try {
    jsonText = await readFile(absolute, "utf8");
  } catch (error) {
    console.error(`${file}: cannot read the file: ${describeFileError(error)}`);
    return 1;
  }

  const folder = path.dirname(absolute);
  const result = await loadDataset(jsonText, async (relativePath) => {
    try {
      return await readFile(path.resolve(folder, relativePath), "utf8");
    } catch (error) {
      throw new Error(describeFileError(error), { cause: error });
    }
  });

  if (!result.ok) {
    for (const problem of result.problems) console.log(`${problem.path}: ${problem.message}`);
    console.log(`${file}: ${count(result.problems.length, "problem")}`);
    return 1;
  }
  const { dataset } = result.loaded;
  console.log(
    `${file}: valid ${FORMAT} dataset ${JSON.stringify(dataset.id)}: ` +
      [
        count(dataset.entities.length, "entity", "entities"),
        count(dataset.relations.length, "relation"),
        count(dataset.sources.length, "source"),
      ].join(", "),
  );
  return 0;
}

function count(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** Node's file errors, in words: "no such file" rather than `ENOENT: … open '/abs/path'`. */
function describeFileError(error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder, not a file";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

// Output piped into `head` closes early; that is not an error worth a trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`dramatis validate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
