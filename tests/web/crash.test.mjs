// A panic stops only the reader it happens in. The page here is the
// example portal built with the "fault-injection" feature (served under
// /fault/), where the article route "doctin-panic" panics.
import { test } from 'node:test';
import fs from 'node:fs/promises';
import path from 'node:path';
import { open, assert } from './harness.mjs';
import { dist } from './server.mjs';

test('a panic in one reader shows the error box there; the other reader keeps working', async () => {
  const { page, consoleLog } = await open('/fault/examples/portal.html');
  const news = page.locator('#tin-tuc');
  const notices = page.locator('#thong-bao');
  await news.locator('.dt-cards').waitFor();
  await notices.locator('.dt-cards').waitFor();

  // The first reader follows the hash.
  await page.evaluate(() => { location.hash = '#/bai/doctin-panic'; });
  const alert = news.locator('.dt-crash[role=alert]');
  await alert.waitFor();
  assert.equal(await alert.locator('p').innerText(), 'Đã xảy ra lỗi trong trình đọc tin.');
  assert.equal(await alert.locator('button').innerText(), 'Tải lại trang');
  assert.equal(await news.locator('.dt-cards').count(), 0, 'the frozen list is gone');
  assert.ok(consoleLog.some((line) => line.startsWith('error: doctin: ') && line.includes('fault injection')), consoleLog.join('\n'));

  // The second reader has its own instance and still navigates.
  const title = await notices.locator('.dt-card-title a').first().innerText();
  await notices.locator('.dt-card-title a').first().click();
  assert.equal(await notices.locator('article h1.dt-title').innerText(), title);
  await notices.locator('.dt-back').click();
  await notices.locator('.dt-cards').waitFor();
  assert.equal(await notices.locator('.dt-crash').count(), 0);

  // The crashed reader's button still reloads the page.
  await page.evaluate(() => { window.beforeReload = true; });
  await Promise.all([page.waitForEvent('load'), alert.locator('button').click()]);
  assert.equal(await page.evaluate(() => window.beforeReload), undefined);
  await page.close();
});

test('the shipped bundle has no fault injection in it', async () => {
  const wasm = (await fs.readdir(dist)).filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1);
  const bytes = await fs.readFile(path.join(dist, wasm[0]));
  assert.ok(!bytes.includes('fault injection'), 'dist/ was built with the fault-injection feature');
  const faulty = (await fs.readdir(path.join(dist, '../target/fault-dist'))).filter((f) => f.endsWith('.wasm'));
  assert.ok((await fs.readFile(path.join(dist, '../target/fault-dist', faulty[0]))).includes('fault injection'), 'the test build has it');
});
