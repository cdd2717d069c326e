/**
 * If the renderer fails (a WebGL context lost or refused after the first check), the reader gets
 * a message in place of the graph while the panels keep working, never a blank page.
 */
import { Component, type ReactNode } from "react";

export function GraphUnavailable({ reason, children }: { reason: string; children?: ReactNode }) {
  return (
    <div className="graph-unavailable">
      <div role="status">
        <h2>The graph cannot be drawn here</h2>
        <p>{reason}</p>
        <p>Every entity and relation is still here: open any of them below, or search above.</p>
      </div>
      {children}
    </div>
  );
}

export class GraphBoundary extends Component<
  { children: ReactNode; fallback: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <GraphUnavailable reason="The graph renderer stopped with an error (WebGL may be unavailable or was lost).">
          {this.props.fallback}
        </GraphUnavailable>
      );
    }
    return this.props.children;
  }
}
