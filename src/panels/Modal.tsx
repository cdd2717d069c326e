/**
 * A modal dialog on the browser's own `<dialog>` opened with `showModal()`: the page behind it is
 * inert, so focus stays inside without a hand-written trap and screen readers hear only the
 * dialog. Escape closes it through `onClose` (the owner decides what closing means), and focus goes
 * back to where it was before the dialog opened.
 */
import { useEffect, useRef, type ReactNode } from "react";

export function Modal({
  labelledBy,
  className,
  onClose,
  children,
}: {
  /** The id of the dialog's heading: its accessible name. */
  labelledBy: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);

  // When the dialog mounts ⇒ open it as modal; when it unmounts ⇒ give focus back to its opener.
  useEffect(() => {
    const opener = document.activeElement;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={labelledBy}
      className={className ? `modal ${className}` : "modal"}
      onCancel={(event) => {
        // Escape: the owner closes it (by unmounting), so that its state says what is showing.
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // The explorer's own Escape (clear the selection) is not for keys pressed in here.
        if (event.key === "Escape") {
          event.preventDefault();
          onClose();
        }
        event.stopPropagation();
      }}
    >
      {children}
    </dialog>
  );
}
