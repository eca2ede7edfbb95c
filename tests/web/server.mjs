// The tests' own HTTP server, on loopback only. It serves the release
// build from dist/, a host page per test that points the reader at a chosen
// feed, the real feeds of tests/data, and the failures a feed
// server can have.
import { createHash } from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
// DOCTIN_DIST serves another build instead, to run a test against it.
export const dist = process.env.DOCTIN_DIST ? path.resolve(process.env.DOCTIN_DIST) : path.join(root, 'dist');
// The same build with the "fault-injection" feature, made by scripts/test.
export const faultDist = path.join(root, 'target/fault-dist');
export const testdata = path.resolve(root, 'tests/data');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** For `?probe=1` pages: a same-origin classic script that runs before
 *  the reader and records what happens in the page into `window.__probe`:
 *  errors, console warnings and errors, dialogs and window.open a payload
 *  could call, CSP violations, and the reader's doctin:* events. Every engine gets the same record this
 *  way, even where the driver has no init scripts and no console events
 *  (classic WebDriver, for WebKit). */
const PROBE = `(() => {
  const probe = { errors: [], console: [], ran: [], violations: [], events: [] };
  Object.defineProperty(window, '__probe', { value: probe });
  addEventListener('error', (e) => probe.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => probe.errors.push('rejection: ' + String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => probe.violations.push(e.violatedDirective + ': ' + e.sample));
  // The readers' hosts as the page wrote them, for tests that check a
  // failed start left them so (the reader never writes to its host's own
  // content, so when this runs does not matter).
  document.addEventListener('DOMContentLoaded', () => {
    probe.written = [...document.querySelectorAll('[data-doctin]')].map((host) => host.outerHTML);
  });
  for (const name of ['ready', 'view', 'navigate', 'error']) {
    document.addEventListener('doctin:' + name, (e) => probe.events.push({ name: e.type, onHost: e.target.matches('[data-doctin]'), detail: e.detail }));
  }
  for (const level of ['warn', 'error']) {
    const original = console[level].bind(console);
    console[level] = (...args) => { probe.console.push(level + ': ' + args.map(String).join(' ')); original(...args); };
  }
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    window[name] = (...args) => { probe.ran.push(name + '(' + args.map(String).join(',').slice(0, 60) + ')'); };
  }
})();
`;

/** For `?nowasm=1` host pages: a browser without WebAssembly (iOS
 *  Lockdown Mode, old browsers), as a classic script that runs before the
 *  entry. */
const NO_WASM = 'delete globalThis.WebAssembly;\n';

/** `page` with `script` (a same-origin path) first in its head. */
function withScript(page, script) {
  const charset = /<meta charset=[^>]*>/i;
  if (!charset.test(page)) throw new Error(`the page has no <meta charset> to put ${script} after`);
  return page.replace(charset, (meta) => `${meta}<script src="${script}"></script>`);
}
const withProbe = (page) => withScript(page, '/probe.js');

const escapeAttribute = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// Feeds a test registers under /feeds/<name>: a string body or a function
// (request count, request URL → {status, type, body}).
const feeds = new Map();
const hits = new Map();
// When each test feed was asked for, and when each slow wasm was sent
// (ms since the epoch), for tests about the order of requests.
const events = [];

export function eventsOf(kind) {
  return events.filter((e) => e.kind === kind).map((e) => e.at);
}

export function serveFeed(name, answer) {
  feeds.set(name, typeof answer === 'function' ? answer : () => ({ body: answer }));
  hits.set(name, 0);
  return `/feeds/${name}`;
}

export function hitsOf(name) {
  return hits.get(name) ?? 0;
}

/** `body` of the release file `file`, changed as `how` says: a label of
 *  the wasm ("Facebook" → "Facebool"), or a line appended to doctin.js. */
function changed(file, body, how) {
  if (how === 'changed-wasm' && file.endsWith('.wasm')) {
    const at = body.indexOf('Facebook');
    if (at < 0) throw new Error('the wasm has no "Facebook" label to change');
    const copy = Buffer.from(body);
    copy[at + 7] = 'l'.charCodeAt(0);
    return copy;
  }
  return how === 'changed-entry' && path.basename(file) === 'doctin.js' ? Buffer.concat([body, Buffer.from('\ndocument.title = "changed";\n')]) : body;
}

/** The strict policy of the issue: no inline script or style anywhere. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src * data:; connect-src 'self'";

async function hostPage(feed, attributes, entry, base, pinned) {
  // The built index.html with its feed swapped (and any other attributes
  // added): the same bundle and the same embed markup a webmaster writes.
  const page = await fs.readFile(path.join(dist, 'index.html'), 'utf8');
  // The release build's HTML is minified, which drops the quotes.
  const demo = /data-feed=("?)demo\/feed\.json\1/;
  if (!demo.test(page)) throw new Error('dist/index.html has no demo data-feed to swap');
  const extra = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const script = /src=("?)doctin\.js\1/;
  if (!script.test(page)) throw new Error('dist/index.html does not load doctin.js');
  // A <base href> changes what the page's relative URLs mean, the feed's
  // among them; the entry is then named from the root. It goes right after
  // the charset (the minified page has no <head> tag).
  const charset = /<meta charset=[^>]*>/i;
  if (base && !charset.test(page)) throw new Error('dist/index.html has no <meta charset> to put a <base> after');
  return page
    .replace(demo, `data-feed="${escapeAttribute(feed)}"${extra}`)
    .replace(script, `src="${escapeAttribute(entry ?? (base ? '/doctin.js' : 'doctin.js'))}"${pinned ? ` integrity="${await entryIntegrity()}" crossorigin="anonymous"` : ''}`)
    .replace(charset, (meta) => (base ? `${meta}<base href="${escapeAttribute(base)}">` : meta));
}

/** The integrity a page writes for the release build's doctin.js. */
async function entryIntegrity() {
  return `sha384-${createHash('sha384').update(await fs.readFile(path.join(dist, 'doctin.js'))).digest('base64')}`;
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const send = (status, type, body, headers = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  };
  if (url.pathname === '/host') {
    const attributes = JSON.parse(url.searchParams.get('attrs') ?? '{}');
    // `pinned`: the script tag carries the integrity of dist/doctin.js.
    const page = await hostPage(url.searchParams.get('feed') ?? '', attributes, url.searchParams.get('entry'), url.searchParams.get('base'), url.searchParams.has('pinned'));
    // `csp`: the page sent with that Content-Security-Policy.
    const csp = url.searchParams.get('csp');
    // `twice`: the entry included a second time, under another URL, as a
    // page with two releases or a template and a widget both including it.
    const again = `<script type="module" src="${escapeAttribute(url.searchParams.get('entry') ?? 'doctin.js')}?again"></script>`;
    const twice = url.searchParams.has('twice') ? page + again : page;
    const unable = url.searchParams.has('nowasm') ? withScript(twice, '/no-wasm.js') : twice;
    const probed = url.searchParams.has('probe') ? withProbe(unable) : unable;
    return send(200, types['.html'], probed, csp ? { 'content-security-policy': csp } : {});
  }
  if (url.pathname === '/probe.js') {
    return send(200, types['.js'], PROBE);
  }
  if (url.pathname === '/no-wasm.js') {
    return send(200, types['.js'], NO_WASM);
  }
  if (url.pathname.startsWith('/feeds/')) {
    const name = decodeURIComponent(url.pathname.slice('/feeds/'.length));
    const answer = feeds.get(name);
    if (!answer) return send(404, 'text/plain', 'no such test feed');
    const count = hits.get(name) + 1;
    hits.set(name, count);
    events.push({ kind: `feed ${name}`, at: Date.now() });
    const { status = 200, type = types['.json'], body = '', stallAfter, reset, redirect, drip, headers = {} } = await answer(count, url);
    if (reset) return req.socket.destroy();
    if (redirect) {
      res.writeHead(302, { location: redirect, 'cache-control': 'no-store' });
      return res.end();
    }
    if (drip !== undefined) {
      // One character at a time, slower than any reader will wait for.
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      let at = 0;
      const timer = setInterval(() => {
        if (at >= drip.length || res.destroyed) return clearInterval(timer), res.end();
        res.write(drip[at++]);
      }, 500);
      return;
    }
    if (stallAfter !== undefined) {
      // Headers and the start of the body, then nothing: a stalled transfer.
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.write(stallAfter);
      return;
    }
    return send(status, type, body, headers);
  }
  if (url.pathname.startsWith('/testdata/')) {
    const file = path.join(testdata, path.normalize(url.pathname.slice('/testdata/'.length)));
    if (!file.startsWith(testdata)) return send(403, 'text/plain', 'outside testdata');
    try {
      return send(200, types[path.extname(file)] ?? 'application/octet-stream', await fs.readFile(file));
    } catch {
      return send(404, 'text/plain', 'not found');
    }
  }
  // /cdn/<anything>/<file> is dist/<file>: the release folder copied to
  // another path, as a CDN would hold it.
  const cdn = url.pathname.match(/^\/cdn\/[^/]+\/([^/]+)$/);
  // /slow/<file> is dist/<file>, the wasm held back for 1.5 s: a slow
  // download, to see what the page asks for meanwhile. /missing/<file> and
  // /corrupt/<file> are dist/<file> too, but the wasm is a 404, or arrives
  // cut in half: a release copied without it, or broken on its way.
  // /changed-wasm/<file> and /changed-entry/<file> are dist/<file> with
  // one byte changed, as on a CDN someone else can write to: the wasm
  // with one label changed (still a valid module), or doctin.js with a
  // line appended.
  const variant = url.pathname.match(/^\/(slow|missing|corrupt|changed-wasm|changed-entry)\/([^/]+)$/);
  if (variant) {
    const [, how, name] = variant;
    const file = path.join(dist, path.basename(decodeURIComponent(name)));
    const body = await fs.readFile(file).catch(() => null);
    if (!body) return send(404, 'text/plain', 'not found');
    const wasm = file.endsWith('.wasm');
    if (wasm && how === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      events.push({ kind: 'slow wasm', at: Date.now() });
    }
    if (wasm && how === 'missing') return send(404, 'text/plain', 'not found');
    const sent = wasm && how === 'corrupt' ? body.subarray(0, body.length >> 1) : how.startsWith('changed-') ? changed(file, body, how) : body;
    return send(200, types[path.extname(file)] ?? 'application/octet-stream', sent);
  }
  // /fault/<path> is the fault-injection build's <path>.
  const fault = url.pathname.startsWith('/fault/');
  const folder = fault ? faultDist : dist;
  const rel = cdn ? decodeURIComponent(cdn[1])
    : fault ? decodeURIComponent(url.pathname.slice('/fault/'.length))
    : url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
  const file = path.join(folder, path.normalize(rel));
  if (!file.startsWith(folder)) return send(403, 'text/plain', 'outside dist');
  // The example portal is served as a strict host would serve it.
  // Any origin may load the bundle, as from a CDN (module scripts and the
  // wasm fetch need CORS when they come from another origin).
  // `?csp=` replaces its policy (a Trusted Types host, say).
  const headers = rel.startsWith('examples/')
    ? { 'content-security-policy': url.searchParams.get('csp') ?? CSP }
    : { 'access-control-allow-origin': '*' };
  try {
    const body = await fs.readFile(file);
    const probed = url.searchParams.has('probe') && file.endsWith('.html') ? withProbe(body.toString('utf8')) : body;
    return send(200, types[path.extname(file)] ?? 'application/octet-stream', probed, headers);
  } catch {
    // No SPA fallback: a missing file is a 404, as on a real static host.
    return send(404, 'text/plain', 'not found');
  }
}

export async function startServer() {
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  // Stalled answers never end by themselves; closing cuts them.
  return { base, close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }) };
}
