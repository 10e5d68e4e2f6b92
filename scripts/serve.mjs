// A tiny static server for the demo: no dependencies, localhost only.
// "/" is demo/index.html, "/x.html" is demo/x.html; /dist/, /demo/, /bench/ and /test/pages/ as
// they are. Pages named *csp.html are served with a strict Content-Security-Policy, to show the
// widget needs no inline script or style.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

function resolvePath(pathname) {
  if (pathname === '/') return 'demo/index.html';
  if (/^\/(dist|demo|test\/pages|bench)\//.test(pathname)) return pathname.slice(1);
  return join('demo', pathname);
}

export function startServer(listenPort = port) {
  const server = createServer(async (request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const path = normalize(resolvePath(decodeURIComponent(pathname)));
    if (path.startsWith('..')) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(join(root, path));
      const headers = {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (pathname.endsWith('csp.html')) headers['content-security-policy'] = STRICT_CSP;
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    }
  });
  return new Promise((done) => server.listen(listenPort, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await startServer();
  console.log(`leg-pain-check demo: http://localhost:${port}/`);
}
