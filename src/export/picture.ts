/**
 * A picture of the view, as the export menu asks for it: the contract between the panels, which
 * offer the export, and the view, which alone can draw what sigma shows (src/view/exportView.ts).
 */

export interface LegendEntry {
  label: string;
  color: string;
  /** A dot for an entity type, a line for a relation type. */
  shape: "dot" | "line";
}

/** Published by the view once sigma is mounted; null while there is no graph to picture. */
export interface ViewExporter {
  svg(title: string, legend: readonly LegendEntry[]): string;
  png(legend: readonly LegendEntry[], scale: 1 | 2): Promise<Blob>;
}
