// The release a webmaster installs: the tarball `scripts/release` packs
// (scripts/test runs it first), installed with `npm install` into a folder
// that has no Rust and no project, served from one origin as a CDN would
// (`Access-Control-Allow-Origin: *`, the hashed files immutable), and
// embedded by a page on another origin under a strict
// Content-Security-Policy, with the integrity hash the package states; and
// the same files with one byte changed on the CDN, which must not run.
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
    // The entry carries the JS glue; the wasm is the one other file.
    const bundle = files.filter((f) => /^doctin-[0-9a-f]+(\.js|_bg\.wasm)$/.test(f));
    assert.equal(bundle.length, 1, files.join(' '));
    assert.deepEqual(files, [...bundle, 'LICENSE', 'README.md', 'doctin.js', 'embed.html', 'integrity.json', 'package.json'].sort());
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
    // /doctin/<version>/ holds the files as installed. /changed-wasm/ has
    // one label of the wasm changed ("Facebook" → "Facebool": still a
    // valid module, a different reader); /changed-entry/ has one line
    // appended to doctin.js, the glue inside it.
    const changed = (name, body, how) => {
      if (how === 'changed-wasm' && name.endsWith('.wasm')) {
        const at = body.indexOf('Facebook');
        assert.ok(at > 0, 'the wasm carries the label');
        const copy = Buffer.from(body);
        copy[at + 7] = 'l'.charCodeAt(0);
        return copy;
      }
      if (how === 'changed-entry' && name === 'doctin.js') return Buffer.concat([body, Buffer.from('\ndocument.title = "changed";\n')]);
      return body;
    };
    const asked = [];
    const cdn = await serve((url) => {
      const name = path.basename(url.pathname);
      asked.push(url.pathname);
      const file = path.join(installed, name);
      const how = url.pathname.match(/^\/(doctin|changed-wasm|changed-entry)\//)?.[1];
      if (!how || !url.pathname.startsWith(`/${how}/${version}/`) || !fs.existsSync(file)) return [404, {}, 'not found'];
      const cache = name === 'doctin.js' ? 'no-cache' : 'public, max-age=31536000, immutable';
      return [200, { 'content-type': types[path.extname(name)] ?? 'application/octet-stream', 'access-control-allow-origin': '*', 'cache-control': cache }, changed(name, fs.readFileSync(file), how)];
    });
    const feed = fs.readFileSync(path.join(root, 'demo/feed.json'));
    const csp = `default-src 'self'; script-src ${cdn.base} 'wasm-unsafe-eval'; connect-src 'self' ${cdn.base}; style-src 'self'; img-src * data:`;
    // embed.html's lines, with the CDN folder's address put before the
    // file names as its comment says.
    const embed = fs.readFileSync(path.join(installed, 'embed.html'), 'utf8');
    const lines = embed.replace(/(href|src)="(?!https?:)([^"]+)"/g, (_, attribute, name) => `${attribute}="${cdn.base}/doctin/${version}/${name}"`);
    assert.ok(lines.includes(`integrity="${integrity}"`), 'embed.html pins the entry with the package\'s hash');
    const embedPage = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng</title>${lines}</head><body>
      <div data-doctin data-feed="/tin/feed.json"><a href="/tin-tuc">Xem tin tức</a></div>
      </body></html>`;
    const page = (integrityValue, folder = 'doctin') => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng</title></head><body>
      <div data-doctin data-feed="/tin/feed.json"><a href="/tin-tuc">Xem tin tức</a></div>
      <script type="module" src="${cdn.base}/${folder}/${version}/doctin.js" integrity="${integrityValue}" crossorigin="anonymous"></script>
      </body></html>`;
    const portal = await serve((url) => {
      if (url.pathname === '/tin/feed.json') return [200, { 'content-type': 'application/json' }, feed];
      if (url.pathname === '/') return [200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }, page(integrity)];
      if (url.pathname === '/embed') return [200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }, embedPage];
      // The same page with a hash that is not this release's.
      if (url.pathname === '/sai') return [200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }, page(`sha384-${crypto.createHash('sha384').update('khác').digest('base64')}`)];
      // The package's hash, and files changed on the CDN.
      const folder = url.pathname.slice(1);
      if (folder === 'changed-wasm' || folder === 'changed-entry') return [200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }, page(integrity, folder)];
      return [404, {}, 'not found'];
    });
    try {
      // First (before anything of this CDN is in the browser's cache), the
      // page made of embed.html's lines: the wasm is asked for once, by the
      // preload, and the reader's own fetch takes that response.
      const embedded = await env.context.newPage();
      const embedLog = [];
      embedded.on('console', (message) => embedLog.push(`${message.type()}: ${message.text()}`));
      await embedded.goto(`${portal.base}/embed#/bai/sh-2021-1116`);
      await embedded.locator('[data-doctin] article h1.dt-title').waitFor();
      assert.equal(asked.filter((p) => p.endsWith('_bg.wasm')).length, 1, asked.join('\n'));
      assert.deepEqual(embedLog.filter((m) => /Content Security Policy|Refused|integrity|preload/i.test(m)), [], embedLog.join('\n'));
      await embedded.close();

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

      // The package's hash on the page, a changed byte on the CDN: the
      // glue (inside the entry) is refused by the script's integrity, the
      // wasm by the integrity the entry gives its fetch. Nothing of either
      // runs, and the page keeps its own content.
      for (const folder of ['changed-entry', 'changed-wasm']) {
        const tab = await env.context.newPage();
        const said = [];
        tab.on('console', (message) => said.push(`${message.type()}: ${message.text()}`));
        await tab.goto(`${portal.base}/${folder}`);
        await tab.waitForLoadState('networkidle');
        await tab.waitForTimeout(300);
        assert.equal(await tab.locator('[data-doctin]').evaluate((e) => e.shadowRoot), null, folder);
        assert.ok(await tab.getByRole('link', { name: 'Xem tin tức' }).isVisible(), folder);
        assert.equal(await tab.title(), 'Cổng', `${folder}: the appended line did not run`);
        const warnings = said.filter((m) => m.startsWith('warning: doctin'));
        if (folder === 'changed-entry') {
          assert.ok(said.some((m) => /integrity/i.test(m)), said.join('\n'));
          assert.deepEqual(warnings, [], 'nothing of the entry ran');
        } else {
          assert.equal(warnings.length, 1, said.join('\n'));
          assert.match(warnings[0], /could not start; the page's own content stays/);
          assert.match(warnings[0], /changed-wasm\/[^ ]+\/doctin-[0-9a-f]+_bg\.wasm could not be loaded, or is not the file this doctin\.js was built with/);
        }
        await tab.close();
      }
    } finally {
      await portal.close();
      await cdn.close();
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});
