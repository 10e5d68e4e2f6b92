// One tiny static server for the demo, the node tests, the benchmark and Lighthouse: no
// dependencies, localhost only, nothing cached. Pages named *csp.html get a strict
// Content-Security-Policy, to show the widget needs no inline script or style.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The demo's addresses: "/" is demo/index.html, "/x.html" is demo/x.html; /dist/, /demo/,
 * /bench/ and /test/pages/ as they are, the phone rule the configurator shares with the widget,
 * and /cors/dist/ for dist/ with the header a CDN sends.
 */
export function demoRoutes(pathname) {
  if (pathname === '/') return 'demo/index.html';
  // The same files with Access-Control-Allow-Origin, as a CDN sends them (see startServer).
  if (pathname.startsWith('/cors/dist/')) return pathname.slice('/cors/'.length);
  if (/^\/(dist|demo|test\/pages|bench|build\/src\/config\/phone\.js$)/.test(pathname)) {
    return pathname.slice(1);
  }
  return join('demo', pathname);
}

/** The repository as files; a folder serves its index.html. */
export function fileRoutes(pathname) {
  return pathname.slice(1) + (pathname.endsWith('/') ? 'index.html' : '');
}

/**
 * Starts the server; port 0 picks a free one (read it from `server.address().port`). `gzip`
 * compresses text for a browser that accepts it, as every real host and CDN does (Lighthouse).
 */
export function startServer({port = 0, routes = demoRoutes, gzip = false} = {}) {
  const server = createServer(async (request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://localhost');
    const path = normalize(join(ROOT, routes(decodeURIComponent(pathname))));
    if (!path.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      const headers = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (pathname.endsWith('csp.html')) headers['content-security-policy'] = STRICT_CSP;
      if (pathname.startsWith('/cors/')) headers['access-control-allow-origin'] = '*';
      const text = /^(text|application\/json|image\/svg)/.test(headers['content-type']);
      if (gzip && text && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        headers['content-encoding'] = 'gzip';
        response.writeHead(200, headers).end(gzipSync(body));
        return;
      }
      response.writeHead(200, headers).end(body);
    } catch {
      if (pathname === '/favicon.ico') response.writeHead(204).end();
      else response.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}
