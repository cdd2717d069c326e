/**
 * Export: the dataset as dramatis JSON or GEXF (for Gephi and other tools), and the current view
 * as a PNG (at screen size or twice it) or an SVG, each with the legend.
 */
import { useState } from "react";
import { datasetToGexf } from "../export/gexf";
import { datasetToJson, exportFileName } from "../export/json";
import { download } from "../export/download";
import { filterToken } from "../model/vocabulary";
import type { LegendEntry, ViewExporter } from "../export/picture";
import { useExplorer } from "./context";

export function ExportMenu({ exporter }: { exporter: ViewExporter | null }) {
  const { catalog, state } = useExplorer();
  const { dataset } = catalog;
  const [error, setError] = useState<string | null>(null);
  const hidden = new Set(state.hidden);

  const legend = (): LegendEntry[] => {
    const entityTypes = new Set(dataset.entities.map((entity) => entity.type));
    const relationTypes = new Set(dataset.relations.map((relation) => relation.type));
    return [
      ...dataset.entityTypes
        .filter((type) => entityTypes.has(type.id) && !hidden.has(filterToken("entity", type.id)))
        .map((type) => ({ label: type.label, color: type.color, shape: "dot" as const })),
      ...dataset.relationTypes
        .filter(
          (type) => relationTypes.has(type.id) && !hidden.has(filterToken("relation", type.id)),
        )
        .map((type) => ({ label: type.label, color: type.color, shape: "line" as const })),
    ];
  };

  /** The sources' texts by the path each names, so the GEXF carries them. */
  const textsByPath = () => {
    const texts = new Map<string, string>();
    for (const source of dataset.sources) {
      const text = catalog.sourceText.get(source.id);
      if (source.text && text !== undefined) texts.set(source.text, text);
    }
    return texts;
  };

  const run = (action: () => Promise<void> | void) => {
    setError(null);
    Promise.resolve()
      .then(action)
      .catch((reason: unknown) => setError(`The export failed: ${String(reason)}`));
  };

  return (
    <details className="export-menu">
      <summary className="topbar-button">Export</summary>
      <div className="export-items" role="group" aria-label="Export">
        <button
          type="button"
          onClick={() =>
            run(() =>
              download(
                new Blob([datasetToJson(dataset)], { type: "application/json" }),
                exportFileName(dataset, "json"),
              ),
            )
          }
        >
          Dataset as dramatis JSON
        </button>
        <button
          type="button"
          onClick={() =>
            run(() =>
              download(
                new Blob([datasetToGexf(dataset, textsByPath())], { type: "application/xml" }),
                exportFileName(dataset, "gexf"),
              ),
            )
          }
        >
          Dataset as GEXF (Gephi)
        </button>
        <button
          type="button"
          disabled={!exporter}
          onClick={() =>
            run(async () => {
              if (exporter)
                download(await exporter.png(legend(), 1), exportFileName(dataset, "png"));
            })
          }
        >
          View as PNG
        </button>
        <button
          type="button"
          disabled={!exporter}
          onClick={() =>
            run(async () => {
              if (exporter) {
                download(await exporter.png(legend(), 2), exportFileName(dataset, "2x.png"));
              }
            })
          }
        >
          View as PNG, 2× (for print)
        </button>
        <button
          type="button"
          disabled={!exporter}
          onClick={() =>
            run(() => {
              if (exporter) {
                const svg = exporter.svg(dataset.title, legend());
                download(
                  new Blob([svg], { type: "image/svg+xml" }),
                  exportFileName(dataset, "svg"),
                );
              }
            })
          }
        >
          View as SVG
        </button>
        {error && (
          <p role="alert" className="export-error">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
