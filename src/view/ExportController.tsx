/**
 * Hands the rest of the app a way to picture the current view, without it touching sigma: the
 * exporter is published through `onReady` once sigma is mounted. Draws nothing.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { ViewExporter } from "../export/picture";
import { viewToPng, viewToSvg } from "./exportView";

export function ExportController({
  onReady,
}: {
  onReady: (exporter: ViewExporter | null) => void;
}) {
  const sigma = useSigma();

  // When sigma is mounted ⇒ publish an exporter for it; withdraw it when unmounted.
  useEffect(() => {
    onReady({
      svg: (title, legend) => viewToSvg(sigma, title, legend),
      png: (legend, scale) => viewToPng(sigma, legend, scale),
    });
    return () => onReady(null);
  }, [sigma, onReady]);

  return null;
}
