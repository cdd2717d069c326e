/** How far reading a file has got: the stage in words and the fraction done, for a progress bar. */
export interface Progress {
  stage: string;
  fraction: number;
}
