// The byte budget, checked by the test command: what the plain address
// downloads before the reader's first touch (the page; the app wakes at that
// touch), and each language's load with the app (page, scripts, wasm and its
// catalogue, gzip -9: a link, an embed, or the plain address once touched)
// must not grow past the figures in budget.json. Bytes are deterministic, so this is a test where
// timings cannot be. Lower the budget when a change wins bytes; raise it
// only with the reason written in BENCHMARKS.md.
// Usage: node scripts/size-budget.mjs [dist]
import fs from 'node:fs';
import { perLanguage, fileSize, beforeTouch } from './first-load.mjs';

const dir = process.argv[2] || 'dist';
const budget = JSON.parse(fs.readFileSync(new URL('../budget.json', import.meta.url), 'utf8'));
let over = 0;
{
  const { total } = beforeTouch(dir);
  const limit = budget.beforeTouchGzipBytes;
  const ok = limit !== undefined && total.gzip <= limit;
  if (!ok) over += 1;
  console.log(`${ok ? 'ok  ' : 'OVER'} plain address before the first touch, every language: ${total.gzip} B gzip (budget ${limit ?? '—'} B, ${limit === undefined ? 'no budget' : `${limit - total.gzip} B to spare`}); brotli ${total.br} B`);
}
for (const { lang, total } of perLanguage(dir)) {
  const limit = budget.firstLoadGzipBytes[lang];
  const ok = limit !== undefined && total.gzip <= limit;
  if (!ok) over += 1;
  const room = limit === undefined ? 'no budget' : `${limit - total.gzip} B to spare`;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${lang} with the app: ${total.gzip} B gzip (budget ${limit ?? '—'} B, ${room}); brotli ${total.br} B`);
}
// A link's page fetches the headline's small wasm first (assets/choose.js):
// its bytes decide how soon a link shows its answer.
const first = fs.readdirSync(dir).find((f) => /^first-[0-9a-f]+\.wasm$/.test(f));
const firstLimit = budget.headlineWasmGzipBytes;
if (!first) {
  over += 1;
  console.log('OVER the headline wasm (first-<hash>.wasm) is missing from the build');
} else {
  const size = fileSize(dir, first);
  const ok = firstLimit !== undefined && size.gzip <= firstLimit;
  if (!ok) over += 1;
  console.log(`${ok ? 'ok  ' : 'OVER'} headline wasm (a link's first download after the page): ${size.gzip} B gzip (budget ${firstLimit ?? '—'} B, ${firstLimit === undefined ? 'no budget' : `${firstLimit - size.gzip} B to spare`}); brotli ${size.br} B`);
}
if (over) {
  console.error(`size budget: ${over} figure(s) over budget.json; win the bytes back, or raise it and say why in BENCHMARKS.md`);
  process.exit(1);
}
