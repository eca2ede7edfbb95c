// Packs dist/ (a release build) into target/release/doctin-<version>.tgz
// with `npm pack`, and prints the tarball's path as its last line. See
// scripts/release.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'target/release');
const staging = path.join(out, 'package');

// One source of truth for the version: the crate's.
const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
const version = cargo.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m)?.[1];
if (!version) throw new Error('release: no [package] version in Cargo.toml');

// What a page needs: the entry (which carries the JS glue) and the wasm
// it pins, nothing else.
const files = fs.readdirSync(dist).filter((f) => f === 'doctin.js' || /^doctin-[0-9a-f]+_bg\.wasm$/.test(f));
const wasm = files.filter((f) => f.endsWith('_bg.wasm'));
if (!files.includes('doctin.js') || wasm.length !== 1) {
  throw new Error(`release: dist/ needs doctin.js and one wasm (found ${files.join(', ')}); run trunk build --release`);
}
const entry = fs.readFileSync(path.join(dist, 'doctin.js'));
if (!entry.includes(`doctin ${version}`)) throw new Error(`release: dist/doctin.js does not name version ${version}; rebuild`);
const pinned = `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(dist, wasm[0]))).digest('base64')}`;
if (!entry.includes(pinned)) throw new Error(`release: dist/doctin.js does not pin ${wasm[0]} (${pinned}); rebuild`);
const integrity = `sha384-${crypto.createHash('sha384').update(entry).digest('base64')}`;

fs.rmSync(staging, { recursive: true, force: true });
fs.mkdirSync(staging, { recursive: true });
if (!fs.existsSync(path.join(dist, 'embed.html'))) throw new Error('release: dist/ has no embed.html; rebuild');
for (const file of [...files, 'embed.html']) fs.copyFileSync(path.join(dist, file), path.join(staging, file));
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(staging, 'LICENSE'));
fs.writeFileSync(path.join(staging, 'integrity.json'), `${JSON.stringify({ 'doctin.js': integrity }, null, 2)}\n`);
const readme = fs.readFileSync(path.join(root, 'scripts/release-readme.md'), 'utf8')
  .replaceAll('{{version}}', version)
  .replaceAll('{{integrity}}', integrity)
  .replaceAll('{{wasm}}', wasm[0]);
fs.writeFileSync(path.join(staging, 'README.md'), readme);
const manifest = {
  name: 'doctin',
  version,
  description: 'A news reader widget for Vietnamese provincial portals: one script tag, one element, the feed the portal already publishes.',
  license: 'MIT',
  // A publisher fills these in.
  repository: { type: 'git', url: '' },
  homepage: '',
  type: 'module',
  exports: { '.': './doctin.js', './doctin.js': './doctin.js', './integrity.json': './integrity.json', './embed.html': './embed.html' },
  // Including doctin.js starts the readers of the page: that is its effect.
  sideEffects: ['./doctin.js'],
  files: [...files, 'embed.html', 'integrity.json', 'README.md', 'LICENSE'],
};
fs.writeFileSync(path.join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: staging, encoding: 'utf8' }).trim().split('\n').pop();
const tarball = path.join(out, packed);
if (path.basename(tarball) !== `doctin-${version}.tgz`) throw new Error(`release: npm pack made ${packed}`);
console.log(`release: doctin ${version}, doctin.js ${integrity}`);
console.log(tarball);
