// Trunk post-build hook (runs on the staging dir before it becomes dist/):
// 1. moves Trunk's inline module loader into an external file, so the page
//    runs under a Content-Security-Policy without 'unsafe-inline';
//    and inlines the stylesheet, allowed by its hash;
// 2. writes sw.js with the hashed file list and a content-derived version;
// 3. writes .gz and .br copies of text and wasm files for hosts that serve them.
// Between 1 and 2: the pre-rendered first screen and the inline start script.
// Scripts and the stylesheet are minified on the way (esbuild).
import fs from 'node:fs';
import { transformSync } from 'esbuild';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const file = (f) => path.join(dir, f);
const short = (buf) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, 16);

// 1. External loader.
let html = fs.readFileSync(file('index.html'), 'utf8');
// Run again on a finished build (tests/e2e/durable.spec.mjs makes a "next
// build" that way): the start script comes out, to go back in with its hash.
html = html.replace(/<script data-(start|choose)>[\s\S]*?<\/script>\n?/g, '')
  .replace(/script-src [^;]*/, (d) => d.replace(/ 'sha256-[A-Za-z0-9+/=]+'/g, ''));
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (m) {
  // The loader fetches the app's wasm only once the head script lets it
  // (assets/choose.js: after the headline's small wasm, for a link).
  // Its glue comes by a dynamic import once allowed, so a link's page does
  // not fetch it beside the small wasm either (the head script preloads it).
  const code = m[1].replace(/^import init, \* as bindings from '([^']+)';/m,
    "await (window.__outsourceCheckStart || {}).go;\nconst bindings = await import('$1');\nconst init = bindings.default;");
  if (code === m[1]) throw new Error("the loader's import of the glue is not as expected");
  const name = `loader-${short(code)}.js`;
  fs.writeFileSync(file(name), code.trim() + '\n');
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
  fs.writeFileSync(file('index.html'), html);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('index.html still has an inline script');

// 1a. Minify wasm-bindgen's glue (its integrity digest follows) and the
//     fixed-name boot script: whitespace and local names only, the same
//     code (measured in benches/history.md: about 3.4 KB gzip of the first load).
const minify = (code, loader = 'js') => transformSync(code, { loader, minify: true, target: 'es2022', legalComments: 'none' }).code;
for (const [, name, attrs] of html.matchAll(/<link rel="modulepreload" href="\.\/([^"]+\.js)"([^>]*)>/g)) {
  const code = minify(fs.readFileSync(file(name), 'utf8'));
  fs.writeFileSync(file(name), code);
  const sri = `sha384-${crypto.createHash('sha384').update(code).digest('base64')}`;
  html = html.replace(attrs, attrs.replace(/integrity="[^"]*"/, `integrity="${sri}"`));
}
if (fs.existsSync(file('boot.js'))) fs.writeFileSync(file('boot.js'), minify(fs.readFileSync(file('boot.js'), 'utf8')));

// 1a'. Catalogues keyed by each English text's id (FNV-1a, 32 bits, 8 hex
//      digits: src/model/catalogue.rs `text_id`), not by the English: a
//      German reader downloads German only. Written beside the English-keyed
//      file as `<code>.ids.json`; the English-keyed one stays for pages of
//      earlier versions still open in a tab (they read only that form).
const textId = (en) => {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(en, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
};
for (const name of fs.existsSync(file('i18n')) ? fs.readdirSync(file('i18n')).filter((f) => /^[a-z]{2}\.json$/.test(f)) : []) {
  const source = JSON.parse(fs.readFileSync(file(`i18n/${name}`), 'utf8'));
  const built = {};
  for (const [en, text] of Object.entries(source)) {
    const id = textId(en);
    if (id in built) throw new Error(`i18n/${name}: two texts share the id ${id}`);
    built[id] = text;
  }
  fs.writeFileSync(file(`i18n/${name.replace('.json', '.ids.json')}`), JSON.stringify(built));
}
fs.writeFileSync(file('index.html'), html);

// 1b. Inline the stylesheet (one small file: a render-blocking request saved,
//     about 150 ms on Lighthouse's mobile network) and allow exactly it in the
//     CSP by its hash, still without 'unsafe-inline'.
const css = /<link rel="stylesheet" href="\.\/(main-[0-9a-f]+\.css)"[^>]*>/;
const c = html.match(css);
if (c) {
  const text = minify(fs.readFileSync(file(c[1]), 'utf8'), 'css').trim();
  if (text.includes('</style')) throw new Error('stylesheet cannot be inlined');
  const sha = crypto.createHash('sha256').update(text).digest('base64');
  html = html.replace(css, () => `<style>${text}</style>`)
    .replace("style-src 'self'", `style-src 'self' 'sha256-${sha}'`);
  if (!html.includes(`'sha256-${sha}'`)) throw new Error('CSP style-src not found');
  fs.rmSync(file(c[1]));
  fs.writeFileSync(file('index.html'), html);
}

// 1c. The first screen pre-rendered in each language (scripts/prerender.mjs;
//     PRERENDER=0 skips it, leaving the loading shell), and the inline start
//     script that picks the right one before the first paint
//     (assets/start.js), allowed by its hash.
if (process.env.PRERENDER !== '0' && !html.includes('<div id="app" data-prerendered>')) {
  const { prerender } = await import('./prerender.mjs');
  const shots = await prerender(dir);
  const app = /<div id="app">[\s\S]*<\/body>/;
  if (!app.test(html)) throw new Error('index.html: #app not found');
  const noscript = (html.match(/<noscript>[\s\S]*?<\/noscript>/) || [''])[0];
  const templates = Object.entries(shots).flatMap(([lang, s]) => [
    lang === 'en' ? '' : `<template id="pre-${lang}">${s.page}${noscript}</template>`,
    `<template id="pre-embed-${lang}">${s.embedHeader}</template>`,
  ]).join('');
  html = html.replace(app, () => `<div id="app" data-prerendered>${shots.en.page}${noscript}</div>${templates}\n</body>`);
}
// 1d. The headline's own small wasm (first/: the model alone, no Yew),
//     which a link's page runs before the app's wasm arrives; and the head
//     script that chooses the first screen and orders the downloads
//     (assets/choose.js): the app's wasm is preloaded from there, not by
//     Trunk's tag, so that a link's page can fetch the small one first.
let firstWasm = fs.readdirSync(dir).find((f) => /^first-[0-9a-f]+\.wasm$/.test(f));
if (!firstWasm) {
  const root = new URL('..', import.meta.url).pathname;
  execFileSync('cargo', ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown', '-p', 'outsource-check-first'], { cwd: root, stdio: 'inherit' });
  const built = path.join(root, 'target/wasm32-unknown-unknown/release/outsource_check_first.wasm');
  const out = file('first.wasm');
  execFileSync(path.join(root, 'node_modules/.bin/wasm-opt'), ['-Oz', '--strip-debug', '--strip-producers', built, '-o', out], { stdio: 'inherit' });
  firstWasm = `first-${short(fs.readFileSync(out))}.wasm`;
  fs.renameSync(out, file(firstWasm));
}
{
  html = html.replace(/<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>\n?/, '')
    .replace(/<link rel="modulepreload" href="[^"]+"[^>]*>\n?/, '');
  const loaderName = (html.match(/<script type="module" src="\.\/(loader-[0-9a-f]+\.js)"/) || [])[1];
  const loaderText = loaderName ? fs.readFileSync(file(loaderName), 'utf8') : '';
  const appWasm = (loaderText.match(/module_or_path: '\.\/([^']+_bg\.wasm)'/) || [])[1];
  const glue = (loaderText.match(/import\('\.\/([^']+\.js)'\)/) || [])[1];
  if (!appWasm || !glue) throw new Error("the app's glue and wasm are not named in the loader");
  const glueSri = `sha384-${crypto.createHash('sha384').update(fs.readFileSync(file(glue))).digest('base64')}`;
  const choose = minify(fs.readFileSync(new URL('../assets/choose.js', import.meta.url), 'utf8')
    .replace('__APP_WASM__', appWasm).replace('__APP_GLUE__', glue).replace('__APP_GLUE_SRI__', glueSri)
    .replace('__FIRST_WASM__', firstWasm)).trim();
  if (choose.includes('</script')) throw new Error('choose.js cannot be inlined');
  const sha = crypto.createHash('sha256').update(choose).digest('base64');
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>\n?/;
  if (!csp.test(html)) throw new Error('index.html: no Content-Security-Policy');
  html = html.replace(csp, (meta) => `${meta}<script data-choose>${choose}</script>\n`)
    .replace("script-src 'self'", `script-src 'self' 'sha256-${sha}'`);
  if (!html.includes(`'sha256-${sha}'`)) throw new Error('CSP script-src not found');
}
{
  const start = minify(fs.readFileSync(new URL('../assets/start.js', import.meta.url), 'utf8')).trim();
  if (start.includes('</script')) throw new Error('start.js cannot be inlined');
  const sha = crypto.createHash('sha256').update(start).digest('base64');
  html = html.replace('</body>', () => `<script data-start>${start}</script>\n</body>`)
    .replace("script-src 'self'", `script-src 'self' 'sha256-${sha}'`);
  if (!html.includes(`'sha256-${sha}'`)) throw new Error('CSP script-src not found');
  fs.writeFileSync(file('index.html'), html);
}

// 2. Service worker.
const skip = (f) => f === 'sw.js' || f.endsWith('.gz') || f.endsWith('.br');
const files = fs.readdirSync(dir).filter((f) => fs.statSync(file(f)).isFile() && !skip(f)).sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(file(f)));
// The language catalogues are not precached (a reader gets the one in use, see
// sw.template.js) but a change to any of them is a new version.
const catalogues = fs.existsSync(file('i18n')) ? fs.readdirSync(file('i18n')).filter((f) => f.endsWith('.json')).sort() : [];
for (const f of catalogues) hash.update('i18n/' + f).update(fs.readFileSync(file('i18n/' + f)));
const version = hash.digest('hex').slice(0, 16);
const list = ['./', ...files.filter((f) => f !== 'index.html').map((f) => './' + f)];
const template = fs.readFileSync(new URL('../assets/sw.template.js', import.meta.url), 'utf8');
fs.writeFileSync(file('sw.js'), template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(list)));

// 3. Precompressed copies.
for (const f of [...fs.readdirSync(dir), ...catalogues.map((c) => 'i18n/' + c)]) {
  if (!/\.(html|js|css|wasm|svg|webmanifest|json)$/.test(f)) continue;
  const body = fs.readFileSync(file(f));
  fs.writeFileSync(file(f + '.gz'), zlib.gzipSync(body, { level: 9 }));
  fs.writeFileSync(file(f + '.br'), zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
console.log(`post-build: loader external, sw.js ${list.length} files (version ${version}), precompressed`);
