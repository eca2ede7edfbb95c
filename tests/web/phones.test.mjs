// Readers on phones and on desktops: layout at 360×640 and 1280×900, tap
// targets, the reading toolbar (text size, share, listen, print), focus and
// landmarks for keyboard and screen-reader users, dark mode, and axe-core.
// Screenshots of the phone layout go to tests/artifacts/ (desktop.test.mjs
// takes the desktop ones).
import { test } from 'node:test';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { open, host, serveFeed, url, assert, env } from './harness.mjs';
import { root } from './server.mjs';

const DEMO = 'demo/feed.json';
const ARTICLE = '#/bai/sh-2021-1116';
const PHONE = { width: 360, height: 640 };
const DESKTOP = { width: 1280, height: 900 };
const artifacts = path.join(root, 'tests/artifacts');
const axeSource = createRequire(import.meta.url)('axe-core').source;

async function at(viewport, hash = '', attributes = {}, feed = DEMO) {
  // The viewport is set before the page loads, as on a real phone: resizing
  // a drawn page would itself count as layout shift.
  const opened = await open(host(feed, hash, attributes), { before: (page) => page.setViewportSize(viewport) });
  await opened.page.locator(hash ? '.doctin article h1' : '.doctin .dt-cards').waitFor();
  return opened;
}

/** Widest scrolling box of the page: the document must not scroll sideways. */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

test('no sideways scrolling at 320, 360 and 1280 px, on the list and an article', async () => {
  for (const viewport of [{ width: 320, height: 640 }, PHONE, DESKTOP]) {
    for (const hash of ['', ARTICLE]) {
      const { page, problems } = await at(viewport, hash);
      assert.equal(await overflow(page), 0, `${viewport.width} ${hash}`);
      assert.deepEqual(problems, []);
      await page.close();
    }
  }
  // A table wider than a phone scrolls inside its own box.
  const wide = serveFeed('wide-table', JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'Bảng',
    items: [{ id: 'bang', title: 'Kết quả giám sát', content_html: `<table><tr>${'<td>Huyện Thượng Lâm, xã Tân An</td>'.repeat(12)}</tr></table>` }],
  }));
  const { page } = await at({ width: 320, height: 640 }, '#/bai/bang', {}, wide);
  assert.equal(await overflow(page), 0);
  const table = await page.locator('.dt-body table').evaluate((t) => ({ scroll: t.scrollWidth, client: t.clientWidth, overflow: getComputedStyle(t).overflowX }));
  assert.ok(table.scroll > table.client && table.overflow === 'auto', JSON.stringify(table));
  await page.close();
});

test('on a phone the lists and the links box flow under the article', async () => {
  const box = (page, selector) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().toJSON());
  const phone = await at(PHONE, ARTICLE);
  const article = await box(phone.page, '.dt-article');
  for (const selector of ['.dt-newer', '.dt-related', '.dt-links']) {
    assert.ok((await box(phone.page, selector)).top >= article.bottom, `${selector} under the article`);
  }
  await phone.page.screenshot({ path: path.join(artifacts, 'article-360.png'), fullPage: true });
  await phone.page.close();
  const { page } = await at(PHONE);
  await page.screenshot({ path: path.join(artifacts, 'latest-360.png'), fullPage: true });
  await page.close();
});

test('every button and every link outside the article text is at least 44×44 px on a phone', async () => {
  for (const hash of ['', ARTICLE]) {
    const { page } = await at(PHONE, hash);
    const small = await page.locator('[data-doctin]').evaluate((hostElement) =>
      [...hostElement.shadowRoot.querySelectorAll('button, a')]
        // The skip link is measured below, where it shows: when focused.
        .filter((e) => !e.closest('.dt-body') && !e.matches('.dt-skip') && e.getClientRects().length > 0)
        .map((e) => [e.textContent.trim().slice(0, 30), Math.round(e.getBoundingClientRect().width), Math.round(e.getBoundingClientRect().height)])
        .filter(([, w, h]) => w < 44 || h < 44));
    assert.deepEqual(small, [], hash);
    await page.close();
  }
});

test('the main photo loads at once, thumbnails lazily, all without moving the page', async () => {
  const { page } = await at(PHONE, ARTICLE);
  const photo = page.locator('.dt-figure img');
  assert.equal(await photo.getAttribute('loading'), null);
  assert.equal(await photo.getAttribute('decoding'), 'async');
  assert.equal(await photo.getAttribute('alt'), 'Đại biểu HĐND tham dự lớp bồi dưỡng tại hội trường tỉnh (ảnh minh họa)');
  // The box has its height before the image arrives.
  assert.equal(await photo.evaluate((img) => getComputedStyle(img).aspectRatio), '16 / 9');
  await page.close();
  const list = await at(PHONE);
  const thumb = list.page.locator('.dt-thumb img').first();
  assert.equal(await thumb.getAttribute('loading'), 'lazy');
  assert.equal(await thumb.evaluate((img) => getComputedStyle(img).aspectRatio), '4 / 3');
  // Nothing shifted while the list appeared and its images decoded.
  const shift = await list.page.evaluate(() => new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((entries) => { for (const e of entries.getEntries()) total += e.value; }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(total), 500);
  }));
  assert.ok(shift < 0.01, `layout shift ${shift}`);
  await list.page.close();
});

test('A− and A+ change the text size in five steps, remembered for the site', async () => {
  const { page } = await at(PHONE, ARTICLE);
  const size = () => page.locator('.doctin').evaluate((e) => getComputedStyle(e).fontSize);
  assert.equal(await size(), '16px');
  const larger = page.getByRole('button', { name: 'Tăng cỡ chữ' });
  const smaller = page.getByRole('button', { name: 'Giảm cỡ chữ' });
  const sizes = [];
  for (let i = 0; i < 4; i++) { await larger.click(); sizes.push(await size()); }
  assert.deepEqual(sizes, ['18px', '20px', '23px', '23px']);
  await page.reload();
  await page.locator('.doctin article h1').waitFor();
  assert.equal(await size(), '23px', 'remembered after a reload');
  for (let i = 0; i < 5; i++) await smaller.click();
  assert.equal(await size(), '14px');
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  assert.equal(await size(), '16px');
  await page.close();
});

test('without a share sheet, "Sao chép liên kết" copies the article\'s address and says so; Facebook and Zalo links carry it', async () => {
  await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url('') });
  const { page, problems } = await at(PHONE, ARTICLE);
  assert.equal(await page.evaluate(() => 'share' in navigator), false, 'this Chromium has no share sheet');
  assert.equal(await page.getByRole('button', { name: 'Chia sẻ' }).count(), 0);
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await page.locator('.dt-said[role=status]', { hasText: 'Đã sao chép' }).waitFor();
  // The demo item has its own page, which is what is shared.
  const shared = 'https://hdnd.sonha.example.vn/tin/sh-2021-1116';
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shared);
  const encoded = encodeURIComponent(shared);
  assert.equal(await page.getByRole('link', { name: 'Facebook' }).getAttribute('href'), `https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
  assert.equal(await page.getByRole('link', { name: 'Zalo' }).getAttribute('href'), `https://button-share.zalo.me/share_external?href=${encoded}`);
  assert.equal(await page.getByRole('link', { name: 'Zalo' }).getAttribute('target'), '_blank');
  assert.deepEqual(problems, []);
  await page.close();
});

test('"Nghe đọc bài" is offered only where a Vietnamese voice exists', async () => {
  const { page } = await at(PHONE, ARTICLE);
  const voices = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => v.lang.startsWith('vi')).length);
  const listen = page.locator('[data-act=listen]');
  assert.equal(await listen.isVisible(), voices > 0, `${voices} Vietnamese voices`);
  // Pause and stop belong to reading, which has not started.
  assert.equal(await page.locator('[data-act=pause]').isVisible(), false);
  assert.equal(await page.locator('[data-act=stop]').isVisible(), false);
  await page.close();
});

test('printing shows the article alone', async () => {
  const { page } = await at(DESKTOP, ARTICLE);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.dt-toolbar', '.dt-newer', '.dt-related', '.dt-links', '.dt-pager']) {
    assert.equal(await page.locator(selector).isVisible(), false, selector);
  }
  for (const selector of ['article h1', '.dt-updated', '.dt-lead', '.dt-figure img', '.dt-body', '.dt-source']) {
    assert.equal(await page.locator(selector).isVisible(), true, selector);
  }
  await page.screenshot({ path: path.join(artifacts, 'article-print.png'), fullPage: true });
  await page.close();
});

test('opening an article moves focus to its title; the skip link leads there too', async () => {
  const { page } = await at(DESKTOP);
  const focused = () => page.locator('[data-doctin]').evaluate((h) => {
    const e = h.shadowRoot.activeElement;
    return e ? `${e.localName}: ${e.textContent.trim()}` : null;
  });
  const first = page.locator('.dt-card-title a').first();
  const name = await first.innerText();
  await first.click();
  await page.waitForFunction(() => document.querySelector('[data-doctin]').shadowRoot.activeElement?.localName === 'h1');
  assert.equal(await focused(), `h1: ${name}`);
  await page.close();

  // On a fresh page, the first Tab reaches the skip link, and it leads to
  // the article's title.
  const fresh = await at(DESKTOP, ARTICLE);
  const skip = fresh.page.locator('.dt-skip');
  const onScreen = () => skip.evaluate((a) => { const r = a.getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth ? [r.width, r.height] : null; });
  assert.equal(await onScreen(), null, 'out of sight until focused');
  await fresh.page.keyboard.press('Tab');
  assert.equal(await skip.evaluate((a) => a.getRootNode().activeElement === a), true);
  const [width, height] = await onScreen();
  assert.ok(width >= 44 && height >= 44, `shown, ${width}×${height}`);
  await fresh.page.keyboard.press('Enter');
  assert.equal(await fresh.page.locator('[data-doctin]').evaluate((h) => h.shadowRoot.activeElement?.textContent), 'Nâng cao kỹ năng chất vấn của đại biểu HĐND các cấp');
  assert.equal(fresh.page.url().endsWith(ARTICLE), true, 'the hash is untouched');
  await fresh.page.close();
});

test('landmarks, headings, times and languages are in the markup', async () => {
  const { page } = await at(DESKTOP, ARTICLE);
  assert.equal(await page.locator('article.dt-article h1').count(), 1);
  assert.deepEqual(await page.locator('aside').evaluateAll((a) => a.map((e) => e.getAttribute('aria-label'))), ['Các tin mới hơn', 'Các bài liên quan', 'LIÊN KẾT WEBSITE']);
  assert.equal(await page.locator('.dt-updated time').getAttribute('datetime'), '2021-11-16T09:02:25+07:00');
  assert.equal(await page.locator('.dt-article').getAttribute('lang'), 'vi');
  assert.equal(await page.locator('.dt-toolbar').getAttribute('role'), 'group');
  await page.close();
});

test('dark mode follows the system under data-theme="auto"', async () => {
  const { page } = await at(PHONE, ARTICLE, { 'data-theme': 'auto' });
  const background = () => page.locator('.doctin').evaluate((e) => getComputedStyle(e).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await background(), 'rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await background(), 'rgb(22, 24, 27)');
  await page.screenshot({ path: path.join(artifacts, 'article-360-dark.png'), fullPage: true });
  await page.close();
});

test('axe-core finds no violations: list and article, light and dark, 360 and 1280 px', async () => {
  const report = [];
  for (const theme of ['light', 'dark']) {
    for (const viewport of [PHONE, DESKTOP]) {
      for (const hash of ['', ARTICLE]) {
        const { page } = await at(viewport, hash, { 'data-theme': theme });
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        report.push(...violations.map((v) => `${theme} ${viewport.width} ${hash || 'list'} ${v}`));
        await page.close();
      }
    }
  }
  assert.deepEqual(report, []);
});
