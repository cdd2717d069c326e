/** The built-in dataset, checked and laid out at build time (scripts/vite/builtInDataset.ts). */
declare module "virtual:dramatis/built-in-dataset" {
  import type { Dataset } from "../model/schema";
  /** The address of its JSON file (a `BuiltInDataset`). */
  export const builtInUrl: string;
  export interface BuiltInDataset {
    /** Every entity has the position the app's own layout gives it. */
    dataset: Dataset;
    /** Each source's text, by the path the dataset gives for it. */
    sourceTexts: [string, string][];
  }
}
