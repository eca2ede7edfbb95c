// The cross-engine suite: the same checks in Chromium, Firefox and WebKit
// (engines.mjs drives each), against the release build on the loopback
// test server. About a third of Vietnamese phones are iPhones, whose every
// browser is WebKit; this is what keeps a change from breaking them. The
// full Playwright suite stays Chromium's; this one covers what differs
// between engines: navigation and history, the strict-CSP portal with two
// readers, the XSS corpus (each engine's own HTML parser builds the tree
// the sanitizer judges), RSS and Atom with legacy encodings and parser
// errors, the offline copy, the host events, text size and the dark theme,
// Trusted Types, and each way a start can fail.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ENGINES, launch } from './engines.mjs';
import { startServer, serveFeed, hitsOf, testdata, CSP } from './server.mjs';

const xml = (name) => fs.readFileSync(path.join(testdata, 'rss', name));

const payloads = ['dompurify-expect.json', 'h5sc-vectors.json', 'owasp-xss-filter-evasion-codeblocks.json']
  .flatMap((file) => JSON.parse(fs.readFileSync(path.join(testdata, 'xss', file), 'utf8')).map((entry, index) => ({ id: `${file.split('-')[0]}-${index}`, payload: String(entry.payload) })));

const XSS_FEED = serveFeed('engines/xss.json', JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'XSS',
  home_page_url: 'https://hdnd.example.vn/',
  items: payloads.map(({ id, payload }) => ({
    id,
    title: `[${id}] ${payload}`,
    summary: payload,
    content_html: payload,
    image: 'https://hdnd.example.vn/anh.jpg',
    date_published: '2021-11-16T09:02:25+07:00',
    _doctin: { section: payload, source: payload, image_caption: payload },
  })),
}));

const HOSTILE = serveFeed('engines/tt.json', JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tin',
  items: [{ id: 'a', title: 'Bài có mã độc', content_html: '<p>Đoạn <img src="x" onerror="alert(1)"><script>alert(2)</script></p>', date_published: '2024-11-20T08:00:00+07:00' }],
}));

// The same hostile body in RSS 2.0 and Atom: their HTML goes through the
// engine's XML parser and then the same sanitizer, both under the policy.
const HOSTILE_RSS = serveFeed('engines/tt.rss', () => ({ type: 'application/rss+xml', body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Tin RSS</title><item><guid>r</guid><title>Bài RSS</title><pubDate>21/11/2024 09:00</pubDate><description><![CDATA[<p>Mô tả <img src="x" onerror="alert(3)"><script>alert(4)</script></p>]]></description></item></channel></rss>' }));
const HOSTILE_ATOM = serveFeed('engines/tt.atom', () => ({ type: 'application/atom+xml', body: '<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin Atom</title><entry><id>t</id><title>Bài Atom</title><updated>2024-11-22T03:00:00Z</updated><content type="html">&lt;p&gt;Nội dung Atom &lt;img src="x" onerror="alert(5)"&gt;&lt;/p&gt;</content></entry></feed>' }));

const REFUSED = serveFeed('engines/refused.json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] }));

const REQUIRE = "require-trusted-types-for 'script'";

for (const engine of ENGINES) {
  describe(engine, () => {
    const env = {};
    before(async () => {
      env.server = await startServer();
      env.browser = await launch(engine);
    });
    after(async () => {
      await env.browser?.close();
      await env.server?.close();
    });
    const open = (urlPath) => env.browser.open(env.server.base, urlPath);
    /** The test host page for `feed`; `attrs`, `entry`, `nowasm` and
     *  `pinned` as server.mjs's /host takes them. */
    const host = (feed, hash = '', csp, { attrs, entry, nowasm, pinned } = {}) => `/host?feed=${encodeURIComponent(feed)}`
      + (csp ? `&csp=${encodeURIComponent(csp)}` : '')
      + (attrs ? `&attrs=${encodeURIComponent(JSON.stringify(attrs))}` : '')
      + (entry ? `&entry=${encodeURIComponent(entry)}` : '')
      + (nowasm ? '&nowasm=1' : '')
      + (pinned ? '&pinned=1' : '')
      + hash;
    /** Nothing went wrong in the page: no error, no dialog, no warning. */
    const clean = async (page) => {
      const probe = await page.probe();
      assert.deepEqual({ errors: probe.errors, ran: probe.ran, console: probe.console }, { errors: [], ran: [], console: [] });
    };

    test('the latest list, an article, back and forward, and a deep link', async () => {
      const page = await open('/');
      await page.waitFor(() => document.querySelector('[data-doctin]')?.shadowRoot?.querySelectorAll('.dt-card').length >= 10, 'ten cards');
      const first = await page.eval(() => {
        const link = document.querySelector('[data-doctin]').shadowRoot.querySelector('.dt-card-title a');
        link.click();
        return link.textContent;
      });
      await page.waitFor((title) => document.querySelector('[data-doctin]').shadowRoot.querySelector('article h1')?.textContent === title, 'the article', first);
      assert.match(await page.url(), /#\/bai\//);
      // History as the reader's own "back" button and the browser's use it.
      // From a timer: Firefox's BiDi ignores a history step taken inside
      // the script call itself.
      await page.eval(() => { setTimeout(() => history.back()); });
      await page.waitFor(() => !!document.querySelector('[data-doctin]').shadowRoot.querySelector('.dt-latest .dt-card'), 'the list again');
      await page.eval(() => { setTimeout(() => history.forward()); });
      await page.waitFor((title) => document.querySelector('[data-doctin]').shadowRoot.querySelector('article h1')?.textContent === title, 'the article again', first);
      await clean(page);
      await page.close();
      // A query of its own, so that WebKit's one window loads the page
      // afresh instead of only changing the fragment.
      const deep = await open('/?deep=1#/bai/sh-2021-1116');
      await deep.waitFor(() => !!document.querySelector('[data-doctin]').shadowRoot?.querySelector('article h1'), 'the deep-linked article');
      const shown = await deep.eval(() => {
        const root = document.querySelector('[data-doctin]').shadowRoot;
        return [root.querySelector('article h1').textContent, root.querySelector('.dt-updated time').textContent, root.querySelectorAll('.dt-body p').length > 0];
      });
      assert.deepEqual(shown, ['Nâng cao kỹ năng chất vấn của đại biểu HĐND các cấp', '16/11/2021 09:02:25 AM', true]);
      await clean(deep);
      await deep.close();
    });

    test('the portal under a strict CSP: two readers, isolated both ways', async () => {
      const page = await open('/examples/portal.html');
      await page.waitFor(() => ['tin-tuc', 'thong-bao'].every((id) => !!document.getElementById(id).shadowRoot?.querySelector('.dt-cards')), 'both readers');
      const looks = await page.eval(() => {
        const root = document.getElementById('tin-tuc').shadowRoot;
        const title = getComputedStyle(root.querySelector('.dt-card-title'));
        const image = root.querySelector('.dt-thumb img');
        return {
          // The host's `* { font: 30px serif; color: red }` and `h1, h2 { text-transform: lowercase }` stay outside.
          inside: [title.textTransform, title.color === 'rgb(255, 0, 0)', title.fontSize === '30px', !!image && getComputedStyle(image).display !== 'none'],
          // And the widget's stylesheet stays inside: the host's own heading keeps the host's rules.
          outside: getComputedStyle(document.querySelector('.site-news h1')).textTransform,
        };
      });
      assert.deepEqual(looks, { inside: ['none', false, false, true], outside: 'lowercase' });
      const probe = await page.probe();
      assert.deepEqual([probe.errors, probe.violations, probe.console], [[], [], []]);
      await page.close();
    });

    test('RSS and Atom, legacy encodings, and a document that is not well-formed', async () => {
      const feeds = [
        [serveFeed(`engines/${engine}/vnexpress.xml`, () => ({ type: 'text/xml', body: xml('vi-vnexpress-tin-moi-nhat-2019-02-18.xml') })), 'Ngộ độc rượu, bệnh nhân thấy ảo giác \'bị ma quỷ truy đuổi\'', '18/02/2019 08:35:51 PM'],
        [serveFeed(`engines/${engine}/gulp.atom`, () => ({ type: 'application/atom+xml', body: xml('atom-github-releases-gulp.xml') })), 'v3.9.0', '02/06/2015 04:49:41 AM'],
        // "Hội đồng" in windows-1258, tone marks as combining characters.
        [serveFeed(`engines/${engine}/w1258.xml`, () => ({ type: 'text/xml', body: Buffer.concat([
          Buffer.from('<?xml version="1.0" encoding="windows-1258"?><rss version="2.0"><channel><title>Tin</title><item><guid>v</guid><title>H'),
          Buffer.from([0xf4, 0xf2]), Buffer.from('i '), Buffer.from([0xf0, 0xf4, 0xcc]), Buffer.from('ng</title><pubDate>Th 5, 28/05/2026 17:00:00 GMT+7</pubDate></item></channel></rss>'),
        ]) })), 'Hội đồng', '28/05/2026 05:00:00 PM'],
        [serveFeed(`engines/${engine}/latin1.xml`, () => ({ type: 'application/rss+xml', body: Buffer.concat([
          Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Tin</title><item><guid>l</guid><title>Caf'),
          Buffer.from([0xe9]), Buffer.from(' S'), Buffer.from([0xe3]), Buffer.from('o Tom'), Buffer.from([0xe9]), Buffer.from('</title><pubDate>Mon, 18 Feb 2019 20:35:51 +0700</pubDate></item></channel></rss>'),
        ]) })), 'Café São Tomé', '18/02/2019 08:35:51 PM'],
      ];
      for (const [feed, title, date] of feeds) {
        const page = await open(host(feed));
        await page.waitFor(() => !!document.querySelector('[data-doctin]').shadowRoot?.querySelector('.dt-card-title a'), `the list of ${feed}`);
        await page.eval(() => { document.querySelector('[data-doctin]').shadowRoot.querySelector('.dt-card-title a').click(); });
        await page.waitFor(() => !!document.querySelector('[data-doctin]').shadowRoot.querySelector('article h1'), `the article of ${feed}`);
        const shown = await page.eval(() => {
          const root = document.querySelector('[data-doctin]').shadowRoot;
          const h1 = root.querySelector('article h1').textContent;
          return [h1, root.querySelector('.dt-updated time').textContent, h1 === h1.normalize('NFC')];
        });
        assert.deepEqual(shown, [title, date, true], feed);
        await clean(page);
        await page.close();
      }
      // Each engine words its parser errors its own way; the message says
      // where all the same.
      const broken = serveFeed(`engines/${engine}/broken.xml`, () => ({ type: 'text/xml', body: '<rss version="2.0">\n<channel><item><media:content url="x"/></item></channel></rss>' }));
      const page = await open(host(broken));
      const message = await page.waitFor(() => document.querySelector('[data-doctin]').shadowRoot.querySelector('.dt-error .dt-message')?.textContent, 'the error message');
      assert.match(message, /^Nguồn tin không phải XML hợp lệ \(lỗi ở dòng 2, cột \d+\)\.$/);
      await page.close();
    });

    test('the whole XSS corpus as bodies, titles, leads, sections, captions and sources: nothing runs, nothing active is left', async () => {
      const page = await open(host(XSS_FEED));
      await page.waitFor(() => !!document.querySelector('[data-doctin]').shadowRoot?.querySelector('.dt-card'), 'the list');
      // Each batch visits its routes and scans the whole reader after each:
      // an article shows one payload in every field and others in "Các tin
      // mới hơn" and "Các bài liên quan"; the list and the search results
      // (whose marks cut titles and leads into pieces) show many at once.
      const visit = (batch) => page.eval(async (routes) => {
        const root = document.querySelector('[data-doctin]').shadowRoot;
        const found = [];
        for (const [route, selector, text] of routes) {
          location.hash = route;
          // A search must find something, or it scanned only the frame.
          const shown = () => root.querySelector(selector)?.textContent.includes(text) && (selector !== '.dt-found' || root.querySelector('.dt-results .dt-card'));
          for (let tries = 0; !shown(); tries++) {
            if (tries > 200) { found.push(`${route}: not shown`); break; }
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
          for (const element of root.querySelectorAll('*')) {
            const tag = element.localName;
            if (['script', 'iframe', 'object', 'embed', 'form', 'style', 'svg', 'math', 'base', 'meta', 'link'].includes(tag)) found.push(`${route}: <${tag}>`);
            for (const { name, value } of element.attributes) {
              // A handler, or an address that would run script (text
              // attributes such as title and alt may say anything).
              const address = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(name.toLowerCase());
              if (/^on/i.test(name) || (address && /^\s*(javascript|vbscript):/i.test(value))) found.push(`${route}: ${tag}[${name}=${value.slice(0, 40)}]`);
            }
          }
        }
        return found;
      }, batch);
      const routes = [
        ...payloads.map(({ id }) => [`#/bai/${encodeURIComponent(id)}`, 'article h1', `[${id}]`]),
        ...['script', 'img', 'onerror', 'javascript', 'svg', 'a'].map((query) => [`#/tim/${query}`, '.dt-found', `“${query}”`]),
        ['#/', '.dt-latest:not(.dt-results) .dt-card', ''],
      ];
      const leftovers = [];
      for (let at = 0; at < routes.length; at += 20) leftovers.push(...await visit(routes.slice(at, at + 20)));
      assert.deepEqual(leftovers, []);
      const probe = await page.probe();
      assert.deepEqual([probe.ran, probe.errors], [[], []]);
      await page.close();
    });

    test('the offline copy after a failed load', async () => {
      let down = false;
      const feed = serveFeed(`engines/${engine}/offline.json`, () => (down ? { status: 503, body: 'down' } : { body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1', title: 'Tin lưu', items: [
          { id: 'o1', title: 'Tin lưu một', content_html: '<p>Một.</p>', date_published: '2024-11-20T08:00:00+07:00' },
          { id: 'o2', title: 'Tin lưu hai', content_html: '<p>Hai.</p>', date_published: '2024-11-19T08:00:00+07:00' },
        ] }) }));
      const first = await open(host(feed));
      await first.waitFor(() => document.querySelector('[data-doctin]').shadowRoot?.querySelectorAll('.dt-card').length === 2, 'the fresh feed');
      await first.close();
      down = true;
      const again = await open(host(feed));
      const notice = await again.waitFor(() => {
        const root = document.querySelector('[data-doctin]').shadowRoot;
        return root?.querySelectorAll('.dt-card').length === 2 && root.querySelector('.dt-notice').textContent;
      }, 'the saved copy with its notice');
      assert.match(notice, /^Bản lưu ngoại tuyến lúc \d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d [AP]M: chưa tải được tin mới\./);
      await again.close();
    });

    test('the host hears ready, view and navigate', async () => {
      const feed = serveFeed(`engines/${engine}/events.json`, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Sự kiện', items: [
        { id: 'e1', title: 'Tin sự kiện', content_html: '<p>Nội dung.</p>', date_published: '2024-11-20T08:00:00+07:00', _doctin: { section: 'Hoạt động' } },
      ] }));
      const page = await open(host(feed));
      await page.waitFor(() => !!document.querySelector('[data-doctin]').shadowRoot?.querySelector('.dt-card-title a'), 'the list');
      await page.eval(() => { document.querySelector('[data-doctin]').shadowRoot.querySelector('.dt-card-title a').click(); });
      await page.waitFor(() => window.__probe.events.some((e) => e.name === 'doctin:view'), 'the view event');
      const events = (await page.probe()).events;
      assert.deepEqual(events.map((e) => e.name), ['doctin:ready', 'doctin:navigate', 'doctin:view']);
      assert.equal(events[0].detail.items, 1);
      assert.deepEqual([events[2].detail.id, events[2].detail.title, events[2].detail.section, events[2].onHost], ['e1', 'Tin sự kiện', 'Hoạt động', true]);
      await page.close();
    });

    test('text size and the dark theme', async () => {
      const feed = serveFeed(`engines/${engine}/size.json`, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Cỡ chữ', items: [
        { id: 's1', title: 'Tin cỡ chữ', content_html: '<p>Nội dung để đo cỡ chữ.</p>' },
      ] }));
      const page = await open(`/host?feed=${encodeURIComponent(feed)}&attrs=${encodeURIComponent(JSON.stringify({ 'data-theme': 'dark' }))}#/bai/s1`);
      await page.waitFor(() => !!document.querySelector('[data-doctin]').shadowRoot?.querySelector('.dt-body p'), 'the article');
      const measure = () => page.eval(() => {
        const root = document.querySelector('[data-doctin]').shadowRoot;
        const box = root.querySelector('.doctin');
        const [r, g, b, alpha = 1] = getComputedStyle(box).backgroundColor.match(/[\d.]+/g).map(Number);
        return { size: parseFloat(getComputedStyle(root.querySelector('.dt-body p')).fontSize), dark: alpha > 0 && (r + g + b) / 3 < 80, theme: box.className };
      });
      const before = await measure();
      assert.ok(before.dark, `a dark background: ${JSON.stringify(before)}`);
      await page.eval(() => { document.querySelector('[data-doctin]').shadowRoot.querySelector('[data-act=larger]').click(); });
      await page.waitFor((was) => parseFloat(getComputedStyle(document.querySelector('[data-doctin]').shadowRoot.querySelector('.dt-body p')).fontSize) > was, 'a larger text size', before.size);
      const after = await measure();
      assert.ok(after.size > before.size, `${before.size} px → ${after.size} px`);
      // Back to the size a reader started with, for the other tests.
      await page.eval(() => { document.querySelector('[data-doctin]').shadowRoot.querySelector('[data-act=smaller]').click(); });
      await page.close();
    });

    test('Trusted Types: with doctin allowed JSON Feed, RSS and Atom render; refused, the fallback stays with one warning', async () => {
      const allowed = await open(host(`${HOSTILE} ${HOSTILE_RSS} ${HOSTILE_ATOM}`, '', `${CSP}; ${REQUIRE}; trusted-types doctin`));
      await allowed.waitFor(() => document.querySelector('[data-doctin]').shadowRoot?.querySelectorAll('.dt-card').length === 3, 'three cards under Trusted Types');
      const titles = await allowed.eval(() => [...document.querySelector('[data-doctin]').shadowRoot.querySelectorAll('.dt-card-title')].map((t) => t.textContent));
      assert.deepEqual(titles, ['Bài Atom', 'Bài RSS', 'Bài có mã độc']);
      // Each article in turn, by the reader's own links: every body is
      // parsed into the policy's inert template and sanitized.
      for (const title of titles) {
        await allowed.waitFor(() => {
          const shadow = document.querySelector('[data-doctin]').shadowRoot;
          return !shadow.querySelector('article') && shadow.querySelectorAll('.dt-card').length === 3;
        }, 'the list');
        await allowed.eval((wanted) => {
          const links = [...document.querySelector('[data-doctin]').shadowRoot.querySelectorAll('.dt-card-title a')];
          setTimeout(() => links.find((a) => a.textContent === wanted).click());
        }, title);
        await allowed.waitFor((wanted) => document.querySelector('[data-doctin]').shadowRoot.querySelector('article h1')?.textContent === wanted, `the article ${title}`, title);
        const text = { 'Bài Atom': 'Nội dung Atom', 'Bài RSS': 'Mô tả', 'Bài có mã độc': 'Đoạn' }[title];
        const state = await allowed.eval((wanted) => {
          const shadow = document.querySelector('[data-doctin]').shadowRoot;
          return [typeof window.trustedTypes, shadow.querySelector('article').textContent.includes(wanted), shadow.querySelectorAll('script, [onerror]').length];
        }, text);
        assert.deepEqual(state, ['object', true, 0], `${title}: this engine enforces Trusted Types, "${text}" is there, and it is clean`);
        await allowed.eval(() => { setTimeout(() => history.back()); });
      }
      const probe = await allowed.probe();
      assert.deepEqual([probe.ran, probe.errors, probe.violations.filter((v) => /trusted-types/.test(v))], [[], [], []]);
      await allowed.close();
      const refused = await open(host(REFUSED, '', `${CSP}; ${REQUIRE}; trusted-types 'none'`));
      // The entry decides before it loads anything: once it has warned, the
      // page is as it will stay, and the feed was never asked for.
      await refused.waitFor(() => window.__probe.console.some((line) => line.startsWith('warn: doctin')), 'the warning');
      assert.equal(hitsOf('engines/refused.json'), 0);
      const fallback = await refused.eval(() => {
        const element = document.querySelector('[data-doctin]');
        const link = element.querySelector(':scope > a');
        return [element.shadowRoot === null, !!link && link.getBoundingClientRect().height > 0];
      });
      assert.deepEqual(fallback, [true, true], 'no shadow root, the fallback link visible');
      const warnings = (await refused.probe()).console.filter((line) => line.startsWith('warn: doctin'));
      assert.equal(warnings.length, 1, JSON.stringify(warnings));
      assert.match(warnings[0], /trusted-types doctin/);
      await refused.close();
    });

    // Every way a start can fail before the first render, where this engine
    // has it: the host stays exactly as the page wrote it, with no shadow
    // root over it, its fallback visible, and one console warning that says
    // why and that the page's own content stays. (A Trusted Types refusal
    // is the test above.)
    test('a failed start leaves the page as it was', async () => {
      const causes = [
        ['a bad attribute', host('demo/feed.json', '', undefined, { attrs: { 'data-newer': 'nhiều', 'data-theme': 'xanh' } }),
          /did not start; the page's own content stays\.\nThuộc tính data-newer="nhiều" không hợp lệ: cần một số từ 0 đến 20\.\nThuộc tính data-theme="xanh" không hợp lệ/],
        ['no data-feed', host(''), /did not start; the page's own content stays\.\nThiếu thuộc tính data-feed/],
        ['no WebAssembly', host('demo/feed.json', '', undefined, { nowasm: true }), /WebAssembly is unavailable here; the page's own content stays/],
        ['the wasm missing', host('demo/feed.json', '', undefined, { entry: '/missing/doctin.js' }), /could not start; the page's own content stays/],
        ['the wasm corrupt', host('demo/feed.json', '', undefined, { entry: '/corrupt/doctin.js' }), /could not start; the page's own content stays/],
        // One hash pins the reader: a changed byte in the wasm is refused
        // by the integrity the entry gives its fetch, and the warning
        // names the file.
        ['a changed byte in the wasm', host('demo/feed.json', '', undefined, { entry: '/changed-wasm/doctin.js', pinned: true }),
          /could not start; the page's own content stays.*\/changed-wasm\/doctin-[0-9a-f]+_bg\.wasm could not be loaded, or is not the file this doctin\.js was built with/s],
        ['a panic while mounting', host('demo/feed.json', '', undefined, { entry: '/fault/doctin.js', attrs: { 'data-fault': 'mount' } }), /could not start; the page's own content stays/],
      ];
      for (const [cause, page, warning] of causes) {
        const tab = await open(page);
        await tab.waitFor(() => window.__probe.console.some((line) => line.startsWith('warn: doctin')), `${cause}: the warning`);
        // Whatever else a failed start would do comes with it or just after.
        await tab.waitFor(() => document.readyState === 'complete', `${cause}: the page loaded`);
        await tab.eval(() => new Promise((resolve) => setTimeout(resolve, 300)));
        const state = await tab.eval(() => {
          const element = document.querySelector('[data-doctin]');
          const link = element.querySelector(':scope > a');
          return { shadow: element.shadowRoot !== null, asWritten: element.outerHTML === window.__probe.written?.[0], fallback: !!link && link.getBoundingClientRect().height > 0 };
        });
        assert.deepEqual(state, { shadow: false, asWritten: true, fallback: true }, cause);
        const probe = await tab.probe();
        const warnings = probe.console.filter((line) => line.startsWith('warn: doctin'));
        assert.equal(warnings.length, 1, `${cause}: ${JSON.stringify(probe.console)}`);
        assert.deepEqual(probe.errors, [], `${cause}: no error, no unhandled rejection`);
        assert.match(warnings[0], warning, cause);
        if (cause === 'a panic while mounting') {
          assert.ok(probe.console.some((line) => line.startsWith('error: doctin: ') && line.includes('fault injection while mounting')), JSON.stringify(probe.console));
        }
        await tab.close();
      }
    });

    // The page pins doctin.js with its integrity (which covers the glue
    // inside it), and one line was appended to the file: the browser runs
    // none of it, and the page stays as written.
    test('a changed byte in the entry, under the page\'s integrity, runs nothing', async () => {
      const tab = await open(host('demo/feed.json', '', undefined, { entry: '/changed-entry/doctin.js', pinned: true }));
      await tab.waitFor(() => document.readyState === 'complete', 'the page loaded');
      await tab.eval(() => new Promise((resolve) => setTimeout(resolve, 500)));
      const state = await tab.eval(() => {
        const element = document.querySelector('[data-doctin]');
        const link = element.querySelector(':scope > a');
        return { shadow: element.shadowRoot !== null, asWritten: element.outerHTML === window.__probe.written?.[0], fallback: !!link && link.getBoundingClientRect().height > 0, title: document.title !== 'changed' };
      });
      assert.deepEqual(state, { shadow: false, asWritten: true, fallback: true, title: true });
      const probe = await tab.probe();
      assert.deepEqual(probe.console.filter((line) => line.includes('doctin')), [], 'nothing of the entry ran');
      await tab.close();
    });
  });
}
