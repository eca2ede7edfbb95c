// Search time per keystroke over an archive of 20 000 items (release build,
// headless Chromium, no throttling): the query is typed one letter at a
// time, each timed from the input event to the first frame painted with
// the new result count. Usage: node bench/search.mjs [items] — prints a
// Markdown table.
import path from 'node:path';
import { createRequire } from 'node:module';
import { demoPage, root, serve } from './serve.mjs';

const { chromium } = createRequire(path.join(root, 'tests/package.json'))('playwright-core');
const count = Number(process.argv[2] ?? 20000);
const QUERY = 'hoi dong nhan dan';

// A synthetic archive in the demo's words: ten years of a provincial
// council's news, every title and lead different.
const places = ['Thượng Lâm', 'Tân An', 'Hòa Bình', 'Đông Sơn', 'Vĩnh Phúc', 'Quảng Hà', 'Bắc Giang', 'Ngọc Lặc'];
const topics = ['kỳ họp thường lệ', 'giám sát đầu tư công', 'tiếp xúc cử tri', 'chất vấn về giáo dục', 'nghị quyết ngân sách', 'phòng chống thiên tai', 'chuyển đổi số', 'an sinh xã hội'];
const items = Array.from({ length: count }, (_, n) => {
  const place = places[n % places.length];
  const topic = topics[(n * 7) % topics.length];
  const day = new Date(Date.UTC(2026, 10, 29) - n * 4 * 3600 * 1000).toISOString().replace('.000Z', 'Z');
  return {
    id: `tin-${n}`,
    title: `${n % 5 === 0 ? 'Hội đồng nhân dân' : 'Thường trực HĐND'} huyện ${place}: ${topic} (số ${n})`,
    summary: `Đại biểu HĐND huyện ${place} bàn về ${topic}, lần thứ ${n}.`,
    content_text: `Bài số ${n}.`,
    date_published: day,
    tags: [place, topic],
  };
});
const feed = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Lưu trữ', items });

const server = await serve({ answer: (name) => (name === '/archive.json' ? feed : name === '/index.html' ? demoPage('/archive.json') : null) });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
await page.goto(`${server.base}/`);
await page.locator('.dt-cards').waitFor({ timeout: 60000 });

const times = await page.evaluate(async (query) => {
  const shadow = document.querySelector('[data-doctin]').shadowRoot;
  const input = shadow.querySelector('.dt-search-box');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const times = [];
  // Typed three times over, cleared in between.
  for (let round = 0; round < 3; round++) {
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
    for (let i = 1; i <= query.length; i++) {
      const typed = query.slice(0, i);
      // A trailing space changes no result (the query is trimmed): typed,
      // not timed.
      if (typed.endsWith(' ')) {
        input.value = typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        continue;
      }
      input.value = typed;
      const shown = () => (shadow.querySelector('.dt-found')?.textContent ?? '').includes(`“${typed.trim()}”`);
      // The moment the results of exactly this text are in the DOM.
      const updated = new Promise((resolve) => {
        const observer = new MutationObserver(() => { if (shown()) { observer.disconnect(); resolve(performance.now()); } });
        observer.observe(shadow, { subtree: true, childList: true, characterData: true });
      });
      const start = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const done = await updated;
      await frame();
      times.push([done - start, performance.now() - start]);
    }
  }
  return times;
}, QUERY);
const found = await page.locator('.dt-found').innerText();
await browser.close();
server.close();

// Work: from the input event to the results in the DOM. Painted: to the
// next animation frame after that, which adds up to one frame (16.7 ms).
const column = (k) => times.map((t) => t[k]).sort((a, b) => a - b);
const at = (values, q) => values[Math.min(values.length - 1, Math.floor(q * values.length))].toFixed(1);
const [work, painted] = [column(0), column(1)];
console.log(`${count} items, "${QUERY}" typed letter by letter 3 times (${times.length} keystrokes; the first builds the index), headless Debian Chromium, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| | median | p95 | max |');
console.log('|---|---:|---:|---:|');
console.log(`| keystroke to results in the DOM | ${at(work, 0.5)} ms | ${at(work, 0.95)} ms | ${work[work.length - 1].toFixed(1)} ms |`);
console.log(`| keystroke to next frame painted | ${at(painted, 0.5)} ms | ${at(painted, 0.95)} ms | ${painted[painted.length - 1].toFixed(1)} ms |`);
console.log(`\nLast result line: ${found}`);
