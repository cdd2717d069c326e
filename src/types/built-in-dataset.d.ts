/** The built-in dataset, checked and laid out at build time (scripts/vite/builtInDataset.ts). */
declare module "virtual:dramatis/built-in-dataset" {
  import type { Dataset } from "../model/schema";
  /** Every entity has the position the app's own layout gives it. */
  export const dataset: Dataset;
  /** Each source's text, by the path the dataset gives for it. */
  export const sourceTexts: [string, string][];
}
