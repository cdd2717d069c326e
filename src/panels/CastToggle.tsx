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
      {/* On a phone the button says "Cast" and keeps its whole name for assistive technology,
          which still begins with the words on show (WCAG 2.5.3, label in name). */}
      Cast<span className="topbar-wide-only"> and relations</span>
    </button>
  );
}
