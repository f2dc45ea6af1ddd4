// Links, autosave, reset/undo, embed, sub-path + offline, export/import.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { open, ready, value, expectFields, saved, waitForAddress, reachable, startServer } from './app.mjs';

test('a preset link sets the fields and the totals', async ({ page }) => {
  await open(page, 'task=bookkeeping&hours=40&home=us&region=southeast-asia&rate=12');
  await expectFields(page, { task: 'bookkeeping', region: 'southeast-asia', hours: '40', rate: '12' });
  const total = await value(page, 'total-outsourced');
  expect(total).toBeGreaterThan(40 * 12 * 12);
  await expect(page.locator('#notices')).toHaveCount(0);
});

test('a link with bad parameters applies the rest and names them', async ({ page }) => {
  await open(page, 'task=seo&hours=abc&colour=blue&rate=20');
  await expectFields(page, { task: 'seo', rate: '20' });
  await expect(page.locator('#notices')).toContainText('hours=abc');
  await expect(page.locator('#notices')).toContainText('“colour”');
  expect(await value(page, 'total-in-house')).toBeGreaterThan(0);
});

test('editing updates the address bar; reload restores; a link does not overwrite the saved scenario', async ({ page }) => {
  await open(page);
  await page.locator('#hours').fill('55');
  await expect.poll(() => page.url()).toContain('hours=55');
  expect(page.url()).toMatch(/[?&]v=\d+/);
  // The address bar and the saved state are written in the same moment.
  expect(await saved(page, ['hours'])).toEqual({ hours: '55' });
  await open(page);
  await expect(page.locator('#hours')).toHaveValue('55');

  // Opening someone's link shows it, but the visitor's own scenario stays saved…
  await open(page, 'hours=33');
  await expect(page.locator('#hours')).toHaveValue('33');
  // The link's own `?hours=33` becomes the full query when the debounced
  // write runs: the moment it would have saved.
  await waitForAddress(page, { hours: '33' });
  expect(await saved(page, ['hours'])).toEqual({ hours: '55' });
  await open(page);
  await expect(page.locator('#hours')).toHaveValue('55');
  // …until they edit it.
  await open(page, 'hours=33');
  await page.locator('#rate').fill('25');
  await expect.poll(() => page.url()).toContain('rate=25');
  expect(await saved(page, ['hours', 'rate'])).toEqual({ hours: '33', rate: '25' });
  await open(page);
  await expect(page.locator('#hours')).toHaveValue('33');
});

test('reset to defaults is undoable once', async ({ page }) => {
  await open(page, 'hours=70');
  await page.getByText('Adjust the details').scrollIntoViewIfNeeded();
  await page.locator('#reset').click();
  await expect(page.locator('#hours')).toHaveValue('');
  await page.locator('#undo').click();
  await expect(page.locator('#hours')).toHaveValue('70');
  await expect(page.locator('#undo')).toHaveCount(0);
});

test('JSON export round-trips through import; CSV has a header and line items', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'downloads once is enough');
  await open(page, 'task=seo&hours=44&q-describe=partly');
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  const jsonPath = info.outputPath('scenario.json');
  await json.saveAs(jsonPath);
  const saved = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  expect(saved.hours).toBe('44');
  const total = await value(page, 'total-outsourced');

  await page.locator('#hours').fill('10');
  await page.locator('#task').selectOption('bookkeeping');
  await page.locator('#import-json').setInputFiles(jsonPath);
  await expectFields(page, { hours: '44', task: 'seo' });
  await expect.poll(() => value(page, 'total-outsourced')).toBeCloseTo(total, 6);
  await expect(page.locator('#q-describe-p')).toBeChecked();

  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  const csvPath = info.outputPath('scenario.csv');
  await csv.saveAs(csvPath);
  const lines = fs.readFileSync(csvPath, 'utf8').trim().split('\n');
  expect(lines[0]).toBe('section,item,timing,amount,total_over_horizon,unit');
  // Salary, on-costs, seat, supervision, recruiting, your hiring time, equipment, onboarding.
  expect(lines.filter((l) => l.startsWith('in-house,')).length).toBe(8);
  expect(lines.filter((l) => l.startsWith('outsourced,')).length).toBe(10);

  // A broken file is reported, nothing else changes.
  const bad = info.outputPath('bad.json');
  fs.writeFileSync(bad, '{"hours": {"x": 1}, "rate": "nine"}');
  await page.locator('#import-json').setInputFiles(bad);
  await expect(page.locator('#notices')).toContainText('hours=object');
  await expect(page.locator('#notices')).toContainText('rate=nine');
});

test('embedded in a blog post on another origin: presets apply and the frame fits its content', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one embed host is enough');
  await page.goto('http://127.0.0.1:8098/');
  const frame = page.frameLocator('#calc');
  await frame.locator('#app[data-ready]').waitFor();
  await expectFields(frame, { task: 'seo', hours: '30' });
  await expect(frame.locator('.site-header')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Open the full calculator' })).toBeVisible();
  const height = () => page.locator('#calc').evaluate((f) => f.getBoundingClientRect().height);
  await expect.poll(height).not.toBe(1400);
  const before = await height();
  await frame.getByText('In-house details').click();
  await expect.poll(height).toBeGreaterThan(before + 100);
  const inner = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(inner).toBeLessThanOrEqual(1);
});

test('served from a sub-path it loads, and after one visit it works with the server stopped', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'once is enough');
  const server = await startServer({ prefix: '/tools/outsourcing/' });
  try {
    await page.goto(`${server.url}?hours=61`);
    await ready(page);
    await expect(page.locator('#hours')).toHaveValue('61');
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  } finally {
    server.stop();
  }
  await expect.poll(() => reachable(server.url)).toBe('down');
  await page.reload();
  await ready(page);
  expect(await value(page, 'total-in-house')).toBeGreaterThan(0);
  await expect(page.locator('#hours')).toHaveValue('61');
});

// The plain address is whole as it arrives (the pre-rendered answer): the
// app's files wait for the reader's first touch, key or scroll
// (assets/choose.js). A first visit that only reads still leaves the page
// working offline: the service worker, registered once the page has loaded,
// fetched the app in the background.
test('the plain address fetches no app until the reader reaches for it, and a visit that only read works offline after', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'once is enough');
  const server = await startServer({ prefix: '/tools/outsourcing/' });
  const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  try {
    await page.goto(server.url);
    await expect(page.locator('#total-in-house')).toHaveAttribute('data-value', /\d/);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.waitForLoadState('networkidle');
    expect((await fetched()).filter((f) => /\.wasm$|outsource-check-[0-9a-f]+\.js$|\/i18n\//.test(f))).toEqual([]);
    await expect(page.locator('html')).not.toHaveAttribute('data-started', '');
  } finally {
    server.stop();
  }
  await expect.poll(() => reachable(server.url)).toBe('down');
  // Offline, the plain address again: a field tapped and typed into wakes
  // the app (from the worker's copy), which takes the value and works it out.
  await page.reload();
  const shown = await page.locator('#total-in-house').getAttribute('data-value');
  expect(Number(shown)).toBeGreaterThan(0);
  await page.locator('#hours').tap();
  await page.keyboard.type('40');
  await page.waitForSelector('#app[data-ready]');
  await expect(page.locator('#hours')).toHaveValue('40');
  await expect(page.locator('#hours')).toBeFocused();
  await expect(page.locator('#total-in-house')).not.toHaveAttribute('data-value', shown);
  await expect.poll(() => new URL(page.url()).searchParams.get('hours')).toBe('40');
});

test('a German reader who only read the page has it in German offline after, and is told French needs a connection', async ({ browser }, info) => {
  test.skip(info.project.name !== 'phone', 'once is enough');
  const server = await startServer();
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await expect(page.locator('.site-header h1')).toHaveText('Auslagern oder im eigenen Betrieb behalten?');
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // The worker keeps this language's catalogue, though the app never ran.
    await expect.poll(() => page.evaluate(async () => {
      for (const k of await caches.keys()) if (await (await caches.open(k)).match('i18n/de.ids.json')) return true;
      return false;
    })).toBe(true);
    expect(await page.evaluate(() => !!window.__outsourceCheckStart.started)).toBe(false);
    server.stop();
    await expect.poll(() => reachable(server.url)).toBe('down');
    await page.reload();
    await expect(page.locator('#total-in-house')).toHaveAttribute('data-value', /\d/);
    expect(await page.evaluate(() => !!window.__outsourceCheckStart.started)).toBe(false);
    // French was never loaded: chosen in the pre-rendered switcher, it is
    // handed to the app, which wakes from the worker's copy and says so in
    // German (its catalogue kept); the page stays German.
    await page.locator('#lang').selectOption('fr');
    await expect(page.locator('#lang-status')).toHaveText('Français benötigt beim ersten Aufruf eine Internetverbindung, die gerade fehlt. Die Seite bleibt unverändert; versuchen Sie es erneut, wenn Sie online sind.');
    await ready(page, { folded: true });
    await expect(page.locator('#lang')).toHaveValue('de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('#results-h')).toHaveText('Kosten für ein Jahr');
    expect(new URL(page.url()).searchParams.get('lang')).toBe(null);
  } finally {
    server.stop();
    await context.close();
  }
});

test('the embed panel writes snippets for the current scenario, and keeps them current', async ({ page }) => {
  await open(page, 'task=seo&hours=30');
  await page.locator('#embed-panel summary').click();
  const script = page.locator('#embed-script');
  await expect(script).toHaveValue(/<iframe src="[^"]*\?embed=1&[^"]*task=seo[^"]*hours=30/);
  await expect(script).toHaveValue(/outsource-check:height/);
  await expect(page.locator('#embed-plain')).toHaveValue(/^<iframe [^>]*height="1400"/);
  await page.locator('#hours').fill('44');
  await expect(script).toHaveValue(/hours=44/);
});
