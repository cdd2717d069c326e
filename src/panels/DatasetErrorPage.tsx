/** A dataset that cannot be opened: every problem with its place, never a blank page. */
import { placeOf, type Problem } from "../model/problem";

export function DatasetErrorPage({
  origin,
  problems,
  builtIn,
}: {
  origin: string;
  problems: Problem[];
  /** The built-in dataset itself failed (it could not be fetched): the way out is to retry. */
  builtIn: boolean;
}) {
  return (
    <main className="error-page">
      <section role="alert" aria-labelledby="error-title">
        <h1 id="error-title">This dataset could not be opened</h1>
        <p>
          {origin} has {problems.length === 1 ? "1 problem" : `${problems.length} problems`}. Each
          is listed with where it is in the file.
        </p>
        <ul className="problems">
          {problems.map((problem, index) => (
            <li key={index}>
              <code className="problem-path">{placeOf(problem)}</code>{" "}
              <span className="problem-message">{problem.message}</span>
            </li>
          ))}
        </ul>
        <p>
          <a href={window.location.pathname}>
            {builtIn ? "Try again" : "Open the built-in dataset instead"}
          </a>
        </p>
      </section>
    </main>
  );
}
