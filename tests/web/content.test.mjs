// Feed HTML never runs: script and handler payloads in every field.
import { test } from 'node:test';
import { open, host, serveFeed, assert } from './harness.mjs';

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x:y" onerror="window.__pwned = \'onerror\'">',
  '<a href="javascript:window.__pwned=\'href\'" id="js-link">bấm vào đây</a>',
  '<a href=" JaVa&#x09;ScRiPt:window.__pwned=\'entity\'">thực thể</a>',
  '<iframe srcdoc="<script>parent.__pwned=\'iframe\'</script>"></iframe>',
  '<svg><script>window.__pwned="svg"</script><animate onbegin="window.__pwned=\'svg-anim\'"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=\'mxss\'">',
  '<details open ontoggle="window.__pwned=\'toggle\'">chi tiết</details>',
  '<form action="javascript:window.__pwned=\'form\'"><button>gửi</button></form>',
  '<object data="javascript:window.__pwned=\'object\'"></object><embed src="javascript:1">',
  '<p style="background:url(javascript:window.__pwned=1)" onclick="window.__pwned=\'click\'">đoạn văn</p>',
  '<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=\'noscript\'>"></noscript>',
];

const hostile = PAYLOADS.join('\n');

function feed() {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: '<img src=x onerror="window.__pwned=\'feed-title\'">',
    home_page_url: 'https://hdnd.example.vn/',
    _doctin: { links: [{ title: '<b onmouseover=alert(1)>liên kết</b>', url: 'javascript:alert(1)' }, { title: 'Hợp lệ', url: '/lien-ket' }] },
    items: [{
      id: 'xss',
      title: '<script>window.__pwned="title"</script>Tiêu đề',
      summary: '<img src=x onerror="window.__pwned=\'summary\'">',
      content_html: `<p>Đoạn <b>đậm</b> và <a href="/trang">liên kết</a>.</p><img src="/anh/1.jpg" alt="ảnh">${hostile}`,
      image: 'javascript:alert(1)',
      date_published: '2021-11-16T09:02:25+07:00',
      _doctin: { section: '<i onclick=alert(1)>mục</i>', source: '<script>alert(1)</script>', image_caption: '<svg onload=alert(1)>' },
    }],
  });
}

test('script and handler payloads in the body do not run and do not survive', async () => {
  const { page, problems } = await open(host(serveFeed('xss', feed()), '#/bai/xss'));
  await page.locator('.doctin .dt-body').waitFor();
  const body = page.locator('.doctin .dt-body');
  // Allowed formatting survives; relative URLs resolve against home_page_url.
  assert.equal(await body.locator('b').first().innerText(), 'đậm');
  assert.equal(await body.locator('a', { hasText: 'liên kết' }).getAttribute('href'), 'https://hdnd.example.vn/trang');
  assert.equal(await body.locator('img[alt="ảnh"]').getAttribute('src'), 'https://hdnd.example.vn/anh/1.jpg');
  // Click and focus everything that is left.
  for (const link of await page.locator('.doctin a').all()) {
    await link.evaluate((a) => { a.focus(); a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })); });
  }
  for (const element of await page.locator('.doctin .dt-body *').all()) {
    await element.dispatchEvent('mouseover');
    await element.dispatchEvent('click');
  }
  const report = await page.evaluate(() => {
    const all = [...document.querySelector('[data-doctin]').shadowRoot.querySelectorAll('*')];
    return {
      pwned: window.__pwned ?? null,
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.localName}[${a.name}]`)),
      jsUrls: all.flatMap((e) => [...e.attributes].filter((a) => /^\s*(javascript|vbscript):/i.test(a.value)).map((a) => `${e.localName}[${a.name}]`)),
      active: all.filter((e) => /^(script|iframe|object|embed|form|svg|math|base|meta|style|noscript)$/.test(e.localName)).map((e) => e.localName),
      styled: all.filter((e) => e.closest('.dt-body') && e.hasAttribute('style')).length,
      location: location.pathname,
    };
  });
  assert.deepEqual(report, { pwned: null, handlers: [], jsUrls: [], active: [], styled: 0, location: '/host' });
  assert.deepEqual(problems, []);
  await page.close();
});

test('plain-text fields show markup as text', async () => {
  const { page } = await open(host(serveFeed('xss-text', feed()), '#/bai/xss'));
  await page.locator('.doctin .dt-body').waitFor();
  assert.equal(await page.locator('.doctin h1').innerText(), '<script>window.__pwned="title"</script>Tiêu đề');
  assert.equal(await page.locator('.dt-source').innerText(), 'Nguồn: <script>alert(1)</script>');
  assert.equal(await page.locator('.dt-figure').count(), 0, 'a javascript: image is dropped');
  assert.deepEqual(await page.locator('.dt-links a').allInnerTexts(), ['Hợp lệ']);
  assert.equal(await page.locator('.dt-links a').getAttribute('href'), 'https://hdnd.example.vn/lien-ket');
  await page.close();
});

test('content_text renders as paragraphs of text', async () => {
  const text = JSON.stringify({ items: [{ id: 't', title: 'T', content_text: 'Một <b>không đậm</b>.\n\nHai\ndòng.' }] });
  const { page } = await open(host(serveFeed('text-body', text), '#/bai/t'));
  await page.locator('.dt-body').waitFor();
  assert.deepEqual(await page.locator('.dt-body p').allInnerTexts(), ['Một <b>không đậm</b>.', 'Hai\ndòng.']);
  await page.close();
});
