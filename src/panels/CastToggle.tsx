/** The top bar's switch for the "Cast and relations" text view; the URL keeps it (&view=text). */
import { useExplorer } from "./context";

export function CastToggle() {
  const { state, dispatch } = useExplorer();
  return (
    <button
      type="button"
      className="topbar-button cast-toggle-button"
      aria-pressed={state.textView}
      onClick={() => dispatch({ type: "set-text-view", open: !state.textView })}
    >
      Cast and relations
    </button>
  );
}
