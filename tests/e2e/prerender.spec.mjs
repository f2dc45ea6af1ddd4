// The answer at first paint: the first screen is pre-rendered at build time
// (scripts/prerender.mjs) and chosen before the first paint by the inline
// scripts (assets/choose.js, assets/start.js); a link's headline is put in
// by the small headline wasm (first/, src/model/first.rs) while the app's
// wasm is still on its way. Each test holds the app's wasm back, so what it
// sees is the page before the app ran.
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

/** Hold only the app's wasm: the headline's small wasm (first-*.wasm) runs. */
async function holdApp(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return () => release();
}

const HEADLINE = ['results-h', 'verdict', 'season-verdict', 'total-in-house', 'month-in-house', 'hour-in-house', 'total-outsourced', 'month-outsourced', 'hour-outsourced'];

/** The headline as shown: each element's text and raw value, by id. */
function headline(page) {
  return page.evaluate((ids) => ids.map((id) => {
    const e = document.getElementById(id);
    return e ? [id, e.textContent, e.getAttribute('data-value')] : [id, null];
  }), HEADLINE);
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

test('a link shows the layout in its language with the figures hidden until a headline is worked out, then its own figures', async ({ page }) => {
  // Every wasm held: not even the headline's small one has run.
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

// Links the build could not pre-render: their headline comes from the small
// wasm before the app's arrives, and is exactly what the app then shows.
const LINKS = [
  { name: 'a link', query: '?task=bookkeeping&hours=40', locale: 'en-US', verdict: /^(Outsourcing saves|Keeping it in-house)/ },
  { name: 'a German link on an English phone', query: '?lang=de&task=bookkeeping&hours=40', locale: 'en-US', verdict: /^(Auslagern|Im eigenen)/ },
  { name: 'an embed with its preset', query: '?embed=1&task=seo&hours=30&home=uk&region=eastern-europe', locale: 'en-US', verdict: /£/ },
  { name: 'the software option in French', query: '?lang=fr&home=fr&task=customer-support&provider=software', locale: 'fr-FR', verdict: /€/ },
  { name: 'a seasonal workload in Dutch', query: '?lang=nl&home=nl&task=bookkeeping&hours=40&peak=160&peakmonths=3', locale: 'nl-NL', verdict: /€/ },
  { name: 'a first visit from the United Kingdom', query: '', locale: 'en-GB', verdict: /£/ },
];

for (const l of LINKS) {
  test(`${l.name}: the headline before the app is the app's, to the cent`, async ({ browser }, info) => {
    test.skip(info.project.name !== 'phone', 'one viewport is enough');
    const context = await browser.newContext({ locale: l.locale, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, baseURL: info.project.use.baseURL, serviceWorkers: 'block' });
    const page = await context.newPage();
    const violations = [];
    await page.exposeFunction('__cspViolation', (d) => violations.push(d));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    const release = await holdApp(page);
    await page.goto(`./${l.query}`);
    await expect(page.locator('html')).toHaveAttribute('data-first', '');
    await expect(page.locator('html')).not.toHaveAttribute('data-started', '');
    await expect(page.locator('#app')).toHaveAttribute('data-pending', '');
    await expect(page.locator('#total-in-house')).toBeVisible();
    await expect(page.locator('#verdict')).toBeVisible();
    await expect(page.locator('#verdict')).toHaveText(l.verdict);
    // The rest of the layout still waits for the app.
    await expect(page.locator('#hours')).toBeDisabled();
    const before = await headline(page);
    release();
    await ready(page, { folded: true });
    expect(await headline(page)).toEqual(before);
    if (l.query.includes('peak')) expect(before.find(([id]) => id === 'season-verdict')[1]).toBeTruthy();
    expect(violations).toEqual([]);
    await context.close();
  });
}

test('an embed shows its own header at once', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./?embed=1&title=0');
  await expect(page.locator('.embed-header')).toHaveCount(1);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.embed-header h1')).toHaveClass('sr-only');
  await expect(page.locator('#total-in-house')).toHaveCount(1);
  // Its link to the full calculator, before the app: this host, the defaults.
  const before = new URL(await page.locator('.embed-header a').evaluate((a) => a.href));
  expect(before.origin).toBe(new URL(page.url()).origin);
  expect(before.searchParams.get('task')).toBe('web-dev');
  release();
  await ready(page, { folded: true });
  await expect(page.locator('.embed-header')).toHaveCount(1);
});

test('an embed with no scenario links to the defaults at the reader\'s home before the app runs, as the app does', async ({ browser }, info) => {
  const context = await browser.newContext({ locale: 'en-GB', baseURL: info.project.use.baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    const release = await holdWasm(page);
    await page.goto('./?embed=1');
    const link = page.locator('.embed-header a');
    const before = new URL(await link.evaluate((a) => a.href));
    expect(before.origin + before.pathname).toBe(new URL(page.url()).origin + new URL(page.url()).pathname);
    expect(before.searchParams.get('home')).toBe('uk');
    release();
    await ready(page, { folded: true });
    const after = new URL(await link.evaluate((a) => a.href));
    expect(Object.fromEntries(after.searchParams)).toEqual(Object.fromEntries(before.searchParams));
  } finally {
    await context.close();
  }
});

test('an embed\'s link to the full calculator opens its own scenario before the app runs, and the app\'s agrees', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./?embed=1&task=bookkeeping&hours=40&theme=dark');
  const link = page.locator('.embed-header a');
  const before = new URL(await link.evaluate((a) => a.href));
  expect(before.origin).toBe(new URL(page.url()).origin);
  expect(before.pathname).toBe(new URL(page.url()).pathname);
  expect([...before.searchParams]).toEqual([['task', 'bookkeeping'], ['hours', '40']]);
  release();
  await ready(page, { folded: true });
  const after = new URL(await link.evaluate((a) => a.href));
  expect(after.origin + after.pathname).toBe(before.origin + before.pathname);
  expect(after.searchParams.get('task')).toBe('bookkeeping');
  expect(after.searchParams.get('hours')).toBe('40');
});

// On the plain address the app waits for the reader's first touch
// (assets/choose.js); the pre-rendered language switcher works without it,
// and choosing in it does not wake the app under the open picker.
test('the pre-rendered language switcher works before the app, and leaves it asleep', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#total-in-house')).toHaveAttribute('data-value', /\d/);
  await page.locator('#lang').focus();
  expect(await page.evaluate(() => !!window.__outsourceCheckStart.started)).toBe(false);
  await page.locator('#lang').selectOption('de');
  await page.waitForURL(/[?&]lang=de$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('.site-header h1')).toHaveText('Auslagern oder im eigenen Betrieb behalten?');
  expect(await page.evaluate(() => localStorage.getItem('outsource-check:lang'))).toBe('de');
  await ready(page, { folded: true });
  await expect(page.locator('#lang')).toHaveValue('de');
  await expect(page.locator('#lang')).toHaveCount(1);
});

test('offline, the pre-rendered switcher hands a language whose catalogue cannot be fetched to the app, which says so in the page\'s words; the page stays', async ({ browser }, info) => {
  const context = await browser.newContext({ locale: 'de-DE', baseURL: info.project.use.baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    // (The French catalogue cannot be fetched: the connection is down for it.)
    await page.route(/\/i18n\/fr\.ids\.json$/, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await expect(page.locator('#total-in-house')).toHaveAttribute('data-value', /\d/);
    await expect(page.locator('#total-in-house')).toContainText('€');
    expect(await page.evaluate(() => !!window.__outsourceCheckStart.started)).toBe(false);
    const address = page.url();
    await page.locator('#lang').selectOption('fr');
    await expect(page.locator('#lang-status')).toHaveText('Français benötigt beim ersten Aufruf eine Internetverbindung, die gerade fehlt. Die Seite bleibt unverändert; versuchen Sie es erneut, wenn Sie online sind.');
    await expect(page.locator('#lang')).toHaveValue('de');
    await expect(page.locator('#lang')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect(page.url()).toBe(address);
    expect(await page.evaluate(() => localStorage.getItem('outsource-check:lang'))).toBe(null);
  } finally {
    await context.close();
  }
});

const asked = (page) => page.evaluate(() => !!window.__outsourceCheckStart.started);

test('the first touch on a fold of the plain address: the app wakes, and the fold stays open with the focus on it', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  await expect(page.locator('#total-in-house')).toHaveAttribute('data-value', /\d/);
  expect(await asked(page)).toBe(false);
  await page.locator('#contractor-rule summary').click();
  expect(await asked(page)).toBe(true);
  await expect(page.locator('#contractor-rule')).toHaveAttribute('open', '');
  release();
  await ready(page, { folded: true });
  await expect(page.locator('#contractor-rule')).toHaveAttribute('open', '');
  await expect(page.locator('#contractor-rule summary')).toBeFocused();
  // The app's fold built its body on opening.
  await expect(page.locator('#contractor-rule > :not(summary)').first()).toBeVisible();
});

test('a select of the plain address wakes the app at its change, not as its picker opens; the figures then wait for the app', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  await expect(page.locator('#total-in-house')).toBeVisible();
  await page.locator('#task').focus();
  await page.keyboard.press('Space');
  expect(await asked(page)).toBe(false);
  await page.locator('#task').selectOption('bookkeeping');
  expect(await asked(page)).toBe(true);
  // The default's figures are no longer this page's: hidden, not shown stale.
  await expect(page.locator('#app')).toHaveAttribute('data-pending', '');
  await expect(page.locator('#total-in-house')).toBeHidden();
  release();
  await ready(page, { folded: true });
  await expect(page.locator('#task')).toHaveValue('bookkeeping');
  await expect(page.locator('#app')).not.toHaveAttribute('data-pending', '');
  await expect(page.locator('#total-in-house')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('task')).toBe('bookkeeping');
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

test('a saved scenario is not shown as the defaults while the app loads: its own headline is', async ({ page }) => {
  await page.goto('./');
  await ready(page, { folded: true });
  await page.locator('#hours').fill('44');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('outsource-check:scenario') || '')).toContain('hours=44');
  const after = await headline(page);
  const release = await holdApp(page);
  await page.goto('./');
  await expect(page.locator('#app')).toHaveAttribute('data-pending', '');
  await expect(page.locator('html')).toHaveAttribute('data-first', '');
  expect(await headline(page)).toEqual(after);
  release();
  await ready(page, { folded: true });
  await expect(page.locator('#hours')).toHaveValue('44');
  expect(await headline(page)).toEqual(after);
});

// The app's start comes in short tasks (src/ui/mod.rs, `hold_page`): its
// first task sets up the state while the pre-rendered page stays on screen,
// and the next one builds the first screen in its place. Watched after
// every batch of changes to the page: never an empty #app once started, the
// pre-rendered page seen there after the start, and in the end only the
// app's own page.
test('the pre-rendered page stays on screen until the app has built its first screen', async ({ page }) => {
  await page.addInitScript(() => {
    const seen = { empty: 0, held: 0 };
    window.__held = seen;
    new MutationObserver(() => {
      const app = document.getElementById('app');
      if (!app || !document.documentElement.hasAttribute('data-started')) return;
      // The header stays for good: what must never be missing is a page body.
      if (!app.querySelector('main')) seen.empty += 1;
      if (app.hasAttribute('data-prerendered') && app.querySelector('#total-in-house')) seen.held += 1;
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto('./');
  await ready(page, { folded: true });
  const seen = await page.evaluate(() => window.__held);
  expect(seen.empty).toBe(0);
  expect(seen.held).toBeGreaterThan(0);
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered', /.*/);
  await expect(page.locator('#total-in-house')).toHaveCount(1);
  await expect(page.locator('#total-in-house')).toHaveAttribute('data-value', /\d/);
});

// What the reader does in the held page carries on in the app's: here a
// value typed into it right after the app started (the held page's own
// field, before the app's first screen replaced it), and the field with the
// focus.
test('typing and focus in the pre-rendered page while the app starts carry on in the app', async ({ page }) => {
  await page.addInitScript(() => {
    let done = false;
    new MutationObserver(() => {
      const app = document.getElementById('app');
      if (done || !document.documentElement.hasAttribute('data-started') || !app?.hasAttribute('data-prerendered')) return;
      const hours = document.getElementById('hours');
      if (!hours) return;
      done = true;
      hours.value = '44';
      hours.dispatchEvent(new Event('input', { bubbles: true }));
    }).observe(document, { attributes: true, childList: true, subtree: true });
  });
  const release = await holdWasm(page);
  await page.goto('./');
  await page.locator('#task').focus();
  release();
  await ready(page, { folded: true });
  await expect(page.locator('#hours')).toHaveValue('44');
  await expect.poll(() => new URL(page.url()).searchParams.get('hours')).toBe('44');
  await expect(page.locator('#task')).toBeFocused();
});

// The pre-rendered header is the page's for good: the app renders only the
// language switcher into it. Replaced by an identical header, its lede (the
// largest text) was counted by Chromium as a new largest paint when the app
// started, and Lighthouse's time to interactive waited for it.
for (const v of [FIRST_VISITS[0], FIRST_VISITS[1]]) {
  test(`the pre-rendered header stays and the largest paint is the first one (${v.locale})`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ locale: v.locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__lcp = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__lcp.push({ at: e.startTime, el: e.element });
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      // start.js has put the page's language in before this fires.
      document.addEventListener('DOMContentLoaded', () => {
        window.__header = document.querySelector('#app > header.site-header');
        window.__lede = window.__header?.querySelector('p.lede');
      });
      new MutationObserver(() => {
        if (window.__started === undefined && document.documentElement.hasAttribute('data-started')) window.__started = performance.now();
      }).observe(document, { attributes: true, subtree: true });
    });
    const release = await holdWasm(page);
    await page.goto('./');
    // The first paint is in before the app may start.
    await expect.poll(() => page.evaluate(() => window.__lcp.length)).toBeGreaterThan(0);
    release();
    await ready(page, { folded: true });
    const phone = testInfo.project.name === 'phone';
    const got = await page.evaluate((phone) => {
      const header = document.querySelector('header.site-header');
      const last = window.__lcp[window.__lcp.length - 1];
      return {
        same: header === window.__header && header.querySelector('p.lede') === window.__lede,
        headers: document.querySelectorAll('header.site-header').length,
        switchers: document.querySelectorAll('#lang').length,
        switcherInHeader: !!header.querySelector('.lang-switch > select#lang'),
        lcpIsLede: phone ? last.el === window.__lede : 'not checked',
        lcpBeforeStart: phone ? last.at < window.__started : 'not checked',
        lang: document.getElementById('lang').value,
      };
    }, phone);
    // On a phone the lede is the largest text, and stays the largest paint.
    // On a desktop the largest may be in the body the app replaces: only the
    // header is checked there.
    const checked = phone || 'not checked';
    expect(got).toEqual({ same: true, headers: 1, switchers: 1, switcherInHeader: true, lcpIsLede: checked, lcpBeforeStart: checked, lang: v.lang });
    await context.close();
  });
}
