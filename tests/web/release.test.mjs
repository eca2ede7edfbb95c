// The release a webmaster installs: the tarball `scripts/release` packs
// (scripts/test runs it first), installed with `npm install` into a folder
// that has no Rust and no project, served from one origin as a CDN would
// (`Access-Control-Allow-Origin: *`, the hashed files immutable), and
// embedded by a page on another origin under a strict
// Content-Security-Policy, with the integrity hash the package states.
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { env, assert } from './harness.mjs';
import { root } from './server.mjs';

const version = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8').match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m)[1];
const tarball = path.join(root, `target/release/doctin-${version}.tgz`);

/** A loopback server answering `answer(url) → [status, headers, body]`. */
async function serve(answer) {
  const server = http.createServer((req, res) => {
    const [status, headers, body] = answer(new URL(req.url, 'http://x'));
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('the packed release installs without Rust and runs from another origin under CSP with its integrity hash', async () => {
  assert.ok(fs.existsSync(tarball), `${tarball}: run scripts/release`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'doctin-install-'));
  try {
    fs.writeFileSync(path.join(scratch, 'package.json'), '{"name":"portal","private":true}\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: scratch, stdio: 'pipe' });
    const installed = path.join(scratch, 'node_modules/doctin');

    // Exactly what a page needs, and the package's own papers.
    const files = fs.readdirSync(installed).sort();
    const bundle = files.filter((f) => /^doctin-[0-9a-f]+(\.js|_bg\.wasm)$/.test(f));
    assert.equal(bundle.length, 2, files.join(' '));
    assert.deepEqual(files, [...bundle, 'LICENSE', 'README.md', 'doctin.js', 'integrity.json', 'package.json'].sort());
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
    assert.equal(manifest.name, 'doctin');
    assert.equal(manifest.version, version);
    assert.equal(manifest.exports['.'], './doctin.js');
    assert.equal(manifest.dependencies, undefined);
    const entry = fs.readFileSync(path.join(installed, 'doctin.js'));
    const integrity = `sha384-${crypto.createHash('sha384').update(entry).digest('base64')}`;
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(installed, 'integrity.json'), 'utf8')), { 'doctin.js': integrity });
    assert.ok(fs.readFileSync(path.join(installed, 'README.md'), 'utf8').includes(integrity), 'the README states the hash');
    assert.ok(entry.toString().startsWith(`//! doctin ${version}:`), 'the entry names its release');

    const types = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
    const cdn = await serve((url) => {
      const name = path.basename(url.pathname);
      const file = path.join(installed, name);
      if (!url.pathname.startsWith(`/doctin/${version}/`) || !fs.existsSync(file)) return [404, {}, 'not found'];
      const cache = name === 'doctin.js' ? 'no-cache' : 'public, max-age=31536000, immutable';
      return [200, { 'content-type': types[path.extname(name)] ?? 'application/octet-stream', 'access-control-allow-origin': '*', 'cache-control': cache }, fs.readFileSync(file)];
    });
    const feed = fs.readFileSync(path.join(root, 'demo/feed.json'));
    const csp = `default-src 'self'; script-src ${cdn.base} 'wasm-unsafe-eval'; connect-src 'self' ${cdn.base}; style-src 'self'; img-src * data:`;
    const page = (integrityValue) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng</title></head><body>
      <div data-doctin data-feed="/tin/feed.json"><a href="/tin-tuc">Xem tin tức</a></div>
      <script type="module" src="${cdn.base}/doctin/${version}/doctin.js" integrity="${integrityValue}" crossorigin="anonymous"></script>
      </body></html>`;
    const portal = await serve((url) => {
      if (url.pathname === '/tin/feed.json') return [200, { 'content-type': 'application/json' }, feed];
      if (url.pathname === '/') return [200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }, page(integrity)];
      // The same page with a hash that is not this release's.
      if (url.pathname === '/sai') return [200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }, page(`sha384-${crypto.createHash('sha384').update('khác').digest('base64')}`)];
      return [404, {}, 'not found'];
    });
    try {
      const tab = await env.context.newPage();
      const problems = [];
      const consoleLog = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('console', (message) => consoleLog.push(`${message.type()}: ${message.text()}`));
      await tab.goto(`${portal.base}/#/bai/sh-2021-1116`);
      const article = tab.locator('[data-doctin] article h1.dt-title');
      await article.waitFor();
      assert.ok((await article.innerText()).length > 0);
      await tab.locator('[data-doctin] .dt-related').waitFor();
      assert.deepEqual(problems, []);
      assert.ok(consoleLog.includes(`debug: doctin ${version}`), consoleLog.join('\n'));
      assert.deepEqual(consoleLog.filter((m) => /Content Security Policy|Refused|integrity/i.test(m)), []);
      await tab.close();

      // A wrong hash: the browser refuses the entry, and the page keeps
      // its own content.
      const wrong = await env.context.newPage();
      const refused = [];
      wrong.on('console', (message) => refused.push(message.text()));
      await wrong.goto(`${portal.base}/sai`);
      await wrong.waitForLoadState('networkidle');
      assert.ok(refused.some((m) => /integrity/i.test(m)), refused.join('\n'));
      assert.equal(await wrong.locator('[data-doctin]').evaluate((e) => e.shadowRoot), null);
      assert.ok(await wrong.getByRole('link', { name: 'Xem tin tức' }).isVisible());
      await wrong.close();
    } finally {
      await portal.close();
      await cdn.close();
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});
