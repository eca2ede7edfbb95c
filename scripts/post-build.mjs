// Trunk post-build hook. Writes the stable entry `doctin.js`, the one file
// a host page includes, next to the hashed bundle; for release builds it
// first minifies the hashed wasm-bindgen glue with esbuild (trunk 0.21's
// own JS minifier fails on it).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';

const wasm = fs.readdirSync(staging).filter((f) => f.endsWith('_bg.wasm'));
if (wasm.length !== 1) throw new Error(`expected one wasm file in ${staging}, found ${wasm}`);
const glue = wasm[0].replace(/_bg\.wasm$/, '.js');
if (!fs.existsSync(path.join(staging, glue))) throw new Error(`no ${glue} next to ${wasm[0]}`);

if (release) {
  const esbuild = createRequire(path.join(root, 'tests/package.json'))('esbuild');
  const file = path.join(staging, glue);
  const before = fs.readFileSync(file, 'utf8');
  const { code } = esbuild.transformSync(before, { minify: true, format: 'esm', target: 'es2020' });
  fs.writeFileSync(file, code);
  console.log(`post-build: minified ${glue}, ${before.length} → ${code.length} bytes`);
}

// The entry resolves everything against its own URL, so the folder works
// from any path or origin. It names no global and writes nothing to the
// page itself: the wasm module finds the [data-doctin] elements. When
// WebAssembly is missing (iOS Lockdown Mode, old browsers) or the bundle
// fails to load, it stops and the host's fallback content stays.
const entry = `// doctin: include with <script type="module" src=".../doctin.js">.
if (typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function") {
  import(new URL(${JSON.stringify(`./${glue}`)}, import.meta.url).href)
    .then((bundle) => bundle.default({ module_or_path: new URL(${JSON.stringify(`./${wasm[0]}`)}, import.meta.url) }))
    .catch((error) => console.warn("doctin: the reader could not start; the page's own content stays.", error));
} else {
  console.warn("doctin: WebAssembly is unavailable here; the page's own content stays.");
}
`;
fs.writeFileSync(path.join(staging, 'doctin.js'), entry);
console.log(`post-build: doctin.js loads ${glue} and ${wasm[0]}`);

// With its loader turned off, trunk leaves its own <link data-trunk rel=rust>
// in the page; it means nothing to a browser, so it goes.
const html = path.join(staging, 'index.html');
const page = fs.readFileSync(html, 'utf8');
fs.writeFileSync(html, page.replace(/<link\b[^>]*\bdata-trunk\b[^>]*>\s*/g, ''));
