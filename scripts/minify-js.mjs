// Trunk post-build hook: minifies the wasm-bindgen JS glue of a release
// build with esbuild, and updates its integrity hash in index.html.
// Trunk 0.21's own JS minifier (minify-js) fails on wasm-bindgen's output
// ("RequiredTokenNotFound"), and the glue is a sixth of the bundle.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const esbuild = createRequire(path.join(root, 'tests/package.json'))('esbuild');
const staging = process.env.TRUNK_STAGING_DIR;
const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;

const html = path.join(staging, 'index.html');
let page = fs.readFileSync(html, 'utf8');
for (const name of fs.readdirSync(staging).filter((f) => f.endsWith('.js'))) {
  const file = path.join(staging, name);
  const before = fs.readFileSync(file);
  const { code } = esbuild.transformSync(before.toString('utf8'), { minify: true, format: 'esm', target: 'es2020' });
  fs.writeFileSync(file, code);
  page = page.replaceAll(sri(before), sri(code));
  console.log(`minify-js: ${name} ${before.length} → ${Buffer.byteLength(code)} bytes`);
}
fs.writeFileSync(html, page);
