// The release bundle, which reads every format, stays within its size
// budget: 125 KB brotli for the entry, the glue and the wasm together (the
// stylesheet travels inside the wasm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure, BUDGET_BROTLI } from './sizes.mjs';

test('wasm + JS + CSS fit in 125 KB brotli', () => {
  const { rows, total } = measure();
  const detail = rows.map((r) => `${r.kind} ${r.brotli} B`).join(', ');
  assert.ok(total.brotli <= BUDGET_BROTLI, `bundle is ${total.brotli} B brotli (${detail}), budget ${BUDGET_BROTLI} B`);
  // A release build went through wasm-opt; a debug build would be megabytes.
  assert.ok(rows.find((r) => r.kind === 'wasm').raw < 1024 * 1024, 'dist/ holds a release build');
});
