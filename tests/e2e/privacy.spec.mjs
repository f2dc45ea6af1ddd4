// Privacy and CSP: every request recorded at the server and in the page.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { open, ready, value, unfoldAll, startServer, waitForSaved } from './app.mjs';

test('no request leaves the origin, none after the first load, only the update check on reload; no CSP violation', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'once is enough');
  const log = info.outputPath('server.log');
  fs.writeFileSync(log, '');
  const server = await startServer({ log });
  try {
    fs.writeFileSync(log, '');
    const pageRequests = [];
    page.on('request', (r) => pageRequests.push(r.url()));
    const cspConsole = [];
    page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) cspConsole.push(m.text()); });
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });

    await page.goto(server.url);
    await ready(page);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(pageRequests.filter((u) => !u.startsWith(server.origin))).toEqual([]);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);

    // In use: no request at all.
    const before = { page: pageRequests.length, server: fs.readFileSync(log, 'utf8') };
    await page.locator('#hours').fill('64');
    await page.locator('#rate').fill('€31,50');
    await unfoldAll(page);
    await page.locator('#salary').fill('72000');
    await page.locator('label[for="q-describe-y"]').click();
    await page.locator('tr[data-region="africa"] button.pick').click();
    await page.getByRole('button', { name: 'Saving', exact: true }).click();
    expect(await value(page, 'total-outsourced')).toBeGreaterThan(0);
    // The last thing the edits set off is the debounced save: wait for it.
    await waitForSaved(page, { hours: '64', salary: '72000', 'q-describe': 'yes', region: 'africa' });
    expect(pageRequests.slice(before.page)).toEqual([]);
    expect(fs.readFileSync(log, 'utf8')).toBe(before.server);

    // Reload: the service worker answers; the server sees at most its update check.
    fs.writeFileSync(log, '');
    await page.reload();
    await ready(page);
    await expect(page.locator('#hours')).toHaveValue('64');
    // Served by the worker, and every load the reload set off has finished.
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.waitForLoadState('networkidle');
    const hits = fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
    expect(hits.filter((h) => h !== 'GET /sw.js')).toEqual([]);

    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(cspConsole).toEqual([]);
  } finally {
    server.stop();
  }
});

/** Once the worker controls the page and the network is quiet: the server's
 *  log (one line a request) names each hashed file once. */
async function expectEachHashedOnce(page, log) {
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.waitForLoadState('networkidle');
  const hits = fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
  const hashed = hits.filter((h) => /-[0-9a-f]{12,}(_bg)?\.(js|wasm|css)$/.test(h));
  expect(hashed.length, hits.join('\n')).toBeGreaterThanOrEqual(3);
  expect(hashed.length, hits.join('\n')).toBe(new Set(hashed).size);
}

for (const headers of ['plain', 'validators']) {
  test(`a first visit downloads each hashed file once (host with ${headers === 'plain' ? 'no cache headers' : 'ETag and Last-Modified'})`, async ({ browser }, info) => {
    test.skip(info.project.name !== 'desktop', 'once is enough');
    const log = info.outputPath(`first-visit-${headers}.log`);
    fs.writeFileSync(log, '');
    const server = await startServer({ log, headers });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await ready(page, { folded: true });
      // The worker has precached every file and controls the page.
      await page.evaluate(async () => { await navigator.serviceWorker.ready; });
      await expectEachHashedOnce(page, log);
    } finally {
      await context.close();
      server.stop();
    }
  });
}

// The plain address registers the worker once loaded and wakes the app at
// the first touch (assets/choose.js): a touch while the worker is still
// installing (fetching the same files) waits for it to take the page over.
test('a first touch while the worker installs downloads each hashed file once (host with no cache headers)', async ({ browser }, info) => {
  test.skip(info.project.name !== 'desktop', 'once is enough');
  const log = info.outputPath('first-visit-touch.log');
  fs.writeFileSync(log, '');
  // Each wasm answered late, so the touch comes while the worker installs.
  const server = await startServer({ log, headers: 'plain', slowWasm: 1500 });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.installing);
    await page.mouse.wheel(0, 1);
    await ready(page, { folded: true });
    await expectEachHashedOnce(page, log);
  } finally {
    await context.close();
    server.stop();
  }
});

test('hostile entries end to end: flagged in words, no NaN, other fields kept', async ({ page }) => {
  await open(page);
  await page.locator('#rate').fill('30');
  for (const bad of ['1e309', 'NaN', 'Infinity', '-5', '10^12', 'x'.repeat(10000)]) {
    await page.locator('#hours').fill(bad);
    await expect(page.locator('#hours-err')).toBeVisible();
    await expect(page.locator('#rate')).toHaveValue('30');
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/NaN|Infinity/);
  }
  // Money typed into hours is not read as hours: refused, naming the unit.
  await page.locator('#hours').fill('€1.234,50');
  await expect(page.locator('#hours-err')).toContainText('€');
  await expect(page.locator('#hours')).toHaveValue('€1.234,50');
  await expect(page.locator('#rate')).toHaveValue('30');
  await page.locator('#hours').fill('1,234.5');
  await expect(page.locator('#hours-err')).toHaveCount(0);
});
