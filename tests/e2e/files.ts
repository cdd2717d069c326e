/**
 * Files in and out of the page as a person moves them: dragged from the desktop and dropped,
 * picked with the top bar's "Open…", and saved by a download.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";

/** A file to hand the page: its name and bytes, as a person's file picker or drag would. */
export interface PageFile {
  name: string;
  bytes: Uint8Array;
  /** Defaults to "" (the browser's guess from a dropped file's name is not relied on). */
  mimeType?: string;
}

/** A fixture under tests/fixtures/, as a PageFile named by its base name. */
export async function fixtureFile(relativePath: string): Promise<PageFile> {
  const bytes = await readFile(new URL(`../fixtures/${relativePath}`, import.meta.url));
  return { name: relativePath.split("/").pop() ?? relativePath, bytes: new Uint8Array(bytes) };
}

/**
 * A DataTransfer in the page holding `files` (built from their bytes), as a drag from the desktop
 * carries them; its `types` include "Files".
 */
async function filesTransfer(page: Page, files: readonly PageFile[]) {
  const payload = files.map((file) => ({
    name: file.name,
    type: file.mimeType ?? "",
    base64: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString(
      "base64",
    ),
  }));
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const binary = atob(file.base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      transfer.items.add(new File([bytes], file.name, { type: file.type }));
    }
    return transfer;
  }, payload);
}

/**
 * Starts dragging `files` over the page (dragenter and dragover on the body) without dropping
 * them; returns the drop, which finishes the gesture (`drop` on the body). Between the two a
 * person sees the page's drop target.
 */
export async function dragFilesOver(
  page: Page,
  files: readonly PageFile[],
): Promise<{ drop: () => Promise<void> }> {
  const dataTransfer = await filesTransfer(page, files);
  await page.dispatchEvent("body", "dragenter", { dataTransfer });
  await page.dispatchEvent("body", "dragover", { dataTransfer });
  return {
    drop: async () => {
      await page.dispatchEvent("body", "drop", { dataTransfer });
      await dataTransfer.dispose();
    },
  };
}

/** Drags `files` over the page and drops them, as from a file manager. */
export async function dropFiles(page: Page, files: readonly PageFile[]): Promise<void> {
  const { drop } = await dragFilesOver(page, files);
  await drop();
}

/** What a download saved: the file name the page suggested, and the bytes. */
export interface DownloadedFile {
  name: string;
  bytes: Buffer;
}

/**
 * Runs `action` (a click on a download button, say) and returns the file it downloads, read from
 * where the browser saved it.
 */
export async function downloadOf(page: Page, action: () => Promise<void>): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent("download"), action()]);
  const failure = await download.failure();
  if (failure)
    throw new Error(`the download of ${download.suggestedFilename()} failed: ${failure}`);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Picks `files` with the top bar's "Open…" (its file input, as the picker fills it). */
export async function pickFiles(page: Page, files: readonly PageFile[]): Promise<void> {
  await page.getByLabel("Open a network file").setInputFiles(
    files.map((file) => ({
      name: file.name,
      mimeType: file.mimeType ?? "application/octet-stream",
      buffer: Buffer.from(file.bytes),
    })),
  );
}
