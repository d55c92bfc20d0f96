// A tiny static server for the hostile-input page (no dependencies): serves
// pkg/ at /pkg/, this folder at /hostile/ and tests/fixtures/ at /fixtures/
// on 127.0.0.1, `.wasm` as application/wasm, and every response under a
// strict Content-Security-Policy header (no inline script, no eval: only
// 'wasm-unsafe-eval' to compile the module).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const root = fileURLToPath(new URL("../../", import.meta.url));
const MOUNTS = { "/pkg/": `${root}pkg/`, "/hostile/": `${root}test/hostile/`, "/fixtures/": `${root}tests/fixtures/` };
const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
};

/** Resolves to `{ url, close() }` once listening on a free port. */
export function start() {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
    const base = mount && resolve(MOUNTS[mount]);
    let file;
    try {
      file = mount && resolve(base, "." + decodeURIComponent(path.slice(mount.length - 1)));
    } catch {
      file = null;
    }
    const headers = { "Content-Security-Policy": CSP, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
    if (!file || !file.startsWith(base + sep)) {
      res.writeHead(path === "/favicon.ico" ? 204 : 404, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "Content-Type": MIME[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () =>
      ok({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) }),
    ),
  );
}
