// Page helpers shared by the end-to-end specs.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Open the app (optionally with a query) and wait for the ready signal. */
export async function open(page, query = '') {
  await page.goto(query ? `./?${query}` : './');
  await page.waitForSelector('#app[data-ready]');
}

/** The raw number behind a headline figure. */
export async function value(page, id) {
  const v = await page.locator(`#${id}`).getAttribute('data-value');
  return v === '' ? null : Number(v);
}

/** Open every folded group so scans and layout checks see all of it. */
export async function unfoldAll(page) {
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
}

/** axe scan: zero violations, with readable output when there are some. */
export async function expectAxeClean(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`);
  expect(summary).toEqual([]);
}

/** No NaN or Infinity anywhere on the page. */
export async function expectNoNaN(page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/NaN|Infinity/);
}
