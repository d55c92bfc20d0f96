// A tiny static server for the admin console (no dependencies):
//   node scripts/serve.mjs [--port N | N] [--root DIR]     (or PORT=N)
// Binds 127.0.0.1, serves build/www/ by default on port 8080 (0 picks a free
// port), with the right MIME types (application/wasm for .wasm) and the
// console's Content-Security-Policy as a header too.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** Starts serving `root`; resolves to `{ server, url }` once listening. */
export function serve({ root, port = 8080, host = "127.0.0.1" }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed\n", { Allow: "GET, HEAD" });
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(400, "bad request\n");
    }
    let file = resolve(join(base, path));
    if (path.includes("\0") || (file !== base && !file.startsWith(base + sep))) return send(404, "not found\n");
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      send(200, body, {
        "Content-Type": MIME[extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": body.length,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": CSP,
        "Referrer-Policy": "no-referrer",
      });
    } catch {
      send(404, "not found\n");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      ok({ server, url: `http://${host}:${server.address().port}/` });
    });
  });
}

function options(argv) {
  const out = { port: process.env.PORT ?? "8080", root: fileURLToPath(new URL("../build/www", import.meta.url)) };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--port") out.port = argv[++i];
    else if (argv[i].startsWith("--port=")) out.port = argv[i].slice(7);
    else if (argv[i] === "--root") out.root = argv[++i];
    else if (argv[i].startsWith("--root=")) out.root = argv[i].slice(7);
    else if (/^\d+$/.test(argv[i])) out.port = argv[i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  const port = Number(out.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port ${out.port}`);
  return { ...out, port };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { url } = await serve(options(process.argv.slice(2)));
    console.log(`ebp-cancel admin console: ${url}  (Ctrl-C to stop)`);
    console.log(
      "  It opens on the seed order. For an order of your own: paste its JSON snapshot under\n" +
        "  \"Order snapshot\" (or open the file; test/e2e/fixtures/own-order.json is one) and press\n" +
        "  \"Use this order\". Then, once per cancel: choose the lines, \"Apply this cancel to the ledger\";\n" +
        "  \"Provider payloads\" shows each cancel as the EBP, PortOne v1 and NicePay v1 bodies.",
    );
  } catch (e) {
    console.error(`serve: ${e.code === "EADDRINUSE" ? `port in use (${e.message}); set PORT or pass --port` : e.message}`);
    process.exit(1);
  }
}
