// Searching the loaded news as Vietnamese readers type: with or without
// diacritics, title hits first, matches marked, deep-linkable as #/tim/….
import { test } from 'node:test';
import { open, host, assert } from './harness.mjs';

const DEMO = 'demo/feed.json';
const box = (page) => page.getByRole('searchbox', { name: 'Tìm trong tin' });

test('typing without diacritics finds and marks the Vietnamese words, and the address follows', async () => {
  const { page, problems } = await open(host(DEMO));
  await page.locator('.dt-cards').waitFor();
  const entries = await page.evaluate(() => history.length);
  await box(page).pressSequentially('chat van');
  await page.locator('.dt-results .dt-found', { hasText: 'khớp với “chat van”' }).waitFor();
  // The one demo item with both words (in its title).
  assert.deepEqual(await page.locator('.dt-results .dt-card-title').allInnerTexts(), ['Nâng cao kỹ năng chất vấn của đại biểu HĐND các cấp']);
  assert.deepEqual(await page.locator('.dt-results .dt-card-title').first().locator('mark').allInnerTexts(), ['chất', 'vấn']);
  assert.equal(new URL(page.url()).hash, '#/tim/chat%20van');
  assert.equal(await page.evaluate(() => history.length), entries, 'typing adds no history entries');
  // The box keeps the focus while results change under it.
  assert.equal(await page.locator('[data-doctin]').evaluate((h) => h.shadowRoot.activeElement?.className), 'dt-search-box');
  assert.deepEqual(problems, []);
  await page.close();
});

test('upper case and diacritics find the same items; nothing found says so', async () => {
  const { page } = await open(host(DEMO, '#/tim/H%E1%BB%98I%20%C4%90%E1%BB%92NG'));
  await page.locator('.dt-results').waitFor();
  assert.equal(await box(page).inputValue(), 'HỘI ĐỒNG');
  const upper = await page.locator('.dt-results .dt-card-title').allInnerTexts();
  await box(page).fill('hoi dong');
  await page.locator('.dt-found', { hasText: '“hoi dong”' }).waitFor();
  assert.deepEqual(await page.locator('.dt-results .dt-card-title').allInnerTexts(), upper);
  await box(page).fill('không có bài này');
  await page.locator('.dt-found', { hasText: 'Không có bài nào khớp với “không có bài này”.' }).waitFor();
  assert.equal(await page.locator('.dt-results .dt-card').count(), 0);
  await page.close();
});

test('a result opens its article, back returns to the results, and an empty box to the list', async () => {
  const { page } = await open(host(DEMO, '#/tim/ky%20hop'));
  await page.locator('.dt-results .dt-card').first().waitFor();
  const first = page.locator('.dt-results .dt-card-title a').first();
  const title = await first.innerText();
  await first.click();
  await page.locator('article h1', { hasText: title }).waitFor();
  await page.goBack();
  await page.locator('.dt-found', { hasText: '“ky hop”' }).waitFor();
  await box(page).fill('');
  await page.locator('.dt-latest:not(.dt-results) .dt-cards').waitFor();
  assert.equal(new URL(page.url()).hash, '#/');
  await page.close();
});

test('English interface', async () => {
  const { page } = await open(host(DEMO, '#/tim/hdnd', { 'data-lang': 'en' }));
  await page.locator('.dt-results').waitFor();
  assert.equal(await page.locator('.dt-results h1').innerText(), 'Search results');
  assert.match(await page.locator('.dt-found').innerText(), /^\d+ articles match “hdnd”\.$/);
  assert.equal(await page.getByRole('searchbox', { name: 'Search the news' }).count(), 1);
  await page.close();
});
