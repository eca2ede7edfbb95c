// Archive scale (issue 6): how long the first article takes, and how many
// bytes it costs, when the archive holds 100, 1 000, 10 000 or 20 000
// items, published as one file or in the paged layout `doctin-feed split`
// writes (index pages of 50 items, one file per body).
//
// Each run is a fresh browser context (empty cache and storage) opening
// the newest article by its deep link, with Lighthouse's mobile limits set
// through the DevTools protocol: 150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up, CPU 4× slower. Everything is served brotli-compressed
// from loopback. The time is from navigation start to a Performance API
// mark set in the first animation frame after the title is in the
// reader's DOM; the bytes are every response's encoded length up to then.
// The reader may take 120 s for a request (`data-timeout`, default 10):
// with the default, one file of 20 000 items cannot load at these speeds.
// Usage: node bench/archive.mjs [runs, default 5] — prints a Markdown table.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { demoPage, fileIn, root, serve } from './serve.mjs';

const { chromium } = createRequire(path.join(root, 'tests/package.json'))('playwright-core');
const work = path.join(root, 'target/bench-archive');
const runs = Number(process.argv[2] ?? 5);
// ARCHIVE_SIZES=100,1000 runs only those sizes (a quick look).
const SIZES = (process.env.ARCHIVE_SIZES ?? '100,1000,10000,20000').split(',').map(Number);
const PER_PAGE = 50;

// Demo text in the seed page's register, written for this benchmark and
// varied by item number so that compression sees a real archive, not one
// repeated article.
const PLACES = ['Sơn Hà', 'Bình Lạc', 'Tân Phong', 'Hòa Mỹ', 'Đông Sơn', 'Phú Thịnh', 'Vĩnh An', 'Hưng Long'];
const TOPICS = ['giám sát đầu tư công', 'tiếp xúc cử tri', 'chất vấn tại kỳ họp', 'xây dựng nông thôn mới', 'cải cách hành chính', 'phòng chống thiên tai', 'chuyển đổi số', 'an toàn giao thông', 'giáo dục nghề nghiệp', 'bảo vệ rừng đầu nguồn'];
const SENTENCES = [
  (p, t, n) => `Sáng ngày ${1 + (n % 28)}, Thường trực HĐND huyện ${p} làm việc với các cơ quan chuyên môn về ${t}.`,
  (p, t) => `Báo cáo cho biết nhiều chỉ tiêu về ${t} đã đạt và vượt kế hoạch, song một số phần việc còn chậm do thiếu kinh phí và nhân lực.`,
  (p) => `Các đại biểu đề nghị UBND huyện ${p} rà soát lại từng dự án, làm rõ trách nhiệm của người đứng đầu khi để tiến độ kéo dài.`,
  (p, t, n) => `Đến nay, toàn huyện đã hoàn thành ${10 + (n % 80)} trên tổng số ${100 + (n % 50)} hạng mục, giải ngân được khoảng ${20 + (n % 70)}% vốn được giao.`,
  () => `Phát biểu kết luận, lãnh đạo HĐND tỉnh ghi nhận những cố gắng của địa phương và yêu cầu báo cáo kết quả khắc phục trước kỳ họp cuối năm.`,
  (p) => `Cử tri xã ${p} kiến nghị sớm sửa chữa tuyến đường liên thôn bị sạt lở sau mùa mưa bão, bảo đảm đi lại an toàn cho học sinh.`,
];

// Words drawn at random (seeded) after each sentence, so that the archive
// compresses about as well as real news does, not as well as a template.
const WORDS = `đại biểu cử tri kiến nghị giải quyết dứt điểm trách nhiệm ngân sách tỉnh huyện xã
  thôn bản công trình dự án tiến độ chậm vướng mắc mặt bằng bồi thường tái định cư nông dân
  sản xuất lúa gạo cây ăn quả chăn nuôi thủy sản đê điều kênh mương thủy lợi trường học bệnh viện
  trạm y tế bác sĩ giáo viên học sinh sinh viên việc làm lao động doanh nghiệp hợp tác xã thuế phí
  đất đai quy hoạch xây dựng nhà ở đường giao thông cầu cống điện nước sạch môi trường rác thải
  khai thác cát sỏi khoáng sản rừng phòng hộ thiên tai bão lũ sạt lở hạn hán xâm nhập mặn
  chính sách người có công hộ nghèo cận nghèo bảo hiểm y tế xã hội thất nghiệp an ninh trật tự
  ma túy tội phạm khiếu nại tố cáo tiếp công dân hòa giải cơ sở thủ tục hành chính một cửa
  trực tuyến chữ ký số dữ liệu phần mềm hạ tầng viễn thông cán bộ công chức viên chức tinh giản
  biên chế sắp xếp đơn vị sáp nhập kinh phí vốn đầu tư công giải ngân quyết toán kiểm toán
  thanh tra giám sát chuyên đề chất vấn trả lời làm rõ cam kết khắc phục báo cáo kết quả
  nghị quyết kỳ họp thường lệ bất thường thẩm tra ban pháp chế kinh tế văn hóa dân tộc`.split(/\s+/).filter(Boolean);
let seed = 20261129;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');

function archive(count) {
  seed = 20261129;
  const items = [];
  for (let n = 0; n < count; n++) {
    const place = PLACES[n % PLACES.length];
    const topic = TOPICS[(n * 7) % TOPICS.length];
    const paragraphs = SENTENCES.map((s, k) => `<p>${s(PLACES[(n + k) % PLACES.length], topic, n + k)} ${words(30)}.</p>`);
    items.push({
      id: `bai-${count - n}`,
      url: `https://hdnd.sonha.example.vn/tin/bai-${count - n}`,
      title: `HĐND huyện ${place} ${topic} (bài ${count - n})`,
      summary: `${SENTENCES[0](place, topic, n)} ${words(12)}.`,
      content_html: paragraphs.join(''),
      // One article every 4 hours, newest first.
      date_published: new Date(Date.UTC(2026, 10, 1) - n * 4 * 3600 * 1000).toISOString().replace('.000Z', 'Z'),
      tags: [topic],
      _doctin: { section: 'Hoạt động HĐND', source: `Ban Pháp chế HĐND tỉnh` },
    });
  }
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Lưu trữ tin HĐND tỉnh Sơn Hà', home_page_url: 'https://hdnd.sonha.example.vn/', language: 'vi', items };
}

// The archives, made once and kept in target/bench-archive.
for (const count of SIZES) {
  const single = path.join(work, String(count), 'single');
  if (fs.existsSync(path.join(single, 'feed.json'))) continue;
  fs.mkdirSync(single, { recursive: true });
  fs.writeFileSync(path.join(single, 'feed.json'), JSON.stringify(archive(count)));
  const split = spawnSync('cargo', ['run', '--quiet', '--features', 'cli', '--bin', 'doctin-feed', '--', 'split', path.join(single, 'feed.json'), path.join(work, String(count), 'paged'), '--per-page', String(PER_PAGE)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (split.status !== 0) throw new Error(`doctin-feed split failed for ${count} items`);
}

const server = await serve({
  answer: (name) => {
    // /host-<count>-<layout>.html is the demo page pointed at that archive
    // (at the root, where the page's relative doctin.js is).
    const host = name.match(/^\/host-(\d+)-(single|paged)\.html$/);
    if (host) return demoPage(`/archive/${host[1]}/${host[2]}/feed.json`, { 'data-timeout': '120' });
    return name.startsWith('/archive/') ? fileIn(work, name.slice('/archive/'.length)) : null;
  },
  brotli: true,
  // Quality 5 for the feeds (tens of megabytes), 11 for the bundle.
  quality: (name) => (name.endsWith('.json') ? 5 : 11),
});
const base = server.base;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic'] });

async function once(count, layout) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const look = () => {
      const title = document.querySelector('[data-doctin]')?.shadowRoot?.querySelector('article h1');
      if (title && title.textContent) requestAnimationFrame(() => performance.mark('doctin:article-title'));
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  let counting = true;
  cdp.on('Network.loadingFinished', (event) => { if (counting) bytes += event.encodedDataLength; });
  await page.goto(`${base}/host-${count}-${layout}.html#/bai/bai-${count}`);
  await page.waitForFunction(() => performance.getEntriesByName('doctin:article-title').length > 0, null, { timeout: 300000, polling: 50 });
  counting = false;
  const time = await page.evaluate(() => performance.getEntriesByName('doctin:article-title')[0].startTime);
  const title = await page.evaluate(() => document.querySelector('[data-doctin]').shadowRoot.querySelector('article h1').textContent);
  if (!title.endsWith(`(bài ${count})`)) throw new Error(`wrong article: ${title}`);
  await context.close();
  return { time, bytes };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const layout of ['paged', 'single']) {
  for (const count of SIZES) {
    process.stderr.write(`archive: ${layout}, ${count} items\n`);
    // One run untimed first: the server compresses each file on its first
    // request, which is not the reader's cost.
    await once(count, layout);
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await once(count, layout));
    const fileBytes = fs.statSync(path.join(work, String(count), layout, 'feed.json')).size;
    rows.push({ layout, count, time: median(samples.map((s) => s.time)), bytes: median(samples.map((s) => s.bytes)), fileBytes });
  }
}
await browser.close();
server.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\n### Archive scale (median of ${runs}; ${new Date().toISOString().slice(0, 10)})\n`);
console.log('| layout | items | first feed file (raw) | transferred until the title | navigation → title painted |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.layout} | ${r.count} | ${kb(r.fileBytes)} | ${kb(r.bytes)} | ${Math.round(r.time)} ms |`);
for (const layout of ['paged', 'single']) {
  const small = rows.find((r) => r.layout === layout && r.count === SIZES[0]);
  const large = rows.find((r) => r.layout === layout && r.count === SIZES[SIZES.length - 1]);
  console.log(`\n${layout}: ${SIZES[SIZES.length - 1]} items vs ${SIZES[0]}: time ×${(large.time / small.time).toFixed(2)}, bytes ×${(large.bytes / small.bytes).toFixed(2)}`);
}
