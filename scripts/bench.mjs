// Performance report: first-load transfer, wasm contributors, Lighthouse
// (mobile and desktop, gzip-served), input-to-result latency at 4x CPU
// throttle, and the host engine benchmark. Writes BENCHMARKS.md.
// Run through scripts/bench.sh, which builds dist/ and the inputs this reads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn, execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { sizes as firstLoadSizes, beforeTouch } from './first-load.mjs';
// The plain address starts the app at the reader's first touch: the e2e helper reaches for it.
import { wake } from '../tests/e2e/app.mjs';

const DIST = 'dist';
const PORT = 8095;
const URL_ = `http://127.0.0.1:${PORT}/`;
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// Mobile: this many runs of the app, of peer A and of the floor, interleaved; desktop: 3.
const RUNS = Number(process.env.LH_RUNS || 5);
const PEER_DIR = process.env.PEER_DIR || '../shared/peers/saas-build-vs-buy-calculator';
const PEER_PORT = 8096;
const PEER_URL = `http://127.0.0.1:${PEER_PORT}/`;
// The stack's floor: a minimal Yew app (bench/floor, one input and one
// figure), built by bench.sh with the app's release profile.
const FLOOR_DIR = 'target/bench/floor';
const FLOOR_PORT = 8092;
const FLOOR_URL = `http://127.0.0.1:${FLOOR_PORT}/`;
const EDITS = Number(process.env.EDITS || 200);
const KB = (n) => (n / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };

// Budgets from the issue, in one place so the report compares against them.
// Issue 24's goals: first load 150 KB gzip in every language, TTI 2 × peer A,
// TBT 200 ms in every run, no task over 100 ms once the answer is visible.
const BUDGET = { gzipKB: 150, perf: 98, a11y: 100, bp: 100, seo: 100, ttiRatio: 2, tbtMs: 200, longTaskMs: 100, p95Ms: 16, engineUs: 20 };

// ---------- 1. first-load transfer (scripts/first-load.mjs) ----------
const sizes = (dir = DIST) => firstLoadSizes(dir);

// ---------- 2. wasm contributors (twiggy on a name-keeping build) ----------
function contributors() {
  const csv = 'target/bench/twiggy.csv';
  if (!fs.existsSync(csv)) return null;
  const lines = fs.readFileSync(csv, 'utf8').trim().split('\n').slice(1);
  const items = lines.map((l) => {
    const m = l.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
    return m ? { name: m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), size: Number(m[2]) } : null;
  }).filter(Boolean).filter((i) => !/names" subsection/.test(i.name));
  const code = items.filter((i) => !/^data segment/.test(i.name));
  const data = items.filter((i) => /^data segment/.test(i.name)).reduce((t, i) => t + i.size, 0);
  const groups = new Map();
  const groupOf = (n) => {
    if (/CompStateInner<COMP> as .*Stateful>::view/.test(n)) return 'our components (html! bodies, inlined into yew views)';
    let m = n.match(/outsource_check::(model::[a-z_]+|ui::[a-z_]+)/);
    if (m) return `outsource_check::${m[1]}`;
    m = n.match(/^<?(?:core::ptr::drop_in_place<)?<?([a-z_]+)(?:\[[0-9a-f]+\])?::([a-z_0-9]+)/);
    if (m) return ['core', 'alloc', 'std'].includes(m[1]) ? `${m[1]}::${m[2]}` : m[1];
    return 'other';
  };
  for (const i of code) {
    const g = groupOf(i.name);
    groups.set(g, (groups.get(g) || 0) + i.size);
  }
  groups.set('data (.rodata: texts, sources, tables)', data);
  const total = items.reduce((t, i) => t + i.size, 0);
  return {
    total,
    groups: [...groups].sort((a, b) => b[1] - a[1]).slice(0, 16),
    top: code.sort((a, b) => b.size - a.size).slice(0, 10),
  };
}

// ---------- 3. Lighthouse, gzip-served ----------
const LOG = 'target/bench/requests.log';
function serve({ port = PORT, root = DIST, log = LOG, extra = [] } = {}) {
  fs.rmSync(log, { force: true });
  const p = spawn(process.execPath, ['tests/e2e/server.mjs', '--port', String(port), '--root', root, '--gzip', '--log', log, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => p.stdout.once('data', () => resolve(p)));
}

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Each language's first load: the files above plus its catalogue (none for
 *  English), and Lighthouse mobile on `?lang=` (LANG_RUNS runs each). */
const LANG_RUNS = Number(process.env.LANG_RUNS || 2);
async function languages(base) {
  const out = [];
  for (const lang of ['en', 'de', 'fr', 'nl']) {
    // The file the app fetches: keyed by ids (`<lang>.ids.json`) since issue 24.
    const cat = [`${lang}.ids.json`, `${lang}.json`].map((f) => path.join(DIST, 'i18n', f)).find((f) => fs.existsSync(f)) || '';
    const extra = fs.existsSync(cat) ? zlib.gzipSync(fs.readFileSync(cat), { level: 9 }).length : 0;
    const runs = [];
    for (let n = 0; n < LANG_RUNS; n++) runs.push(await lighthouseRun('mobile', `${URL_}?lang=${lang}`, null));
    out.push({ lang, catalogue: extra, gzip: base + extra, ...summarise(runs) });
  }
  return out;
}

/** Lighthouse runs of `preset`: the app `runs` times and, when `peer`, peer A
 *  and, when `floor`, the bare Yew app after each run of the app
 *  (interleaved, so all meet the same machine load). */
async function lighthouseRuns(preset, { runs: count = 3, peer = false, floor = false } = {}) {
  const runs = [];
  const peerRuns = [];
  const floorRuns = [];
  for (let n = 0; n < count; n++) {
    runs.push(await lighthouseRun(preset, URL_, n === 0 ? `target/bench/lighthouse-${preset}.json` : null));
    if (peer) peerRuns.push(await lighthouseRun(preset, PEER_URL, null));
    if (floor) floorRuns.push(await lighthouseRun(preset, FLOOR_URL, null));
  }
  return { ...summarise(runs), peer: peer ? summarise(peerRuns) : null, floor: floor ? summarise(floorRuns) : null };
}

async function lighthouseRun(preset, url, keep) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error' };
    const r = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    const l = r.lhr;
    const a = (id) => l.audits[id]?.numericValue;
    if (keep) fs.writeFileSync(keep, JSON.stringify(l));
    return {
      perf: l.categories.performance.score * 100,
      a11y: l.categories.accessibility.score * 100,
      bp: l.categories['best-practices'].score * 100,
      seo: l.categories.seo.score * 100,
      fcp: a('first-contentful-paint'), lcp: a('largest-contentful-paint'), tbt: a('total-blocking-time'),
      tti: a('interactive'), si: a('speed-index'), bytes: a('total-byte-weight'), cls: a('cumulative-layout-shift'),
      failed: Object.values(l.audits).filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary').map((x) => x.id),
    };
  } finally {
    await chrome.kill();
  }
}

function summarise(runs) {
  const med = {};
  for (const k of ['perf', 'a11y', 'bp', 'seo', 'fcp', 'lcp', 'tbt', 'tti', 'si', 'bytes']) med[k] = median(runs.map((r) => r[k]));
  med.failed = [...new Set(runs.flatMap((r) => r.failed))];
  return { runs, med };
}

// ---------- 4. second visit: what reaches the server once the worker is in ----------
async function secondVisit() {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.slice(1) });
  try {
    const page = await browser.newPage();
    await page.goto(URL_);
    await wake(page);
    await page.waitForSelector('#app[data-ready]');
    await page.evaluate(() => navigator.serviceWorker.ready);
    const before = fs.readFileSync(LOG, 'utf8').split('\n').filter(Boolean).length;
    await page.reload();
    await wake(page);
    await page.waitForSelector('#app[data-ready]');
    await page.waitForTimeout(500);
    const after = fs.readFileSync(LOG, 'utf8').split('\n').filter(Boolean).slice(before);
    return after;
  } finally {
    await browser.close();
  }
}

// ---------- 4b. first visit: each hashed file fetched once ----------
/** A first visit in a fresh browser on a host sending `headers` ('plain': no
 *  cache headers or validators; 'validators': ETag and Last-Modified), until
 *  the service worker controls the page: every request the server saw. */
async function firstVisit(headers) {
  const log = `target/bench/first-visit-${headers}.log`;
  const port = PORT + 10;
  const server = await serve({ port, log, extra: [`--${headers}`, '--log-status'] });
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.slice(1) });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await wake(page);
    await page.waitForSelector('#app[data-ready]');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await page.waitForLoadState('networkidle');
    return fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } finally {
    await browser.close();
    server.kill();
  }
}
const HASHED = /-[0-9a-f]{12,}(_bg)?\.(js|wasm|css)$/;
const repeatedHashed = (lines) => {
  const paths = lines.map((l) => l.split(' ')[1]).filter((p) => HASHED.test(p));
  return paths.filter((p, i) => paths.indexOf(p) !== i);
};


// ---------- 5. input -> updated result, 4x CPU throttle ----------
async function latency() {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.slice(1) });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(URL_);
    await wake(page);
    await page.waitForSelector('#app[data-ready]');
    // Every section unfolded (the worst case), each fold's body built; or,
    // with FOLDED=1, the page as a first visit shows it.
    if (!process.env.FOLDED) {
      await page.waitForFunction(() => {
        document.querySelectorAll('details').forEach((d) => { d.open = true; });
        return [...document.querySelectorAll('details')].every((d) => d.open)
          && [...document.querySelectorAll('details[data-fold]')].every((d) => d.children.length > 1);
      });
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Each edit types a new value into one field (rotating through fields that
    // move a total), then times until a headline figure's data-value changes
    // (DOM updated) and until the next frame after it (what the eye sees).
    const samples = await page.evaluate(async (edits) => {
      // Values never equal to a default, so every edit moves a total.
      const fields = [['hours', (i) => 60.5 + (i % 97)], ['rate', (i) => 20.5 + (i % 53)], ['salary', (i) => 50001 + 137 * i],
        ['oncost', (i) => 10.5 + (i % 30)], ['mgmt', (i) => 1.5 + (i % 9)], ['fees', (i) => 0.5 + (i % 20)], ['months', (i) => 7 + (i % 29)],
        ['tools', (i) => 20.5 + i], ['rework', (i) => 0.5 + (i % 40)], ['seat', (i) => 100.5 + i]]
        // Folded (FOLDED=1), only the fields a first visit shows.
        .filter(([id]) => document.getElementById(id));
      const watched = ['total-in-house', 'total-outsourced', 'saving'].map((id) => document.getElementById(id));
      const out = [];
      const frame = () => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }));
      for (let i = 0; i < edits; i++) {
        const [id, val] = fields[i % fields.length];
        const input = document.getElementById(id);
        const before = watched.map((w) => w.dataset.value).join();
        const changed = new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            if (watched.map((w) => w.dataset.value).join() !== before) { mo.disconnect(); resolve(performance.now()); }
          });
          watched.forEach((w) => mo.observe(w, { attributes: true, attributeFilter: ['data-value'] }));
        });
        const t0 = performance.now();
        input.value = String(val(i));
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
        const timeout = new Promise((r) => setTimeout(() => r(null), 2000));
        const t1 = await Promise.race([changed, timeout]);
        if (t1 === null) { out.push({ id, dom: null, frame: null }); continue; }
        await frame();
        out.push({ id, dom: t1 - t0, frame: performance.now() - t0 });
        await new Promise((r) => setTimeout(r, 20));
      }
      return out;
    }, EDITS);
    const ok = samples.filter((s) => s.dom !== null);
    const dom = ok.map((s) => s.dom);
    const frame = ok.map((s) => s.frame);
    const byField = {};
    for (const s of samples) (byField[s.id] ||= []).push(s.dom);
    const perField = Object.entries(byField).map(([id, xs]) => {
      const got = xs.filter((x) => x !== null);
      return { id, n: xs.length, missed: xs.length - got.length, med: median(got), p95: pct(got, 95) };
    });
    return { perField, n: samples.length, missed: samples.length - ok.length, domMed: median(dom), domP95: pct(dom, 95), domMax: Math.max(...dom), frameMed: median(frame), frameP95: pct(frame, 95) };
  } finally {
    await browser.close();
  }
}

// ---------- 6. time to a readable answer, applied throttling ----------
// Through the devtools protocol, as a phone on a slow link: 4x CPU,
// 1.6 Mbit/s down, 150 ms round trip; a fresh context (no cache, no worker)
// per load; timed from navigation to the frame in which the result shows
// real figures (ours: a headline total with its value, not the pre-rendered
// layout of another scenario: the pre-rendered default's own, or a link's
// from the small headline wasm; peer A: its first-year total computed).
const READABLE_RUNS = Number(process.env.READABLE_RUNS || 5);
const READABLE = [
  { name: 'Plain address, phone in English (en-US)', query: '', locale: 'en-US' },
  { name: 'Plain address, phone in German (de-DE)', query: '', locale: 'de-DE' },
  { name: 'Plain address, phone in French (fr-FR)', query: '', locale: 'fr-FR' },
  { name: 'Plain address, phone in Dutch (nl-NL)', query: '', locale: 'nl-NL' },
  { name: 'Link with parameters `?task=bookkeeping&hours=40`', query: '?task=bookkeeping&hours=40', locale: 'en-US', link: true },
  { name: 'Embed link `?embed=1&task=bookkeeping&hours=40`', query: '?embed=1&task=bookkeeping&hours=40', locale: 'en-US', link: true },
  { name: '`?lang=de` on an English phone', query: '?lang=de', locale: 'en-US', link: true },
];

const readableLongTasks = [];
/** First touch → app ready, ms (plain address, cold). */
const readableWakes = [];
async function readableOnce(browser, url, locale, peer) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript((isPeer) => {
      const shown = isPeer
        ? () => { const e = document.getElementById('buildYear1'); return e && e.textContent.trim() !== '$0'; }
        : () => { const e = document.getElementById('total-in-house'); const app = document.getElementById('app');
          // Painted (styles/main.css hides the snapshot until the start script
          // has chosen it), and this page's own: the pre-rendered default's, or
          // the headline the small wasm worked out for a link (data-first).
          return e && e.dataset.value && app && (!app.hasAttribute('data-pending') || e.hasAttribute('data-first'))
            && document.documentElement.hasAttribute('data-start'); };
      const poll = () => { if (shown()) window.__readable = performance.now(); else requestAnimationFrame(poll); };
      // When the app is ready (ours), to time a first touch's wake.
      new MutationObserver(() => {
        if (window.__readyAt === undefined && document.getElementById('app')?.hasAttribute('data-ready')) window.__readyAt = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
      requestAnimationFrame(poll);
      // The main thread's long tasks (over 50 ms), to find any over 100 ms
      // once the answer is visible.
      window.__long = [];
      try {
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); })
          .observe({ type: 'longtask', buffered: true });
      } catch (e) { /* no long-task timing */ }
    }, peer);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__readable !== undefined, null, { timeout: 60_000, polling: 100 });
    const at = await page.evaluate(() => window.__readable);
    // Ours: on until the app has rendered every stage; the longest task
    // that began after the answer was visible.
    // The plain address: the reader touches the page's title once the
    // answer is up, which wakes the app (nothing cached, no worker: the
    // app's files are fetched from that moment on the slow link).
    if (!peer && !(await page.evaluate(() => !!(window.__outsourceCheckStart || {}).started))) {
      await page.evaluate(() => addEventListener('touchstart', () => { window.__touchAt ??= performance.now(); }, { capture: true, passive: true }));
      await page.locator('h1').first().tap();
      await page.waitForSelector('#app[data-ready]', { timeout: 60_000 });
      readableWakes.push(await page.evaluate(() => window.__readyAt - window.__touchAt));
    } else if (!peer) await page.waitForSelector('#app[data-ready]', { timeout: 60_000 });
    const after = await page.evaluate((t) => Math.max(0, ...window.__long.filter(([s]) => s >= t).map(([, d]) => d)), at);
    readableLongTasks.push(peer ? 0 : after);
    return at;
  } finally {
    await context.close();
  }
}

async function readableRuns() {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.slice(1) });
  const out = [];
  try {
    for (const r of READABLE) {
      const app = [];
      const peer = [];
      const long = [];
      const wakes = [];
      for (let n = 0; n < READABLE_RUNS; n++) {
        app.push(await readableOnce(browser, URL_ + r.query, r.locale, false));
        long.push(readableLongTasks.pop());
        if (readableWakes.length) wakes.push(readableWakes.pop());
        peer.push(await readableOnce(browser, PEER_URL + r.query, r.locale, true));
        readableLongTasks.pop();
      }
      out.push({ ...r, app, peer, long, wakes, appMed: median(app), peerMed: median(peer) });
    }
  } finally {
    await browser.close();
  }
  return out;
}

// ---------- report ----------
// BENCH_ONLY=readable: just the time to a readable answer, printed.
if (process.env.BENCH_ONLY === 'readable') {
  const server = await serve();
  const peerServer = await serve({ port: PEER_PORT, root: PEER_DIR, log: 'target/bench/peer-requests.log' });
  try {
    for (const r of await readableRuns()) console.log(`${r.name}: ${Math.round(r.appMed)} ms vs peer A ${Math.round(r.peerMed)} ms = ${(r.appMed / r.peerMed).toFixed(2)} ×  [${r.app.map(Math.round).join(', ')} | ${r.peer.map(Math.round).join(', ')}]; longest task after the answer: ${r.long.map(Math.round).join(', ')} ms${r.wakes.length ? `; first touch → app ready: ${r.wakes.map(Math.round).join(', ')} ms` : ''}`);
  } finally { server.kill(); peerServer.kill(); }
  process.exit(0);
}
// BENCH_ONLY=latency: just the latency figures, printed (for iterating on render cost).
if (process.env.BENCH_ONLY === 'latency') {
  const server = await serve();
  try { console.log(await latency()); } finally { server.kill(); }
  process.exit(0);
}

const sz = sizes();
const twig = contributors();
const server = await serve();
const hasPeer = fs.existsSync(path.join(PEER_DIR, 'index.html'));
const peerServer = hasPeer ? await serve({ port: PEER_PORT, root: PEER_DIR, log: 'target/bench/peer-requests.log' }) : null;
const hasFloor = fs.existsSync(path.join(FLOOR_DIR, 'index.html'));
const floorServer = hasFloor ? await serve({ port: FLOOR_PORT, root: FLOOR_DIR, log: 'target/bench/floor-requests.log' }) : null;
let mobile; let desktop; let lat; let second; let langs; let readable = []; const first = {};
try {
  mobile = await lighthouseRuns('mobile', { runs: RUNS, peer: hasPeer, floor: hasFloor });
  desktop = await lighthouseRuns('desktop');
  lat = await latency();
  second = await secondVisit();
  for (const h of ['plain', 'validators']) first[h] = await firstVisit(h);
  langs = await languages(sz.total.gzip);
  if (hasPeer) readable = await readableRuns();
} finally {
  server.kill();
  peerServer?.kill();
  floorServer?.kill();
}
const engine = fs.existsSync('target/bench/engine.txt') ? fs.readFileSync('target/bench/engine.txt', 'utf8').trim() : '(not run)';
const fullUpdate = engine.match(/full_update\s+[\d.]+ [nµm]s\s+│\s+[\d.]+ [nµm]s\s+│\s+([\d.]+) ([nµm])s/);
const engineUs = fullUpdate ? Number(fullUpdate[1]) * { n: 1e-3, 'µ': 1, m: 1e3 }[fullUpdate[2]] : NaN;

// Growth with the number of regions: slope of the median between 1 and 36.
const regionMedian = (n) => {
  const m = engine.match(new RegExp(`[├╰]─ ${n}\\s+[\\d.]+ [nµm]s\\s+│\\s+[\\d.]+ [nµm]s\\s+│\\s+([\\d.]+) ([nµm])s`));
  return m ? Number(m[1]) * { n: 1e-3, 'µ': 1, m: 1e3 }[m[2]] : NaN;
};
const perRegion = (regionMedian(36) - regionMedian(1)) / 35;

const yes = (ok) => (ok ? 'met' : '**not met**');
const ms = (v) => `${Math.round(v)} ms`;
const cpu = os.cpus()[0]?.model?.trim() || 'unknown CPU';
const chromeVersion = execSync(`${CHROME} --version`).toString().trim();
const L = [];
L.push('# Benchmarks', '');
L.push(`Generated by \`./scripts/bench.sh\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; ${chromeVersion}; Lighthouse 12 (median of ${RUNS} mobile runs, interleaved with as many of peer A${hasFloor ? ' and of the bare Yew floor' : ''}, and 3 desktop runs). Local, loopback: Lighthouse's simulated throttling stands in for the phone network.`, '');
L.push('## Against the budget', '');
L.push('| Figure | Budget | Measured | |', '|---|---|---|---|');
for (const r of readable) {
  const limit = r.link ? 1.5 : 1;
  const ratio = r.appMed / r.peerMed;
  L.push(`| Time to a readable answer: ${r.name} | ≤ ${limit === 1 ? "peer A's" : `${limit} × peer A's`} | ${ms(r.appMed)} against ${ms(r.peerMed)}: **${ratio.toFixed(2)} ×** | ${yes(ratio <= limit)} |`);
}
if (readable.length) {
  const longest = Math.max(...readable.flatMap((r) => r.long));
  L.push(`| Longest task after the answer is visible (4× CPU, the readable runs above, until the app is ready) | ≤ ${BUDGET.longTaskMs} ms | ${readable.map((r) => `${ms(Math.max(...r.long))}`).join(', ')} (max ${ms(longest)}) | ${yes(longest <= BUDGET.longTaskMs)} |`);
}
if (readable.some((r) => r.wakes.length)) {
  const w = readable.flatMap((r) => r.wakes);
  L.push(`| First touch → app ready, plain address, cold (nothing cached, no worker: the app's files fetched from the touch on the slow link), the readable runs above | (measured) | median ${ms(median(w))}, max ${ms(Math.max(...w))} (${w.length} runs) | — |`);
}
const early = beforeTouch(DIST);
L.push(`| First load the page downloads before the reader's first touch, plain address, every language (the page with its pre-rendered answers and the loader; the app wakes at the touch). Not the whole first visit: once the page has loaded, a first visit's service worker fetches the app (next row) in the background | ≤ ${BUDGET.gzipKB} KB | ${KB(early.total.gzip)} KB | ${yes(early.total.gzip / 1024 <= BUDGET.gzipKB)} |`);
L.push(`| First load with the app (a link, an embed, another country, the plain address once touched, or its worker's background fetch), English; other languages below | ≤ ${BUDGET.gzipKB} KB | ${KB(sz.total.gzip)} KB | ${yes(sz.total.gzip / 1024 <= BUDGET.gzipKB)} |`);
{
  const f = fs.readdirSync(DIST).find((n) => /^first-[0-9a-f]+\.wasm$/.test(n));
  if (f) {
    const b = fs.readFileSync(path.join(DIST, f));
    L.push(`| A link's first download after the page: the headline wasm (\`first/\`), gzip | (measured) | ${KB(zlib.gzipSync(b, { level: 9 }).length)} KB (brotli ${KB(zlib.brotliCompressSync(b).length)} KB) | — |`);
  }
}
const secondFiles = second.filter((l) => !/ \/sw\.js$/.test(l));
L.push(`| Second visit downloads | nothing (service worker) | ${second.length ? second.map((l) => `\`${l}\``).join(', ') : 'no request'}${second.length ? ' (the browser\'s update check of the worker script, answered from cache or a 1.5 KB file)' : ''} | ${yes(secondFiles.length === 0)} |`);
L.push(`| Lighthouse mobile performance | ≥ ${BUDGET.perf} | ${mobile.med.perf} | ${yes(mobile.med.perf >= BUDGET.perf)} |`);
L.push(`| Lighthouse mobile accessibility | ${BUDGET.a11y} | ${mobile.med.a11y} | ${yes(mobile.med.a11y >= BUDGET.a11y)} |`);
L.push(`| Lighthouse mobile best practices | ${BUDGET.bp} | ${mobile.med.bp} | ${yes(mobile.med.bp >= BUDGET.bp)} |`);
L.push(`| Lighthouse mobile SEO | ${BUDGET.seo} | ${mobile.med.seo} | ${yes(mobile.med.seo >= BUDGET.seo)} |`);
const ratio = mobile.peer ? mobile.med.tti / mobile.peer.med.tti : NaN;
L.push(mobile.peer
  ? `| Lighthouse mobile time to interactive | ≤ ${BUDGET.ttiRatio} × peer A's | ${ms(mobile.med.tti)} against ${ms(mobile.peer.med.tti)}: **${ratio.toFixed(2)} ×** | ${yes(ratio <= BUDGET.ttiRatio)} |`
  : `| Lighthouse mobile time to interactive | ≤ ${BUDGET.ttiRatio} × peer A's | ${ms(mobile.med.tti)} (peer A not found at ${PEER_DIR}) | not measured |`);
const tbtMax = Math.max(...mobile.runs.map((r) => r.tbt));
L.push(`| Lighthouse mobile total blocking time, every run | ≤ ${BUDGET.tbtMs} ms | ${mobile.runs.map((r) => ms(r.tbt)).join(', ')} | ${yes(tbtMax <= BUDGET.tbtMs)} |`);
const repeats = Object.fromEntries(Object.entries(first).map(([h, lines]) => [h, repeatedHashed(lines)]));
L.push(`| First visit fetches each hashed file once | once, on both hosts | ${Object.entries(repeats).map(([h, r]) => `${h}: ${r.length ? `again: ${r.join(', ')}` : 'once each'}`).join('; ')} | ${yes(Object.values(repeats).every((r) => r.length === 0))} |`);
// Layout shift: the largest of every mobile and desktop run (0 when each render stage only appends below).
const clsMax = Math.max(...mobile.runs.map((r) => r.cls), ...desktop.runs.map((r) => r.cls));
L.push(`| Layout shift (CLS), every run | 0 | ${clsMax === 0 ? 0 : clsMax.toPrecision(2)} at most (${mobile.runs.length + desktop.runs.length} mobile and desktop runs) | ${yes(clsMax === 0)} |`);
L.push(`| Input → result p95, 4× CPU throttle | ≤ ${BUDGET.p95Ms} ms | ${lat.domP95.toFixed(1)} ms (DOM updated); ${lat.frameP95.toFixed(1)} ms to next frame | ${yes(lat.domP95 <= BUDGET.p95Ms)} |`);
L.push(`| Full comparison, every region, host | ≤ ${BUDGET.engineUs} µs | ${engineUs.toFixed(2)} µs (median) | ${yes(engineUs <= BUDGET.engineUs)} |`, '');
if (mobile.floor && mobile.peer) {
  // The same Lighthouse runs, three pages: where the time goes between a
  // hand-written page, the least a Yew app can be, and this app.
  const fl = sizes(FLOOR_DIR).total.gzip;
  // Every page's bytes counted the same way: its files, gzip -9.
  const peerBytes = sizes(PEER_DIR).total.gzip;
  L.push('## The stack\'s floor', '');
  L.push('A minimal Yew 0.23 app (`bench/floor`: one input, one figure, the same release profile and wasm-opt) measured in the same runs, interleaved with the app and peer A. It is what any Yew page costs before it has content; the gap between it and this app is our own code and text.', '');
  L.push('| Page | First load gzip | TTI (median) | TTI ÷ peer A | TBT (each run) |', '|---|---:|---:|---:|---|');
  const row = (name, bytes, r) => L.push(`| ${name} | ${KB(bytes)} KB | ${ms(r.med.tti)} | ${(r.med.tti / mobile.peer.med.tti).toFixed(2)} × | ${r.runs.map((x) => ms(x.tbt)).join(', ')} |`);
  row('Peer A (hand-written HTML)', peerBytes, mobile.peer);
  row('Bare Yew app (the floor)', fl, mobile.floor);
  row('This app, plain address (the app wakes at the first touch, which Lighthouse never makes)', early.total.gzip, mobile);
  const extraKB = (sz.total.gzip - fl) / 1024;
  L.push('', `On the plain address Lighthouse sees the pre-rendered page alone: the app's files and start come at the reader's first touch (measured above, "first touch → app ready"). With the app (a link, an embed, another country, or after that touch) this app adds ${extraKB.toFixed(0)} KB gzip over the floor. Lighthouse's simulated mobile link moves about 205 KB a second (1,638.4 kbit/s, Lantern's \`throughputKbps\`), so those bytes take at least ${ms(extraKB / 204.8 * 1000)} (round trips and slow start come on top), then start-up CPU (V8 compiles each wasm function on its first call, and the first render builds the page): the \`?lang=\` rows below, which start the app at once, show what that costs.`, '');
}
L.push('## First-load transfer', '');
L.push('What a page with the app downloads: a link, an embed, another country\'s reader, or the plain address once the reader has touched it (the favicon is inline; the manifest, icons and `sw.js` come after load). Before that touch the plain address downloads only the page and the loader, the first two rows; on a first visit the service worker then fetches the rest in the background, once the page has loaded.', '');
L.push('| File | Raw | gzip -9 | brotli 11 |', '|---|---:|---:|---:|');
for (const r of sz.rows) L.push(`| \`${r.file.replace(/-[0-9a-f]{16}/, '-<hash>')}\` (${r.kind}) | ${KB(r.raw)} KB | ${KB(r.gzip)} KB | ${KB(r.br)} KB |`);
L.push(`| **total** | ${KB(sz.total.raw)} KB | ${KB(sz.total.gzip)} KB | ${KB(sz.total.br)} KB |`, '');
if (twig) {
  L.push('## What the wasm is made of', '');
  L.push(`twiggy on the same build with names kept (wasm-opt -Oz -g), names section excluded: ${KB(twig.total)} KB.`, '');
  L.push('| Group | Bytes | Share |', '|---|---:|---:|');
  for (const [g, s] of twig.groups) L.push(`| ${g} | ${s} | ${((100 * s) / twig.total).toFixed(1)}% |`);
  L.push('', 'Biggest single functions:', '', '| Bytes | Function |', '|---:|---|');
  for (const t of twig.top) L.push(`| ${t.size} | \`${t.name.replace(/::h[0-9a-f]{16}/g, '').replace(/\[[0-9a-f]+\]/g, '').replace(/\|/g, '\\|').slice(0, 110)}\` |`);
  L.push('');
}
L.push('## Each language', '');
L.push(`The load with the app in each language: the files above plus that language's catalogue (\`i18n/<lang>.ids.json\`, gzip -9; English has none), and Lighthouse mobile on \`?lang=\` (median of ${LANG_RUNS} runs; peer A's median TTI above is the yardstick). Lighthouse's browser is American: for German, French and Dutch the pre-rendered answer (for Germany, France, the Netherlands) is not its own, so the page fetches the headline wasm and then starts the app at once, as a link does; \`?lang=en\` is the plain address, waiting for a touch. A reader whose browser speaks the language opens the plain address in that language: ${KB(early.total.gzip)} KB before the touch (first table).`, '');
L.push('| Language | Catalogue gzip | First load gzip | Perf | TBT (each run) | TTI | TTI ÷ peer A |', '|---|---:|---:|---:|---|---:|---:|');
for (const l of langs) {
  L.push(`| ${l.lang} | ${KB(l.catalogue)} KB | ${KB(l.gzip)} KB | ${l.med.perf} | ${l.runs.map((r) => ms(r.tbt)).join(', ')} | ${ms(l.med.tti)} | ${mobile.peer ? (l.med.tti / mobile.peer.med.tti).toFixed(2) + ' ×' : '—'} |`);
}
L.push('');
L.push('## Lighthouse, served gzip-compressed', '');
L.push('`tests/e2e/server.mjs --gzip` compresses every response as common static hosts do. Medians:', '');
L.push('| Preset | Perf | A11y | Best pr. | SEO | FCP | LCP | TBT | TTI | Speed index | Bytes |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, r] of [['mobile', mobile], ['desktop', desktop]]) {
  const m = r.med;
  L.push(`| ${name} | ${m.perf} | ${m.a11y} | ${m.bp} | ${m.seo} | ${ms(m.fcp)} | ${ms(m.lcp)} | ${ms(m.tbt)} | ${ms(m.tti)} | ${ms(m.si)} | ${KB(m.bytes)} KB |`);
}
const failed = [...new Set([...mobile.med.failed, ...desktop.med.failed])];
L.push('', `Pass/fail audits not passed in any run: ${failed.length ? failed.map((f) => `\`${f}\``).join(', ') : 'none'}.`, '');
L.push('Every run (mobile then desktop): perf / TTI / TBT —', mobile.runs.concat(desktop.runs).map((r) => `${r.perf} / ${ms(r.tti)} / ${ms(r.tbt)}`).join('; ') + '.', '');
if (mobile.peer) {
  const p = mobile.peer;
  L.push(`Peer A (\`${PEER_DIR}\`, one hand-written HTML file), same server, mobile, runs interleaved with the app's: median perf ${p.med.perf}, FCP ${ms(p.med.fcp)}, TBT ${ms(p.med.tbt)}, TTI ${ms(p.med.tti)}, ${KB(p.med.bytes)} KB. Its runs, perf / TTI / TBT — ${p.runs.map((r) => `${r.perf} / ${ms(r.tti)} / ${ms(r.tbt)}`).join('; ')}.`, '');
}
L.push('## First visit: what the server sends', '');
L.push('A fresh browser opens the app and waits until the service worker controls the page; every request the server answered, in order, with its status. The page and the unhashed files are revalidated on purpose (so a deploy lands); the hashed files (loader, script, wasm) must come once.', '');
for (const [h, lines] of Object.entries(first)) {
  L.push(`${h === 'plain' ? 'Host with no cache headers and no validators (`--plain`)' : 'Host with ETag and Last-Modified, no Cache-Control (`--validators`)'}:`, '', '```', ...lines.map((l) => l.replace(/-[0-9a-f]{16}/, '-<hash>')), '```', '');
}
L.push('## Input → updated result', '');
L.push(`${lat.n} edits rotating through 10 fields (hours, rate, salary, on-costs, management, fees, months, tools, rework, seat), phone viewport, every group unfolded, CPU throttled 4× through the DevTools protocol. Timed from the input event to the headline figures' \`data-value\` changing, and to the next frame after that.`, '');
L.push('| | Median | p95 | Max |', '|---|---:|---:|---:|');
L.push(`| DOM updated | ${lat.domMed.toFixed(1)} ms | ${lat.domP95.toFixed(1)} ms | ${lat.domMax.toFixed(1)} ms |`);
L.push(`| Next frame | ${lat.frameMed.toFixed(1)} ms | ${lat.frameP95.toFixed(1)} ms | |`);
if (lat.missed) L.push('', `${lat.missed} edits did not change a headline figure within 2 s.`);
L.push('', '## Engine on the host (divan)', '');
L.push(`\`full_update\` is what one edit costs the model: resolve, compare, the region table (9 regions), the checklist score. \`regions\` shows the region table alone over 1–36 regions (the 9 repeated): about ${perRegion.toFixed(2)} µs more per region (slope of the median from 1 to 36), i.e. linear.`, '');
L.push('```', engine, '```', '');
// The hand-written account of what dominated and what changed.
if (fs.existsSync('benches/history.md')) L.push(fs.readFileSync('benches/history.md', 'utf8').trim(), '');
fs.writeFileSync('BENCHMARKS.md', L.join('\n'));
console.log(L.join('\n'));
