// RSS and Atom as data-feed, in the one release bundle that also reads
// JSON Feed. Each real fixture of tests/data/rss, served with the content
// types real servers send, shows its list and its first article (title,
// "Cập nhật" in Vietnam time on a device in California, photo, lead and
// body); a feed of each format merges with a JSON Feed in one reader; legacy
// encodings are decoded; what is not well-formed says so.
import { test } from 'node:test';
import fs from 'node:fs/promises';
import path from 'node:path';
import { open, host, serveFeed, items, assert } from './harness.mjs';
import { root } from './server.mjs';

const fixture = (name) => fs.readFile(path.join(root, 'tests/data/rss', name));

// name, content type sent, first title, its date as "Cập nhật" shows it,
// and what the article shows beyond the title: its photo (null: the item
// carries none, and no figure is drawn), its lead and its body.
const cases = [
  ['vi-vnexpress-tin-moi-nhat-2019-02-18.xml', 'text/xml', 'Ngộ độc rượu, bệnh nhân thấy ảo giác \'bị ma quỷ truy đuổi\'', '18/02/2019 08:35:51 PM', { image: /_180x108\.png$/, lead: /^Nam bệnh nhân 43 tuổi/ }],
  ['vi-vnexpress-tin-moi-nhat-2017-browsercopy.xml', 'text/html', 'Giang Kim Đạt bị đề nghị tử hình', '18/02/2017 03:16:55 PM', { image: /vks-1487404606_180x108\.jpg$/, lead: /^Đại diện cơ quan công tố/ }],
  ['en-wordpress-manton.xml', 'application/rss+xml', '(Không có tiêu đề)', '25/09/2015 09:26:40 PM', { image: null, lead: /^This week’s Core Intuition/, body: /Core Intuition/ }],
  ['atom-github-releases-gulp.xml', 'application/atom+xml', 'v3.9.0', '02/06/2015 04:49:41 AM', { image: /avatars3\.githubusercontent\.com/, body: /3\.9\.0/ }],
  ['en-guardian-media-content.xml', 'application/xml', 'Tottenham Hotspur v Manchester United: Premier League – live!', '01/02/2018 03:13:54 AM', { image: /i\.guim\.co\.uk\/.*w=460/, lead: /8\.13pm GMT/, body: /Latest updates from the 8pm kick-off/ }],
  ['en-reddit-media-thumbnail.xml', 'application/octet-stream', 'We are Aziz Ansari and Alan Yang from Master of None - Ask Us Anything', '13/11/2015 05:27:28 AM', { image: null, lead: /^It's Aziz Ansari/, body: /Aziz Ansari/ }],
  ['zh-kc0011-gb2312.xml', 'text/xml', '建国35周年纪念，华表，和平鸽', '10/01/2020 02:33:00 PM', { image: /^http:\/\/pic\.kc0011\.net\/uploadfile\/2020-1-10\/202011014255757825\.jpg$/, lead: /35周年1套520/ }],
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
    if (shows.image) {
      const photo = await article.locator('.dt-figure img').getAttribute('src');
      assert.match(photo, shows.image);
      // The photo taken out of a description or body is not shown again.
      const inBody = await article.locator('.dt-body img').evaluateAll((images) => images.map((i) => i.getAttribute('src')));
      assert.ok(!inBody.includes(photo), `${photo} is also in the body`);
    } else {
      assert.equal(await article.locator('.dt-figure').count(), 0);
    }
    if (shows.lead) assert.match(await article.locator('.dt-lead').innerText(), shows.lead);
    if (shows.body) assert.match(await article.locator('.dt-body').innerText(), shows.body);
    else assert.equal((await article.locator('.dt-body').innerText()).trim(), '');
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('a Media RSS thumbnail is the photo of the item that has one', async () => {
  const url = serveFeed('rss/reddit-thumb.xml', async () => ({ type: 'application/rss+xml', body: await fixture('en-reddit-media-thumbnail.xml') }));
  const { page } = await open(host(url, '#/bai/' + encodeURIComponent('https://www.reddit.com/r/gifs/comments/3sl5xh/nailed_it/')));
  await page.locator('article h1', { hasText: 'Nailed it!' }).waitFor();
  assert.equal(await page.locator('.dt-figure img').getAttribute('src'), 'https://a.thumbs.redditmedia.com/1J-fkj7K1CFJv0f_Qr5M7oPX3LeVTr920sm_9R-Zes8.jpg');
  await page.close();
});

test('a JSON Feed and feeds in RSS 2.0, RSS 1.0 and Atom make one timeline', async () => {
  const json = serveFeed('mix/tin.json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Tin JSON', items: items('json', 2, 20) }));
  const rss = serveFeed('mix/tin.rss', () => ({ type: 'application/rss+xml', body: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin RSS</title><link>/</link>
    <item><guid>r1</guid><title>Kỳ họp thứ mười</title><link>/tin/r1.html</link><pubDate>21/11/2024 09:00:00 AM</pubDate><enclosure url="/anh/r1.jpg" type="image/jpeg" length="0"/><description>Khai mạc kỳ họp.</description></item>
    </channel></rss>` }));
  const rdf = serveFeed('mix/tin.rdf', () => ({ type: 'application/rdf+xml', body: `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:enc="http://purl.oclc.org/net/rss_2.0/enc#">
    <channel rdf:about="/huyen/"><title>Tin RDF</title><link>/huyen/</link></channel>
    <item rdf:about="/huyen/d1"><title>Tiếp xúc cử tri</title><link>d1</link><dc:date>2024-11-18T08:00:00+07:00</dc:date><enc:enclosure rdf:resource="anh/d1.png" enc:type="image/png"/></item></rdf:RDF>` }));
  const atom = serveFeed('mix/tin.atom', () => ({ type: 'application/atom+xml', body: `<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin Atom</title>
    <entry><id>urn:a1</id><title>Giám sát chuyên đề</title><updated>2024-11-22T03:00:00Z</updated><link rel="enclosure" type="image/webp" href="anh/a1.webp"/><content type="html">&lt;p&gt;Đoàn giám sát.&lt;/p&gt;</content></entry></feed>` }));
  const { page, problems } = await open(host(`${json} ${rss} ${rdf} ${atom}`));
  await page.locator('.dt-card').first().waitFor();
  assert.deepEqual(await page.locator('.dt-card-title').allTextContents(), ['Giám sát chuyên đề', 'Kỳ họp thứ mười', 'Tin json số 1', 'Tin json số 2', 'Tiếp xúc cử tri']);
  assert.deepEqual(await page.locator('.dt-card .dt-origin').allTextContents(), ['Tin Atom', 'Tin RSS', 'Tin JSON', 'Tin JSON', 'Tin RDF']);
  // Each carrier's picture is the card's thumbnail, resolved as the
  // format says: Atom's against the feed's own address (it names no
  // link), RSS 1.0's against the channel's link.
  const thumbs = await page.locator('.dt-card .dt-thumb img').evaluateAll((images) => images.map((i) => new URL(i.src).pathname));
  assert.deepEqual(thumbs, ['/feeds/mix/anh/a1.webp', '/anh/r1.jpg', '/huyen/anh/d1.png']);
  await page.getByRole('link', { name: 'Kỳ họp thứ mười' }).click();
  await page.locator('article h1', { hasText: 'Kỳ họp thứ mười' }).waitFor();
  assert.equal(await page.locator('.dt-updated time').innerText(), '21/11/2024 09:00:00 AM');
  assert.equal((await page.locator('article .dt-origin').textContent()).trim(), 'Nguồn tin: Tin RSS');
  assert.deepEqual(problems, []);
  await page.close();
});

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
