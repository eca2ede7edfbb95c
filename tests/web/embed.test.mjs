// Embedding into a host page the reader does not control: the example
// portal (hostile CSS, strict CSP, two readers), attributes, isolation,
// and what happens where WebAssembly is missing.
import { test } from 'node:test';
import { open, host, assert, startServer, url } from './harness.mjs';

const PORTAL = '/examples/portal.html';
const news = (page) => page.locator('#tin-tuc');
const notices = (page) => page.locator('#thong-bao');

async function portal(options) {
  const opened = await open(PORTAL, options);
  await news(opened.page).locator('.dt-cards').waitFor();
  await notices(opened.page).locator('.dt-cards').waitFor();
  return opened;
}

test('the portal renders both readers, each with its own feed, under a strict CSP', async () => {
  const { page, problems, consoleLog } = await portal();
  assert.equal(await news(page).locator('h1.dt-title').innerText(), 'Tin hoạt động HĐND tỉnh Sơn Hà');
  assert.equal(await notices(page).locator('h1.dt-title').innerText(), 'Thông báo');
  assert.equal(await notices(page).locator('.dt-card').count(), 6);
  // Each lays out by its own width: the sidebar reader is one column.
  const width = (reader, selector) => reader.locator(selector).first().evaluate((e) => e.getBoundingClientRect().width);
  assert.ok(await width(notices(page), '.dt-main') > 0.9 * (await width(notices(page), '.doctin')) - 20, 'one column in the sidebar');
  assert.ok(await width(news(page), '.dt-links') > 200, 'the wide reader keeps its links column');
  const response = await page.request.get(page.url());
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  const violations = consoleLog.filter((m) => /Content Security Policy|Refused to/i.test(m));
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the host\'s hostile stylesheet changes nothing inside the readers', async () => {
  const { page } = await portal();
  const probe = () => page.evaluate(() => {
    // Not the width: the host element's own box (its size and margins)
    // is the page's to lay out, and the hostile sheet gives it 40px margins.
    const properties = ['font-size', 'font-family', 'font-weight', 'color', 'margin-top', 'padding-top', 'display', 'line-height', 'box-sizing', 'text-transform', 'letter-spacing', 'list-style-type', 'background-color', 'border-top-width'];
    return [...document.querySelectorAll('[data-doctin]')].flatMap((host) =>
      ['.doctin', 'h1', '.dt-card', '.dt-card-title a', '.dt-date', '.dt-card-lead', '.dt-links a', '.dt-more', 'img'].map((selector) => {
        const element = host.shadowRoot.querySelector(selector);
        if (!element) return `${host.id} ${selector}: missing`;
        const style = getComputedStyle(element);
        return `${host.id} ${selector}: ${properties.map((p) => style.getPropertyValue(p)).join(' | ')}`;
      }));
  });
  const hostile = await probe();
  await page.evaluate(() => { document.getElementById('hostile').disabled = true; });
  const plain = await probe();
  assert.deepEqual(hostile, plain);
  // The news reader has every probed element (the notices feed has no
  // links box, no photos and fewer than ten items).
  assert.ok(!plain.some((line) => line.startsWith('tin-tuc') && line.includes('missing')), plain.join('\n'));
  // And the hostile sheet does apply to the page around the readers.
  await page.evaluate(() => { document.getElementById('hostile').disabled = false; });
  assert.equal(await page.locator('.site-footer p').evaluate((e) => getComputedStyle(e).color), 'rgb(255, 0, 0)');
  await page.close();
});

test('the readers\' CSS does not leak onto the host page', async () => {
  const probe = (page) => page.evaluate(() =>
    ['body', '.site-name', '.site-menu a', 'h1', 'h2', '.site-footer p'].map((s) => {
      const style = getComputedStyle(document.querySelector(s));
      return `${s}: ${style.font} ${style.color} ${style.margin} ${style.display} ${style.boxSizing}`;
    }));
  const { page } = await portal();
  const withReaders = await probe(page);
  await page.close();
  const { page: bare } = await open(PORTAL, { before: (p) => p.route('**/doctin.js', (route) => route.abort()) });
  const withoutReaders = await probe(bare);
  assert.deepEqual(withReaders, withoutReaders);
  await bare.close();
});

test('a host link navigates the host page; the readers intercept nothing', async () => {
  const { page } = await portal();
  await page.locator('#host-link').click();
  await page.waitForURL(/van-ban\.html$/);
  assert.equal(await page.locator('.site-name').innerText(), 'Văn bản');
  await page.close();
});

test('data-route="none" navigates inside the widget and leaves the URL and history alone', async () => {
  const { page } = await portal();
  const before = await page.evaluate(() => ({ url: location.href, length: history.length, title: document.title }));
  await notices(page).locator('.dt-card-title a').first().click();
  await notices(page).locator('h1.dt-title', { hasText: 'Thông báo lịch tiếp công dân' }).waitFor();
  assert.equal(await notices(page).locator('.dt-related li').count(), 3, 'data-related="3"');
  await notices(page).locator('.dt-related a').first().click();
  await notices(page).locator('h1.dt-title', { hasText: 'Lấy ý kiến nhân dân' }).waitFor();
  assert.equal(await notices(page).locator('.dt-newer li').count(), 1);
  await notices(page).getByRole('button', { name: 'Quay lại' }).click();
  await notices(page).locator('h1.dt-title', { hasText: 'Thông báo lịch tiếp công dân' }).waitFor();
  await notices(page).getByRole('button', { name: 'Quay lại' }).click();
  await notices(page).locator('.dt-cards').waitFor();
  const after = await page.evaluate(() => ({ url: location.href, length: history.length, title: document.title }));
  assert.deepEqual(after, before);
  // The hash reader did not move either.
  assert.equal(await news(page).locator('h1.dt-title').innerText(), 'Tin hoạt động HĐND tỉnh Sơn Hà');
  await page.close();
});

test('the hash reader and the other work independently', async () => {
  const { page } = await portal();
  await news(page).locator('.dt-card-title a').first().click();
  await news(page).locator('h1.dt-title', { hasText: 'Kỳ họp thứ 11' }).waitFor();
  assert.match(new URL(page.url()).hash, /^#\/bai\//);
  assert.equal(await notices(page).locator('h1.dt-title').innerText(), 'Thông báo');
  await page.close();
});

test('the dark theme and the host\'s custom properties apply', async () => {
  const { page } = await portal();
  const background = (reader) => reader.locator('.doctin').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(await background(notices(page)), 'rgb(22, 24, 27)');
  assert.equal(await background(news(page)), 'rgb(255, 255, 255)');
  await page.evaluate(() => document.getElementById('tin-tuc').style.setProperty('--doctin-bg', 'rgb(1, 2, 3)'));
  assert.equal(await background(news(page)), 'rgb(1, 2, 3)');
  await page.close();
});

test('a bad attribute leaves the host as written, and one console warning says what is wrong', async () => {
  const { page, consoleLog } = await open(host('demo/feed.json', '', { 'data-newer': 'nhiều', 'data-theme': 'xanh' }));
  while (!consoleLog.some((m) => m.startsWith('warning: doctin'))) await page.waitForTimeout(50);
  // The reader does not guess a value and does not start: the webmaster
  // reads why, one problem per line, and readers keep the fallback.
  assert.deepEqual(consoleLog.filter((m) => m.startsWith('warning: doctin')).map((m) => m.split('\n')), [[
    'warning: doctin: the reader did not start; the page\'s own content stays.',
    'Thuộc tính data-newer="nhiều" không hợp lệ: cần một số từ 0 đến 20.',
    'Thuộc tính data-theme="xanh" không hợp lệ: cần "light", "dark" hoặc "auto".',
  ]]);
  assert.equal(await page.locator('[data-doctin]').evaluate((e) => e.shadowRoot), null);
  assert.ok(await page.getByRole('link', { name: 'Xem nguồn tin' }).isVisible());
  await page.close();
});

test('data-lang="en" shows the interface in English', async () => {
  const { page } = await open(host('demo/feed.json', '#/bai/sh-2021-1116', { 'data-lang': 'en' }));
  await page.locator('.doctin .dt-related').waitFor();
  assert.equal(await page.locator('.dt-newer h2').innerText(), 'Newer news');
  assert.equal(await page.locator('.dt-related h2').innerText(), 'Related articles');
  assert.equal(await page.locator('.dt-updated').innerText(), 'Updated: 16 Nov 2021, 9:02 AM (UTC+7)');
  assert.equal(await page.locator('.doctin').getAttribute('lang'), 'en');
  assert.equal(await page.locator('.dt-article').getAttribute('lang'), 'vi', 'the article keeps its own language');
  await page.close();
});

test('without WebAssembly the host\'s fallback content stays', async () => {
  const { page, consoleLog } = await open(PORTAL, { before: (p) => p.addInitScript(() => { delete globalThis.WebAssembly; }) });
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/doctin.js')));
  assert.ok(consoleLog.some((m) => m.includes('WebAssembly is unavailable')), consoleLog.join('\n'));
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-doctin]')[0].shadowRoot), null);
  assert.ok(await page.getByRole('link', { name: 'Xem tin tức' }).isVisible());
  assert.ok(await page.getByRole('link', { name: 'Xem thông báo' }).isVisible());
  await page.close();
});

test('when the bundle fails to load, the host\'s fallback content stays', async () => {
  const { page, consoleLog } = await open(PORTAL, { before: (p) => p.route('**/*_bg.wasm', (route) => route.abort()) });
  // The entry reports the failure once the wasm request has failed.
  while (!consoleLog.some((m) => m.includes('the reader could not start'))) await page.waitForTimeout(50);
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-doctin]')[0].shadowRoot), null);
  assert.ok(await page.getByRole('link', { name: 'Xem tin tức' }).isVisible());
  assert.ok(await page.getByRole('link', { name: 'Xem thông báo' }).isVisible());
  await page.close();
});

test('the reader adds no global name to the page', async () => {
  const { page } = await portal({ before: (p) => p.addInitScript(() => { globalThis.__before = Object.getOwnPropertyNames(globalThis); }) });
  const added = await page.evaluate(() => Object.getOwnPropertyNames(globalThis).filter((n) => !__before.includes(n) && n !== '__before'));
  assert.deepEqual(added, []);
  await page.close();
});

test('the release folder works from another path on another origin', async () => {
  const cdn = await startServer();
  try {
    const entry = `${cdn.base}/cdn/v1.0.0/doctin.js`;
    const { page, problems } = await open(host(url('/demo/feed.json'), '#/bai/sh-2021-1116', {}, entry));
    await page.locator('.doctin .dt-related').waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    assert.ok(loaded.some((name) => name.startsWith(`${new URL(entry).origin}/cdn/v1.0.0/`) && name.endsWith('_bg.wasm')), loaded.join('\n'));
    assert.ok(!loaded.some((name) => name.startsWith(url('/doctin'))), 'nothing of the bundle came from the page\'s origin');
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await cdn.close();
  }
});

test('the feed is asked for while the wasm is still downloading, and only once', async () => {
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  const { root } = await import('./server.mjs');
  const { serveFeed: serve, hitsOf: hits, eventsOf: events } = await import('./harness.mjs');
  const feed = serve('preloaded', await fs.readFile(path.join(root, 'demo/feed.json'), 'utf8'));
  const { page, consoleLog } = await open(host(feed, '', {}, '/slow/doctin.js'));
  await page.locator('.dt-cards').waitFor();
  const [asked] = events('feed preloaded');
  const [wasm] = events('slow wasm');
  assert.ok(asked < wasm, `feed asked at ${asked}, wasm sent at ${wasm}`);
  assert.equal(hits('preloaded'), 1, 'the reader used the preloaded answer');
  assert.deepEqual(consoleLog.filter((m) => /preload/i.test(m)), []);
  await page.close();
});
