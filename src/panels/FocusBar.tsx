/** While the graph shows one entity's neighbourhood: how deep, and the way back out. */
import type { Focus, FocusDepth } from "../state/explorer";
import { useExplorer } from "./context";

const DEPTHS: readonly FocusDepth[] = [1, 2, 3];

export function FocusBar({ focus }: { focus: Focus }) {
  const { catalog, dispatch } = useExplorer();
  const label = catalog.entity.get(focus.id)?.label ?? focus.id;
  return (
    <section className="focus-bar" aria-label="Focus">
      <span>
        Showing <strong>{label}</strong>’s neighbourhood:
      </span>
      <span role="group" aria-label="Depth">
        {DEPTHS.map((depth) => (
          <button
            key={depth}
            type="button"
            aria-pressed={focus.depth === depth}
            onClick={() => dispatch({ type: "set-focus", focus: { ...focus, depth } })}
          >
            {depth} {depth === 1 ? "step" : "steps"}
          </button>
        ))}
      </span>
      <button type="button" onClick={() => dispatch({ type: "set-focus", focus: null })}>
        Step back out
      </button>
    </section>
  );
}
