// Reading aloud, driven through the toolbar of the shipped bundle with a
// speech synthesizer stand-in: headless Chromium has no voices, and no
// real synthesizer can be told to end, fail or be cancelled by the host
// on cue. The stand-in replaces `speechSynthesis` (and the utterance and
// voice classes it checks) on the test page before the reader starts; it
// behaves as the Web Speech API says: one queue, `pause()` keeps it
// paused across `cancel()`, and `cancel()` fails every utterance it drops
// with an error event. The reader's code under test is the release build.
import { test } from 'node:test';
import { open, host, assert } from './harness.mjs';

const ARTICLE = '#/bai/sh-2021-1116';

/** Installed on the page before any other script: `window.stand`. */
function standIn() {
  class Voice {
    constructor(lang) { this.lang = lang; this.name = `voice ${lang}`; }
  }
  class Utterance {
    constructor(text) { this.text = text; }
  }
  const stand = {
    voices: [], queue: [], current: null, paused: false, log: [], listeners: [],
    getVoices() { return this.voices; },
    addEventListener(type, listener) { if (type === 'voiceschanged') this.listeners.push(listener); },
    get speaking() { return this.current !== null; },
    get pending() { return this.queue.length > 0; },
    speak(utterance) {
      this.log.push(`speak ${utterance.text}`);
      this.queue.push(utterance);
      if (!this.current) this.current = this.queue.shift();
    },
    pause() { this.log.push('pause'); this.paused = true; },
    resume() { this.log.push('resume'); this.paused = false; },
    cancel() {
      this.log.push('cancel');
      const dropped = [this.current, ...this.queue].filter(Boolean);
      this.current = null;
      this.queue = [];
      // Events come as tasks of their own, as in browsers.
      for (const u of dropped) setTimeout(() => u.onerror?.({ error: 'interrupted' }));
    },
    /** The device reads every line to its end (paused, nothing is read). */
    readAll() {
      if (this.paused) return;
      while (this.current) {
        const done = this.current;
        this.current = this.queue.shift() ?? null;
        done.onend?.({});
      }
    },
    /** The device fails to say the line it is on, and goes on. */
    failLine() {
      const failed = this.current;
      this.current = this.queue.shift() ?? null;
      failed?.onerror?.({ error: 'synthesis-failed' });
    },
    /** The device's voices arrive, late. */
    arrive(langs) {
      this.voices = langs.map((lang) => new Voice(lang));
      for (const listener of this.listeners) listener(new Event('voiceschanged'));
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: stand, configurable: true });
  window.SpeechSynthesisVoice = Voice;
  window.SpeechSynthesisUtterance = Utterance;
  window.stand = stand;
}

test('reading aloud through the toolbar: late voices, pause, a redraw while paused, the host cancelling, stop, a failed line, the end', async () => {
  // One related item a page, so "Xem tiếp" in the related list draws the
  // article again.
  const { page, problems } = await open(host('demo/feed.json', ARTICLE, { 'data-related': '1' }), { before: (page) => page.addInitScript(standIn) });
  await page.locator('.doctin article h1').waitFor();
  const button = (act) => page.locator(`[data-act=${act}]`);
  const shown = async () => {
    const out = [];
    for (const act of ['listen', 'pause', 'stop']) if (await button(act).isVisible()) out.push(act === 'pause' ? `pause "${await button(act).innerText()}"` : act);
    return out.join(', ');
  };
  const stand = (expression) => page.evaluate(expression);
  const log = () => stand(() => window.stand.log.splice(0));

  // No voice yet: nothing to listen with. The voice arrives later.
  assert.equal(await shown(), '');
  await stand(() => window.stand.arrive(['en-US', 'vi-VN']));
  await button('listen').waitFor();
  assert.equal(await shown(), 'listen');

  // Listening reads the title, the lead and the body, a paragraph each.
  await button('listen').click();
  await button('pause').waitFor();
  const spoken = await log();
  const title = await page.locator('.doctin article h1').innerText();
  assert.equal(spoken[0], `speak ${title}`);
  assert.ok(spoken.length >= 3 && spoken.every((line) => line.startsWith('speak ')), spoken.join(' | '));
  assert.equal(await shown(), 'pause "Tạm dừng", stop');

  // Paused, then the article is drawn again: still paused, and the
  // button still goes on.
  await button('pause').click();
  await page.locator('[data-act=pause]', { hasText: 'Đọc tiếp' }).waitFor();
  assert.deepEqual(await log(), ['pause']);
  const related = page.locator('.dt-related a');
  const first = await related.first().innerText();
  await page.locator('.dt-related ~ .dt-pager .dt-more').click();
  await page.waitForFunction((n) => document.querySelector('[data-doctin]').shadowRoot.querySelectorAll('.dt-related a').length > n, 1);
  assert.equal(await related.first().innerText(), first);
  assert.equal(await shown(), 'pause "Đọc tiếp", stop');
  await button('pause').click();
  await page.locator('[data-act=pause]', { hasText: 'Tạm dừng' }).waitFor();
  assert.deepEqual(await log(), ['resume']);

  // Paused again, the host cancels the page's speech: the reader offers
  // listening again and leaves the synthesizer going, so the next
  // reading is heard.
  await button('pause').click();
  await page.locator('[data-act=pause]', { hasText: 'Đọc tiếp' }).waitFor();
  await stand(() => window.stand.cancel());
  await button('listen').waitFor();
  assert.equal(await shown(), 'listen');
  assert.deepEqual(await log(), ['pause', 'cancel', 'resume']);
  assert.equal(await stand(() => window.stand.paused), false);

  // "Dừng đọc" stops it; the reader's own cancel is not an end to report.
  await button('listen').click();
  await button('stop').waitFor();
  await button('stop').click();
  await button('listen').waitFor();
  assert.equal(await shown(), 'listen');
  assert.deepEqual((await log()).filter((line) => !line.startsWith('speak ')), ['cancel']);

  // A line the device cannot say is skipped, and reading goes on; read
  // to the end, listening is offered again.
  await button('listen').click();
  await button('stop').waitFor();
  await stand(() => window.stand.failLine());
  await page.waitForTimeout(100);
  assert.equal(await shown(), 'pause "Tạm dừng", stop');
  await stand(() => window.stand.readAll());
  await button('listen').waitFor();
  assert.equal(await shown(), 'listen');
  assert.deepEqual(problems, []);
  await page.close();
});
