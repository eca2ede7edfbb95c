// Measures the release bundle in dist/: raw, gzip (level 9) and brotli
// (quality 11) bytes of the wasm, JS and CSS. Run directly to print the
// table BENCHMARKS.md holds: `node tests/web/sizes.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

export const BUDGET_BROTLI = 100 * 1024;

export function measure() {
  const kinds = { wasm: /\.wasm$/, js: /\.js$/, css: /\.css$/ };
  const rows = [];
  for (const [kind, pattern] of Object.entries(kinds)) {
    const files = fs.readdirSync(dist).filter((f) => pattern.test(f));
    if (files.length !== 1) throw new Error(`expected one ${kind} file in dist/, found ${files.length}: run trunk build --release`);
    const bytes = fs.readFileSync(path.join(dist, files[0]));
    rows.push({
      kind,
      file: files[0],
      raw: bytes.length,
      gzip: zlib.gzipSync(bytes, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
  return { rows, total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, total } = measure();
  const kb = (n) => (n / 1024).toFixed(1);
  console.log('| file | raw KB | gzip KB | brotli KB |\n|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.kind} (${r.file}) | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log(`| **total** | ${kb(total.raw)} | ${kb(total.gzip)} | **${kb(total.brotli)}** (budget ${kb(BUDGET_BROTLI)}) |`);
}
