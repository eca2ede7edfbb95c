// The release bundle, which reads every format, stays within its size
// budget: 140 000 bytes brotli for the entry, the glue and the wasm
// together (the stylesheet travels inside the wasm). The budget guards
// against accidents (a debug build, a dependency pulled in by mistake);
// it is not a target to trade clarity for (BENCHMARKS.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, BUDGET_BROTLI } from './sizes.mjs';

test('wasm + JS + CSS fit in 140 000 bytes brotli', () => {
  const { rows, total } = measure();
  const detail = rows.map((r) => `${r.kind} ${r.brotli} B`).join(', ');
  assert.ok(total.brotli <= BUDGET_BROTLI, `bundle is ${total.brotli} B brotli (${detail}), budget ${BUDGET_BROTLI} B`);
  // A release build went through wasm-opt; a debug build would be megabytes.
  assert.ok(rows.find((r) => r.kind === 'wasm').raw < 1024 * 1024, 'dist/ holds a release build');
});

// The benchmark's User Timing marks (`web::timing`) come only with the
// `timing` feature, which bench/startup.mjs builds into target/timing-dist.
test('the shipped bundle makes no benchmark marks', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const { dist } = await import('./sizes.mjs');
  const wasm = (await readdir(dist)).filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1);
  const bytes = await readFile(`${dist}/${wasm[0]}`);
  for (const mark of ['doctin:mount', 'doctin:first-view', 'doctin:started', 'doctin:page-came', 'doctin:page-read']) {
    assert.ok(!bytes.includes(mark), `dist/ was built with the timing feature (${mark})`);
  }
});
