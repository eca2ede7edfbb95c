// The reader's loading policy against feeds shaped the way real publishers
// shape them (issue 11): pages that repeat, loops written with relative
// URLs, query-only references, a <base href>, Retry-After with "Thử lại"
// pressed during the wait, failed pages and bodies; and what a reader owns:
// share links without the hash, speech, the live region, the host's
// storage. Each test counts the requests the real server saw.
import { test } from 'node:test';
import { open, host, serveFeed, hitsOf, assert, items, feed } from './harness.mjs';

const cards = (page) => page.locator('.dt-latest .dt-card');
const more = (page) => page.getByRole('button', { name: 'Xem tiếp' });

/** Every URL the page asked the test server for under /feeds/. */
function requests(page) {
  const seen = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/feeds/')) seen.push(url.pathname + url.search);
  });
  return seen;
}

/** Waits until nothing new has been asked for during `quiet` ms, or ten
 *  seconds have passed (a reader that never stops asking fails the test's
 *  count instead of hanging it). */
async function settled(page, seen, quiet = 800) {
  let count = -1;
  for (let waited = 0; count !== seen.length && waited < 10_000; waited += quiet) {
    count = seen.length;
    await page.waitForTimeout(quiet);
  }
}

test('"Xem tiếp" over a server that answers every page number with its last page sends fewer than 5 requests', async () => {
  // feed.json?p=N for N ≥ 2 is always the same last page, naming N + 1.
  serveFeed('repeat/feed.json', (count, url) => {
    const p = Number(url.searchParams.get('p') ?? 1);
    return { body: p === 1 ? feed(items('a', 10, 30), 'feed.json?p=2') : feed(items('b', 4, 10), `feed.json?p=${p + 1}`) };
  });
  const { page, problems } = await open(host('/feeds/repeat/feed.json'));
  const seen = requests(page);
  await cards(page).first().waitFor();
  await more(page).click();
  await page.locator('.dt-card-title', { hasText: 'Tin b số 4' }).waitFor();
  await settled(page, seen);
  assert.ok(hitsOf('repeat/feed.json') < 5, `${hitsOf('repeat/feed.json')} requests, the first: ${seen.slice(0, 5).join(' ')}`);
  assert.deepEqual(seen.slice(-2), ['/feeds/repeat/feed.json?p=2', '/feeds/repeat/feed.json?p=3']);
  // The repeated page added nothing: the list says there is nothing more.
  assert.equal(await cards(page).count(), 14);
  assert.equal(await more(page).count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a loop written with relative URLs is followed once around: fewer than 5 requests', async () => {
  serveFeed('loop/page-1.json', feed(items('a', 10, 30), './page-2.json'));
  serveFeed('loop/page-2.json', feed(items('b', 10, 20), '../loop/page-1.json'));
  const { page } = await open(host('/feeds/loop/page-1.json'));
  const seen = requests(page);
  await cards(page).first().waitFor();
  await more(page).click();
  await page.locator('.dt-card-title', { hasText: 'Tin b số 10' }).waitFor();
  await settled(page, seen);
  const total = hitsOf('loop/page-1.json') + hitsOf('loop/page-2.json');
  assert.ok(total < 5, `${total} requests`);
  assert.deepEqual([hitsOf('loop/page-1.json'), hitsOf('loop/page-2.json')], [1, 1]);
  assert.equal(await more(page).count(), 0, 'the loop ends the list');
  await page.close();

  // A link to an article on no page follows the same loop once, too.
  serveFeed('loop2/page-1.json', feed(items('a', 10, 30), './page-2.json'));
  serveFeed('loop2/page-2.json', feed(items('b', 10, 20), '../loop2/./page-1.json#lai'));
  const deep = await open(host('/feeds/loop2/page-1.json', '#/bai/khong-co'));
  await deep.page.locator('h1', { hasText: 'Không tìm thấy bài viết' }).waitFor();
  await deep.page.waitForTimeout(1000);
  const asked = hitsOf('loop2/page-1.json') + hitsOf('loop2/page-2.json');
  assert.ok(asked < 5, `${asked} requests`);
  await deep.page.close();
});

test('a query-only next_url keeps the page\'s path', async () => {
  serveFeed('q/feed.json', (count, url) =>
    ({ body: url.searchParams.get('page') === '2' ? feed(items('b', 3, 10)) : feed(items('a', 10, 30), '?page=2') }));
  const { page } = await open(host('/feeds/q/feed.json'));
  const seen = requests(page);
  await cards(page).first().waitFor();
  await more(page).click();
  await page.locator('.dt-card-title', { hasText: 'Tin b số 3' }).waitFor();
  assert.deepEqual(seen.filter((url) => url !== '/feeds/q/feed.json'), ['/feeds/q/feed.json?page=2']);
  await page.close();
});

test('with <base href>, data-feed is one request to the URL the base names, as the preload makes it', async () => {
  serveFeed('c/feed.json', feed(items('c', 3, 30)));
  const { page, problems } = await open(host('feed.json', '', {}, undefined, '/feeds/c/'));
  await cards(page).first().waitFor();
  await page.waitForTimeout(300);
  assert.equal(hitsOf('c/feed.json'), 1, 'the preload and the reader share one request');
  assert.equal(await cards(page).first().locator('.dt-card-title').innerText(), 'Tin c số 1');
  assert.deepEqual(problems, []);
  await page.close();
});

test('"Thử lại" pressed while a Retry-After wait runs replaces the automatic retry: 3 requests, not 4', async () => {
  serveFeed('busy-press', (count) =>
    (count <= 2 ? { status: 503, headers: { 'retry-after': '2' }, body: 'bận' } : { body: feed(items('a', 3, 30)) }));
  const { page } = await open(host('/feeds/busy-press'));
  await page.locator('.dt-error', { hasText: 'trình đọc sẽ tự thử lại sau 2 giây' }).waitFor();
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await cards(page).first().waitFor({ timeout: 8000 });
  await page.waitForTimeout(3000);
  assert.equal(hitsOf('busy-press'), 3);
  await page.close();
});

test('a next page that fails with Retry-After is asked again by itself, as its message says', async () => {
  serveFeed('busy-page/feed.json', feed(items('a', 10, 30), '2.json'));
  serveFeed('busy-page/2.json', (count) =>
    (count === 1 ? { status: 503, headers: { 'retry-after': '1' } } : { body: feed(items('b', 5, 10)) }));
  const { page } = await open(host('/feeds/busy-page/feed.json'));
  await cards(page).first().waitFor();
  await more(page).click();
  const notice = page.locator('.dt-notice');
  await notice.filter({ hasText: 'Máy chủ đang bận (HTTP 503) khi tải trang tin tiếp theo; trình đọc sẽ tự thử lại sau 1 giây.' }).waitFor();
  // Nobody presses anything.
  await page.locator('.dt-card-title', { hasText: 'Tin b số 5' }).waitFor();
  assert.equal(hitsOf('busy-page/2.json'), 2);
  assert.equal(await notice.innerText(), '', 'the notice goes once the page comes');
  await page.close();
});

test('a reader without the hash shares the article\'s own page, and without one offers no share tools', async () => {
  const list = items('s', 2, 30, (n) => (n === 0 ? { url: 'https://hdnd.example.vn/tin/s-1.html' } : {}));
  serveFeed('share-none', feed(list));
  const { page } = await open(host('/feeds/share-none', '', { 'data-route': 'none' }));
  await page.locator('.dt-card-title a', { hasText: 'Tin s số 1' }).click();
  await page.locator('article h1', { hasText: 'Tin s số 1' }).waitFor();
  assert.equal(await page.locator('.dt-toolbar').getAttribute('data-url'), 'https://hdnd.example.vn/tin/s-1.html');
  assert.equal(await page.getByRole('button', { name: 'Sao chép liên kết' }).isVisible(), true);
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await page.locator('.dt-card-title a', { hasText: 'Tin s số 2' }).click();
  await page.locator('article h1', { hasText: 'Tin s số 2' }).waitFor();
  const shareTools = page.locator('.dt-toolbar').getByRole('button', { name: /Sao chép|Chia sẻ/ });
  assert.equal(await shareTools.count(), 0, 'no visible share button');
  assert.equal(await page.locator('.dt-toolbar').getByRole('link').count(), 0, 'no Facebook or Zalo link');
  assert.equal(await page.evaluate(() => location.hash), '', 'the host page\'s address is untouched');
  await page.close();
});

test('navigating and typing never stop speech this reader did not start', async () => {
  serveFeed('speech', feed(items('v', 3, 30)));
  const { page } = await open(host('/feeds/speech', '#/bai/v-1'), {
    before: (p) => p.addInitScript(() => {
      // The host's own speech: count what would stop it.
      window.doctinTestCancels = 0;
      const cancel = speechSynthesis.cancel.bind(speechSynthesis);
      speechSynthesis.cancel = () => { window.doctinTestCancels += 1; cancel(); };
    }),
  });
  await page.locator('article h1', { hasText: 'Tin v số 1' }).waitFor();
  await page.evaluate(() => { location.hash = '#/bai/v-2'; });
  await page.locator('article h1', { hasText: 'Tin v số 2' }).waitFor();
  await page.locator('.dt-search-box').pressSequentially('tin v');
  await page.locator('.dt-results .dt-card').first().waitFor();
  await page.locator('.dt-search-box').fill('');
  await cards(page).first().waitFor();
  assert.equal(await page.evaluate(() => window.doctinTestCancels), 0);
  await page.close();
});

test('the live region is in the accessibility tree while empty', async () => {
  serveFeed('live', feed(items('l', 3, 30)));
  const { page } = await open(host('/feeds/live'));
  await cards(page).first().waitFor();
  const notice = page.locator('.dt-notice');
  assert.equal(await notice.innerText(), '');
  assert.notEqual(await notice.evaluate((e) => getComputedStyle(e).display), 'none');
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const live = nodes.filter((n) => n.role?.value === 'status' && !n.ignored);
  assert.equal(live.length, 1, 'one status region, the empty notice');
  await page.close();
});

test('six feeds of 400 KB leave at most 1 MB of saved copies in the host\'s storage', async () => {
  // ASCII bodies, so that characters and bytes are one count.
  const big = (n) => feed(items(`k${n}`, 40, 30, () => ({ content_html: `<p>${'Hoi dong nhan dan tinh. '.repeat(400)}</p>` })));
  for (let n = 1; n <= 6; n++) {
    const text = big(n);
    assert.ok(text.length > 380_000 && text.length < 512 * 1024, `feed ${n} is ${text.length} characters`);
    serveFeed(`store/${n}.json`, text);
    const { page } = await open(host(`/feeds/store/${n}.json?v=${n}`));
    await cards(page).first().waitFor();
    await page.waitForTimeout(200);
    // A query string is requested as written, so the preload serves it.
    assert.equal(hitsOf(`store/${n}.json`), 1, 'one request for a feed URL with a query');
    await page.close();
  }
  const { page } = await open('/');
  const { total, keys } = await page.evaluate(() => {
    let total = 0;
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key.startsWith('doctin:')) continue;
      keys.push(key);
      total += new TextEncoder().encode(key + localStorage.getItem(key)).length;
    }
    return { total, keys };
  });
  assert.ok(total <= 1024 * 1024, `${total} bytes saved in ${keys.join(', ')}`);
  assert.ok(keys.some((k) => k.endsWith('/feeds/store/6.json?v=6')), 'the newest copy is kept');
  await page.close();
});

test('a date with a +0700 offset is read and shown in Vietnam time', async () => {
  serveFeed('basic-offset', feed([{ id: 'o', title: 'Bù giờ', content_text: 'x', date_published: '2021-11-16T09:02:25+0700' }]));
  const { page } = await open(host('/feeds/basic-offset', '#/bai/o'));
  await page.locator('.dt-updated', { hasText: 'Cập nhật: 16/11/2021 09:02:25 AM' }).waitFor();
  await page.close();
});

test('body images without alt get alt="" or their figure\'s caption', async () => {
  const html = '<p>Ảnh:</p><img src="/a.png"><figure><img src="/b.png"><figcaption>Toàn cảnh kỳ họp <b>thứ 10</b></figcaption></figure><img src="/c.png" alt="Có sẵn">';
  serveFeed('alt', feed([{ id: 'i', title: 'Ảnh', content_html: html }]));
  const { page } = await open(host('/feeds/alt', '#/bai/i'));
  await page.locator('.dt-body img').first().waitFor({ state: 'attached' });
  const alts = await page.locator('.dt-body img').evaluateAll((images) => images.map((i) => i.getAttribute('alt')));
  assert.deepEqual(alts, ['', 'Toàn cảnh kỳ họp thứ 10', 'Có sẵn']);
  await page.close();
});
