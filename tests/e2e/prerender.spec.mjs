// The answer at first paint: the first screen is pre-rendered at build time
// (scripts/prerender.mjs) and chosen before the first paint by the inline
// start script (assets/start.js). Each test holds the app's wasm back, so what
// it sees is the page before any of our code ran.
import { test, expect } from '@playwright/test';
import { ready, value } from './app.mjs';

// The service worker would answer the wasm from its cache, past the route.
test.use({ serviceWorkers: 'block' });

/** Hold every wasm request until `release()`; the page runs no app code meanwhile. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await gate; await route.continue(); });
  return () => release();
}

const FIRST_VISITS = [
  { locale: 'en-US', lang: 'en', verdict: 'Outsourcing saves', total: '$' },
  { locale: 'de-DE', lang: 'de', verdict: 'Auslagern spart', total: '€' },
  { locale: 'fr-FR', lang: 'fr', verdict: 'économise', total: '€' },
  { locale: 'nl-NL', lang: 'nl', verdict: 'Uitbesteden bespaart', total: '€' },
];

for (const v of FIRST_VISITS) {
  test(`a first visit in ${v.locale} shows the answer before the app runs`, async ({ browser }, info) => {
    test.skip(info.project.name !== 'phone', 'one viewport is enough');
    const context = await browser.newContext({ locale: v.locale, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, baseURL: info.project.use.baseURL, serviceWorkers: 'block' });
    const page = await context.newPage();
    const violations = [];
    await page.exposeFunction('__cspViolation', (d) => violations.push(d));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    const release = await holdWasm(page);
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', v.lang);
    await expect(page.locator('#app')).not.toHaveAttribute('data-pending', '');
    await expect(page.locator('#total-in-house')).toContainText(v.total);
    await expect(page.locator('.top')).toContainText(v.verdict);
    await expect(page.locator('html')).not.toHaveAttribute('data-started', '');
    // The app starts and shows the same figures, then the rest of the page.
    const before = await page.locator('#total-in-house').getAttribute('data-value');
    release();
    await ready(page, { folded: true });
    expect(await page.locator('#total-in-house').getAttribute('data-value')).toBe(before);
    expect(violations).toEqual([]);
    await context.close();
  });
}

test('a link shows the layout in its language with the figures hidden, then its own figures', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./?lang=de&hours=40&task=bookkeeping');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('#app')).toHaveAttribute('data-pending', '');
  await expect(page.locator('.site-header h1')).toHaveText('Auslagern oder im eigenen Betrieb behalten?');
  // The defaults' figures are neither named nor shown, and nothing says "Loading".
  await expect(page.locator('#total-in-house')).toHaveCount(0);
  await expect(page.locator('#app')).not.toContainText('geladen');
  await expect(page.locator('#hours')).toBeDisabled();
  release();
  await ready(page, { folded: true });
  await expect(page.locator('#app')).not.toHaveAttribute('data-pending', '');
  await expect(page.locator('#hours')).toHaveValue('40');
  expect(await value(page, 'total-in-house')).toBeGreaterThan(0);
});

test('an embed shows its own header at once', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./?embed=1&title=0');
  await expect(page.locator('.embed-header')).toHaveCount(1);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.embed-header h1')).toHaveClass('sr-only');
  await expect(page.locator('#total-in-house')).toHaveCount(1);
  release();
  await ready(page, { folded: true });
  await expect(page.locator('.embed-header')).toHaveCount(1);
});

test('what is typed before the app starts is kept', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  await page.locator('#hours').fill('40');
  await page.locator('#task').selectOption('bookkeeping');
  release();
  await ready(page, { folded: true });
  await expect(page.locator('#hours')).toHaveValue('40');
  await expect(page.locator('#task')).toHaveValue('bookkeeping');
  await expect.poll(() => new URL(page.url()).searchParams.get('hours')).toBe('40');
});

test('a saved scenario is not shown as the defaults while the app loads', async ({ page }) => {
  await page.goto('./');
  await ready(page, { folded: true });
  await page.locator('#hours').fill('44');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('outsource-check:scenario') || '')).toContain('hours=44');
  const release = await holdWasm(page);
  await page.goto('./');
  await expect(page.locator('#app')).toHaveAttribute('data-pending', '');
  await expect(page.locator('#total-in-house')).toHaveCount(0);
  release();
  await ready(page, { folded: true });
  await expect(page.locator('#hours')).toHaveValue('44');
});
