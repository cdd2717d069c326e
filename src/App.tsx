/**
 * Composition root: open a dataset (the built-in one, or `?data=URL`), then either show the
 * explorer on it or say exactly what is wrong with it.
 */
import { useEffect, useState } from "react";
import { loadBuiltIn, loadFromUrl } from "./app/datasets";
import { Explorer } from "./Explorer";
import type { LoadedDataset } from "./model/load";
import type { Problem } from "./model/schema";
import { DatasetErrorPage } from "./panels/DatasetErrorPage";

type Opening =
  | { status: "loading" }
  | { status: "ready"; loaded: LoadedDataset }
  | { status: "failed"; origin: string; problems: Problem[] };

export function App() {
  const [opening, setOpening] = useState<Opening>({ status: "loading" });

  // When the page opens ⇒ load the dataset its URL names, or the built-in one.
  useEffect(() => {
    let cancelled = false;
    const address = new URLSearchParams(window.location.search).get("data");
    const origin = address ? `The dataset at ${address}` : "The built-in dataset";
    (address ? loadFromUrl(address) : loadBuiltIn())
      .then((result) => {
        if (cancelled) return;
        setOpening(
          result.ok
            ? { status: "ready", loaded: result.loaded }
            : { status: "failed", origin, problems: result.problems },
        );
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setOpening({
          status: "failed",
          origin,
          problems: [{ path: "(file)", message: `could not be opened: ${String(error)}` }],
        });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  if (opening.status === "loading") {
    return (
      <p className="loading" role="status">
        Opening the dataset…
      </p>
    );
  }
  if (opening.status === "failed") {
    return <DatasetErrorPage origin={opening.origin} problems={opening.problems} />;
  }
  return <Explorer loaded={opening.loaded} />;
}
