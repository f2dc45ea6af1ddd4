// Nothing lost, never stuck: deploys, hidden pages, tabs, embeds, imports, print.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { open, ready, value, expectFields, saved, waitForSaved, startServer, SAVE_KEY } from './app.mjs';

const RECENT_KEY = 'outsource-check:recent';
const NEWER_KEY = 'outsource-check:scenario:newer';

/** A second build of dist/ whose hashed names differ: the app's script and
 *  wasm under new hashes, the loader renamed, sw.js written again. */
function nextBuild(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
  const names = fs.readdirSync(to);
  const loader = names.find((f) => /^loader-[0-9a-f]+\.js$/.test(f));
  const glue = names.find((f) => /^outsource-check-[0-9a-f]+\.js$/.test(f));
  const oldHash = glue.match(/-([0-9a-f]+)\.js$/)[1];
  const newHash = [...oldHash].reverse().join('') === oldHash ? oldHash.replace(/^./, 'f') : [...oldHash].reverse().join('');
  const newLoader = loader.replace(/-([0-9a-f]+)\.js$/, (_, h) => `-${[...h].reverse().join('')}.js`);
  for (const f of fs.readdirSync(to)) {
    if (/\.(gz|br)$/.test(f) || f === 'sw.js') fs.rmSync(path.join(to, f));
  }
  const rename = (a, b) => fs.renameSync(path.join(to, a), path.join(to, b));
  rename(glue, glue.replace(oldHash, newHash));
  rename(glue.replace('.js', '_bg.wasm'), glue.replace('.js', '_bg.wasm').replace(oldHash, newHash));
  const loaderText = fs.readFileSync(path.join(to, loader), 'utf8').split(oldHash).join(newHash) + '// next build\n';
  fs.writeFileSync(path.join(to, newLoader), loaderText);
  fs.rmSync(path.join(to, loader));
  const html = fs.readFileSync(path.join(to, 'index.html'), 'utf8').split(oldHash).join(newHash).split(loader).join(newLoader);
  fs.writeFileSync(path.join(to, 'index.html'), html);
  execFileSync('node', ['scripts/post-build.mjs', to]);
  return newLoader;
}

/** Replace the served site's files with a build's (a deploy). */
function deploy(build, site) {
  fs.rmSync(site, { recursive: true, force: true });
  fs.cpSync(build, site, { recursive: true });
}

test('a deploy lands on a host that sends old Last-Modified dates, even after the HTTP cache is cleared', async ({ browser }, info) => {
  test.skip(info.project.name !== 'desktop', 'one deploy is enough');
  test.setTimeout(120_000);
  const site = info.outputPath('site');
  const next = info.outputPath('dist-next');
  const newLoader = nextBuild('dist', next);
  deploy('dist', site);
  const server = await startServer({ root: site, oldDates: true });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    await page.locator('#hours').fill('44');
    await waitForSaved(page, { hours: '44' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // A second visit: everything now sits in the HTTP cache and the worker's.
    await page.goto(server.url);
    await ready(page);

    deploy(next, site);
    await page.goto(server.url);
    await ready(page);
    // The old page runs from the cache while the new version installs; then it is offered.
    await expect(page.locator('#update-ready')).toBeVisible({ timeout: 30_000 });
    await page.locator('#reload-update').click();
    await ready(page);
    await expect(page.locator(`script[src="./${newLoader}"]`)).toHaveCount(1);
    await expectFields(page, { hours: '44' });

    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.goto(server.url);
    await ready(page);
    await expect(page.locator(`script[src="./${newLoader}"]`)).toHaveCount(1);
    await expectFields(page, { hours: '44' });
  } finally {
    await context.close();
    server.stop();
  }
});

// The plain address waits for the reader's first touch before it starts the
// app (assets/choose.js). Should a deploy's new worker take over before that
// touch, this page's app files are no longer the site's: the untouched page
// is swapped for the new one, and the touch then starts the new version.
test('a deploy that lands while the plain address waits for a touch: the page becomes the new version', async ({ browser }, info) => {
  test.skip(info.project.name !== 'desktop', 'one deploy is enough');
  test.setTimeout(120_000);
  const site = info.outputPath('site');
  const next = info.outputPath('dist-next');
  const newLoader = nextBuild('dist', next);
  deploy('dist', site);
  const server = await startServer({ root: site });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect(page.locator('html')).not.toHaveAttribute('data-started', '');
    deploy(next, site);
    // The worker's copy of the old page; the browser then finds the new worker.
    await page.goto(server.url);
    await expect(page.locator(`script[src="./${newLoader}"]`)).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator('html')).not.toHaveAttribute('data-started', '');
    await ready(page);
    expect(await value(page, 'total-in-house')).toBeGreaterThan(0);
    await expect(page.locator('#update-ready')).toHaveCount(0);
  } finally {
    await context.close();
    server.stop();
  }
});

test('when the app cannot load, the loading screen says so and offers a clean reload', async ({ page }) => {
  await page.route(/loader-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('./');
  await expect(page.locator('#boot-failed')).toContainText('could not load');
  await expect(page.locator('#boot-reload')).toBeVisible();
});

test('an edit made just before a reload is kept', async ({ page }) => {
  await open(page, 'hours=20');
  await page.locator('#hours').fill('44');
  await page.reload();
  await ready(page);
  await expectFields(page, { hours: '44' });
});

test('two tabs: a scenario changed in another tab is said, and nothing is lost', async ({ context }) => {
  const a = await context.newPage();
  await open(a);
  await a.evaluate(([k1, k2]) => { localStorage.removeItem(k1); localStorage.removeItem(k2); }, [SAVE_KEY, RECENT_KEY]);
  await a.locator('#task').selectOption('seo');
  await waitForSaved(a, { task: 'seo' });

  const b = await context.newPage();
  await open(b);
  await expectFields(b, { task: 'seo' });
  await b.locator('#task').selectOption('bookkeeping');
  await waitForSaved(b, { task: 'bookkeeping' });

  await expect(a.locator('#other-tab')).toContainText('changed in another tab');
  await a.locator('#keep-mine').click();
  await a.locator('#rate').fill('25');
  await waitForSaved(a, { task: 'seo', rate: '25' });
  // B's bookkeeping scenario was not silently lost: it is in the recent list.
  const recent = await a.evaluate((k) => JSON.parse(localStorage.getItem(k) || '[]').map((r) => r[0]), RECENT_KEY);
  expect(recent.some((q) => q.includes('task=bookkeeping'))).toBe(true);
  await a.locator('#recent summary').click();
  const row = a.locator('#recent li', { hasText: 'Bookkeeping' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: 'Open' }).click();
  await expectFields(a, { task: 'bookkeeping' });
  await expect(a.locator('#undo-import')).toHaveText('Back to the scenario you had');
});

test('an embed keeps to itself: never the visitor\'s saved scenario, never saved over it', async ({ page }) => {
  await open(page);
  await page.locator('#hours').fill('55');
  await waitForSaved(page, { hours: '55' });
  await page.goto('./?embed=1');
  await ready(page);
  await expectFields(page, { hours: '' });
  await page.locator('#hours').fill('12');
  await expect.poll(() => new URL(page.url()).searchParams.get('hours')).toBe('12');
  expect(await saved(page, ['hours'])).toEqual({ hours: '55' });
  // Duplicated parameters take their last value, embed included.
  await open(page, 'embed=1&embed=0');
  await expect(page.locator('.site-header')).toHaveCount(1);
});

test('embedded on another site: no notice, no console error, and the frame follows its content down', async ({ page }) => {
  const errors = [];
  // The calculator's own errors (the blog page's missing favicon is not ours).
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.startsWith('http://127.0.0.1:8099/')) errors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  // localhost vs 127.0.0.1: another site, so the frame's storage is partitioned.
  await page.goto('http://localhost:8098/');
  const frame = page.frameLocator('#calc');
  await frame.locator('#app[data-ready]').waitFor();
  await expect(frame.locator('#notices')).toHaveCount(0);
  const height = () => page.locator('#calc').evaluate((f) => f.getBoundingClientRect().height);
  const folded = await height();
  await frame.locator('summary', { hasText: 'In-house details' }).click();
  await expect.poll(height).toBeGreaterThan(folded + 50);
  await frame.locator('summary', { hasText: 'In-house details' }).click();
  await expect.poll(height).toBeLessThan(folded + 5);
  expect(errors).toEqual([]);
});

test('importing a file that is not a scenario is refused; an accepted import can be undone', async ({ page }, info) => {
  await open(page, 'task=seo&hours=44');
  const pkg = info.outputPath('package.json');
  fs.writeFileSync(pkg, JSON.stringify({ name: 'x', version: '1.0.0', scripts: { test: 'x' } }));
  await page.locator('#import-json').setInputFiles(pkg);
  await expect(page.locator('#import-status')).toContainText('not a scenario');
  await expectFields(page, { task: 'seo', hours: '44' });

  const other = info.outputPath('other.json');
  fs.writeFileSync(other, JSON.stringify({ task: 'bookkeeping', hours: '12' }));
  await page.locator('#import-json').setInputFiles(other);
  await expect(page.locator('#import-status')).toContainText('Scenario imported');
  await expectFields(page, { task: 'bookkeeping', hours: '12' });
  await page.locator('#undo-import').click();
  await expectFields(page, { task: 'seo', hours: '44' });
});

test('print shows the region names and leaves the folds as they were', async ({ page }) => {
  // Folded, as a first visit: a fold builds its body only when opened.
  await open(page, '', { folded: true });
  await expect(page.locator('#region-table')).toHaveCount(0);
  const openCount = () => page.locator('details[open]').count();
  const before = await openCount();
  // The print snapshot follows beforeprint's microtasks, before any other
  // task (such as the browser's own toggle event): the bodies must be built by then.
  const built = await page.evaluate(async () => {
    window.dispatchEvent(new Event('beforeprint'));
    for (let i = 0; i < 50; i++) await Promise.resolve();
    return {
      table: document.querySelectorAll('#region-table tbody tr').length,
      groups: [...document.querySelectorAll('details[data-fold]')].every((d) => d.children.length > 1),
      closed: document.querySelectorAll('details:not([open])').length,
    };
  });
  expect(built.table).toBeGreaterThan(5);
  expect(built.groups).toBe(true);
  expect(built.closed).toBe(0);
  expect(await openCount()).toBe(await page.locator('details').count());
  await page.emulateMedia({ media: 'print' });
  const names = page.locator('#region-table tbody th button.pick');
  await expect(names.first()).toBeVisible();
  await expect(names.first()).not.toHaveText('');
  await expect(page.locator('#region-table thead button.sort').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  expect(await openCount()).toBe(before);
});

test('a scenario saved by a newer version is kept with a notice; a newer link is named', async ({ page }) => {
  // Written from a same-origin page that does not run the app (the app writes
  // its own scenario when it is left).
  await page.goto('./icon-192.png');
  await page.evaluate((k) => localStorage.setItem(k, 'task=seo&hours=7&v=999&s=999'), SAVE_KEY);
  await page.goto('./');
  await ready(page);
  await expect(page.locator('#notices')).toContainText('newer version');
  expect(await page.evaluate((k) => localStorage.getItem(k), NEWER_KEY)).toBe('task=seo&hours=7&v=999&s=999');
  await open(page, 'task=seo&v=999&s=999');
  await expect(page.locator('#notices')).toContainText('made by a newer version');
});

test('a link with thousands of junk keys gives a handful of notices', async ({ page }) => {
  // 1,200 keys: as many as a 16 KB request line allows (Node's server limit).
  const junk = Array.from({ length: 1200 }, (_, n) => `j${n}=1`).join('&');
  await open(page, junk);
  await expect(page.locator('#notices li')).toHaveCount(5);
  await expect(page.locator('#notices li').last()).toContainText('more parameters');
});

test('a storage failure is said only once there is a change to keep', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await open(page);
  await expect(page.locator('#notices')).toHaveCount(0);
  await page.locator('#hours').fill('61');
  await expect(page.locator('#notices')).toContainText('Saving failed');
  expect(await value(page, 'total-in-house')).toBeGreaterThan(0);
});
