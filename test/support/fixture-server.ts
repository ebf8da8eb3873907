/**
 * Serves the sample filing forms (test/fixtures/forms) and the page-side libraries they use
 * (React and Vue UMD builds from node_modules) on 127.0.0.1. Used by the e2e tests, the demo
 * and the benchmarks.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLibPage, isLibPage, libPageHtml } from './lib-fixture-build';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FORMS = join(ROOT, 'test/fixtures/forms');

/** URL path prefix → file on disk, for the libraries the sample forms load. */
const VENDOR: Record<string, string> = {
  '/vendor/react.js': 'node_modules/react/umd/react.production.min.js',
  '/vendor/react-dom.js': 'node_modules/react-dom/umd/react-dom.production.min.js',
  '/vendor/vue.js': 'node_modules/vue/dist/vue.global.prod.js',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * `/libs/<lib>.html` and its `/libs/<lib>/main.js|main.css`: the component-library pages,
 * bundled from node_modules on first request (see lib-fixture-build.ts).
 */
async function serveLibPage(path: string, res: ServerResponse): Promise<void> {
  const m = /^\/libs\/([a-z-]+)(?:\.html|\/(main\.js|main\.css))$/.exec(path);
  const lib = m?.[1] ?? '';
  if (!m || !isLibPage(lib)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  try {
    const built = await buildLibPage(lib);
    const file = m[2] === 'main.js' ? built.js : m[2] === 'main.css' ? built.css : null;
    const body = m[2] ? (file ? await readFile(file) : null) : libPageHtml(lib, built.css !== null);
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[m[2] ? extname(m[2]) : '.html'] ?? 'text/plain', 'cache-control': 'no-store' });
    res.end(body);
  } catch (err) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`fixture build failed: ${String(err)}`);
  }
}

export interface FixtureServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startFixtureServer(port = 0, host = '127.0.0.1'): Promise<FixtureServer> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/libs/')) {
      await serveLibPage(path, res);
      return;
    }
    const file = VENDOR[path] ? join(ROOT, VENDOR[path]) : join(FORMS, normalize(path === '/' ? '/index.html' : path));
    if (!VENDOR[path] && !file.startsWith(FORMS)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return {
    url: `http://${host}:${actual}`,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        // A browser that stays open keeps its keep-alive connections: don't wait them out.
        server.closeAllConnections();
      }),
  };
}
