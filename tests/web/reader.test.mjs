// The demo feed rendered by the release build: article fields, both lists
// in date order, navigation by click, back, deep links, unknown ids.
import { test } from 'node:test';
import { open, host, assert } from './harness.mjs';

const DEMO = 'demo/feed.json';
const MAIN = '#/bai/sh-2021-1116';

const texts = (page, selector) => page.locator(selector).allInnerTexts();
const title = (page) => page.locator('.doctin h1.dt-title');
// Waits for the reader (inside its shadow root) to show an article titled so.
const titled = (page, start) => page.locator('.doctin h1.dt-title', { hasText: start }).waitFor();

test('an article shows every field of the seed page, in Vietnam time', async () => {
  const { page, problems } = await open(host(DEMO, MAIN));
  await assert.doesNotReject(title(page).waitFor());
  assert.equal(await page.locator('.dt-section').textContent(), 'Tin hoạt động HĐND');
  assert.equal(await title(page).innerText(), 'Nâng cao kỹ năng chất vấn của đại biểu HĐND các cấp');
  // The browser runs in America/Los_Angeles; the page must still say 09:02:25 AM.
  assert.equal(await page.locator('.dt-updated').innerText(), 'Cập nhật: 16/11/2021 09:02:25 AM');
  assert.equal(await page.locator('.dt-updated time').getAttribute('datetime'), '2021-11-16T09:02:25+07:00');
  assert.match(await page.locator('.dt-lead strong').innerText(), /^Thường trực HĐND tỉnh tổ chức lớp bồi dưỡng/);
  const image = page.locator('.dt-figure img');
  assert.match(await image.getAttribute('src'), /^data:image\/svg\+xml,/);
  await image.evaluate((img) => img.complete || new Promise((resolve) => { img.onload = resolve; }));
  assert.ok(await image.evaluate((img) => img.naturalWidth > 0), 'the photo loads');
  assert.equal(await image.getAttribute('alt'), 'Đại biểu HĐND tham dự lớp bồi dưỡng tại hội trường tỉnh (ảnh minh họa)');
  assert.equal(await page.locator('.dt-figure figcaption').innerText(), 'Đại biểu HĐND tham dự lớp bồi dưỡng tại hội trường tỉnh (ảnh minh họa)');
  assert.equal(await page.locator('.dt-body p').count(), 4);
  assert.equal(await page.locator('.dt-source').innerText(), 'Nguồn: Cổng thông tin HĐND tỉnh Sơn Hà');
  assert.equal(await page.locator('.dt-links a').count(), 4);
  assert.equal(await page.locator('.dt-links .dt-list-title').innerText(), 'LIÊN KẾT WEBSITE');
  assert.deepEqual(problems, []);
  await page.close();
});

test('"Cập nhật" uses date_modified when the item has one', async () => {
  const { page } = await open(host(DEMO, '#/bai/sh-2021-1104'));
  await title(page).waitFor();
  assert.equal(await page.locator('.dt-updated').innerText(), 'Cập nhật: 05/11/2021 08:15:00 AM');
  await page.close();
});

test('newer and related lists follow dates, not file order', async () => {
  const { page } = await open(host(DEMO, MAIN));
  await title(page).waitFor();
  assert.equal(await page.locator('.dt-newer h2').innerText(), 'Các tin mới hơn');
  assert.deepEqual(await texts(page, '.dt-newer li'), [
    'Kỳ họp thứ 11 HĐND tỉnh Sơn Hà khóa IX thông qua 6 nghị quyết (29/09/2022)',
    'Giữ ổn định mức học phí năm học 2022-2023 (29/09/2022)',
    'Thường trực HĐND tỉnh triệu tập kỳ họp thứ 11 (26/09/2022)',
    'Đẩy nhanh giải ngân vốn đầu tư công năm 2022 (12/08/2022)',
    'Khai mạc kỳ họp thứ 10 HĐND tỉnh khóa IX (12/08/2022)',
  ]);
  assert.equal(await page.locator('.dt-related h2').innerText(), 'Các bài liên quan');
  // The item's own related ids first, in their order; then older items of
  // the same section or a shared tag, nearest first.
  assert.deepEqual(await texts(page, '.dt-related li'), [
    'Băn khoăn về mức thu khi học sinh học trực tuyến (29/10/2021)',
    'Kỳ họp thứ 5 HĐND tỉnh sẽ diễn ra trong 3 ngày vào giữa tháng 12 (04/11/2021)',
    'Đại biểu thảo luận nhiều vấn đề cử tri quan tâm (29/10/2021)',
    'Tiếp xúc cử tri trước kỳ họp thứ 4 tại huyện Thượng Lâm (20/09/2021)',
    'Hội nghị tập huấn nghiệp vụ cho đại biểu HĐND nhiệm kỳ mới (02/07/2021)',
  ]);
  assert.equal(await page.locator('.dt-pager .dt-more').count(), 0, 'nothing more to show');
  await page.close();
});

test('"Xem tiếp" shows the next related items', async () => {
  const { page } = await open(host(DEMO, '#/bai/sh-2022-0929-01'));
  await title(page).waitFor();
  assert.equal(await page.locator('.dt-related li').count(), 5);
  assert.equal(await page.locator('.dt-newer').count(), 0, 'the newest item has no newer list');
  await page.getByRole('button', { name: 'Xem tiếp' }).click();
  assert.deepEqual((await texts(page, '.dt-related li')).slice(5), [
    'Khai mạc kỳ họp thứ 4 HĐND tỉnh khóa IX (29/10/2021)',
    'Kỳ họp thứ nhất HĐND tỉnh khóa IX bầu các chức danh chủ chốt (25/06/2021)',
  ]);
  assert.equal(await page.getByRole('button', { name: 'Xem tiếp' }).count(), 0);
  // Another article starts again at its first five, and pages on its own.
  await page.locator('.dt-related a', { hasText: 'Thường trực HĐND tỉnh triệu tập' }).click();
  await titled(page, 'Thường trực');
  assert.equal(await page.locator('.dt-related li').count(), 5);
  await page.getByRole('button', { name: 'Xem tiếp' }).click();
  assert.equal(await page.locator('.dt-related li').count(), 6);
  await page.close();
});

test('links navigate, browser back returns, "Quay lại" goes back', async () => {
  const { page, problems } = await open(host(DEMO, MAIN));
  await title(page).waitFor();
  await page.locator('.dt-newer a', { hasText: 'Giữ ổn định mức học phí' }).click();
  await titled(page, 'Giữ ổn định');
  assert.equal(new URL(page.url()).hash, '#/bai/sh-2022-0929-02');
  await page.goBack();
  await titled(page, 'Nâng cao');
  await page.goForward();
  await titled(page, 'Giữ ổn định');
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await titled(page, 'Nâng cao');
  assert.equal(new URL(page.url()).hash, MAIN);
  assert.deepEqual(problems, []);
  await page.close();
});

test('each navigation shows only the new article\'s body, HTML or text', async () => {
  const { page } = await open(host(DEMO, MAIN));
  await title(page).waitFor();
  const body = () => page.locator('.dt-body p').allInnerTexts();
  const bodyOf = async (id, firstWords) => {
    await page.evaluate((hash) => { location.hash = hash; }, `#/bai/${id}`);
    await page.locator('.dt-body p', { hasText: firstWords }).first().waitFor();
    return body();
  };
  assert.equal((await body()).length, 4);
  // HTML body to HTML body, to a content_text body, and back to HTML.
  assert.deepEqual(await bodyOf('sh-2021-1104', 'Thường trực HĐND tỉnh đề nghị'), [
    'Thường trực HĐND tỉnh đề nghị UBND tỉnh hoàn thiện hồ sơ các dự thảo nghị quyết trước ngày 25 tháng 11.',
  ]);
  assert.equal((await bodyOf('sh-2022-0105', 'Đoàn giám sát đã làm việc')).length, 2);
  assert.equal((await bodyOf('sh-2021-1116', 'Trong hai ngày')).length, 4);
  await page.close();
});

test('a link at the bottom of an article opens the next one at its top', async () => {
  const { page } = await open(host(DEMO, '#/bai/sh-2022-0929-02'));
  // A phone: both articles are much taller than the screen.
  await page.setViewportSize({ width: 360, height: 640 });
  await title(page).waitFor();
  const link = page.locator('.dt-related a', { hasText: 'Nâng cao kỹ năng chất vấn' });
  await link.scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => scrollY > 300), 'the page is scrolled down to the link');
  await link.click();
  await titled(page, 'Nâng cao');
  assert.ok(await page.evaluate(() => document.body.scrollHeight > scrollY + 2 * innerHeight), 'the new article is long');
  assert.ok(await page.locator('.doctin').evaluate((root) => root.getBoundingClientRect().top >= 0), 'the reader\'s top is in view');
  await page.close();
});

test('a deep link opens the article; "Quay lại" then goes to the latest list', async () => {
  const { page } = await open(host(DEMO, '#/bai/sh-2021-0920'));
  await title(page).waitFor();
  assert.equal(await title(page).innerText(), 'Tiếp xúc cử tri trước kỳ họp thứ 4 tại huyện Thượng Lâm');
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await page.locator('.dt-cards').waitFor();
  assert.equal(new URL(page.url()).hash, '#/');
  await page.close();
});

test('the latest list shows newest items with date, lead and thumbnail', async () => {
  const { page } = await open(host(DEMO));
  await page.locator('.dt-cards').waitFor();
  assert.equal(await title(page).innerText(), 'Tin hoạt động HĐND tỉnh Sơn Hà');
  const cards = page.locator('.dt-card');
  assert.equal(await cards.count(), 10);
  assert.equal(await cards.nth(0).locator('.dt-card-title').innerText(), 'Kỳ họp thứ 11 HĐND tỉnh Sơn Hà khóa IX thông qua 6 nghị quyết');
  assert.equal(await cards.nth(0).locator('.dt-date').innerText(), '29/09/2022');
  assert.match(await cards.nth(0).locator('.dt-card-lead').innerText(), /^Sau một ngày làm việc/);
  assert.equal(await cards.nth(6).locator('.dt-thumb img').count(), 1, 'the item with a photo has a thumbnail');
  assert.equal(await page.locator('.dt-links a').count(), 4);
  await page.getByRole('button', { name: 'Xem tiếp' }).click();
  assert.equal(await cards.count(), 17);
  assert.equal(await cards.nth(16).locator('.dt-card-title').innerText(), 'Cử tri Sơn Hà nô nức đi bầu cử');
  await cards.nth(6).locator('.dt-card-title a').click();
  await titled(page, 'Nâng cao');
  await page.close();
});

test('an unknown id says so and links to the latest list', async () => {
  const { page, problems } = await open(host(DEMO, '#/bai/khong-co-bai-nay'));
  await page.locator('.dt-not-found').waitFor();
  assert.equal(await page.locator('.dt-not-found h1').innerText(), 'Không tìm thấy bài viết');
  await page.getByRole('link', { name: 'Về danh sách tin mới nhất' }).click();
  await page.locator('.dt-cards').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('a host page anchor does not change the reader', async () => {
  const { page } = await open(host(DEMO, MAIN));
  await title(page).waitFor();
  // The reader's listener was added first, so it has run when ours does;
  // the next animation frame comes after any re-render it scheduled.
  await page.evaluate(() => new Promise((resolve) => {
    addEventListener('hashchange', () => requestAnimationFrame(() => resolve()), { once: true });
    location.hash = '#chan-trang';
  }));
  assert.equal(await title(page).innerText(), 'Nâng cao kỹ năng chất vấn của đại biểu HĐND các cấp');
  await page.close();
});
