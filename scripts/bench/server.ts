/**
 * A small static file server for the benchmark (scripts/bench/run.ts): the built app at `/`, the
 * bare sigma page at `/bare/` and the generated datasets and graph snapshots at `/bench-data/`,
 * all on one origin (the app's Content-Security-Policy allows same-origin fetches only).
 *
 * Every answer carries `Cache-Control: no-store`, so no run starts with what an earlier run left
 * in the browser's cache.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** A URL prefix ("/bare/") served from a folder; "/" is the fallback. */
export interface Mount {
  prefix: string;
  dir: string;
}

export interface StaticServer {
  /** The origin, e.g. "http://127.0.0.1:41234". */
  origin: string;
  close(): Promise<void>;
}

/** Module scripts and workers are refused by the browser unless served as JavaScript. */
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** The file a URL path names under a mount, or null if it would leave the mount's folder. */
function fileFor(mount: Mount, urlPath: string): string | null {
  const rest = urlPath.slice(mount.prefix.length);
  const relative = rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest;
  const file = path.resolve(mount.dir, `.${path.posix.sep}${relative}`);
  const root = path.resolve(mount.dir);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function answer(mounts: Mount[], request: IncomingMessage, response: ServerResponse) {
  const headers = { "Cache-Control": "no-store" };
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { ...headers, Allow: "GET, HEAD" }).end();
    return;
  }
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    response.writeHead(400, headers).end();
    return;
  }
  // The longest prefix wins, so "/bare/" is not taken for the app's "/".
  const mount = [...mounts]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((candidate) => urlPath.startsWith(candidate.prefix));
  const file = mount ? fileFor(mount, urlPath) : null;
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    response.writeHead(404, { ...headers, "Content-Type": "text/plain" }).end("not found");
    return;
  }
  response.writeHead(200, {
    ...headers,
    "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
    "Content-Length": info.size,
  });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  createReadStream(file)
    .on("error", () => response.destroy())
    .pipe(response);
}

/** Serves `mounts` on 127.0.0.1 at a free port. */
export async function startServer(mounts: Mount[]): Promise<StaticServer> {
  const server = createServer((request, response) => {
    answer(mounts, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Keep-alive sockets from the browser would hold close() open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
