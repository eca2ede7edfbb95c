// One small page API over the three engines' drivers, for the cross-engine
// suite (engines.test.mjs):
// - Chromium: playwright-core with Debian's chromium;
// - Firefox: puppeteer-core over WebDriver BiDi with Debian's firefox-esr;
// - WebKit: classic WebDriver (selenium-webdriver) to WebKitWebDriver,
//   which drives WebKitGTK's MiniBrowser under an Xvfb display.
// No package may download a browser or a driver here; all three are
// Debian's (scripts/setup installs them).
//
// Classic WebDriver has no init scripts and no console or error events, so
// every page is opened with `probe=1`: the test server puts a same-origin
// script first in the page that records errors, console warnings, dialogs
// and CSP violations into `window.__probe`, the same way in every engine.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Builder } from 'selenium-webdriver';

/** The engines to run, `DOCTIN_ENGINES=firefox,webkit` to narrow. */
export const ENGINES = (process.env.DOCTIN_ENGINES ?? 'chromium,firefox,webkit').split(',').filter(Boolean);

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** `urlPath` with `probe=1` added to its query (before any hash). */
function probed(urlPath) {
  const [before, hash = ''] = urlPath.split(/(?=#)/);
  return `${before}${before.includes('?') ? '&' : '?'}probe=1${hash}`;
}

const freePort = () => new Promise((resolve, reject) => {
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
  server.on('error', reject);
});

/** Polls `check` (an async function returning truthy when done) until it
 *  is, or throws after `ms` with `what` in the message. */
export async function until(check, what, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check().catch(() => false);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts `engine`; returns { name, open(base, urlPath) → page, close() }.
 *  Every page of one launch shares one profile, so saved copies and
 *  settings persist from one page to the next, as for a returning reader
 *  (each test uses feed names of its own).
 *  A page has eval(fn, arg) (fn runs in the page with one serializable
 *  argument, and must return plain data: a DOM node does not cross
 *  Firefox's BiDi), waitFor(fn, what, arg), probe(), back(), forward(), url()
 *  and close(). */
export async function launch(engine) {
  if (engine === 'chromium') {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    const context = await browser.newContext({ timezoneId: 'America/Los_Angeles', viewport: { width: 1280, height: 900 } });
    return {
      name: engine,
      async open(base, urlPath) {
        const page = await context.newPage();
        await page.goto(base + probed(urlPath));
        return wrap({
          eval: (fn, arg) => page.evaluate(fn, arg),
          back: () => page.goBack(),
          forward: () => page.goForward(),
          url: () => page.url(),
          close: () => page.close(),
        });
      },
      close: () => browser.close(),
    };
  }
  if (engine === 'firefox') {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr', headless: true });
    return {
      name: engine,
      async open(base, urlPath) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        await page.goto(base + probed(urlPath));
        return wrap({
          eval: (fn, arg) => page.evaluate(fn, arg),
          back: () => page.goBack(),
          forward: () => page.goForward(),
          url: async () => page.url(),
          close: () => page.close(),
        });
      },
      close: () => browser.close(),
    };
  }
  if (engine === 'webkit') {
    const { xvfb, display } = await startXvfb();
    const port = await freePort();
    const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'doctin-webkit-'));
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display, WEBKIT_DISABLE_COMPOSITING_MODE: '1', HOME: profile },
    });
    const stop = async () => { driver.kill(); xvfb.kill(); await fs.rm(profile, { recursive: true, force: true }); };
    const capabilities = {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    };
    const connect = () => new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
    let session;
    try {
      session = await until(() => connect(), 'WebKitWebDriver to answer', 15000);
      // Long page functions (a batch of the XSS corpus) may take a while.
      await session.manage().setTimeouts({ script: 120000 });
    } catch (error) {
      await stop();
      throw error;
    }
    return {
      name: engine,
      // One window for the whole file: each page is a navigation in it.
      async open(base, urlPath) {
        await session.get(base + probed(urlPath));
        return wrap({
          eval: (fn, arg) => session.executeScript(`return (${fn.toString()}).apply(null, arguments)`, arg),
          back: () => session.navigate().back(),
          forward: () => session.navigate().forward(),
          url: () => session.getCurrentUrl(),
          close: async () => {},
        });
      },
      async close() {
        await session.quit().catch(() => {});
        await stop();
      },
    };
  }
  throw new Error(`unknown engine ${engine}`);
}

/** An Xvfb server on a display it picks itself (`-displayfd`: no clash
 *  with another run or a desktop's display), or an error with its own
 *  words when it cannot start. An exit later, while WebKit uses it, is
 *  reported too, since every WebKit step after it would only time out. */
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let said = '';
  xvfb.stderr.on('data', (chunk) => { said += chunk; });
  const display = await new Promise((resolve, reject) => {
    let number = '';
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve(`:${number.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display: ${said.trim()}`)));
    setTimeout(() => reject(new Error(`Xvfb gave no display within 10 s: ${said.trim()}`)), 10000).unref();
  });
  xvfb.once('exit', (code, signal) => {
    if (signal !== 'SIGTERM') console.error(`Xvfb on ${display} exited (${code ?? signal}) while WebKit used it: ${said.trim()}`);
  });
  return { xvfb, display };
}

function wrap(page) {
  return {
    ...page,
    /** Waits until `fn(arg)`, run in the page, is truthy. */
    waitFor: (fn, what, arg) => until(() => page.eval(fn, arg), what),
    /** What the probe recorded: errors, console, ran, violations. */
    probe: () => page.eval(() => window.__probe),
  };
}
