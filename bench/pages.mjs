// The pages the benchmarks compare the reader with, made from the demo
// feed: the article as a CMS renders it on its own server (no script), and
// the feed's articles as the RSS 2.0 a portal publishes.
import fs from 'node:fs';
import path from 'node:path';
import { root } from './serve.mjs';

/** The article the load benchmarks open. */
export const ID = 'sh-2021-1116';

const escape = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The article as a CMS would render it on its own server: the same text,
 *  photo, lists and stylesheet, no script. */
export function staticPage(feed = JSON.parse(fs.readFileSync(path.join(root, 'demo/feed.json'), 'utf8'))) {
  const at = feed.items.findIndex((i) => i.id === ID);
  const item = feed.items[at];
  const extra = item._doctin ?? {};
  const lines = (items) => items.map((i) => `<li class="dt-entry"><a href="/bai/${escape(i.id)}">${escape(i.title)}</a> <time class="dt-date">(${escape(i.date_published.slice(0, 10))})</time></li>`).join('');
  const newer = feed.items.filter((i) => i.date_published > item.date_published).slice(-5).reverse();
  const older = feed.items.filter((i) => i.date_published < item.date_published).slice(0, 5);
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(item.title)}</title><meta name="description" content="${escape(item.summary)}"><link rel="icon" href="data:,"><link rel="stylesheet" href="/doctin.css"></head>
<body><main><div class="doctin"><div class="dt-page"><div class="dt-main"><article class="dt-article">
<p class="dt-section">${escape(extra.section)}</p><h1 class="dt-title">${escape(item.title)}</h1>
<p class="dt-updated">Cập nhật: <time>16/11/2021 09:02:25 AM</time></p>
<p class="dt-lead"><strong>${escape(item.summary)}</strong></p>
<figure class="dt-figure"><img src="${escape(item.image)}" alt="${escape(extra.image_caption)}"><figcaption>${escape(extra.image_caption)}</figcaption></figure>
<div class="dt-body">${item.content_html}</div><p class="dt-source">Nguồn: ${escape(extra.source)}</p></article>
<aside class="dt-list" aria-label="Các tin mới hơn"><h2 class="dt-list-title">Các tin mới hơn</h2><ul>${lines(newer)}</ul></aside>
<aside class="dt-list" aria-label="Các bài liên quan"><h2 class="dt-list-title">Các bài liên quan</h2><ul>${lines(older)}</ul></aside></div>
<aside class="dt-links" aria-label="LIÊN KẾT WEBSITE"><h2 class="dt-list-title">LIÊN KẾT WEBSITE</h2><ul>${(feed._doctin?.links ?? []).map((l) => `<li class="dt-entry"><a href="${escape(l.url)}">${escape(l.title)}</a></li>`).join('')}</ul></aside>
</div></div></main></body></html>`;
}

const cdata = (s) => `<![CDATA[${String(s ?? '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** The demo feed's articles as the RSS 2.0 a portal's CMS publishes:
 *  enclosure for the photo, content:encoded for the body, RFC 822 dates. */
export function rssFeed() {
  const feed = JSON.parse(fs.readFileSync(path.join(root, 'demo/feed.json'), 'utf8'));
  const items = feed.items.map((i) => `<item><guid isPermaLink="false">${escape(i.id)}</guid><title>${escape(i.title)}</title>${i.url ? `<link>${escape(i.url)}</link>` : ''}
<pubDate>${new Date(i.date_published).toUTCString()}</pubDate>${(i.tags ?? []).map((t) => `<category>${escape(t)}</category>`).join('')}
${i.image ? `<enclosure url="${escape(i.image)}" type="image/svg+xml" length="0"/>` : ''}<description>${cdata(i.summary)}</description><content:encoded>${cdata(i.content_html)}</content:encoded></item>`);
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>${escape(feed.title)}</title><link>${escape(feed.home_page_url)}</link><language>vi</language>${items.join('\n')}</channel></rss>`;
}

