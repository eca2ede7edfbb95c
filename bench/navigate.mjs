// 200 article-to-article navigations in the reader (release build, demo
// feed, 360×640), each timed from the click to the first frame painted with
// the new title; and the JS heap and wasm memory before and after.
// Usage: node bench/navigate.mjs [count] — prints a Markdown table.
import path from 'node:path';
import { createRequire } from 'node:module';
import { root, serve } from './serve.mjs';

const { chromium } = createRequire(path.join(root, 'tests/package.json'))('playwright-core');
const count = Number(process.argv[2] ?? 200);
const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
await page.goto(`${server.base}/#/bai/sh-2021-1116`);
await page.locator('article h1').waitFor();

const memory = () => page.evaluate(async () => {
  gc();
  const glue = [...document.scripts].map((s) => s.src).find((s) => s.endsWith('doctin.js'));
  // The entry's first reader uses the glue under its plain URL, so this is
  // the same module instance, and default() returns its wasm exports.
  const entry = await (await fetch(glue)).text();
  const name = entry.match(/"\.\/(doctin-[0-9a-f]+\.js)"/)[1];
  const exports = await (await import(new URL(name, glue).href)).default();
  return { js: performance.memory.usedJSHeapSize, wasm: exports.memory.buffer.byteLength };
});
const before = await memory();
const times = await page.evaluate(async (count) => {
  const shadow = document.querySelector('[data-doctin]').shadowRoot;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const times = [];
  for (let i = 0; i < count; i++) {
    // Alternate between the first newer and the first related article, so
    // every click opens a different article from the one on screen.
    const links = [...shadow.querySelectorAll('.dt-newer a, .dt-related a')];
    const link = links[i % 2 === 0 ? 0 : links.length - 1];
    const title = link.textContent;
    const start = performance.now();
    link.click();
    while (shadow.querySelector('article h1')?.textContent !== title) await new Promise((r) => setTimeout(r, 0));
    await frame();
    times.push(performance.now() - start);
  }
  return times;
}, count);
const after = await memory();
await browser.close();
server.close();

times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
const mb = (bytes) => (bytes / 1048576).toFixed(2);
console.log(`${count} navigations, Debian Chromium headless, 360×640, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| click to painted: median | p95 | max | JS heap before → after | wasm memory before → after |');
console.log('|---:|---:|---:|---:|---:|');
console.log(`| ${at(0.5)} ms | ${at(0.95)} ms | ${times[times.length - 1].toFixed(1)} ms | ${mb(before.js)} → ${mb(after.js)} MB | ${mb(before.wasm)} → ${mb(after.wasm)} MB |`);
