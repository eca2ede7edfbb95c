// Feeds that fail: each way gets its own message and a working "Thử lại".
import { test } from 'node:test';
import fs from 'node:fs/promises';
import path from 'node:path';
import { open, host, serveFeed, hitsOf, assert } from './harness.mjs';
import { root } from './server.mjs';

const demo = () => fs.readFile(path.join(root, 'demo/feed.json'), 'utf8');

async function showsError(feed, expected) {
  const { page, problems } = await open(host(feed));
  const alert = page.locator('.doctin .dt-error');
  await alert.waitFor();
  assert.match(await alert.locator('p').innerText(), expected);
  assert.deepEqual(problems, []);
  return page;
}

test('a 404 names the status, and "Thử lại" fetches again and recovers', async () => {
  const feed = serveFeed('flaky-404', async (count) => (count === 1 ? { status: 404, body: 'gone' } : { body: await demo() }));
  const page = await showsError(feed, /HTTP 404/);
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await page.locator('.dt-cards').waitFor();
  assert.equal(hitsOf('flaky-404'), 2);
  await page.close();
});

test('each failure has its own message', async () => {
  const cases = [
    [serveFeed('status-500', () => ({ status: 500, body: 'oops' })), /HTTP 500/],
    [serveFeed('html-page', () => ({ type: 'text/html', body: '<!DOCTYPE html><html><body>Trang chủ</body></html>' })), /trang HTML/],
    [serveFeed('truncated', '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1",'), /không phải JSON hợp lệ \(lỗi ở dòng 1, cột \d+\)/],
    [serveFeed('not-a-feed', '{"hello":"world"}'), /không phải JSON Feed/],
    // XML that is neither RSS nor Atom names the three formats it may be.
    [serveFeed('xml-not-a-feed', () => ({ type: 'application/xml', body: '<?xml version="1.0"?><urlset><url/></urlset>' })), /không phải JSON Feed .*RSS hay Atom/],
    // Nothing listens on port 9 of loopback: the request gets no answer.
    ['http://127.0.0.1:9/feed.json', /Không kết nối được/],
  ];
  for (const [feed, expected] of cases) {
    const page = await showsError(feed, expected);
    await page.close();
  }
});

test('"Đang tải…" shows while the feed is on its way', async () => {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const feed = serveFeed('slow', async () => { await gate; return { body: await demo() }; });
  const { page } = await open(host(feed));
  await page.locator('.doctin .dt-status[role=status]', { hasText: 'Đang tải…' }).waitFor();
  release();
  await page.locator('.dt-cards').waitFor();
  await page.close();
});

test('a server that never answers, or stalls mid-body, times out with Thử lại', async () => {
  // Nothing is awaited on the server side for these: the reader's own
  // 10-second limit must end the wait.
  const never = serveFeed('never', (count) => (count === 1 ? new Promise(() => {}) : demo().then((body) => ({ body }))));
  const page = await showsError(never, /không trả lời kịp/);
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await page.locator('.dt-cards').waitFor();
  await page.close();
  const stalled = serveFeed('stalled', () => ({ stallAfter: '{"version":"https://jsonfeed.org/version/1.1","items":[' }));
  const second = await showsError(stalled, /không trả lời kịp/);
  await second.close();
});

test('503 with Retry-After, a reset connection, a redirect loop and a dripping body each get a message', async () => {
  const cases = [
    [serveFeed('busy', () => ({ status: 503, headers: { 'retry-after': '120' }, body: 'bận' })), /HTTP 503/],
    [serveFeed('reset', () => ({ reset: true })), /Không kết nối được/],
    [serveFeed('loop', () => ({ redirect: '/feeds/loop' })), /Không kết nối được/],
    [serveFeed('drip', async () => ({ drip: await demo() })), /không trả lời kịp/],
  ];
  for (const [feed, expected] of cases) {
    const page = await showsError(feed, expected);
    assert.equal(await page.getByRole('button', { name: 'Thử lại' }).count(), 1);
    await page.close();
  }
});

test('a feed served with a wrong content type is still read', async () => {
  // Static hosts often send .json as text/plain or octet-stream; the body
  // decides, and a body that is a feed is shown.
  const feed = serveFeed('plain-type', async () => ({ type: 'text/plain; charset=utf-8', body: await demo() }));
  const { page, problems } = await open(host(feed));
  await page.locator('.dt-cards').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('data-timeout changes the limit, and the message says it', async () => {
  const stalled = serveFeed('stalled-short', () => ({ stallAfter: '{"items":[' }));
  const { page } = await open(host(stalled, '', { 'data-timeout': '1' }));
  // Well before the default 10 seconds.
  await page.locator('.dt-error', { hasText: 'Nguồn tin không trả lời kịp sau 1 giây.' }).waitFor({ timeout: 8000 });
  await page.close();
});

test('a busy server\'s Retry-After is honoured: the reader says when, and tries again by itself', async () => {
  const busy = serveFeed('busy-then-ready', async (count) =>
    count === 1 ? { status: 503, headers: { 'retry-after': '1' }, body: 'bận' } : { body: await demo() });
  const { page, problems } = await open(host(busy));
  await page.locator('.dt-error', { hasText: 'Máy chủ đang bận (HTTP 503) khi tải nguồn tin; trình đọc sẽ tự thử lại sau 1 giây.' }).waitFor();
  // Nobody clicks: the list arrives on the automatic second request.
  await page.locator('.dt-cards').waitFor();
  assert.equal(hitsOf('busy-then-ready'), 2);
  assert.deepEqual(problems, []);
  await page.close();

  // An HTTP date works too, and the English message says the same.
  const dated = serveFeed('busy-until', async (count) =>
    count === 1 ? { status: 429, headers: { 'retry-after': new Date(Date.now() + 2000).toUTCString() } } : { body: await demo() });
  const english = await open(host(dated, '', { 'data-lang': 'en' }));
  const message = await english.page.locator('.dt-error p').innerText();
  assert.match(message, /^The server is busy \(HTTP 429\) for the feed; the reader will try again in [1-3] seconds\.$/);
  await english.page.locator('.dt-cards').waitFor();
  await english.page.close();
});

test('automatic retries stop after three; a long Retry-After is only reported', async () => {
  const always = serveFeed('always-busy', () => ({ status: 503, headers: { 'retry-after': '1' } }));
  const { page } = await open(host(always));
  // 1 request and 3 retries, one second apart; then no more.
  for (let i = 0; i < 100 && hitsOf('always-busy') < 4; i++) await page.waitForTimeout(100);
  assert.equal(hitsOf('always-busy'), 4);
  await page.waitForTimeout(2500);
  assert.equal(hitsOf('always-busy'), 4);
  // The message no longer promises a retry that will not come.
  assert.equal(await page.locator('.dt-error p').innerText(), 'Máy chủ đang bận (HTTP 503) khi tải nguồn tin và đề nghị thử lại sau 1 giây.');
  // "Thử lại" is still there, and asking starts the count over.
  await page.getByRole('button', { name: 'Thử lại' }).click();
  for (let i = 0; i < 100 && hitsOf('always-busy') < 8; i++) await page.waitForTimeout(100);
  assert.equal(hitsOf('always-busy'), 8);
  await page.close();

  const later = serveFeed('busy-for-an-hour', () => ({ status: 503, headers: { 'retry-after': '3600' } }));
  const second = await showsError(later, /^Máy chủ đang bận \(HTTP 503\) khi tải nguồn tin và đề nghị thử lại sau 3600 giây\.$/);
  assert.equal(await second.getByRole('button', { name: 'Thử lại' }).count(), 1);
  await second.close();
});
