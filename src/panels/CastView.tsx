/**
 * "Cast and relations": what the graph draws, as a WAI-ARIA tree a keyboard or a screen reader
 * can walk. Entity types hold entities, entities hold their relations told as sentences. It reads
 * the scene the graph draws (scene/cast.ts), and stands where the graph's cursor stands: moving
 * the current row moves the cursor (the graph emphasises it and brings it into view), and a click
 * in the graph moves the current row here, without taking focus from the graph.
 *
 * Keys are the APG tree view's: Down/Up, Right (open, or first child), Left (close, or parent),
 * Home/End, `*` (open every sibling), type-ahead, and Enter to open the row's panel. Roving
 * tabindex: only the current row is in the tab order.
 */
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import type { ItemRef } from "../model/vocabulary";
import { formatPartialDate } from "../model/time";
import { castOf } from "../scene/cast";
import { useExplorer } from "./context";
import {
  ancestorsOf,
  castRows,
  rowDomId,
  rowIndex,
  rowOf,
  shownRows,
  typeAhead,
  type CastRow,
} from "./castTree";

/** Letters typed within this long of each other make one prefix ("ma" for Malenkov). */
const TYPE_AHEAD_PAUSE_MS = 700;

const keyOfItem = (item: ItemRef | null) => (item ? `${item.kind}:${item.id}` : "");

export function CastView() {
  const { catalog, scene, state, dispatch, cursor, moveCursor } = useExplorer();
  const { asOf, filtered, visible } = scene;
  const rows = useMemo(
    () => castRows(castOf(catalog, { asOf, filtered, visible })),
    [catalog, asOf, filtered, visible],
  );
  const index = useMemo(() => rowIndex(rows), [rows]);

  // Types start open (the cast at a glance), entities shut (their relations on request).
  const [openRows, setOpenRows] = useState<ReadonlyMap<string, boolean>>(new Map());
  const isOpen = (key: string) => openRows.get(key) ?? key.startsWith("t:");
  const shown = shownRows(rows, isOpen);

  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [seenCursor, setSeenCursor] = useState("");
  // When the cursor moves elsewhere (a click in the graph, a link, Back) ⇒ its row becomes
  // current and its ancestors open. Set while rendering (React's pattern for state that follows
  // a prop), so that no frame shows the old row.
  const cursorKey = keyOfItem(cursor);
  if (cursorKey !== seenCursor) {
    setSeenCursor(cursorKey);
    const standing = currentKey ? index.get(currentKey) : undefined;
    if (cursor && keyOfItem(standing?.item ?? null) !== cursorKey) {
      const target = rowOf(index, cursor, currentKey);
      if (target) {
        setCurrentKey(target.key);
        const closed = ancestorsOf(index, target.key).filter((key) => !isOpen(key));
        if (closed.length > 0) {
          setOpenRows(new Map([...openRows, ...closed.map((key) => [key, true] as const)]));
        }
      }
    }
  }

  // The current row, or where it went: a filter may remove it, a parent may close over it.
  const current = currentRow(index, shown, currentKey);
  const treeRef = useRef<HTMLUListElement>(null);
  const typed = useRef({ text: "", at: 0 });

  // When the current row changes ⇒ bring it into view; if the tree has focus, focus moves with
  // it (a move made in the graph leaves focus in the graph).
  const currentDomId = current ? rowDomId(current.key) : null;
  useEffect(() => {
    if (!currentDomId) return;
    const element = document.getElementById(currentDomId);
    if (!element) return;
    element.querySelector(".cast-row")?.scrollIntoView?.({ block: "nearest" });
    if (treeRef.current?.contains(document.activeElement) && document.activeElement !== element) {
      element.focus({ preventScroll: true });
    }
  }, [currentDomId]);

  const moveTo = (row: CastRow) => {
    setCurrentKey(row.key);
    moveCursor(row.item);
  };
  const setOpen = (key: string, open: boolean) => setOpenRows(new Map([...openRows, [key, open]]));
  const activate = (row: CastRow) => {
    if (!row.item) setOpen(row.key, !isOpen(row.key));
    else if (row.item.kind === "entity") dispatch({ type: "select-entity", id: row.item.id });
    else dispatch({ type: "select-relation", id: row.item.id });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const at = shown.indexOf(current);
    const hasChildren = current.children.length > 0;
    let target: CastRow | null | undefined;
    switch (event.key) {
      case "ArrowDown":
        target = shown[at + 1];
        break;
      case "ArrowUp":
        target = shown[at - 1];
        break;
      case "Home":
        target = shown[0];
        break;
      case "End":
        target = shown[shown.length - 1];
        break;
      case "ArrowRight":
        if (hasChildren && !isOpen(current.key)) setOpen(current.key, true);
        else if (hasChildren) target = current.children[0];
        break;
      case "ArrowLeft":
        if (hasChildren && isOpen(current.key)) setOpen(current.key, false);
        else if (current.parent) target = index.get(current.parent);
        break;
      case "Enter":
        activate(current);
        break;
      case "*": {
        const siblings = current.parent ? index.get(current.parent)?.children : rows;
        const parents = (siblings ?? []).filter((row) => row.children.length > 0);
        setOpenRows(new Map([...openRows, ...parents.map((row) => [row.key, true] as const)]));
        break;
      }
      default: {
        if (event.key.length !== 1 || event.key === " ") return;
        const now = event.timeStamp;
        const continuing = now - typed.current.at < TYPE_AHEAD_PAUSE_MS;
        const text = continuing ? typed.current.text + event.key : event.key;
        typed.current = { text, at: now };
        // A first letter steps on from the current row; a longer prefix may still fit it.
        target = typeAhead(shown, at, text, text.length > 1);
      }
    }
    event.preventDefault();
    if (target && target !== current) moveTo(target);
  };

  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const element = (event.target as Element).closest<HTMLElement>("[role=treeitem]");
    const row = element?.dataset.key ? index.get(element.dataset.key) : undefined;
    if (!row) return;
    moveTo(row);
    const onToggle = (event.target as Element).closest(".cast-twisty") !== null;
    if (onToggle && row.children.length > 0) setOpen(row.key, !isOpen(row.key));
    else activate(row);
  };

  const entityCount = rows.reduce((sum, row) => sum + row.children.length, 0);
  return (
    <section className="cast-view" aria-labelledby="cast-title">
      <header className="cast-header">
        <h2 id="cast-title">Cast and relations</h2>
        <p className="muted cast-summary">
          {entityCount === 1 ? "1 entity" : `${entityCount} entities`}
          {state.date ? ` as of ${formatPartialDate(state.date)}` : ""}
          {state.hidden.length > 0 || state.focus ? ", as filtered in the graph" : ""}
        </p>
      </header>
      {rows.length === 0 ? (
        <p className="cast-empty">
          Nothing is drawn with the date, filters and focus as they are, so nothing is listed.
        </p>
      ) : (
        // Keys and clicks are handled once for the whole tree: keys act on the current row,
        // a click on the row under the pointer. The rows on show are one flat list, their
        // nesting told by aria-level, -setsize and -posinset (the APG allows it): a treeitem
        // that held its children would take their text into its name, and its name would no
        // longer be the words on its row (WCAG 2.5.3).
        <ul
          role="tree"
          aria-labelledby="cast-title"
          ref={treeRef}
          onKeyDown={onKeyDown}
          onClick={onClick}
        >
          {shown.map((row) => (
            <CastItem key={row.key} row={row} current={current} isOpen={isOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}

function currentRow(
  index: ReadonlyMap<string, CastRow>,
  shown: readonly CastRow[],
  key: string | null,
): CastRow | null {
  // A row hidden by a closed parent hands over to that parent; a row gone from the cast, to the top.
  let row = key ? index.get(key) : undefined;
  while (row && !shown.includes(row)) row = row.parent ? index.get(row.parent) : undefined;
  return row ?? shown[0] ?? null;
}

function CastItem({
  row,
  current,
  isOpen,
}: {
  row: CastRow;
  current: CastRow | null;
  isOpen: (key: string) => boolean;
}): ReactNode {
  const parent = row.children.length > 0;
  const open = parent && isOpen(row.key);
  const id = rowDomId(row.key);
  const isCurrent = current?.key === row.key;
  return (
    <li
      id={id}
      role="treeitem"
      data-key={row.key}
      aria-level={row.level}
      aria-setsize={row.setsize}
      aria-posinset={row.posinset}
      aria-expanded={parent ? open : undefined}
      aria-selected={isCurrent}
      tabIndex={isCurrent ? 0 : -1}
      className={`cast-item cast-level-${row.level}`}
    >
      <div className="cast-row">
        <span className="cast-twisty" aria-hidden="true">
          {parent ? (open ? "▾" : "▸") : ""}
        </span>
        {row.color && (
          <span
            className={row.level === 1 ? "type-dot" : "type-line"}
            style={{ background: row.color }}
            aria-hidden="true"
          />
        )}
        <span id={`${id}-label`} className="cast-label">
          {row.label}
        </span>
        {row.count && " "}
        {row.count && (
          <span id={`${id}-count`} className="cast-count muted">
            {row.count}
          </span>
        )}
      </div>
    </li>
  );
}
