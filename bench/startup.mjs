// Start-up on a mid-range phone (issue 22): first and repeat view LCP of the
// reader showing an article, against a plain-JS reader of the same feed
// (bench/plain/reader.js, the reference) and the static HTML of the same
// article, in Chromium with DevTools throttling as issue 22 measured it:
// 150 ms per request, 1.6 Mbit/s down and 750 kbit/s up (both × 0.9, as
// Lighthouse's DevTools preset; that preset also stretches the latency to
// 562.5 ms, which would add about 0.4 s to every page alike), the main
// thread 4× slower (DevTools slows only the main thread: the wasm's
// compile, which V8 runs off it, is not slowed, which favours doctin).
// The article's photo is a JPEG of about 37 KB served like a CMS's, since
// the demo's pictures are inline SVG that no reader waits for.
//
// Its own loopback server answers as a CDN would: the hashed files (glue
// and wasm) `immutable` for a year, everything else (pages, doctin.js, the
// plain reader, the feed) revalidated with an ETag (a 304 when unchanged);
// all brotli at quality 11, compressed once.
//
// Each run is a fresh browser profile (an empty HTTP cache and code
// cache, on disk as a returning reader's would be) opening the page three
// times: a first view and two repeat views (doctin's repeat views draw its
// offline copy while the feed revalidates; that is how it works for its
// readers, so it is measured so). Then one first and one repeat view of
// each reader are traced, and the trace is broken down: when each byte on
// the critical path arrives, the wasm's compile and instantiation (marks
// from wrapped WebAssembly calls), the reader's own steps (User Timing
// marks of the `timing` build in target/timing-dist, which must exist:
// scripts/bench builds it), and the page's main thread by kind of work.
//
// doctin's page embeds the reader with the lines of its build's
// embed.html (the wasm preloaded together with the entry).
//
// Usage: node bench/startup.mjs [runs, default 4] — prints Markdown tables.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { demoPage, dist, fileIn, root } from './serve.mjs';
import { ID, staticPage } from './pages.mjs';

const { chromium } = createRequire(path.join(root, 'tests/package.json'))('playwright-core');
const runs = Number(process.argv[2] ?? 4);
const timingDist = path.join(root, 'target/timing-dist');
if (!fs.existsSync(path.join(timingDist, 'doctin.js'))) {
  throw new Error('no target/timing-dist: trunk build --release --features timing --dist target/timing-dist');
}

const launch = { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-quic', '--disable-background-networking', '--disable-component-update'] };
const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
// The traced views and the photo's encoding run in this browser; the
// measured views each in a profile of their own.
const browser = await chromium.launch(launch);

/** A 640×360 photo as a portal's CMS serves one (a JPEG of about 50 KB,
 *  the demo's pictures are inline SVG, which no reader waits for), drawn
 *  and encoded by Chromium itself so the benchmark needs no image tool. */
async function photo() {
  const page = await browser.newPage();
  const base64 = await page.evaluate(async () => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 360 });
    const g = canvas.getContext('2d');
    let seed = 22;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 2500; i++) {
      g.fillStyle = `hsl(${random() * 360} 50% ${30 + random() * 40}%)`;
      g.beginPath();
      g.arc(random() * 640, random() * 360, 4 + random() * 30, 0, 7);
      g.fill();
    }
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  });
  await page.close();
  return Buffer.from(base64, 'base64');
}
const jpeg = await photo();
console.error(`bench: the article's photo is a JPEG of ${(jpeg.length / 1024).toFixed(1)} KB`);
// The demo feed, with the article's picture at that photo's absolute
// address (set once the server has its port: the reader resolves a
// relative one against the feed's home page, on another host).
const feed = JSON.parse(fs.readFileSync(path.join(root, 'demo/feed.json'), 'utf8'));
let feedText = null;

const css = fs.readFileSync(path.join(root, 'style/doctin.css'), 'utf8');
const plainJs = fs.readFileSync(path.join(root, 'bench/plain/reader.js'), 'utf8').replace("'/*CSS*/'", JSON.stringify(css));
const plainPage = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tin hoạt động HĐND (trình đọc thuần JS)</title><link rel="icon" href="data:,"></head>
<body><main><div data-reader data-feed="demo/feed.json"><a href="demo/feed.json">Xem nguồn tin</a></div></main>
<script type="module" src="plain.js"></script></body></html>`;

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.jpg': 'image/jpeg' };
// Trunk names the hashed files with a hex hash (not zero-padded).
const hashed = (name) => /-[0-9a-f]{8,16}(_bg\.wasm|\.js)$/.test(name);

/** The demo page of the build in `folder`, embedding the reader with the
 *  lines that build's `embed.html` gives a page (the wasm preloaded with
 *  the entry, the entry pinned by its integrity). */
function embedPage(folder) {
  const page = demoPage('demo/feed.json');
  // An older build, measured to compare (DOCTIN_DIST), has no embed.html.
  if (!fs.existsSync(path.join(folder, 'embed.html'))) return page;
  const script = /<script src=("?)doctin\.js\1 type=("?)module\2><\/script>/;
  if (!script.test(page)) throw new Error('dist/index.html has no <script src=doctin.js type=module>');
  return page.replace(script, () => fs.readFileSync(path.join(folder, 'embed.html'), 'utf8'));
}

/** The server: `/` the reader's demo page (the shipped build), `/timing/…`
 *  the same from the timing build, `/plain.html` the reference, `/static.html`
 *  the static article. */
function files(name) {
  if (name === '/plain.html') return plainPage;
  if (name === '/plain.js') return plainJs;
  if (name === '/static.html') return staticPage(feed);
  if (name === '/anh/bai.jpg') return jpeg;
  if (name === '/demo/feed.json' || name === '/timing/demo/feed.json') return feedText;
  if (name === '/doctin.css') return css;
  if (name === '/' || name === '/index.html') return embedPage(dist);
  if (name.startsWith('/timing/')) {
    const rest = name.slice('/timing'.length);
    return rest === '/' ? embedPage(timingDist) : fileIn(timingDist, rest);
  }
  return fileIn(dist, name);
}

const cache = new Map();
function answer(name) {
  if (!cache.has(name)) {
    const raw = files(name);
    if (raw == null) return null;
    const body = Buffer.from(raw);
    cache.set(name, { body, br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }), etag: `"${crypto.createHash('sha1').update(body).digest('hex').slice(0, 16)}"` });
  }
  return cache.get(name);
}

const server = http.createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const name = pathname;
  const found = answer(name);
  if (!found) return res.writeHead(404).end();
  const ext = name.endsWith('/') ? '.html' : path.extname(name);
  const headers = {
    'content-type': types[ext] ?? 'application/octet-stream',
    // A CMS's photos are kept a day, as such servers usually do.
    'cache-control': hashed(name) ? 'public, max-age=31536000, immutable' : ext === '.jpg' ? 'public, max-age=86400' : 'no-cache',
    etag: found.etag,
    vary: 'accept-encoding',
  };
  if (req.headers['if-none-match'] === found.etag) return res.writeHead(304, headers).end();
  const br = ext !== '.jpg' && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
  if (br) headers['content-encoding'] = 'br';
  res.writeHead(200, headers).end(br ? found.br : found.body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
feed.items.find((item) => item.id === ID).image = `${base}/anh/bai.jpg`;
feedText = JSON.stringify(feed);
// Everything compressed before the first request: compressing the wasm at
// quality 11 takes most of a second, which would count as the server's.
for (const name of ['/', '/plain.html', '/plain.js', '/static.html', '/doctin.css', '/demo/feed.json', '/timing/', '/timing/demo/feed.json', '/anh/bai.jpg']) answer(name);
for (const name of fs.readdirSync(dist)) answer(`/${name}`);
for (const name of fs.readdirSync(timingDist)) answer(`/timing/${name}`);

const pages = {
  'static HTML of the article': `${base}/static.html`,
  'plain-JS reader (reference)': `${base}/plain.html#/bai/${ID}`,
  doctin: `${base}/#/bai/${ID}`,
};

/** A phone-sized page of `context` under Lighthouse's mobile throttling. */
async function phonePage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // The wasm's compile and instantiation, as marks on the page's timeline.
  await page.addInitScript(() => {
    const wrap = (name) => {
      const original = WebAssembly[name];
      WebAssembly[name] = async function (...args) {
        performance.mark(`wasm:${name}`);
        const result = await original.apply(this, args);
        performance.mark(`wasm:${name} done`);
        return result;
      };
    };
    ['compileStreaming', 'compile', 'instantiate'].forEach(wrap);
  });
  return page;
}

/** Opens `url` and returns its LCP (ms from navigation start), once the
 *  page is settled: its title drawn and no new LCP candidate for 1 s. */
async function lcp(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('.dt-title').first().waitFor({ timeout: 30000 });
  return page.evaluate(() => new Promise((resolve) => {
    let last = 0;
    let timer;
    new PerformanceObserver((list) => {
      last = list.getEntries().at(-1).startTime;
      clearTimeout(timer);
      timer = setTimeout(() => resolve(last), 1000);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    timer = setTimeout(() => resolve(last), 1000);
  }));
}

const results = Object.fromEntries(Object.keys(pages).map((name) => [name, { first: [], repeat: [] }]));
try {
  for (let run = 0; run < runs; run++) {
    for (const [name, url] of Object.entries(pages)) {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'doctin-startup-'));
      const context = await chromium.launchPersistentContext(profile, { ...launch, ...phone });
      for (let view = 0; view < 3; view++) {
        const page = await phonePage(context);
        results[name][view === 0 ? 'first' : 'repeat'].push(await lcp(page, url));
        await page.close();
      }
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }

  // `node bench/startup.mjs 0`: the traced views only.
  if (runs > 0) printTable();
  function printTable() {
  const spread = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
  const median = (values) => { const s = [...values].sort((a, b) => a - b); return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2; };
  const peer = results['plain-JS reader (reference)'];
  console.log(`Chromium ${browser.version()}, 360×740 at 2×, 150 ms RTT, 1.6 Mbit/s, CPU 4×; ${runs} runs of one first and two repeat views; ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| page | first view LCP (median) | ratio to the plain-JS reader | repeat view LCP (median) | ratio |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, { first, repeat }] of Object.entries(results)) {
    const ratio = (mine, theirs) => `${(median(mine) / median(theirs)).toFixed(2)}×`;
    console.log(`| ${name} | ${spread(first)} ms (${Math.round(median(first))}) | ${ratio(first, peer.first)} | ${spread(repeat)} ms (${Math.round(median(repeat))}) | ${ratio(repeat, peer.repeat)} |`);
  }
  }

  // One traced first view and one traced repeat view of each reader:
  // where the time goes.
  for (const [name, url] of [['doctin (timing build)', `${base}/timing/#/bai/${ID}`], ['plain-JS reader', pages['plain-JS reader (reference)']]]) {
    const context = await browser.newContext(phone);
    for (const view of ['first', 'repeat']) {
      const page = await phonePage(context);
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.wasm', 'v8'] });
      await lcp(page, url);
      const trace = JSON.parse((await browser.stopTracing()).toString());
      if (process.env.LINGER) await page.waitForTimeout(Number(process.env.LINGER));
      await page.close();
      console.log(`\n${name}, one traced ${view} view (ms from navigation start):\n`);
      console.log(breakdown(trace.traceEvents).map(([what, when]) => `- ${when} — ${what}`).join('\n'));
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

/** The trace's story of a first view, as (what, when) lines in time order. */
function breakdown(events) {
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts ?? events.find((e) => e.name === 'navigationStart').ts;
  const at = (ts) => Math.round((ts - start) / 1000);
  const lines = [];
  // Each request: asked, first byte, last byte, with its size on the wire.
  const requests = new Map();
  for (const e of events) {
    const data = e.args?.data;
    if (!data?.requestId) continue;
    const r = requests.get(data.requestId) ?? {};
    if (e.name === 'ResourceSendRequest') Object.assign(r, { url: data.url, sent: e.ts });
    if (e.name === 'ResourceReceiveResponse') r.response = e.ts;
    if (e.name === 'ResourceFinish') Object.assign(r, { done: data.finishTime ? data.finishTime * 1e6 : e.ts, bytes: data.encodedDataLength });
    requests.set(data.requestId, r);
  }
  for (const r of requests.values()) {
    if (!r.url?.startsWith(base)) continue;
    const file = new URL(r.url).pathname.split('/').pop() || 'page';
    lines.push([`${file}: asked (${((r.bytes ?? 0) / 1024).toFixed(1)} KB on the wire, last byte at ${r.done ? at(r.done) : '?'} ms)`, at(r.sent)]);
    if (r.done) lines.push([`${file}: last byte`, at(r.done)]);
  }
  // Marks: the wrapped WebAssembly calls and the reader's own steps.
  for (const e of events) {
    if (e.cat?.includes('blink.user_timing') && /^(wasm:|doctin:)/.test(e.name) && e.ph === 'R') lines.push([`mark ${e.name}`, at(e.ts)]);
    if (e.cat?.includes('blink.user_timing') && /^(wasm:|doctin:)/.test(e.name) && (e.ph === 'I' || e.ph === 'n' || e.ph === 'b')) lines.push([`mark ${e.name}`, at(e.ts)]);
  }
  // The page's main thread (the renderer's CrRendererMain of the page's
  // process), by kind of work: the outermost event of each kind only, so
  // a layout forced inside a script is counted once, as script.
  const pid = events.find((e) => e.name === 'navigationStart' && e.ts === start)?.pid;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  const kinds = { EvaluateScript: 'script', 'v8.compileModule': 'script', FunctionCall: 'script and wasm', RunMicrotasks: 'promises and Leptos effects', UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint', ParseHTML: 'HTML' };
  const sums = {};
  let until = 0;
  for (const e of events.filter((e) => e.pid === pid && e.tid === main && e.ph === 'X' && kinds[e.name] && e.ts >= start).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < until) continue;
    until = e.ts + e.dur;
    sums[kinds[e.name]] = (sums[kinds[e.name]] ?? 0) + e.dur / 1000;
  }
  for (const e of events) {
    if (e.name === 'largestContentfulPaint::Candidate') lines.push([`LCP candidate (${e.args?.data?.type ?? ''} ${e.args?.data?.size ?? ''} px²)`, at(e.ts)]);
    if (e.name === 'firstContentfulPaint') lines.push(['first contentful paint', at(e.ts)]);
  }
  lines.sort((a, b) => a[1] - b[1]);
  const seen = new Set();
  const unique = lines.filter(([what, when]) => { const key = `${what}@${when}`; if (seen.has(key)) return false; seen.add(key); return true; });
  unique.push(['the page\'s main thread by kind of work, until the trace ends: ' + Object.entries(sums).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(', '), '(sum)']);
  return unique;
}
