// What a first visit downloads from dist/ (the page, its scripts and the
// wasm; a language's catalogue on top), and those files' sizes: raw, gzip -9
// and brotli 11. Shared by the size budget (scripts/size-budget.mjs, in the
// tests) and the benchmark report (scripts/bench.mjs).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const LANGS = ['en', 'de', 'fr', 'nl'];

export function firstLoadFiles(dir) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  // Attributes of the page's own tags (a script that only names a file,
  // as the start script names the watchdog it may fetch, is not a load).
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="\.?\/?([^"?#]+\.(?:js|css|wasm))"/g)].map((m) => m[1]);
  // The glue script and wasm are fetched by the loader, not named as src=.
  const loader = refs.find((r) => r.startsWith('loader-'));
  const extra = loader ? [...fs.readFileSync(path.join(dir, loader), 'utf8').matchAll(/['"]\.?\/?([^'"]+\.(?:js|wasm))['"]/g)].map((m) => m[1]) : [];
  return ['index.html', ...new Set([...refs, ...extra])].filter((f) => fs.existsSync(path.join(dir, f)));
}

/** What the plain address itself downloads before the reader touches the
 *  page, in any language (assets/choose.js wakes the app at the first
 *  touch): the page, with every language's pre-rendered answer in it, and
 *  the files its own tags name (the loader); not the glue, wasm and
 *  catalogue the loader fetches once the app is woken. (On a first visit
 *  the service worker fetches those in the background once the page has
 *  loaded: the page does not wait for them.) */
export function beforeTouchFiles(dir) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="\.?\/?([^"?#]+\.(?:js|css|wasm))"/g)].map((m) => m[1]);
  return ['index.html', ...new Set(refs)].filter((f) => fs.existsSync(path.join(dir, f)));
}

export function beforeTouch(dir) {
  const rows = beforeTouchFiles(dir).map((f) => fileSize(dir, f));
  return { rows, total: rows.reduce(add, ZERO) };
}

export function fileSize(dir, f) {
  const buf = fs.readFileSync(path.join(dir, f));
  return {
    file: f,
    kind: path.extname(f).slice(1),
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    br: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const add = (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br });
const ZERO = { raw: 0, gzip: 0, br: 0 };

export function sizes(dir) {
  const rows = firstLoadFiles(dir).map((f) => fileSize(dir, f));
  return { rows, total: rows.reduce(add, ZERO) };
}

/** Each language's first load: the files above plus its catalogue (English has none). */
export function perLanguage(dir) {
  const base = sizes(dir).total;
  return LANGS.map((lang) => {
    const cat = [`i18n/${lang}.ids.json`, `i18n/${lang}.json`].find((f) => fs.existsSync(path.join(dir, f))) || `i18n/${lang}.json`;
    const catalogue = fs.existsSync(path.join(dir, cat)) ? fileSize(dir, cat) : ZERO;
    return { lang, catalogue, total: add(base, catalogue) };
  });
}
