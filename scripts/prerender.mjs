// Pre-render at build time (called by post-build.mjs on Trunk's staging dir):
// the page's first screen — header, headline answer and main inputs, exactly
// what the app renders first — for a first visit in each language, taken
// from the real build in Debian's Chromium, so it is byte for byte what the
// app itself would show. Also each language's embed header. The app renders
// the same screen when it starts and replaces it, all but the site header,
// which it keeps (src/ui/mod.rs).
//
// Why the browser and not Yew's own `ssr` + `hydration`: the first screen
// then needs no second renderer (the whole UI compiled for the host, every
// browser call made SSR-safe) and no hydration code in the wasm; the
// snapshot is the app's own output, numbers and words in each language
// included, and the start-up replaces it in one task.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/** A language's first visit: the browser's locale, as a phone in that country sends it. */
export const LOCALES = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', nl: 'nl-NL' };

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let f = path.join(dir, decodeURIComponent(url.pathname));
    if (!f.startsWith(path.resolve(dir))) { res.writeHead(403).end(); return; }
    if (fs.existsSync(f) && fs.statSync(f).isDirectory()) f = path.join(f, 'index.html');
    if (!fs.existsSync(f)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(f)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
    fs.createReadStream(f).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** In the page, once the app is ready: `#app`'s first screen as HTML, with
 *  the fields' live values written as attributes (Yew sets properties). */
function firstScreen() {
  const live = document.getElementById('app');
  const copy = live.cloneNode(true);
  const from = live.querySelectorAll('input, select, textarea');
  copy.querySelectorAll('input, select, textarea').forEach((el, i) => {
    const src = from[i];
    if (el.tagName === 'SELECT') {
      el.querySelectorAll('option').forEach((o) => (o.value === src.value ? o.setAttribute('selected', '') : o.removeAttribute('selected')));
    } else if (el.type === 'checkbox' || el.type === 'radio') {
      if (src.checked) el.setAttribute('checked', ''); else el.removeAttribute('checked');
    } else {
      el.setAttribute('value', src.value);
    }
  });
  const main = copy.querySelector('main');
  for (const child of [...main.children]) if (!child.classList.contains('top')) child.remove();
  // A closed disclosure's body is not seen before the app replaces the
  // snapshot: only its summary is kept (about 0.5 KB gzip of the page).
  for (const d of copy.querySelectorAll('details:not([open])')) {
    for (const child of [...d.children]) if (child.tagName !== 'SUMMARY') child.remove();
  }
  return copy.innerHTML;
}

/** `{ lang: { page, embedHeader } }` for every language, from the build in `dir`. */
export async function prerender(dir) {
  const server = await serve(dir);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const executablePath = process.env.CHROME_PATH || execSync('command -v chromium').toString().trim();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const out = {};
  try {
    for (const [lang, locale] of Object.entries(LOCALES)) {
      const context = await browser.newContext({ locale, serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(base);
      await page.waitForSelector('#app[data-ready]', { timeout: 60_000 });
      const got = await page.evaluate(() => document.documentElement.lang);
      if (got !== lang) throw new Error(`prerender: ${locale} opened in ${got}`);
      const html = await page.evaluate(firstScreen);
      await page.goto(`${base}?embed=1`);
      await page.waitForSelector('#app[data-ready]', { timeout: 60_000 });
      // Its link to the full calculator names this build server's address:
      // made relative (the start script points it at the embed's own
      // scenario; the app, once up, writes its own).
      const embedHeader = (await page.evaluate(() => document.querySelector('#app .embed-header').outerHTML))
        .replaceAll(`href="${base}`, 'href="./');
      if (/127\.0\.0\.1|localhost/.test(embedHeader)) throw new Error(`prerender ${lang}: the embed header names the build server`);
      if (errors.length) throw new Error(`prerender ${lang}: ${errors.join('; ')}`);
      out[lang] = { page: html, embedHeader };
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
