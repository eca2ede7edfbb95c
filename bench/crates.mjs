// The release wasm by crate, so growth stays visible. It runs the same
// steps as trunk's release build (wasm-bindgen, then wasm-opt with the
// flags of index.html) but keeps the function names (wasm-opt -g), asks
// twiggy (`cargo install twiggy --locked`) for every function's size, and
// adds them up by crate. Run after `trunk build --release`:
//   node bench/crates.mjs [cargo's doctin.wasm, if another build's]
// A function counts for the crate its name starts with; trait impls and
// generics name the crate of the trait or the type first (`<tachys::… as
// …>` is tachys), and drop glue and std's generics count as core/alloc/std.
// The names section is not shipped, so these sizes are of the code and
// data alone, before compression.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? path.join(root, 'target/wasm32-unknown-unknown/release/doctin.wasm');
if (!fs.existsSync(input)) throw new Error(`no ${input}: run trunk build --release first`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'doctin-crates-'));
const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });

run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, input]);
const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
const flags = html.match(/data-wasm-opt-params="([^"]*)"/)[1].split(/\s+/).filter(Boolean);
const bound = path.join(work, 'doctin_bg.wasm');
const named = path.join(work, 'named.wasm');
run('wasm-opt', [bound, '-g', ...flags, '-o', named]);

// The name subsections exist only because of -g; they are not shipped.
const items = JSON.parse(run('twiggy', ['top', '--format', 'json', '-n', '1000000', named]))
  .filter(({ name }) => !/^"\w+ names" subsection$/.test(name));
const crateOf = (name) => {
  if (name.startsWith('data segment')) return '(data: strings, tables of constants)';
  // wasm-bindgen's export of `mount`, with the reader's start inlined.
  if (name === 'mount externref shim') return 'doctin';
  if (name.startsWith('__rustc') || name.startsWith('__rdl') || name.startsWith('__rg')) return 'alloc';
  if (/^<(u|i)(8|16|32|64|128|size)>::/.test(name)) return 'core';
  // Symbols may carry a crate hash: `dlmalloc[e24a27700634d609]::…`.
  const found = name.match(/([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/);
  return found ? found[1] : '(unnamed: glue, tables, imports)';
};
const byCrate = new Map();
let total = 0;
for (const { name, shallow_size: size } of items) {
  const crate = crateOf(name);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  total += size;
}
const rows = [...byCrate].sort((a, b) => b[1] - a[1]);
const kb = (n) => (n / 1024).toFixed(1);
console.log(`wasm-opt -g of the release build, names left out: ${kb(total)} KB in ${items.length} items\n`);
console.log('| crate | KB | share |');
console.log('|---|---:|---:|');
let rest = 0;
for (const [crate, size] of rows) {
  if (size / total < 0.01) { rest += size; continue; }
  console.log(`| ${crate} | ${kb(size)} | ${((100 * size) / total).toFixed(1)} % |`);
}
console.log(`| (each under 1 %) | ${kb(rest)} | ${((100 * rest) / total).toFixed(1)} % |`);
fs.rmSync(work, { recursive: true, force: true });
