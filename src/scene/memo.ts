/**
 * Remembers a function's last call: the same arguments (compared with Object.is) give back the
 * same result without computing it again. The scene's steps are pure, so this changes only how
 * often they run, never what they return; and because a step's result keeps its identity while
 * its inputs do, the steps after it (and React below) see nothing changed either.
 */
export function rememberLast<Args extends unknown[], Result>(
  step: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { args: Args; result: Result } | null = null;
  return (...args: Args) => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((value, index) => Object.is(value, args[index]))
    ) {
      return last.result;
    }
    const result = step(...args);
    last = { args, result };
    return result;
  };
}
