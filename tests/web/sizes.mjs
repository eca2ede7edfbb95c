// Measures the release bundle in dist/: raw, gzip (level 9) and brotli
// (quality 11) bytes of the wasm, JS and CSS. Run directly to print the
// table BENCHMARKS.md holds: `node tests/web/sizes.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

// DOCTIN_DIST measures another build (an older commit's, say).
export const dist = process.env.DOCTIN_DIST ? path.resolve(process.env.DOCTIN_DIST) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

/**
 * The one bundle, which reads JSON Feed, RSS and Atom (BENCHMARKS.md): a
 * guard against accidents (a debug build, a dependency pulled in by
 * mistake), not a target to spend code against.
 */
export const BUDGET_BROTLI = 140_000;

export function measure() {
  // Every file a host page downloads to run the reader: the entry, the
  // wasm-bindgen glue, the wasm (which carries the stylesheet), and any CSS.
  const files = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
  if (!files.some((f) => f.endsWith('.wasm'))) throw new Error('no wasm in dist/: run trunk build --release');
  const rows = files.map((file) => {
    const bytes = fs.readFileSync(path.join(dist, file));
    return {
      kind: file === 'doctin.js' ? 'entry' : path.extname(file).slice(1),
      file,
      raw: bytes.length,
      gzip: zlib.gzipSync(bytes, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
  return { rows, total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, total } = measure();
  const kb = (n) => (n / 1024).toFixed(1);
  console.log('| file | raw KB | gzip KB | brotli KB |\n|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.kind} (${r.file}) | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log(`| **total** | ${kb(total.raw)} | ${kb(total.gzip)} | **${kb(total.brotli)}** (budget ${BUDGET_BROTLI} bytes) |`);
}
