// Every payload of tests/data/xss (DOMPurify's fixtures, html5sec's
// vectors, OWASP's cheat-sheet code blocks) rendered as an article: as the
// body, and as title, lead, section, caption, source and link title. A
// payload survives when nothing runs (no alert/confirm/prompt/print/open,
// no navigation, no page error) and no event handler, javascript: URL or
// script element is left in the reader, after clicking every link and
// focusing and hovering every element.
import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { open, host, serveFeed, testdata, assert } from './harness.mjs';

const sources = {
  dompurify: 'dompurify-expect.json',
  h5sc: 'h5sc-vectors.json',
  owasp: 'owasp-xss-filter-evasion-codeblocks.json',
};

const only = process.env.XSS_ONLY ? new RegExp(process.env.XSS_ONLY) : null;
const payloads = Object.entries(sources).flatMap(([source, file]) =>
  JSON.parse(fs.readFileSync(path.join(testdata, 'xss', file), 'utf8')).map((entry, index) => ({
    source,
    index,
    payload: String(entry.payload),
  }))).filter(({ source, index }) => !only || only.test(`${source}-${index}`));

function feed() {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'XSS',
    home_page_url: 'https://hdnd.example.vn/',
    _doctin: { links: payloads.slice(0, 50).map(({ payload }) => ({ title: payload, url: 'https://hdnd.example.vn/' })) },
    items: payloads.map(({ source, index, payload }) => ({
      id: `${source}-${index}`,
      // A marker first, so the test knows which article is showing.
      title: `[${source}-${index}] ${payload}`,
      summary: payload,
      content_html: payload,
      image: 'https://hdnd.example.vn/anh.jpg',
      date_published: '2021-11-16T09:02:25+07:00',
      _doctin: { section: payload, source: payload, image_caption: payload },
    })),
  });
}

// Installed before the page loads: every way a payload could show that it
// ran is recorded in `__ran` (a name no payload uses).
function instrument() {
  const ran = [];
  Object.defineProperty(window, '__ran', { value: ran });
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    window[name] = (...args) => { ran.push(`${name}(${args.map(String).join(',').slice(0, 60)})`); };
  }
}

// Runs in the page for one article: clicks, focuses and hovers everything
// inside the reader, then reports what is left.
async function exercise(id) {
  const root = document.querySelector('[data-doctin]').shadowRoot;
  location.hash = `#/bai/${encodeURIComponent(id)}`;
  const shown = () => root.querySelector('h1.dt-title')?.textContent.startsWith(`[${id}]`);
  for (let i = 0; i < 200 && !shown(); i++) await new Promise((r) => requestAnimationFrame(r));
  if (!shown()) return { id, failure: 'article did not render' };
  // Links to web pages are not followed (that would leave the test page);
  // any other scheme is left to the browser, so a javascript: URL would run.
  const stay = (event) => {
    const link = event.composedPath().find((e) => e instanceof HTMLAnchorElement);
    if (link && /^(https?|mailto|tel):/i.test(link.href)) event.preventDefault();
  };
  root.addEventListener('click', stay, true);
  for (const element of root.querySelectorAll('*')) {
    element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    if (typeof element.focus === 'function') element.focus();
    if (element instanceof HTMLAnchorElement || element.closest('.dt-body')) element.click();
  }
  root.removeEventListener('click', stay, true);
  await new Promise((r) => setTimeout(r, 0));
  const all = [...root.querySelectorAll('*')];
  const left = [
    ...all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`)),
    // URL-bearing attributes only: "javascript:" as the text of a title or
    // alt is text, not a URL.
    ...all.flatMap((e) => [...e.attributes]
      .filter((a) => /^(href|src|action|formaction|xlink:href|data|srcset|poster|background|cite|ping)$/i.test(a.name))
      .filter((a) => !/^\s*(https?:|mailto:|tel:|data:image\/|[^:]*$)/i.test(a.value))
      .map((a) => `${e.localName}[${a.name}=${a.value.slice(0, 40)}]`)),
    ...all.filter((e) => /^(script|iframe|object|embed|frame|base|meta|link|style|form|svg|math)$/i.test(e.localName)).map((e) => e.localName),
  ];
  return { id, failure: left.length ? left.join(' ') : null };
}

test(`all ${payloads.length} XSS payloads of the test data survive in every field`, async () => {
  const { page, problems, consoleLog } = await open(host(serveFeed('xss-corpus', feed())), { before: (p) => p.addInitScript(instrument) });
  const navigations = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));
  await page.locator('.doctin .dt-cards').waitFor();
  const start = navigations.length;
  const failures = [];
  for (const { source, index } of payloads) {
    if (process.env.XSS_TRACE) console.log(`${source}-${index}`);
    const result = await page.evaluate(exercise, `${source}-${index}`);
    if (result.failure) failures.push(`${result.id}: ${result.failure}`);
  }
  const ran = await page.evaluate(() => window.__ran);
  const report = {
    payloads: payloads.length,
    bySource: Object.fromEntries(Object.keys(sources).map((s) => [s, payloads.filter((p) => p.source === s).length])),
    survived: payloads.length - failures.length,
  };
  console.log(`xss corpus: ${JSON.stringify(report)}`);
  if (process.env.XSS_TRACE) console.log([...problems, ...consoleLog].join('\n'));
  assert.deepEqual(failures, []);
  assert.deepEqual(ran, [], 'nothing ran');
  // Hash changes are the only navigations: the page itself never moved.
  assert.ok(navigations.slice(start).every((u) => new URL(u).pathname === '/host'), navigations.slice(start).join('\n'));
  assert.deepEqual(problems, []);
  await page.close();
});
