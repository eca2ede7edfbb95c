// A reader of several feeds (issue 14): one dated timeline with each
// item's source, colliding ids, deep links that survive reordering
// data-feed, a notice and "Thử lại" for a feed that fails, and the events
// the host page hears.
import { test } from 'node:test';
import { open, host, serveFeed, hitsOf, items, assert } from './harness.mjs';

const json = (title, list) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items: list });

// Items of two feeds whose dates interleave: the province's on odd days,
// the district's on even days.
const province = () => serveFeed('tinh', json('Tin tỉnh', items('tinh', 3, 29).map((i, n) => ({ ...i, date_published: new Date(Date.UTC(2024, 10, 29 - 2 * n, 1)).toISOString() }))));
const district = () => serveFeed('huyen', json('Tin huyện', items('huyen', 3, 28).map((i, n) => ({ ...i, date_published: new Date(Date.UTC(2024, 10, 28 - 2 * n, 1)).toISOString() }))));

/** Records every doctin:* event that reaches the document, with whether
 *  its target is the reader's host element. */
const recordEvents = (page) => page.addInitScript(() => {
  window.doctinEvents = [];
  for (const name of ['ready', 'view', 'navigate', 'error']) {
    document.addEventListener(`doctin:${name}`, (e) => window.doctinEvents.push({ name, onHost: e.target.matches('[data-doctin]'), detail: e.detail }));
  }
});

const titles = (page) => page.locator('.dt-card-title').allTextContents();

test('two feeds make one timeline, newest first, each item with its feed', async () => {
  const a = province();
  const b = district();
  const { page, problems } = await open(host(`${a} ${b}`));
  await page.locator('.dt-card').first().waitFor();
  assert.deepEqual(await titles(page), ['Tin tinh số 1', 'Tin huyen số 1', 'Tin tinh số 2', 'Tin huyen số 2', 'Tin tinh số 3', 'Tin huyen số 3']);
  assert.deepEqual(await page.locator('.dt-card .dt-origin').allTextContents(), ['Tin tỉnh', 'Tin huyện', 'Tin tỉnh', 'Tin huyện', 'Tin tỉnh', 'Tin huyện']);
  // Each feed asked for once, in parallel with the wasm (preloaded).
  assert.equal(hitsOf('tinh'), 1);
  assert.equal(hitsOf('huyen'), 1);
  await page.getByRole('link', { name: 'Tin huyen số 2' }).click();
  await page.locator('article h1', { hasText: 'Tin huyen số 2' }).waitFor();
  assert.equal((await page.locator('article .dt-origin').textContent()).trim(), 'Nguồn tin: Tin huyện');
  assert.deepEqual(problems, []);
  await page.close();
});

test('colliding ids are both shown, and a deep link survives reordering data-feed', async () => {
  const a = serveFeed('trung-a', json('Sở Nội vụ', [{ id: '1', title: 'Tin của sở', content_html: '<p>Sở</p>', date_published: '2024-11-20T08:00:00+07:00' }]));
  const b = serveFeed('trung-b', json('Huyện Thượng Lâm', [{ id: '1', title: 'Tin của huyện', content_html: '<p>Huyện</p>', date_published: '2024-11-21T08:00:00+07:00' }]));
  const { page } = await open(host(`${a} ${b}`));
  await page.locator('.dt-card').first().waitFor();
  assert.deepEqual(await titles(page), ['Tin của huyện', 'Tin của sở']);
  const hrefs = await page.locator('.dt-card-title a').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  assert.notEqual(hrefs[0], hrefs[1]);
  await page.getByRole('link', { name: 'Tin của sở' }).click();
  await page.locator('article h1', { hasText: 'Tin của sở' }).waitFor();
  const hash = new URL(page.url()).hash;
  await page.close();
  // The same link on a page that lists the feeds the other way round, or
  // adds a third one, opens the same article.
  const c = serveFeed('trung-c', json('Tin khác', [{ id: '1', title: 'Tin thứ ba', content_html: '<p>Ba</p>' }]));
  for (const feeds of [`${b} ${a}`, `${c} ${b} ${a}`]) {
    const again = await open(host(feeds, hash));
    await again.page.locator('article h1').waitFor();
    assert.equal(await again.page.locator('article h1').textContent(), 'Tin của sở', feeds);
    await again.page.close();
  }
});

test('a feed that fails is named with why; the others show; "Thử lại" asks again for it alone', async () => {
  const a = province();
  let broken = true;
  const b = serveFeed('huyen-hong', () => (broken ? { status: 404, body: 'Not found' } : { body: json('Tin huyện', items('huyen', 2, 28)) }));
  const { page, problems } = await open(host(`${a} ${b}`), { before: recordEvents });
  await page.locator('.dt-card').first().waitFor();
  assert.deepEqual(await titles(page), ['Tin tinh số 1', 'Tin tinh số 2', 'Tin tinh số 3']);
  const notice = page.locator('.dt-notice');
  await notice.filter({ hasText: 'Không đọc được một số nguồn tin' }).waitFor();
  const text = await notice.textContent();
  assert.ok(text.includes('/feeds/huyen-hong') && text.includes('HTTP 404'), text);
  assert.equal(await notice.getAttribute('role'), 'status');
  const errors = await page.evaluate(() => window.doctinEvents.filter((e) => e.name === 'error'));
  assert.equal(errors.length, 1);
  assert.ok(errors[0].detail.url.endsWith('/feeds/huyen-hong') && errors[0].detail.message.includes('404') && errors[0].onHost, JSON.stringify(errors));
  broken = false;
  const before = { a: hitsOf('tinh'), b: hitsOf('huyen-hong') };
  await page.locator('.dt-retry').click();
  await page.locator('.dt-card-title', { hasText: 'Tin huyen số 1' }).waitFor();
  assert.equal(hitsOf('tinh'), before.a, 'the feed that loaded is not asked again');
  assert.equal(hitsOf('huyen-hong'), before.b + 1);
  assert.equal(await notice.textContent(), '');
  assert.ok(await page.locator('.dt-retry').isHidden());
  assert.deepEqual(problems, []);
  await page.close();
});

test('only when every feed fails is it the error view, naming each', async () => {
  const a = serveFeed('hong-a', () => ({ status: 500, body: 'x' }));
  const b = serveFeed('hong-b', () => ({ body: '<html><body>Trang chủ</body></html>', type: 'text/html' }));
  const { page } = await open(host(`${a} ${b}`));
  const status = page.locator('.dt-error');
  await status.waitFor();
  const text = await status.textContent();
  assert.ok(text.includes('/feeds/hong-a') && text.includes('HTTP 500') && text.includes('/feeds/hong-b') && text.includes('HTML'), text);
  await page.close();
});

test('more than 8 feeds is a configuration problem of its own, and nothing is fetched', async () => {
  const names = Array.from({ length: 9 }, (_, n) => serveFeed(`nhieu-${n}`, json('x', [])));
  const { page, consoleLog } = await open(host(names.join(' ')));
  while (!consoleLog.some((m) => m.startsWith('warning: doctin'))) await page.waitForTimeout(50);
  assert.ok(consoleLog.some((m) => m.includes('did not start') && m.includes('tối đa 8 địa chỉ nguồn tin')), consoleLog.join('\n'));
  assert.equal(await page.locator('[data-doctin]').evaluate((e) => e.shadowRoot), null);
  assert.equal(names.reduce((sum, _, n) => sum + hitsOf(`nhieu-${n}`), 0), 0);
  await page.close();
});

test('the host hears ready, navigate and view, in order, with their facts', async () => {
  const a = province();
  const b = district();
  const { page, problems } = await open(host(`${a} ${b}`), { before: recordEvents });
  await page.locator('.dt-card').first().waitFor();
  await page.getByRole('link', { name: 'Tin huyen số 1' }).click();
  await page.locator('article h1', { hasText: 'Tin huyen số 1' }).waitFor();
  // A bigger text size redraws nothing the host hears about.
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await page.goBack();
  await page.locator('.dt-cards').waitFor();
  await page.goForward();
  await page.locator('article h1', { hasText: 'Tin huyen số 1' }).waitFor();
  const got = await page.evaluate(() => window.doctinEvents);
  assert.ok(got.every((e) => e.onHost), 'every event is dispatched on the host element');
  assert.deepEqual(got.map((e) => e.name), ['ready', 'navigate', 'view', 'navigate', 'navigate', 'view']);
  const [ready, navigate, view] = got;
  assert.equal(ready.detail.items, 6);
  assert.deepEqual(ready.detail.sources.map((s) => new URL(s).pathname), ['/feeds/tinh', '/feeds/huyen']);
  assert.match(navigate.detail.route, /^#\/bai\/[0-9a-f]{6}~huyen-1$/);
  assert.deepEqual({ ...view.detail, feed: new URL(view.detail.feed).pathname }, { id: 'huyen-1', feed: '/feeds/huyen', title: 'Tin huyen số 1', url: null, section: 'Hoạt động' });
  assert.equal(got[3].detail.route, '#/');
  assert.deepEqual(problems, []);
  await page.close();
});
