/**
 * The list of the graph's keys, in a modal dialog: `?` in the graph opens it, Escape or Close
 * shuts it, and focus goes back to where it was. Rendered into the body, outside sigma's
 * container, so that clicks in it never reach the graph's pointer handlers.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import { createPortal } from "react-dom";
import { GRAPH_KEYS, PAGE_KEYS } from "./graphKeys";

export function GraphKeysHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  // When the help opens ⇒ show it as a modal (the page behind goes inert, focus moves into it);
  // when it closes ⇒ hand focus back to what had it before.
  useEffect(() => {
    const element = dialog.current;
    if (!open || !element) return;
    const returnTo = document.activeElement;
    element.showModal();
    // Start reading at the title: the dialog would otherwise focus Close, at the bottom, and
    // scroll the list of keys out of view.
    heading.current?.focus();
    return () => {
      if (element.open) element.close();
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Escape") return;
    // Closing the help is all this Escape does: the page's Escape (step back) must not run too.
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  if (!open) return null;
  return createPortal(
    <dialog
      ref={dialog}
      className="graph-keys-help"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onClose={onClose}
    >
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        Keys in the graph
      </h2>
      <p>These keys work while the graph has focus; they never fire while you type elsewhere.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {[...GRAPH_KEYS, ...PAGE_KEYS].map((entry) => (
            <tr key={entry.label}>
              <td>
                <kbd>{entry.label}</kbd>
              </td>
              <td>{entry.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>,
    document.body,
  );
}
