// Paged feeds (`next_url`) and bodies in files of their own
// (`_doctin.content_url`), against the real test server: pages load only
// when wanted and never twice, an article on a later page is found, a body
// is fetched when its article opens, kept, and abandoned when the reader
// leaves first; failures say so and can be retried.
import { test } from 'node:test';
import fs from 'node:fs/promises';
import path from 'node:path';
import { open, host, serveFeed, hitsOf, assert, items, feed } from './harness.mjs';
import { root } from './server.mjs';



/** Three pages under /feeds/<name>/: 10, 10 and 5 items, the last naming
 *  the first again (a loop the reader must not follow). */
function threePages(name, third = () => ({ body: feed(items('c', 5, 8), 'index.json') })) {
  serveFeed(`${name}/index.json`, feed(items('a', 10, 30), '2.json'));
  serveFeed(`${name}/2.json`, feed(items('b', 10, 20), `/feeds/${name}/3.json`));
  serveFeed(`${name}/3.json`, third);
  return `/feeds/${name}/index.json`;
}

const cards = (page) => page.locator('.dt-latest .dt-card');
const more = (page) => page.getByRole('button', { name: 'Xem tiếp' });

test('"Xem tiếp" loads the next page only when needed, and a loop back to the first page ends the list', async () => {
  const { page, problems } = await open(host(threePages('lazy')));
  await cards(page).first().waitFor();
  assert.equal(await cards(page).count(), 10);
  assert.equal(hitsOf('lazy/2.json'), 0, 'the second page waits until it is wanted');
  await more(page).click();
  await page.locator('.dt-card-title', { hasText: 'Tin b số 10' }).waitFor();
  assert.equal(await cards(page).count(), 20);
  assert.equal(hitsOf('lazy/3.json'), 0);
  await more(page).click();
  await page.locator('.dt-card-title', { hasText: 'Tin c số 5' }).waitFor();
  assert.equal(await cards(page).count(), 25);
  // The third page names the first as its next: nothing more to load.
  assert.equal(await more(page).count(), 0);
  assert.deepEqual([hitsOf('lazy/index.json'), hitsOf('lazy/2.json'), hitsOf('lazy/3.json')], [1, 1, 1]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an article on a later page is found by following the pages, and its lists use what is loaded', async () => {
  const { page, problems } = await open(host(threePages('deep'), '#/bai/c-2'));
  await page.locator('article h1', { hasText: 'Tin c số 2' }).waitFor();
  assert.equal(await page.locator('.dt-body').innerText(), 'Nội dung c 2.');
  // Newer news now spans the pages loaded on the way.
  assert.deepEqual(await page.locator('.dt-newer a').allInnerTexts(), ['Tin a số 1', 'Tin a số 2', 'Tin a số 3', 'Tin a số 4', 'Tin a số 5']);
  const related = await page.locator('.dt-related a').allInnerTexts();
  assert.ok(related.includes('Tin c số 3'), related.join(', '));
  assert.deepEqual([hitsOf('deep/2.json'), hitsOf('deep/3.json')], [1, 1]);
  // Every page is loaded now: the list shows all 25 as "Xem tiếp" is used.
  await page.evaluate(() => { location.hash = '#/'; });
  await cards(page).first().waitFor();
  await more(page).click();
  await more(page).click();
  await page.locator('.dt-card-title', { hasText: 'Tin c số 5' }).waitFor();
  assert.equal(await more(page).count(), 0);
  assert.deepEqual([hitsOf('deep/index.json'), hitsOf('deep/2.json'), hitsOf('deep/3.json')], [1, 1, 1]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an article on no page is "not found" once the pages end, each asked for once', async () => {
  const { page } = await open(host(threePages('missing'), '#/bai/khong-co'));
  await page.locator('h1', { hasText: 'Không tìm thấy bài viết' }).waitFor();
  assert.deepEqual([hitsOf('missing/index.json'), hitsOf('missing/2.json'), hitsOf('missing/3.json')], [1, 1, 1]);
  await page.close();
});

test('a page that fails is announced, keeps what was shown, and is asked again', async () => {
  const url = threePages('flaky');
  serveFeed('flaky/2.json', (n) => (n === 1 ? { status: 503, body: 'busy' } : { body: feed(items('b', 10, 20)) }));
  const { page } = await open(host(url));
  await cards(page).first().waitFor();
  await more(page).click();
  await page.locator('.dt-notice', { hasText: 'Máy chủ trả về lỗi HTTP 503' }).waitFor();
  assert.equal(await cards(page).count(), 10, 'the loaded items stay');
  await more(page).click();
  await page.locator('.dt-card-title', { hasText: 'Tin b số 10' }).waitFor();
  assert.equal(await cards(page).count(), 20);
  assert.equal(await page.locator('.dt-notice').innerText(), '', 'the notice goes once the page comes');
  assert.equal(hitsOf('flaky/2.json'), 2);
  await page.close();
});

test('an article whose page fails to load says why, and "Thử lại" finds it', async () => {
  const url = threePages('follow-fail');
  serveFeed('follow-fail/2.json', (n) => (n === 1 ? { status: 500 } : { body: feed(items('b', 10, 20)) }));
  const { page } = await open(host(url, '#/bai/b-4'));
  await page.locator('.dt-error', { hasText: 'HTTP 500' }).waitFor();
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await page.locator('article h1', { hasText: 'Tin b số 4' }).waitFor();
  assert.equal(hitsOf('follow-fail/index.json'), 1, 'the first page is not asked again');
  await page.close();
});

/** A feed whose items keep their bodies in files under /feeds/<name>/bai/. */
function remoteFeed(name, bodies) {
  const list = items('r', 3, 30, (n) => ({ content_html: undefined, content_text: 'Tóm tắt', _doctin: { content_url: `bai/${n + 1}` } }));
  bodies.forEach((answer, n) => serveFeed(`${name}/bai/${n + 1}`, answer));
  return serveFeed(`${name}/index.json`, feed(list));
}

test('a body in its own file is fetched when its article opens, and kept', async () => {
  const url = remoteFeed('bodies', [
    JSON.stringify({ content_html: '<p>Toàn văn <strong>bài một</strong>.</p><script>alert(1)</script>' }),
    '<p onclick="alert(2)">Bài hai, một mẩu HTML.</p><img src=x onerror=alert(3)>',
    JSON.stringify({ content_text: 'Dòng một\nDòng hai' }),
  ]);
  const { page, problems } = await open(host(url));
  await cards(page).first().waitFor();
  assert.deepEqual([hitsOf('bodies/bai/1'), hitsOf('bodies/bai/2'), hitsOf('bodies/bai/3')], [0, 0, 0], 'the list fetches no body');
  await page.locator('.dt-card-title a', { hasText: 'Tin r số 1' }).click();
  await page.locator('.dt-body strong', { hasText: 'bài một' }).waitFor();
  assert.equal(await page.locator('.dt-body script').count(), 0);
  await page.evaluate(() => { location.hash = '#/bai/r-2'; });
  await page.locator('.dt-body p', { hasText: 'Bài hai, một mẩu HTML.' }).waitFor();
  assert.equal(await page.locator('.dt-body [onclick], .dt-body [onerror]').count(), 0, 'the fragment is sanitized');
  await page.evaluate(() => { location.hash = '#/bai/r-3'; });
  await page.locator('.dt-body.dt-text p', { hasText: 'Dòng một' }).waitFor();
  await page.goBack();
  await page.goBack();
  await page.locator('.dt-body strong', { hasText: 'bài một' }).waitFor();
  assert.deepEqual([hitsOf('bodies/bai/1'), hitsOf('bodies/bai/2'), hitsOf('bodies/bai/3')], [1, 1, 1], 'each body is fetched once');
  assert.deepEqual(problems, []);
  await page.close();
});

test('leaving an article before its body arrives aborts the request, and the late body never shows', async () => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const url = remoteFeed('abort', [
    async () => { await held; return { body: JSON.stringify({ content_html: '<p>Đến muộn</p>' }) }; },
    JSON.stringify({ content_html: '<p>Bài hai đến ngay.</p>' }),
  ]);
  const { page } = await open(host(url, '#/bai/r-1'));
  const aborted = page.waitForEvent('requestfailed', { predicate: (r) => r.url().endsWith('/abort/bai/1') });
  await page.locator('.dt-body .dt-status', { hasText: 'Đang tải' }).waitFor();
  await page.evaluate(() => { location.hash = '#/bai/r-2'; });
  const failure = (await aborted).failure();
  assert.match(failure.errorText, /ABORTED/);
  await page.locator('.dt-body p', { hasText: 'Bài hai đến ngay.' }).waitFor();
  release();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.dt-body').innerText(), 'Bài hai đến ngay.');
  await page.close();
});

test('a body that fails says why and "Thử lại" fetches it again; a web page is not a body', async () => {
  const url = remoteFeed('body-fail', [
    (n) => (n === 1 ? { status: 404, body: 'not found' } : { body: JSON.stringify({ content_html: '<p>Lần hai thì được.</p>' }) }),
    { body: '<!DOCTYPE html><html><body><h1>Trang chủ</h1></body></html>', type: 'text/html' },
  ].map((a) => (typeof a === 'function' ? a : () => a)));
  const { page } = await open(host(url, '#/bai/r-1'));
  await page.locator('.dt-body [role=alert]', { hasText: 'Máy chủ trả về lỗi HTTP 404 khi tải tệp nội dung bài viết.' }).waitFor();
  assert.equal(await page.locator('article h1').innerText(), 'Tin r số 1', 'the rest of the article is shown');
  await page.locator('.dt-body').getByRole('button', { name: 'Thử lại' }).click();
  await page.locator('.dt-body p', { hasText: 'Lần hai thì được.' }).waitFor();
  await page.evaluate(() => { location.hash = '#/bai/r-2'; });
  await page.locator('.dt-body [role=alert]', { hasText: 'Tệp nội dung bài viết không phải HTML hay JSON có content_html.' }).waitFor();
  assert.equal(await page.locator('.dt-body h1').count(), 0);
  await page.close();
});

test('the demo feed split by doctin-feed reads as the demo feed', async () => {
  // scripts/test writes target/split-demo with `doctin-feed split`.
  const folder = path.join(root, 'target/split-demo');
  const files = [];
  for (const entry of await fs.readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const rel = path.relative(folder, file);
    files.push(rel);
    serveFeed(`split/${rel}`, await fs.readFile(file, 'utf8'));
  }
  assert.ok(files.length > 5, `the split wrote files (${files.length})`);
  const demo = JSON.parse(await fs.readFile(path.join(root, 'demo/feed.json'), 'utf8'));
  const oldest = demo.items.filter((i) => i.date_published).sort((a, b) => a.date_published.localeCompare(b.date_published))[0];
  const { page, problems } = await open(host('/feeds/split/feed.json', `#/bai/${encodeURIComponent(oldest.id)}`));
  await page.locator('article h1', { hasText: oldest.title }).waitFor();
  await page.locator('.dt-body p').first().waitFor();
  const text = (await page.locator('.dt-body').innerText()).replace(/\s+/g, ' ').trim();
  const expected = oldest.content_html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  assert.equal(text, expected);
  assert.equal(hitsOf(`split/bai/${oldest.id}.json`), 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a chain of new pages that never ends is followed a few pages per press, then the reader offers to go on', async () => {
  // Every page names a new one with a new item: neither loop protection
  // nor the end of new items would stop it.
  for (let n = 1; n <= 20; n++) {
    serveFeed(`endless/${n}.json`, JSON.stringify({ items: [{ id: `e-${n}`, title: `Trang ${n}` }], next_url: `${n + 1}.json` }));
  }
  const asked = () => Array.from({ length: 20 }, (_, n) => hitsOf(`endless/${n + 1}.json`)).reduce((a, b) => a + b);
  const { page } = await open(host('/feeds/endless/1.json', '#/bai/khong-co'));
  await page.locator('h1', { hasText: 'Không tìm thấy bài viết' }).waitFor();
  // The first page and four more (FOLLOW_PAGES in core::machine).
  assert.equal(asked(), 5);
  assert.equal(await page.locator('.dt-message').innerText(), 'Bài viết không có trong các trang tin đã tải.');
  await page.getByRole('button', { name: 'Tìm trong tin cũ hơn' }).click();
  await page.locator('h1', { hasText: 'Không tìm thấy bài viết' }).waitFor();
  for (let i = 0; i < 50 && asked() < 9; i++) await page.waitForTimeout(50);
  await page.waitForTimeout(300);
  assert.equal(asked(), 9, 'one press, four more pages');
  // An article on a page within reach is found.
  await page.evaluate(() => { location.hash = '#/bai/e-12'; });
  await page.locator('article h1', { hasText: 'Trang 12' }).waitFor();
  assert.equal(asked(), 12);
  await page.close();
});
