// Languages: chosen by link, saved choice or browser; switched in the page;
// German laid out at 320 and 360 px; a pseudo-language that shows any text
// bypassing the catalogue; offline in the language in use.
import { test, expect } from '@playwright/test';
import { open, ready, unfoldAll, expectAxeClean, value, waitForSaved } from './app.mjs';

/** The page's visible text, without what is meant to stay as it is: the
 *  sources' own titles (in the "Source" notes), the language names in the
 *  switcher, and the embed snippets (code). */
const visibleText = (page) => page.evaluate(() => {
  const skip = 'details.source, .lang-switch select, textarea, script, style, [aria-hidden="true"]';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest(skip)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (el.closest('.sr-only, .print-only')) continue;
    out.push(n.textContent);
  }
  return out.join(' ').replace(/\s+/g, ' ');
});

/** Words broken across two lines: a word whose box has more than one line. */
const brokenWords = (page) => page.evaluate(() => {
  const walker = document.createTreeWalker(document.querySelector('#app'), NodeFilter.SHOW_TEXT);
  const broken = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !el.offsetParent || el.closest('svg, textarea, .sr-only')) continue;
    const text = n.textContent;
    for (const m of text.matchAll(/\S{6,}/g)) {
      const r = document.createRange();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      const lines = new Set([...r.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
      if (lines.size > 1) broken.push(m[0]);
    }
  }
  return broken;
});

/** English sentences: runs of common English words. */
const ENGLISH = /\b(the|and|your|you|with|of the|to the|is|are|this|that|which|per month|in-house)\b/gi;

for (const width of [320, 360]) {
  test(`German at ${width} px: all German, nothing sideways, no word broken, axe clean`, async ({ page }, info) => {
    test.skip(info.project.name !== 'phone', 'a phone width');
    await page.setViewportSize({ width, height: 740 });
    await open(page, 'lang=de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await unfoldAll(page);
    const text = await visibleText(page);
    const english = [...text.matchAll(ENGLISH)].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40));
    expect(english, 'English in the German page').toEqual([]);
    // The employer's share, not "Lohnnebenkosten" (which counts paid leave: i18n/GLOSSARY.md).
    expect(text).toContain('Arbeitgeberanteil Sozialabgaben');
    expect(text).not.toContain('Lohnnebenkosten');
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
    expect(await brokenWords(page)).toEqual([]);
    await expectAxeClean(page);
  });
}

test('the pseudo-language shows no text that bypassed the catalogue, and nothing scrolls sideways', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'once is enough');
  await open(page, 'lang=xx-pseudo');
  await unfoldAll(page);
  const text = await visibleText(page);
  // Pseudo accents every a, e, i, o, u: a word of plain ASCII letters with a
  // plain vowel was not translated. Units and codes are short; currency
  // codes and "FTE" are upper case.
  const plain = [...text.matchAll(/\b[A-Za-z]*[aeiou][A-Za-z]*\b/g)].map((m) => m[0]).filter((w) => w.length >= 3 && w !== w.toUpperCase());
  expect([...new Set(plain)]).toEqual([]);
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  expect(scroll).toBeLessThanOrEqual(inner);
});

test('the browser\'s language on a first visit; a link\'s lang wins; a bad lang is named', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:8099/');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('#lang')).toHaveValue('fr');
  await page.goto('http://127.0.0.1:8099/?lang=nl');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.goto('http://127.0.0.1:8099/?lang=tlh');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('#notices')).toContainText('tlh');
  await context.close();
});

test('numbers follow the page\'s language, not the browser\'s: German on an English browser', async ({ page }) => {
  // The context's browser locale is en-US; the link asks for German.
  await open(page, 'lang=de&currency=eur&hours=120&rate=31.5');
  // German grouping and the symbol after the amount: "43.750 €".
  await expect(page.locator('#total-in-house')).toHaveText(/^\d{1,3}(\.\d{3})*\u00a0€$/);
  // A value from the link is shown with the German decimal comma.
  await expect(page.locator('#rate')).toHaveValue('31,5');
  // A German field reads "1.234" as a thousand, as its help text writes it.
  await page.locator('#hours').fill('1.234');
  await waitForSaved(page, { hours: '1234' });
  // Limits in messages are German numbers too: at most 2.000 hours.
  await page.locator('#hours').fill('3000');
  await expect(page.locator('#hours-err')).toContainText('2.000');
  await open(page, 'lang=fr&currency=usd');
  await expect(page.locator('#total-in-house')).toHaveText(/^\d{1,3}(\u202f\d{3})*\u00a0\$US$/);
});

test('switching keeps the scenario, lands in the address and is remembered', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'once is enough');
  await open(page);
  await page.locator('#hours').fill('77');
  await waitForSaved(page, { hours: '77' });
  const total = await value(page, 'total-in-house');
  await page.locator('#lang').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await ready(page);
  await expect(page).toHaveURL(/lang=fr/);
  await expect(page.locator('#hours')).toHaveValue('77');
  expect(await value(page, 'total-in-house')).toBe(total);
  // The share link and the embed carry the language.
  await expect(page.locator('#share-link')).toHaveValue(/lang=fr/);
  // Remembered: the bare address opens in French.
  await page.goto('./');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.locator('#lang').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('offline: the language in use keeps working; switching to one not loaded says what it needs', async ({ page, context }, info) => {
  test.skip(info.project.name !== 'desktop', 'once is enough');
  await open(page, 'lang=de');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // The worker keeps German's catalogue (fetched before it was in control).
  await expect.poll(() => page.evaluate(async () => {
    for (const n of await caches.keys()) if (await (await caches.open(n)).match('i18n/de.ids.json')) return true;
    return false;
  })).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.locator('#lang').selectOption('nl');
  await expect(page.locator('#lang-status')).toContainText('Nederlands');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('#lang')).toHaveValue('de');
  await context.setOffline(false);
});
