// Hosts that require Trusted Types (`require-trusted-types-for 'script'`),
// as ministries' and banks' portals do. With `trusted-types doctin` allowed,
// the reader makes one policy named doctin and renders JSON Feed, RSS and
// Atom, sanitized feed HTML included, with no violation; without it, the
// reader does not start, the host's fallback stays visible, and one console
// warning names the directive to add. (Chromium here, in detail;
// engines.test.mjs runs the allowed and the refused case in Firefox and
// WebKit too.)
import { test } from 'node:test';
import { open, host, serveFeed, assert } from './harness.mjs';
import { CSP } from './server.mjs';

const REQUIRE = "require-trusted-types-for 'script'";
const ALLOWED = `${CSP}; ${REQUIRE}; trusted-types doctin`;

/** Every violation the page reports, as "directive: sample". */
const recordViolations = (page) => page.addInitScript(() => {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.sample}`));
});
/** The Trusted Types violations among them. (Chromium also reports
 *  `script-src-attr` whenever HTML with an inline handler is parsed, even
 *  into an inert <template> where it can never run: the hostile body's
 *  `onerror` is reported so, and stays blocked; see `no handler runs`.) */
const violations = (page) => page.evaluate(() => window.violations.filter((v) => /trusted-types/.test(v)));

const json = serveFeed('tt/tin.json', JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin có Trusted Types',
  items: [
    { id: 'a', title: 'Bài có mã độc', date_published: '2024-11-20T08:00:00+07:00', summary: 'Lời dẫn.', content_html: '<p>Đoạn một <img src="x" onerror="alert(1)"> <script>alert(2)</script><a href="javascript:alert(3)">liên kết</a></p><p>Đoạn hai.</p>' },
    { id: 'b', title: 'Bài thứ hai', date_published: '2024-11-19T08:00:00+07:00', content_html: '<p>Nội dung hai.</p>' },
  ],
}));
const rss = serveFeed('tt/tin.rss', () => ({ type: 'application/rss+xml', body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Tin RSS</title><item><guid>r</guid><title>Bài RSS</title><pubDate>21/11/2024 09:00</pubDate><description><![CDATA[<p>Mô tả <b>đậm</b>.</p>]]></description></item></channel></rss>' }));
const atom = serveFeed('tt/tin.atom', () => ({ type: 'application/atom+xml', body: '<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin Atom</title><entry><id>t</id><title>Bài Atom</title><updated>2024-11-22T03:00:00Z</updated><content type="html">&lt;p&gt;Nội dung Atom.&lt;/p&gt;</content></entry></feed>' }));

test('with trusted-types doctin, every format renders, nothing from a feed runs, and no Trusted Types violation is reported', async () => {
  const { page, problems } = await open(host(`${json} ${rss} ${atom}`, '', {}, undefined, undefined, ALLOWED), { before: recordViolations });
  await page.locator('.dt-card').first().waitFor();
  assert.deepEqual(await page.locator('.dt-card-title').allTextContents(), ['Bài Atom', 'Bài RSS', 'Bài có mã độc', 'Bài thứ hai']);
  await page.getByRole('link', { name: 'Bài có mã độc' }).click();
  await page.locator('article h1', { hasText: 'Bài có mã độc' }).waitFor();
  assert.match(await page.locator('.dt-body').innerText(), /Đoạn một[\s\S]*Đoạn hai/);
  assert.equal(await page.locator('.dt-body script, .dt-body [onerror]').count(), 0);
  assert.equal(await page.locator('.dt-body a[href^="javascript"]').count(), 0);
  // The list again, another article, and back: the views are built again
  // from templates.
  await page.goBack();
  await page.getByRole('link', { name: 'Bài thứ hai' }).click();
  await page.locator('article h1', { hasText: 'Bài thứ hai' }).waitFor();
  await page.goBack();
  await page.locator('.dt-card').first().waitFor();
  assert.equal(await page.evaluate(() => typeof window.trustedTypes), 'object', 'this Chromium enforces Trusted Types');
  assert.deepEqual(await violations(page), []);
  // No handler runs: problems would hold the alert dialogs.
  assert.deepEqual(problems, []);
  await page.close();
});

test('two readers on one page share the one policy', async () => {
  const { page, problems } = await open(`/examples/portal.html?csp=${encodeURIComponent(ALLOWED)}`, { before: recordViolations });
  await page.locator('#tin-tuc .dt-cards').waitFor();
  await page.locator('#thong-bao .dt-cards').waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a host that requires Trusted Types without allowing doctin keeps its fallback, with one warning', async () => {
  for (const policy of [`${CSP}; ${REQUIRE}; trusted-types 'none'`, `${CSP}; ${REQUIRE}; trusted-types other-widget`]) {
    const { page, consoleLog, problems } = await open(host(json, '', {}, undefined, undefined, policy));
    // The entry gives up before loading the bundle; give it the time a start would take.
    await page.waitForLoadState('networkidle');
    const fallback = page.locator('[data-doctin] > a');
    assert.ok(await fallback.isVisible(), `${policy}: the fallback link is visible`);
    assert.equal(await page.locator('[data-doctin]').evaluate((e) => e.shadowRoot), null, `${policy}: no shadow root covers it`);
    const warnings = consoleLog.filter((m) => m.startsWith('warning: doctin'));
    assert.equal(warnings.length, 1, `${policy}: ${consoleLog.join(' | ')}`);
    assert.match(warnings[0], /trusted-types doctin/);
    assert.match(warnings[0], /the page's own content stays/i);
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('a host that requires Trusted Types and names no policies gets the reader', async () => {
  const { page, problems } = await open(host(json, '#/bai/a', {}, undefined, undefined, `${CSP}; ${REQUIRE}`), { before: recordViolations });
  await page.locator('article h1', { hasText: 'Bài có mã độc' }).waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('doctin.js included twice starts each reader once, with one policy and no warning', async () => {
  for (const policy of [ALLOWED, undefined]) {
    const { page, consoleLog, problems } = await open(`${host(json, '', {}, undefined, undefined, policy)}&twice=1`, { before: recordViolations });
    await page.locator('.dt-card').first().waitFor();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/doctin.js?again')));
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('.dt-card').count(), 2, `${policy}: one reader's list`);
    // Only the first copy's version line: the second says nothing.
    const said = consoleLog.filter((m) => /doctin/.test(m));
    assert.equal(said.length, 1, `${policy}: ${said.join(' | ')}`);
    assert.match(said[0], /^debug: doctin \d+\.\d+\.\d+$/);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  }
});
