/**
 * Shown while the layout worker arranges a large graph: how far it has got, and a way to stop it
 * and keep the arrangement reached so far. On graphs small enough to wait for, it stands in for
 * the graph; on large ones it sits over the graph, which moves as positions arrive.
 */
import { useState } from "react";
import type { LayoutState } from "../graph/layout";

export function LayoutProgress({
  layout,
  entities,
  onStop,
}: {
  layout: LayoutState;
  entities: number;
  onStop: () => void;
}) {
  const [stopping, setStopping] = useState(false);
  if (layout.status === "failed") {
    return (
      <div className="layout-progress" role="status">
        The layout stopped ({layout.message}); entities stay where they started.
      </div>
    );
  }
  if (layout.status !== "running") return null;
  const percent = Math.round(layout.fraction * 100);
  return (
    <div className="layout-progress" role="status">
      <span>
        {stopping ? "Stopping, keeping this arrangement…" : `Arranging ${count(entities)}…`}
      </span>
      <progress max={100} value={percent} aria-label="Layout progress">
        {percent}%
      </progress>
      <button
        type="button"
        disabled={stopping}
        onClick={() => {
          setStopping(true);
          onStop();
        }}
      >
        Stop
      </button>
    </div>
  );
}

function count(entities: number): string {
  return `${entities.toLocaleString("en")} ${entities === 1 ? "entity" : "entities"}`;
}
