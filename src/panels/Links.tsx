/**
 * Links inside panels are real links (their href is the URL of the view they open, so they can be
 * copied or opened in a new tab); a plain click is turned into an action instead of a page load.
 */
import type { MouseEvent, ReactNode } from "react";
import type { ExplorerAction, ExplorerState } from "../state/explorer";
import { explorerReducer } from "../state/explorer";
import { withExplorerState } from "../state/url";
import { useExplorer } from "./context";

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function ActionLink({
  action,
  className,
  title,
  children,
}: {
  action: ExplorerAction;
  className?: string;
  title?: string;
  children: ReactNode;
}) {
  const { state, dispatch } = useExplorer();
  const target: ExplorerState = explorerReducer(state, action);
  const href = withExplorerState(window.location.search, target) || window.location.pathname;
  return (
    <a
      href={href}
      className={className}
      title={title}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        dispatch(action);
      }}
    >
      {children}
    </a>
  );
}

export function EntityLink({ id, children }: { id: string; children?: ReactNode }) {
  const { catalog } = useExplorer();
  const entity = catalog.entity.get(id);
  const color = entity ? catalog.entityType.get(entity.type)?.color : undefined;
  return (
    <ActionLink action={{ type: "select-entity", id }} className="entity-link">
      <span className="type-dot" style={{ background: color }} aria-hidden="true" />
      {children ?? entity?.label ?? id}
    </ActionLink>
  );
}

export function RelationLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <ActionLink
      action={{ type: "select-relation", id }}
      className="relation-link"
      title="Open this relation with its evidence"
    >
      {children}
    </ActionLink>
  );
}
