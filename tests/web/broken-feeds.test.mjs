// Feeds that are broken in the ways real servers break them, in the
// browser: the reader shows what it can, or says what is wrong, and never
// freezes or crashes.
import { test } from 'node:test';
import { open, host, serveFeed, assert } from './harness.mjs';

async function shows(feed, locator) {
  const { page, problems } = await open(host(feed));
  await page.locator(locator).first().waitFor();
  assert.deepEqual(problems, []);
  return page;
}

test('a 20 MB feed of 20 000 items renders and its last item opens', async () => {
  const body = 'Nội dung bài viết có dấu tiếng Việt. '.repeat(26);
  const items = Array.from({ length: 20000 }, (_, i) => ({
    id: `bai-${i}`,
    title: `Bài số ${i}`,
    content_html: `<p>${body}</p>`,
    date_published: new Date(Date.UTC(2022, 0, 1) - i * 3600_000).toISOString(),
    _doctin: { section: `Mục ${i % 7}` },
  }));
  const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Lớn', items });
  assert.ok(json.length > 20 * 1000 * 1000, `the feed is ${json.length} bytes`);
  const page = await shows(serveFeed('huge', json), '.doctin .dt-card');
  assert.equal(await page.locator('.dt-card').count(), 10);
  await page.evaluate(() => { location.hash = '#/bai/bai-19999'; });
  await page.locator('.doctin h1', { hasText: 'Bài số 19999' }).waitFor();
  assert.equal(await page.locator('.dt-newer li').count(), 5);
  await page.close();
});

test('JSON nested 100 000 levels deep is named as invalid, with Thử lại', async () => {
  const page = await shows(serveFeed('deep', `{"items":[],"x":${'['.repeat(100000)}${']'.repeat(100000)}}`), '.doctin .dt-error');
  assert.match(await page.locator('.dt-error p').innerText(), /không phải JSON hợp lệ/);
  assert.equal(await page.getByRole('button', { name: 'Thử lại' }).count(), 1);
  await page.close();
});

test('a body that is not UTF-8 still shows its items, with replacement characters', async () => {
  const prefix = Buffer.from('{"items":[{"id":"1","title":"Tin ', 'utf8');
  const latin1 = Buffer.from([0xc0, 0xe9, 0xff]);
  const suffix = Buffer.from(' cũ"}]}', 'utf8');
  const page = await shows(serveFeed('latin1', () => ({ body: Buffer.concat([prefix, latin1, suffix]) })), '.doctin .dt-card');
  assert.equal(await page.locator('.dt-card-title').innerText(), 'Tin \uFFFD\uFFFD\uFFFD cũ');
  await page.close();
});

test('items without ids, repeated ids and wrong types keep the good items', async () => {
  const json = JSON.stringify({
    title: 42,
    items: [
      { title: 'không có id' },
      { id: 'a', title: 'Bài A', tags: 'không phải danh sách', date_published: 'hôm qua' },
      { id: 'a', title: 'Bài A lặp lại' },
      { id: 7, title: ['sai kiểu'], summary: 'Tóm tắt B', date_published: 'Fri, 31 May 2019 12:17:58 -0700' },
      'không phải đối tượng',
    ],
  });
  const page = await shows(serveFeed('odd', json), '.doctin .dt-card');
  assert.deepEqual(await page.locator('.dt-card-title').allInnerTexts(), ['(Không có tiêu đề)', 'Bài A']);
  assert.deepEqual(await page.locator('.dt-card .dt-date').allInnerTexts(), ['01/06/2019']);
  await page.close();
});
