// RSS and Atom as data-feed, in the bundle built with the `rss` feature
// (scripts/test: `trunk build --release --features rss --dist
// target/rss-dist`, then `DOCTIN_DIST=target/rss-dist node --test
// tests/web/rss.mjs`; the name keeps it out of the default run, which tests
// the default bundle). Each real fixture of tests/data/rss, served with the
// content types real servers send, shows its list and its first article; a
// legacy encoding is decoded; what is not well-formed says so.
import { test } from 'node:test';
import fs from 'node:fs/promises';
import path from 'node:path';
import { open, host, serveFeed, assert } from './harness.mjs';
import { root, dist } from './server.mjs';
import { measure, RSS_GUARD_BROTLI } from './sizes.mjs';

test('this is the rss bundle, and it stays within its guard', () => {
  assert.ok(dist.endsWith('rss-dist'), `DOCTIN_DIST names the rss build, not ${dist}`);
  const { total } = measure();
  assert.ok(total.brotli <= RSS_GUARD_BROTLI, `the rss bundle is ${total.brotli} B brotli, guard ${RSS_GUARD_BROTLI} B`);
});

const fixture = (name) => fs.readFile(path.join(root, 'tests/data/rss', name));

// name, content type sent, first title, its date as "Cập nhật" shows it,
// and what the article must show beyond the title.
const cases = [
  ['vi-vnexpress-tin-moi-nhat-2019-02-18.xml', 'text/xml', 'Ngộ độc rượu, bệnh nhân thấy ảo giác \'bị ma quỷ truy đuổi\'', '18/02/2019 08:35:51 PM', { image: /_180x108\.png$/, lead: /^Nam bệnh nhân 43 tuổi/ }],
  ['vi-vnexpress-tin-moi-nhat-2017-browsercopy.xml', 'text/html', 'Giang Kim Đạt bị đề nghị tử hình', '18/02/2017 03:16:55 PM', { image: /\.jpg$/, lead: /^Đại diện cơ quan công tố/ }],
  ['en-wordpress-manton.xml', 'application/rss+xml', '(Không có tiêu đề)', '25/09/2015 09:26:40 PM', { body: /Core Intuition/ }],
  ['atom-github-releases-gulp.xml', 'application/atom+xml', 'v3.9.0', '02/06/2015 04:49:41 AM', { body: /3\.9\.0/, image: /avatars3/ }],
  ['en-guardian-media-content.xml', 'application/xml', 'Tottenham Hotspur v Manchester United: Premier League – live!', '01/02/2018 03:13:54 AM', { image: /i\.guim\.co\.uk/ }],
  ['en-reddit-media-thumbnail.xml', 'application/octet-stream', 'We are Aziz Ansari and Alan Yang from Master of None - Ask Us Anything', '13/11/2015 05:27:28 AM', { body: /Aziz Ansari/ }],
  ['zh-kc0011-gb2312.xml', 'text/xml', '建国35周年纪念，华表，和平鸽', '10/01/2020 02:33:00 PM', { lead: /35周年1套520/ }],
];

for (const [name, type, title, date, shows] of cases) {
  test(`${name} (${type}) shows its list and its first article`, async () => {
    const body = await fixture(name);
    const url = serveFeed(`rss/${name}`, () => ({ type, body }));
    const { page, problems } = await open(host(url));
    await page.locator('.dt-latest .dt-card').first().waitFor();
    assert.ok(await page.locator('.dt-latest .dt-card').count() >= 10);
    await page.locator('.dt-latest .dt-card-title a').first().click();
    const article = page.locator('article');
    await article.locator('h1').waitFor();
    assert.equal(await article.locator('h1').innerText(), title);
    assert.equal(await article.locator('.dt-updated time').innerText(), date);
    if (shows.image) assert.match(await article.locator('.dt-figure img').getAttribute('src'), shows.image);
    if (shows.lead) assert.match(await article.locator('.dt-lead').innerText(), shows.lead);
    if (shows.body) assert.match(await article.locator('.dt-body').innerText(), shows.body);
    // The photo taken from a description is not shown again in the body.
    assert.equal(await article.locator('.dt-body img[src$="_180x108.png"]').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('a feed in windows-1258 is decoded as declared, and its text is NFC', async () => {
  // "Hội đồng" with windows-1258's combining tone marks.
  const xml = Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="windows-1258"?><rss version="2.0"><channel><title>Tin</title><item><guid>v</guid><title>H'),
    Buffer.from([0xf4, 0xf2]), Buffer.from('i '), Buffer.from([0xf0, 0xf4, 0xcc]), Buffer.from('ng</title><pubDate>Th 5, 28/05/2026 17:00:00 GMT+7</pubDate></item></channel></rss>'),
  ]);
  const url = serveFeed('rss/windows-1258.xml', () => ({ type: 'text/xml', body: xml }));
  const { page } = await open(host(url, '#/bai/v'));
  await page.locator('article h1').waitFor();
  assert.equal(await page.locator('article h1').innerText(), 'Hội đồng');
  assert.equal(await page.locator('article h1').evaluate((h) => h.textContent === h.textContent.normalize('NFC')), true);
  assert.equal(await page.locator('.dt-updated time').innerText(), '28/05/2026 05:00:00 PM');
  await page.close();
});

test('XML that is not well-formed, or not a feed, says so and shows nothing half-read', async () => {
  const cases = [
    [await fixture('not-wellformed/pt-uol-noticias-latin1-undeclared.xml'), 'Nguồn tin không khai báo bảng mã và không phải UTF-8.'],
    ['<rss version="2.0"><channel><item><media:content url="x"/></item></channel></rss>', /^Nguồn tin không phải XML hợp lệ \(lỗi ở dòng 1, cột \d+\)\.$/],
    ['<?xml version="1.0"?><urlset><url/></urlset>', 'Nguồn tin không phải JSON Feed (không có danh sách "items"), RSS hay Atom.'],
  ];
  for (const [n, [body, message]] of cases.entries()) {
    const url = serveFeed(`rss/broken-${n}.xml`, () => ({ type: 'text/xml', body }));
    const { page } = await open(host(url));
    const error = page.locator('.dt-error .dt-message');
    await error.waitFor();
    if (message instanceof RegExp) assert.match(await error.innerText(), message);
    else assert.equal(await error.innerText(), message);
    assert.equal(await page.locator('.dt-card').count(), 0);
    await page.close();
  }
});
