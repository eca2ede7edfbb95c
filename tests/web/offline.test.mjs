// The last good feed, saved in localStorage: shown at once on the next
// visit and refreshed, shown with a notice when the network fails, and
// discarded when it is corrupt or too large.
import { test } from 'node:test';
import fs from 'node:fs/promises';
import path from 'node:path';
import { open, host, serveFeed, hitsOf, url, assert, testdata } from './harness.mjs';
import { root } from './server.mjs';

const demo = () => fs.readFile(path.join(root, 'demo/feed.json'), 'utf8');
const titled = async (title) => JSON.stringify({ ...JSON.parse(await demo()), title });
const key = (feed) => `doctin:${url(feed)}`;
const NOTICE_VI = /^Bản lưu ngoại tuyến lúc \d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d [AP]M: chưa tải được tin mới\.$/;

test('when the network fails, the saved copy is shown with the time it was saved', async () => {
  const feed = serveFeed('offline-reset', async (count) => (count === 1 ? { body: await demo() } : { reset: true }));
  const first = await open(host(feed));
  await first.page.locator('.dt-cards').waitFor();
  assert.equal(await first.page.locator('.dt-notice').innerText(), '', 'no notice over a fresh feed');
  const saved = await first.page.evaluate((k) => localStorage.getItem(k), key(feed));
  assert.match(saved, /^\d{13}\n\{/);
  await first.page.close();

  const { page, problems } = await open(host(feed));
  // The region is always there (see the stylesheet); wait for its words.
  const notice = page.locator('.dt-notice[role=status]');
  await notice.filter({ hasText: 'Bản lưu' }).waitFor();
  assert.match(await notice.innerText(), NOTICE_VI);
  assert.equal(await page.locator('.dt-card').count(), 10);
  assert.equal(await page.locator('.dt-error').count(), 0);
  // It did ask (Chromium itself repeats a request whose connection resets).
  assert.ok(hitsOf('offline-reset') >= 2);
  // The saved copy is a whole reader: articles open from it.
  await page.locator('.dt-card-title a').first().click();
  await page.locator('article h1.dt-title').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('the saved copy is on screen before the network answers, then the fresh feed replaces it', async () => {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const feed = serveFeed('offline-refresh', async (count) => {
    if (count === 1) return { body: await titled('Bản đã lưu') };
    await gate;
    return { body: await titled('Bản mới') };
  });
  const first = await open(host(feed));
  await first.page.locator('h1', { hasText: 'Bản đã lưu' }).waitFor();
  await first.page.close();

  const { page } = await open(host(feed));
  // The request is held by the server, so this is the saved copy.
  await page.locator('h1', { hasText: 'Bản đã lưu' }).waitFor();
  assert.equal(await page.locator('.dt-status', { hasText: 'Đang tải…' }).count(), 0);
  release();
  await page.locator('h1', { hasText: 'Bản mới' }).waitFor();
  assert.equal(await page.locator('.dt-notice').innerText(), '', 'no notice');
  assert.match(await page.evaluate((k) => localStorage.getItem(k), key(feed)), /"title":"Bản mới"/);
  await page.close();
});

test('a corrupt saved copy is discarded, never shown', async () => {
  const records = ['rác', '1764400000000\n{"items":[{"id":', '1764400000000\n{"hello":"world"}', '-1\n{"items":[]}'];
  for (const [index, record] of records.entries()) {
    const feed = serveFeed(`offline-corrupt-${index}`, () => ({ status: 500, body: 'lỗi' }));
    const { page, problems } = await open(host(feed), {
      before: (page) => page.addInitScript(([k, v]) => localStorage.setItem(k, v), [key(feed), record]),
    });
    await page.locator('.dt-error', { hasText: 'HTTP 500' }).waitFor();
    assert.equal(await page.locator('.dt-notice').innerText(), '', 'no notice');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), key(feed)), null, JSON.stringify(record));
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('an oversized saved copy is discarded, and a feed over 512 KB is not saved', async () => {
  const feed = serveFeed('offline-oversized', async () => ({ body: await demo() }));
  const huge = `1764400000000\n${'x'.repeat(600 * 1024)}`;
  const { page } = await open(host(feed), {
    // Only before the first load: the test reads what the reader saved.
    before: (page) => page.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem(k, v); } }, [key(feed), huge]),
  });
  await page.locator('.dt-cards').waitFor();
  await page.waitForFunction((k) => /^\d{13}\n\{/.test(localStorage.getItem(k) ?? ''), key(feed));
  await page.close();

  // The 1.1 MB Vietnamese feed of testdata renders but is not kept.
  const big = '/testdata/feeds/' + (await fs.readdir(path.join(testdata, 'feeds'))).find((f) => f === 'vinhlin-vi-full.json');
  const second = await open(host(big));
  await second.page.locator('.dt-cards').waitFor();
  assert.ok((await fs.stat(path.join(testdata, big.slice('/testdata/'.length)))).size > 512 * 1024);
  assert.equal(await second.page.evaluate((k) => localStorage.getItem(k), key(big)), null);
  await second.page.close();
});

test('the notice reads in English under data-lang="en"', async () => {
  const feed = serveFeed('offline-en', async (count) => (count === 1 ? { body: await demo() } : { status: 502 }));
  const first = await open(host(feed, '', { 'data-lang': 'en' }));
  await first.page.locator('.dt-cards').waitFor();
  await first.page.close();
  const { page } = await open(host(feed, '', { 'data-lang': 'en' }));
  const notice = page.locator('.dt-notice');
  await notice.filter({ hasText: 'Offline' }).waitFor();
  assert.match(await notice.innerText(), /^Offline copy from \d\d? [A-Z][a-z]{2} \d{4}, \d\d?:\d\d [AP]M \(UTC\+7\): newer news could not be loaded\.$/);
  await page.close();
});
