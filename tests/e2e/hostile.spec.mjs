// Never lost, never stuck, never misread: storage at its limits, embeds in
// sandboxes, a catalogue that does not come, units typed into numbers.
import { test, expect } from '@playwright/test';
import { ready, value, startServer, unfoldAll, SAVE_KEY } from './app.mjs';

/** Put `entries` into this origin's localStorage before the app ever runs. */
async function seedStorage(page, entries) {
  await page.goto('./manifest.webmanifest');
  await page.evaluate((e) => { localStorage.clear(); for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); }, entries);
}

test('an unreadable saved scenario that cannot be copied aside is left alone until the reader saves over it', async ({ page }) => {
  const unreadable = `task=web-dev&hours=80&${'junk'.repeat(500_000)}=1`;
  await seedStorage(page, { [SAVE_KEY]: unreadable });
  // Fill what is left of the storage, so no copy fits.
  await page.evaluate(() => {
    let chunk = 'f'.repeat(1_000_000);
    for (let i = 0; chunk.length > 16; i++) {
      try { localStorage.setItem(`filler-${i}`, chunk); } catch (e) { chunk = chunk.slice(0, chunk.length >> 1); }
    }
  });
  await page.goto('./');
  await ready(page, { folded: true });
  await expect(page.locator('#saving-held')).toBeVisible();
  await expect(page.locator('#notices')).toContainText('no room');
  await page.locator('#hours').fill('44');
  await expect.poll(() => new URL(page.url()).searchParams.get('hours')).toBe('44');
  expect(await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY)).toBe(unreadable);
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await page.locator('#save-over').click();
  await expect(page.locator('#saving-held')).toHaveCount(0);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), SAVE_KEY)).toContain('hours=44');
});

test('a saved scenario that cannot be read is never overwritten by what the page shows', async ({ page }) => {
  await seedStorage(page, { [SAVE_KEY]: 'task=seo&hours=33' });
  await page.addInitScript((key) => {
    const get = Storage.prototype.getItem;
    Storage.prototype.getItem = function (k) { if (k === key) throw new Error('denied'); return get.call(this, k); };
    window.__rawGet = (k) => get.call(localStorage, k);
  }, SAVE_KEY);
  await page.goto('./');
  await ready(page, { folded: true });
  await expect(page.locator('#notices')).toContainText('could not be read');
  await expect(page.locator('#saving-held')).toBeVisible();
  await page.locator('#hours').fill('55');
  await expect.poll(() => new URL(page.url()).searchParams.get('hours')).toBe('55');
  expect(await page.evaluate((k) => window.__rawGet(k), SAVE_KEY)).toBe('task=seo&hours=33');
});

/** Replace the blog post's frame with one sandboxed to scripts only, opening
 * `url`. A new element: changing the `src` of the post's lazy frame races its
 * own first load, which then runs unsandboxed. */
async function sandboxedFrame(page, url) {
  await page.evaluate((u) => {
    const old = document.getElementById('calc');
    const f = document.createElement('iframe');
    f.title = old.title;
    f.style.cssText = old.style.cssText;
    f.setAttribute('sandbox', 'allow-scripts');
    f.src = u;
    old.replaceWith(f);
    f.id = 'calc';
  }, url);
}

test('sandboxed without allow-same-origin on a host without CORS, the frame says what it needs and fits its message', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one embed host is enough');
  await page.goto('http://127.0.0.1:8098/');
  await page.evaluate(() => {
    window.heights = [];
    addEventListener('message', (e) => { if (e.data && e.data.type === 'outsource-check:height') window.heights.push(e.data.height); });
  });
  await sandboxedFrame(page, 'http://127.0.0.1:8099/?embed=1');
  const frame = page.frameLocator('#calc');
  await expect(frame.locator('#boot-failed')).toContainText('allow-same-origin');
  await expect(frame.locator('#boot-reload')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
});

test('the full page in a sandbox on a CORS host runs, edits change the totals, nothing throws', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one embed host is enough');
  const server = await startServer({ cors: true });
  try {
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text()); });
    await page.goto('http://127.0.0.1:8098/');
    await sandboxedFrame(page, server.url);
    const frame = page.frameLocator('#calc');
    await frame.locator('#app[data-ready]').waitFor();
    const total = () => frame.locator('#total-in-house').getAttribute('data-value');
    const before = await total();
    await frame.locator('#hours').fill('160');
    await expect.poll(total).not.toBe(before);
    expect(errors.filter((e) => /panicked|RuntimeError|unreachable/.test(e))).toEqual([]);
  } finally {
    server.stop();
  }
});

for (const [typed, note, want] of [
  ['40/week', 'a week', 173.33],
  ['40 h pro Woche', 'a week', 173.33],
]) {
  test(`"${typed}" in hours per month is converted and says so`, async ({ page }) => {
    await page.goto('./');
    await ready(page, { folded: true });
    await page.locator('#hours').fill(typed);
    await expect(page.locator('#hours').locator('..')).toContainText(note);
    await expect.poll(() => new URL(page.url()).searchParams.get('hours')).toMatch(/^173\.33/);
    expect(Math.abs(Number(new URL(page.url()).searchParams.get('hours')) - want)).toBeLessThan(0.01);
  });
}

test('a unit that makes no sense is refused by name, the other fields untouched', async ({ page }) => {
  await page.goto('./?hours=50');
  await ready(page);
  await unfoldAll(page);
  await page.locator('#months').fill('24 hours');
  await expect(page.locator('#months').locator('..')).toContainText('hours');
  await expect(page.locator('#months').locator('..')).not.toContainText('exponent');
  await expect(page.locator('#hours')).toHaveValue('50');
  await page.locator('#rate').fill('50 EUR');
  await expect(page.locator('#rate').locator('..')).toContainText('EUR');
  expect(await value(page, 'total-outsourced')).toBeGreaterThan(0);
});

test('a catalogue that does not come: English after a short wait, then the language when it arrives', async ({ page }) => {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/i18n\/de\.ids\.json$/, async (route) => { await gate; await route.continue(); });
  await page.goto('./?lang=de');
  await ready(page, { folded: true });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#notices')).toContainText('Deutsch wird noch geladen');
  // The kept pre-rendered header follows the page into English meanwhile.
  await expect(page.locator('.site-header h1')).toHaveText('Outsource it or keep it in-house?');
  await expect(page.locator('#lang')).toHaveValue('en');
  await page.locator('#hours').fill('70');
  release();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('.site-header h1')).toHaveText('Auslagern oder im eigenen Betrieb behalten?');
  await expect(page.locator('#hours')).toHaveValue('70');
  // The app started again in German: still one header and one switcher.
  await expect(page.locator('header.site-header')).toHaveCount(1);
  await expect(page.locator('#lang')).toHaveCount(1);
  await expect(page.locator('#lang')).toHaveValue('de');
});

test('a wasm the server fails is reported at once, and not blamed on an old version', async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto('./?hours=12');
  await expect(page.locator('#boot-failed')).toContainText('500', { timeout: 4000 });
  await expect(page.locator('#boot-failed')).not.toContainText('older version');
});

test('a truncated wasm is reported at once as damaged', async ({ page }) => {
  await page.route(/\.wasm$/, async (route) => {
    const r = await route.fetch();
    const body = await r.body();
    await route.fulfill({ response: r, body: body.subarray(0, body.length >> 1) });
  });
  await page.goto('./?hours=12');
  await expect(page.locator('#boot-failed')).toContainText(/incomplete|damaged/, { timeout: 4000 });
});

test('when the watchdog itself cannot be fetched either, the page still says it could not load', async ({ page }) => {
  // The wasm fails, and so does boot.js, which the start script fetches only now.
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.route(/boot\.js$/, (route) => route.abort());
  await page.goto('./?hours=12');
  await expect(page.locator('#boot-failed')).toContainText('could not load', { timeout: 4000 });
  await expect(page.locator('#boot-failed')).toContainText('connection');
});

test('a repeated lang: the loading screen and the app both take the last', async ({ page }) => {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.goto('./?lang=de&lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.site-header h1')).toHaveText('Externaliser ou garder en interne ?');
  release();
  await ready(page, { folded: true });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a hand-off session storage refuses goes through local storage: a reload right after an edit opens the edit', async ({ page }) => {
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (this === window.sessionStorage) throw new Error('QuotaExceededError');
      return set.call(this, k, v);
    };
  });
  await page.goto('./?hours=50');
  await ready(page, { folded: true });
  await page.locator('#hours').fill('77');
  // At once, before the debounced address-bar update: the reload starts
  // from the older address.
  await page.reload();
  await ready(page, { folded: true });
  await expect(page.locator('#hours')).toHaveValue('77');
});

test('recent entries that cannot be read say so, with an unknown time, and the list is kept aside', async ({ page }) => {
  await seedStorage(page, {
    'outsource-check:recent': JSON.stringify([['%%%', 1764000000000], ['task=seo&hours=12', -5], 42]),
  });
  await page.goto('./');
  await ready(page, { folded: true });
  await page.locator('#recent summary').click();
  await expect(page.locator('#recent')).toContainText('Unreadable scenario, kept as it was');
  await expect(page.locator('#recent')).toContainText('time unknown');
  await expect(page.locator('#recent')).not.toContainText('Invalid Date');
  await expect(page.locator('#recent')).toContainText('could not be read');
  // The next write keeps the damaged list aside first.
  await page.locator('#hours').fill('33');
  await page.locator('#reset').click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('outsource-check:recent:unreadable'))).toContain('42');
});
