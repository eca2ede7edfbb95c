// The benchmark's reference (issue 22): a small plain-JS reader of the same
// JSON Feed, written to show how fast a reader can be with no framework and
// no WebAssembly. It draws the article route (#/bai/<id>) with doctin's
// markup classes and stylesheet, in a shadow root: section, title, update
// time, lead, photo, body, source, the newer and related lists (related by
// section or tag, more simply than doctin's rule) and the links box; and the
// latest list otherwise. It is not a product: it trusts the feed's HTML
// (the benchmark's own demo feed), reads JSON Feed only, and has no
// toolbar, search, live region, paging, retry or offline copy.
//
// `bench/startup.mjs` serves it with the stylesheet appended as a string
// (`CSS` below is replaced), so it is one file, as doctin's wasm carries
// its stylesheet.
const CSS = '/*CSS*/';

const host = document.querySelector('[data-reader]');
const feedUrl = new URL(host.getAttribute('data-feed'), document.baseURI);
const shadow = host.attachShadow({ mode: 'open' });
const sheet = new CSSStyleSheet();
sheet.replaceSync(CSS);
shadow.adoptedStyleSheets = [sheet];

const escape = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad = (n) => String(n).padStart(2, '0');

/** "16/11/2021 09:02:25 AM" in Vietnam time (UTC+7), as the seed page writes it. */
function dateTime(iso) {
  const t = new Date(new Date(iso).getTime() + 7 * 3600 * 1000);
  const h = t.getUTCHours();
  return `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${pad(h % 12 || 12)}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}
const date = (iso) => dateTime(iso).slice(0, 10);

const line = (item) => `<li class="dt-entry"><a href="#/bai/${encodeURIComponent(item.id)}">${escape(item.title)}</a> <span class="dt-date">(${date(item.date_published)})</span></li>`;
const list = (cls, heading, items) =>
  items.length ? `<aside class="${cls}" aria-label="${heading}"><h2 class="dt-list-title">${heading}</h2><ul>${items.join('')}</ul></aside>` : '';
const links = (feed) => list('dt-links', 'LIÊN KẾT WEBSITE', (feed._doctin?.links ?? []).map((l) => `<li class="dt-entry"><a href="${escape(l.url)}">${escape(l.title)}</a></li>`));

function article(feed, at) {
  const item = feed.items[at];
  const extra = item._doctin ?? {};
  const section = extra.section;
  const newer = feed.items.slice(Math.max(0, at - 5), at).reverse();
  const related = feed.items.filter((other, i) => i > at && ((section && other._doctin?.section === section) || (other.tags ?? []).some((t) => (item.tags ?? []).includes(t)))).slice(0, 5);
  return `<div class="dt-page"><div class="dt-main"><article class="dt-article" lang="${escape(feed.language)}">
${section ? `<p class="dt-section">${escape(section)}</p>` : ''}<h1 class="dt-title" tabindex="-1">${escape(item.title)}</h1>
<p class="dt-updated">Cập nhật: <time datetime="${escape(item.date_published)}">${dateTime(item.date_modified ?? item.date_published)}</time></p>
${item.summary ? `<p class="dt-lead"><strong>${escape(item.summary)}</strong></p>` : ''}
${item.image ? `<figure class="dt-figure"><img src="${escape(item.image)}" alt="${escape(extra.image_caption ?? item.title)}" decoding="async">${extra.image_caption ? `<figcaption>${escape(extra.image_caption)}</figcaption>` : ''}</figure>` : ''}
<div class="dt-body">${item.content_html ?? `<p>${escape(item.content_text)}</p>`}</div>
${extra.source ? `<p class="dt-source">Nguồn: ${escape(extra.source)}</p>` : ''}</article>
${list('dt-list dt-newer', 'Các tin mới hơn', newer.map(line))}${list('dt-list dt-related', 'Các bài liên quan', related.map(line))}</div>${links(feed)}</div>`;
}

function latest(feed) {
  const cards = feed.items.slice(0, 10).map((item) => `<li class="dt-card"><h2 class="dt-card-title"><a href="#/bai/${encodeURIComponent(item.id)}">${escape(item.title)}</a></h2>
<p class="dt-date">${date(item.date_published)}</p>${item.summary ? `<p class="dt-card-summary">${escape(item.summary)}</p>` : ''}</li>`);
  return `<div class="dt-page"><section class="dt-main dt-latest"><h1 class="dt-title">${escape(feed.title)}</h1><ul class="dt-cards">${cards.join('')}</ul></section>${links(feed)}</div>`;
}

let feed = null;
function draw() {
  const id = decodeURIComponent(location.hash.match(/^#\/bai\/(.+)$/)?.[1] ?? '');
  const at = id ? feed.items.findIndex((item) => item.id === id) : -1;
  shadow.innerHTML = `<div class="doctin dt-theme-auto" lang="vi">${at >= 0 ? article(feed, at) : latest(feed)}</div>`;
}

fetch(feedUrl, { mode: 'cors', credentials: 'same-origin' })
  .then((response) => response.json())
  .then((json) => {
    feed = json;
    draw();
    addEventListener('hashchange', draw);
  });
