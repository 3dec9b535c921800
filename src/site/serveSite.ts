import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { siteUrls } from "./urls.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

export interface ServeOptions {
  /** Sub-folder the site expects to live in, as built with --path-prefix. */
  pathPrefix?: string;
  port?: number;
}

/**
 * Serves a built site from `dir` on 127.0.0.1 (port 0 picks a free one). For
 * previewing and for tests: static files only, nothing outside `dir`.
 */
export async function serveSite(dir: string, options: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const { prefix } = siteUrls(options.pathPrefix);
  const server = createServer(async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad request");
      return;
    }
    const file = path.startsWith(prefix) ? resolve(join(root, path.slice(prefix.length))) : "";
    const inside = file === root || file.startsWith(root + sep);
    const target = inside ? await stat(file).then((s) => (s.isDirectory() ? join(file, "index.html") : file), () => "") : "";
    const found = target ? await stat(target).then((s) => s.isFile(), () => false) : false;
    if (!found) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(target)] ?? "application/octet-stream" });
    // A rebuild may swap the folder out mid-read: end this response, keep serving.
    createReadStream(target).on("error", () => res.destroy()).pipe(res);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return { server, url: `http://127.0.0.1:${port}${prefix}` };
}
