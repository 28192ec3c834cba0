// A small static server for dist/ on 127.0.0.1, shared by the end-to-end runner and the budget checks. It serves
// under a sub-path on purpose, which proves the build's relative base works from any folder of a static host.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const basePath = '/medai-data-navigator/';

const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

/**
 * Serves `dist` under basePath only. No CSP header: the page's own meta tag is what the browser enforces.
 * @param {string} dist
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serveDist(dist) {
  const server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (!pathname.startsWith(basePath)) return void response.writeHead(404).end();
      let file = normalize(join(dist, decodeURIComponent(pathname.slice(basePath.length))));
      if (relative(dist, file).split(sep)[0] === '..') return void response.writeHead(403).end();
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (body === null) return void response.writeHead(404).end();
      // Compressed when the browser accepts it, as any static host or CDN serves text, so that timings measured
      // against this server (Lighthouse) reflect a real deployment.
      const gzip = /\bgzip\b/u.test(request.headers['accept-encoding'] ?? '') && compressible.has(extname(file));
      response.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      response.end(gzip ? gzipSync(body, { level: 6 }) : body);
    })();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}${basePath}` });
    });
  });
}
