// Cross-engine smoke suite: the scenarios in scenarios.mjs, in order, on
// Chromium (chromedriver), WebKit (WebKitGTK's MiniBrowser through
// WebKitWebDriver, under Xvfb) and Firefox (firefox-esr through geckodriver),
// one engine at a time, against dist/ served on loopback.
// Usage: node tests/engines/run.mjs [chromium] [webkit] [firefox]   (default: all)
// Every failure line starts with the engine's name; the exit code is 1 if any failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { Builder } from 'selenium-webdriver';
import { scenarios, pageApi } from './scenarios.mjs';

const SITE_PORT = 8093;
const BASE = `http://127.0.0.1:${SITE_PORT}/`;
const PHONE = { width: 390, height: 844 };
// Real phones have a real locale; a bare CI shell has none, and the
// browser's languages (which choose the page's language) would be unset.
const ENV = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
const multiarch = fs.existsSync('/usr/lib/x86_64-linux-gnu') ? 'x86_64-linux-gnu' : 'aarch64-linux-gnu';

const ENGINES = {
  chromium: {
    driver: ['chromedriver', (port) => [`--port=${port}`]],
    caps: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--window-size=${PHONE.width},${PHONE.height}`, '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
      },
    },
  },
  webkit: {
    // MiniBrowser is a GTK program: it needs a display, which xvfb-run provides.
    driver: ['xvfb-run', (port) => ['-a', '--server-args=-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`]],
    caps: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`, args: ['--automation'] },
    },
  },
  firefox: {
    driver: ['geckodriver', (port) => ['--port', String(port)]],
    caps: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless', `--width=${PHONE.width}`, `--height=${PHONE.height}`] },
    },
  },
};

function startProcess(cmd, args, log) {
  const out = fs.openSync(log, 'w');
  const p = spawn(cmd, args, { env: ENV, detached: true, stdio: ['ignore', out, out] });
  return { p, stop: () => { try { process.kill(-p.pid, 'SIGTERM'); } catch { /* already gone */ } } };
}

async function waitHttp(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`nothing answered at ${url} within ${ms / 1000} s`);
}

async function runEngine(name, index) {
  const e = ENGINES[name];
  const port = 4444 + index;
  fs.mkdirSync('test-results/engines', { recursive: true });
  const log = `test-results/engines/${name}-driver.log`;
  const drv = startProcess(e.driver[0], e.driver[1](port), log);
  const results = [];
  const ctx = {};
  let driver;
  const t0 = Date.now();
  try {
    await waitHttp(`http://127.0.0.1:${port}/status`, 30000);
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(e.caps).build();
    await driver.manage().setTimeouts({ script: 30000, pageLoad: 30000 });
    // Phone-sized where the engine allows; the size it settles on is reported.
    await driver.manage().window().setRect(PHONE).catch(() => {});
    const p = pageApi(driver, BASE);
    for (const s of scenarios) {
      const t = Date.now();
      try {
        await s.run(p, driver, ctx);
        results.push({ name: s.name, ok: true, ms: Date.now() - t });
      } catch (err) {
        results.push({ name: s.name, ok: false, ms: Date.now() - t, error: (err.message || String(err)).split('\n')[0] });
        await fs.promises.writeFile(`test-results/engines/${name}-${results.length}.png`, await driver.takeScreenshot(), 'base64').catch(() => {});
      }
    }
    ctx.window = await driver.executeScript('return innerWidth + "×" + innerHeight').catch(() => '?');
    ctx.ua = await driver.executeScript('return navigator.userAgent').catch(() => '?');
  } catch (err) {
    results.push({ name: 'start a session', ok: false, error: `${(err.message || String(err)).split('\n')[0]} (driver log: ${log})` });
  } finally {
    if (driver) await driver.quit().catch(() => {});
    drv.stop();
  }
  return { name, results, ctx, seconds: ((Date.now() - t0) / 1000).toFixed(1) };
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(ENGINES);
for (const w of wanted) if (!ENGINES[w]) { console.error(`unknown engine ${w}; known: ${Object.keys(ENGINES).join(', ')}`); process.exit(2); }
if (!fs.existsSync('dist/index.html')) { console.error('dist/ is missing: run trunk build --release --offline first'); process.exit(2); }

const site = startProcess(process.execPath, ['tests/e2e/server.mjs', '--port', String(SITE_PORT), '--root', 'dist'], '/dev/null');
const runs = [];
try {
  await waitHttp(BASE, 10000);
  for (const name of wanted) {
    const run = await runEngine(name, Object.keys(ENGINES).indexOf(name) + 1);
    runs.push(run);
    console.log(`\n${name}: ${run.ctx.ua || ''}\n  window ${run.ctx.window || '?'}, in-house total shown as "${run.ctx.shown || '?'}", ${run.seconds} s`);
    for (const r of run.results) console.log(`  ${r.ok ? '✓' : '✗'} [${name}] ${r.name}${r.ms !== undefined ? ` (${r.ms} ms)` : ''}${r.ok ? '' : `\n      ${r.error}`}`);
  }
} finally {
  site.stop();
}

// The same preset link must give the same figures on every engine.
const presets = runs.filter((r) => r.ctx.preset).map((r) => [r.name, JSON.stringify(r.ctx.preset)]);
if (presets.length > 1 && new Set(presets.map(([, v]) => v)).size > 1) {
  const first = runs.find((r) => r.ctx.preset);
  for (const [name, v] of presets) {
    if (v !== JSON.stringify(first.ctx.preset)) {
      runs.find((r) => r.name === name).results.push({ name: 'same figures as the other engines', ok: false, error: `${v} vs ${first.name} ${JSON.stringify(first.ctx.preset)}` });
      console.log(`  ✗ [${name}] same figures as the other engines\n      ${v} vs ${first.name} ${JSON.stringify(first.ctx.preset)}`);
    }
  }
}

const failed = runs.filter((r) => r.results.some((x) => !x.ok));
const total = runs.reduce((n, r) => n + r.results.length, 0);
if (failed.length) {
  console.log(`\ncross-engine smoke FAILED on: ${failed.map((r) => `${r.name} (${r.results.filter((x) => !x.ok).length} of ${r.results.length})`).join(', ')}`);
  process.exit(1);
}
console.log(`\ncross-engine smoke: ${total} checks passed on ${runs.map((r) => r.name).join(', ')}`);
