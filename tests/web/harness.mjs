// Starts the test server and Debian's Chromium once per test file, and
// gives each test a fresh page that records script errors and dialogs.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export { serveFeed, hitsOf, eventsOf, testdata, startServer } from './server.mjs';

const flags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const env = {};

before(async () => {
  env.server = await startServer();
  env.profile = await fs.mkdtemp(path.join(os.tmpdir(), 'doctin-chromium-'));
  env.context = await chromium.launchPersistentContext(env.profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: flags,
    // A device far from Vietnam: shown times must still be UTC+7.
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  });
});

after(async () => {
  await env.context?.close();
  await env.server?.close();
  if (env.profile) await fs.rm(env.profile, { recursive: true, force: true });
});

/** Opens `path` on the test server. `problems` collects page errors and
 *  any dialog (alert/confirm/prompt); `consoleLog` every console message
 *  as "type: text". `before(page)` runs before navigation (init scripts,
 *  routes). */
export async function open(urlPath, { before } = {}) {
  const page = await env.context.newPage();
  const problems = [];
  const consoleLog = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => consoleLog.push(`${message.type()}: ${message.text()}`));
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    await dialog.dismiss();
  });
  if (before) await before(page);
  await page.goto(env.server.base + urlPath);
  return { page, problems, consoleLog };
}

/** The host page that embeds the reader with `feed` as its data-feed,
 *  and any other attributes given as an object; `base` puts a
 *  `<base href>` in its head; `csp` sends it with that policy. */
export function host(feed, hash = '', attributes = {}, entry, base, csp) {
  const attrs = Object.keys(attributes).length ? `&attrs=${encodeURIComponent(JSON.stringify(attributes))}` : '';
  const script = entry ? `&entry=${encodeURIComponent(entry)}` : '';
  const baseHref = base ? `&base=${encodeURIComponent(base)}` : '';
  const policy = csp ? `&csp=${encodeURIComponent(csp)}` : '';
  return `/host?feed=${encodeURIComponent(feed)}${attrs}${script}${baseHref}${policy}${hash}`;
}

/** `count` items named `${prefix}-${n}`, a day apart, going back from
 *  `newest` (a day of November 2024); `extra(n)` adds fields. */
export function items(prefix, count, newest, extra = () => ({})) {
  return Array.from({ length: count }, (_, n) => ({
    id: `${prefix}-${n + 1}`,
    title: `Tin ${prefix} số ${n + 1}`,
    content_html: `<p>Nội dung ${prefix} ${n + 1}.</p>`,
    date_published: new Date(Date.UTC(2024, 10, newest - n, 1)).toISOString(),
    _doctin: { section: 'Hoạt động' },
    ...extra(n),
  }));
}

/** A JSON Feed page of `list`, naming `next` as its next page. */
export function feed(list, next) {
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Tin phân trang', items: list, ...(next ? { next_url: next } : {}) });
}

export function url(urlPath) {
  return env.server.base + urlPath;
}

export { assert };
