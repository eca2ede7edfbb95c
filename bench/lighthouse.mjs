// Lighthouse 12 (default mobile settings: simulated slow 4G and a 4× slower
// CPU) on the reader showing an article from the demo's JSON Feed, on the
// reader showing it from the same articles written as RSS 2.0 (what a
// portal publishes), and on a static server-rendered page of the same
// article: the physical limit. All are served from one loopback server
// with brotli, as a real host would serve them.
// Usage: node bench/lighthouse.mjs [runs per page] — prints a Markdown table.
import fs from 'node:fs';
import path from 'node:path';
import { demoPage, dist, root, serve } from './serve.mjs';
import { ID, rssFeed, staticPage } from './pages.mjs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const runs = Number(process.argv[2] ?? 3);

const files = new Map([
  ['/static.html', Buffer.from(staticPage())],
  ['/doctin.css', fs.readFileSync(path.join(root, 'style/doctin.css'))],
  ['/demo/feed.rss', Buffer.from(rssFeed())],
  ['/rss.html', Buffer.from(demoPage('demo/feed.rss'))],
]);
const server = await serve({ answer: (name) => files.get(name), brotli: true });
// Every file compressed before the first run.
server.warm([...files.keys(), '/demo/feed.json', '/demo/feed.rss', ...fs.readdirSync(dist).map((name) => `/${name}`)]);
const base = server.base;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const pages = { 'reader, JSON Feed': `${base}/#/bai/${ID}`, 'reader, RSS 2.0': `${base}/rss.html#/bai/${ID}`, static: `${base}/static.html` };
const metrics = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift', bytes: 'total-byte-weight' };
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {};
try {
  for (const [name, url] of Object.entries(pages)) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      samples.push(lhr);
      // LH_SAVE=/tmp/lhr: each report as /tmp/lhr-<page>-<run>.json.
      if (process.env.LH_SAVE) fs.writeFileSync(`${process.env.LH_SAVE}-${name}-${i}.json`, JSON.stringify(lhr));
      // LH_DETAILS=1: where the reader's LCP time goes, and its requests.
      if (process.env.LH_DETAILS) {
        const lcp = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
        console.error(name, JSON.stringify(lcp.map((i) => i.items ?? i).flat().map((i) => i.node?.snippet ?? i.phase + ' ' + Math.round(i.timing ?? 0))));
        for (const r of lhr.audits['network-requests'].details.items) console.error(`  ${Math.round(r.networkRequestTime)}–${Math.round(r.networkEndTime)} ms ${r.transferSize} B ${r.url.slice(-50)}`);
      }
    }
    const row = {};
    for (const [key, category] of [['performance', 'performance'], ['accessibility', 'accessibility'], ['best practices', 'best-practices'], ['SEO', 'seo']]) {
      row[key] = median(samples.map((l) => Math.round(l.categories[category].score * 100)));
    }
    for (const [key, audit] of Object.entries(metrics)) row[key] = median(samples.map((l) => l.audits[audit].numericValue));
    results[name] = row;
  }
} finally {
  await chrome.kill();
  server.close();
}

const show = (key, value) => (key === 'bytes' ? `${(value / 1024).toFixed(1)} KB` : key === 'CLS' ? value.toFixed(3) : ['FCP', 'LCP', 'TBT'].includes(key) ? `${Math.round(value)} ms` : String(value));
const keys = Object.keys(results.static);
console.log(`Lighthouse ${JSON.parse(fs.readFileSync(path.join(root, 'bench/node_modules/lighthouse/package.json'), 'utf8')).version}, mobile defaults, median of ${runs} runs per page, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(`| page | ${keys.join(' | ')} |`);
console.log(`|---|${keys.map(() => '---:').join('|')}|`);
for (const [name, row] of Object.entries(results)) console.log(`| ${name} | ${keys.map((k) => show(k, row[k])).join(' | ')} |`);
for (const name of Object.keys(pages).filter((n) => n !== 'static')) console.log(`\nLCP ${name} / static: ${(results[name].LCP / results.static.LCP).toFixed(2)}×`);
