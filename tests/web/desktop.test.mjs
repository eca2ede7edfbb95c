// The desktop layout (issue 13): from about 960 px of the reader's width,
// the article column and the links box side by side one gutter apart, the
// newer and related lists as wide as the article, the pair centred, with
// no empty band. Screenshots of the article and the list at 1024, 1280 and
// 1600 px, light and dark, go to tests/artifacts/ for a person to look at.
import { test } from 'node:test';
import path from 'node:path';
import { open, host, assert } from './harness.mjs';
import { root } from './server.mjs';

const DEMO = 'demo/feed.json';
const ARTICLE = '#/bai/sh-2021-1116';
const WIDTHS = [1024, 1280, 1600];
// The stylesheet's gap of 2.5em at 16 px, and a pixel of rounding.
const GUTTER = 41;
const artifacts = path.join(root, 'tests/artifacts');

async function at(width, hash, theme) {
  const opened = await open(host(DEMO, hash, { 'data-theme': theme }), {
    before: (page) => page.setViewportSize({ width, height: 900 }),
  });
  await opened.page.locator(hash ? '.doctin article h1' : '.doctin .dt-cards').waitFor();
  return opened;
}

const boxes = (page, selectors) => page.locator('[data-doctin]').evaluate((hostElement, selectors) => {
  const root = hostElement.shadowRoot;
  return Object.fromEntries(selectors.map((s) => [s, root.querySelector(s)?.getBoundingClientRect().toJSON()]));
}, selectors);

for (const width of WIDTHS) {
  test(`${width} px: the article and the links box side by side, one gutter apart, centred`, async () => {
    for (const theme of ['light', 'dark']) {
      const { page, problems } = await at(width, ARTICLE, theme);
      const b = await boxes(page, ['.doctin', '.dt-search', '.dt-page', '.dt-article', '.dt-newer', '.dt-related', '.dt-links']);
      const article = b['.dt-article'];
      const links = b['.dt-links'];
      const gap = links.left - article.right;
      assert.ok(gap >= 0 && gap <= GUTTER, `links box ${gap}px from the article column`);
      assert.ok(links.top < article.bottom, 'links box beside the article, not under it');
      // A readable measure: 40em of 16 px is about 70 characters a line.
      assert.ok(article.width >= 560 && article.width <= 640, `article ${article.width}px wide`);
      for (const list of ['.dt-newer', '.dt-related']) {
        assert.ok(Math.abs(b[list].left - article.left) < 1 && Math.abs(b[list].right - article.right) < 1, `${list} aligned with the article`);
      }
      // Centred: the page's margins to the reader's box are equal.
      const reader = b['.doctin'];
      const page_ = b['.dt-page'];
      assert.ok(Math.abs((page_.left - reader.left) - (reader.right - page_.right)) <= 1, `centred: ${JSON.stringify(page_)}`);
      // The search box spans both columns, above them.
      const search = b['.dt-search'];
      assert.ok(Math.abs(search.left - page_.left) < 1 && Math.abs(search.right - page_.right) < 1, `search box ${JSON.stringify(search)}`);
      assert.deepEqual(problems, []);
      await page.screenshot({ path: path.join(artifacts, `desktop-article-${width}-${theme}.png`), fullPage: true });
      await page.close();

      const list = await at(width, '', theme);
      const l = await boxes(list.page, ['.dt-latest', '.dt-links']);
      const listGap = l['.dt-links'].left - l['.dt-latest'].right;
      assert.ok(listGap >= 0 && listGap <= GUTTER, `list view: links box ${listGap}px from the list`);
      await list.page.screenshot({ path: path.join(artifacts, `desktop-latest-${width}-${theme}.png`), fullPage: true });
      await list.page.close();
    }
  });
}

test('typing a search keeps the page its shape: same search box, links box beside the results', async () => {
  const { page, problems } = await at(1280, '', 'light');
  const before = await boxes(page, ['.dt-search', '.dt-links']);
  await page.locator('.dt-search-box').fill('ky hop');
  await page.locator('.dt-results .dt-card').first().waitFor();
  const after = await boxes(page, ['.dt-search', '.dt-links', '.dt-results']);
  assert.deepEqual(after['.dt-search'], before['.dt-search']);
  const gap = after['.dt-links'].left - after['.dt-results'].right;
  assert.ok(gap >= 0 && gap <= GUTTER, `links box ${gap}px from the results`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('below 960 px the reader keeps one column: the links box under the article', async () => {
  const { page } = await at(900, ARTICLE, 'light');
  const b = await boxes(page, ['.dt-article', '.dt-links']);
  assert.ok(b['.dt-links'].top >= b['.dt-article'].bottom, 'links box under the article');
  await page.close();
});
