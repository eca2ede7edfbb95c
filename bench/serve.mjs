// The benchmarks' loopback server: the release build from dist/, the paths
// a benchmark answers itself, and on request brotli, each answer compressed
// once and kept, as a static host serves precompressed files. (Compressing
// the wasm at quality 11 on every request held each answer back by most of
// a second, which Lighthouse counts as the server's response time.)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// DOCTIN_DIST serves another build (an older commit's, to compare).
export const dist = process.env.DOCTIN_DIST ? path.resolve(process.env.DOCTIN_DIST) : path.join(root, 'dist');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.rss': 'application/rss+xml' };

/** The file under `folder` at the URL path `rel`, or null when there is none. */
export function fileIn(folder, rel) {
  const file = path.join(folder, path.normalize(rel));
  return file.startsWith(folder) && fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
}

/** The built demo page with its `data-feed` pointed at `feed`, and any
 *  other attributes given as an object. */
export function demoPage(feed, attributes = {}) {
  const page = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const extra = Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('');
  // The release build's HTML is minified, which drops the quotes.
  const swapped = page.replace(/data-feed=("?)demo\/feed\.json\1/, `data-feed="${feed}"${extra}`);
  if (swapped === page) throw new Error('dist/index.html has no demo data-feed to swap');
  return swapped;
}

/** Starts the server on loopback. `answer(path)` may return a body (string
 *  or Buffer) for a URL path; other paths are files of dist/ ("/" is
 *  index.html), else 404. With `brotli`, bodies go out compressed at
 *  `quality(path)`. Returns `base`, `close()` and `warm(paths)`, which
 *  compresses those answers before the first request. */
export async function serve({ answer = () => null, brotli = false, quality = () => 11 } = {}) {
  const compressed = new Map();
  const body = (name) => {
    const own = answer(name);
    return own == null ? fileIn(dist, name) : Buffer.from(own);
  };
  const compress = (name, data) => {
    if (!compressed.has(name)) {
      compressed.set(name, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality(name) } }));
    }
    return compressed.get(name);
  };
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const name = pathname === '/' ? '/index.html' : pathname;
    const headers = { 'content-type': types[path.extname(name)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    const packed = brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const raw = packed && compressed.has(name) ? null : body(name);
    if (!raw && !(packed && compressed.has(name))) return res.writeHead(404).end();
    if (packed) headers['content-encoding'] = 'br';
    res.writeHead(200, headers).end(packed ? compress(name, raw) : raw);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => server.close(),
    warm: (names) => names.forEach((name) => { const data = body(name); if (data) compress(name, data); }),
  };
}
