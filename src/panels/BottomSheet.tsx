/**
 * Where the panels live: the sidebar beside the graph on a wide screen; on a narrow one a
 * persistent, non-modal sheet over the foot of the graph, at a peek, half or full height. Its
 * handle is a button (a tap or Enter steps to the next height) that can also be dragged; the
 * graph stays usable above it, and the camera frames in the band it leaves (view/visibleBand.ts).
 */
import {
  useEffect,
  useRef,
  useState,
  type PointerEvent,
  type ReactNode,
  type RefObject,
} from "react";
import {
  nextSheetHeight,
  sheetHandleLabel,
  sheetHeightNearest,
  sheetPixels,
  SHEET_HEIGHTS,
  type SheetHeight,
} from "../state/sheet";

/** A press that moves less than this is a tap, not a drag. */
const DRAG_THRESHOLD_PX = 8;
const SHEET_ID = "details-sheet";

export function BottomSheet({
  narrow,
  raiseFor,
  coverRef,
  children,
}: {
  narrow: boolean;
  /**
   * What the panel shows (an entity, a relation…), "" for the overview: when it changes, a
   * peeking sheet rises; a page opened on something starts at half height.
   */
  raiseFor: string;
  /** The element that covers the graph's foot, for the camera to frame above it. */
  coverRef: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const [height, setHeight] = useState<SheetHeight>(raiseFor === "" ? "peek" : "half");
  const [workspace, setWorkspace] = useState(0);
  const [dragTop, setDragTop] = useState<number | null>(null);
  const drag = useRef<{ startY: number; startHeight: number; moved: boolean } | null>(null);
  const [shownFor, setShownFor] = useState(raiseFor);

  // A reader who taps a node wants to read about it: a peeking sheet rises to half height.
  if (shownFor !== raiseFor) {
    setShownFor(raiseFor);
    if (height === "peek" && raiseFor !== "") setHeight("half");
  }

  // When the narrow layout is on ⇒ follow the workspace's height, which the sheet's heights are
  // shares of (the phone turning, the address bar folding away).
  useEffect(() => {
    const parent = coverRef.current?.parentElement;
    if (!narrow || !parent || typeof ResizeObserver === "undefined") return;
    const measure = () => setWorkspace(parent.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, [narrow, coverRef]);

  if (!narrow) {
    return (
      <aside ref={coverRef} className="sidebar" aria-label="Details">
        {children}
      </aside>
    );
  }

  const pixels = sheetPixels(height, workspace);
  const shown = dragTop === null ? pixels : Math.max(48, workspace - dragTop);

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: pixels, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const current = drag.current;
    if (!current || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const dy = event.clientY - current.startY;
    if (Math.abs(dy) < DRAG_THRESHOLD_PX && !current.moved) return;
    current.moved = true;
    setDragTop(Math.min(workspace, Math.max(0, workspace - current.startHeight + dy)));
  };
  const onPointerEnd = () => {
    const current = drag.current;
    if (current?.moved && dragTop !== null) {
      const tops = Object.fromEntries(
        SHEET_HEIGHTS.map((h) => [h, workspace - sheetPixels(h, workspace)]),
      ) as Record<SheetHeight, number>;
      setHeight(sheetHeightNearest(dragTop, tops, height));
    }
    setDragTop(null);
  };

  return (
    <aside
      ref={coverRef}
      id={SHEET_ID}
      className="sidebar sheet"
      aria-label="Details"
      data-sheet={height}
      style={workspace > 0 ? { height: `${shown}px` } : undefined}
    >
      <button
        type="button"
        className="sheet-handle"
        aria-label={sheetHandleLabel(height)}
        aria-expanded={height !== "peek"}
        aria-controls={SHEET_ID}
        onClick={() => {
          // A drag ends with a click too: it has already set the height.
          if (drag.current?.moved) {
            drag.current = null;
            return;
          }
          drag.current = null;
          setHeight(nextSheetHeight(height));
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      >
        <span className="sheet-grip" aria-hidden="true" />
      </button>
      {children}
    </aside>
  );
}
