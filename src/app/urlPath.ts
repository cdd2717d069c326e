/**
 * Where problems with a linked dataset's address, or with fetching it, are reported: the page
 * (src/app/datasets.ts) and the import worker (src/app/fetchDataset.ts) both use it, and this
 * module imports nothing, so the page does not carry the worker's loader to get it.
 */
export const URL_PATH = "(url)";
