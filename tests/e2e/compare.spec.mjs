// Options side by side: build a comparison, share it, open it elsewhere,
// remove one, export it, embed it.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { open, value, expectAxeClean, expectNoNaN } from './app.mjs';

/** Each option's number and raw total, as the comparison shows them. */
async function totals(page) {
  return page.locator('#compare [data-option]').evaluateAll((els) =>
    els.map((e) => ({ option: e.dataset.option, total: Number(e.dataset.total), name: e.querySelector('h3 .name').textContent })));
}

/** A freelancer in Latin America (the default scenario), the hire, and an
 *  agency in Eastern Europe at $45/h. */
async function threeOptions(page) {
  await open(page);
  // Before the first option: one button under the results, no card.
  await expect(page.locator('#compare-add-hire')).toHaveCount(0);
  await page.locator('#compare-add').click();
  await expect(page.locator('#compare [data-option]')).toHaveCount(1);
  await page.locator('#compare-add-hire').click();
  await expect(page.locator('#compare [data-option]')).toHaveCount(2);
  await page.locator('#region').selectOption('eastern-europe');
  await page.locator('#provider').selectOption('agency');
  await page.locator('#rate').fill('45');
  await page.locator('#compare-add').click();
  await expect(page.locator('#compare [data-option]')).toHaveCount(3);
}

test('three options on a phone: shared by link, opened elsewhere with the same totals, one removed', async ({ page, browser }) => {
  await threeOptions(page);
  const built = await totals(page);
  expect(built.map((o) => o.name)).toEqual([
    expect.stringMatching(/^1\. Freelancer, Latin America, \$[\d.]+\/h/),
    expect.stringMatching(/^2\. Hire, [\d.]+ h a week/),
    expect.stringMatching(/^3\. Agency, Eastern Europe, \$45\/h/),
  ]);
  // Each option's total is the total of that scenario opened alone: the
  // agency is the scenario on screen.
  expect(built[2].total).toBeCloseTo(await value(page, 'total-outsourced'), 2);
  // The cheapest is marked, and the verdict names it.
  const cheapest = built.reduce((a, b) => (b.total < a.total ? b : a));
  await expect(page.locator(`#compare [data-option="${cheapest.option}"]`)).toHaveClass(/cheapest/);
  await expect(page.locator('#compare-verdict')).toContainText('Cheapest on cost');
  // The first screen still holds the answer; the comparison comes below it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator('#total-outsourced')).toBeInViewport();
  if (test.info().project.name === 'phone') await expect(page.locator('#compare')).not.toBeInViewport();

  // The link carries every option.
  await page.locator('#share-link').waitFor();
  await expect.poll(() => page.locator('#share-link').inputValue()).toContain('o3=');
  const link = await page.locator('#share-link').inputValue();
  expect(link.length).toBeLessThan(1200);

  const other = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, baseURL: test.info().project.use.baseURL });
  const fresh = await other.newPage();
  await fresh.goto(link);
  await fresh.waitForSelector('#app[data-ready]');
  await expect(fresh.locator('#compare [data-option]')).toHaveCount(3);
  expect(await totals(fresh)).toEqual(built);

  // Removing one keeps the others' figures.
  await fresh.locator('#compare [data-option="2"] [data-remove]').click();
  await expect(fresh.locator('#compare [data-option]')).toHaveCount(2);
  const left = await totals(fresh);
  expect(left.map((o) => o.total)).toEqual([built[0].total, built[2].total]);
  await expectNoNaN(fresh);
  await expectAxeClean(fresh);
  await other.close();
  await expectAxeClean(page);
});

test('an option opened, edited, renamed and moved to the front', async ({ page }) => {
  await threeOptions(page);
  const before = await totals(page);
  // Option 1 is the freelancer in Latin America: opening it puts it on screen.
  await page.locator('#compare [data-option="1"] [data-open]').click();
  await expect(page.locator('#region')).toHaveValue('latin-america');
  await expect(page.locator('#provider')).toHaveValue('freelancer');
  await expect(page.locator('#compare [data-option="1"]')).toHaveClass(/editing/);
  // Edits on screen go into the option being edited, and only that one.
  await page.locator('#hours').fill('120');
  await expect.poll(async () => (await totals(page))[0].total).toBeGreaterThan(before[0].total);
  const after = await totals(page);
  expect([after[1].total, after[2].total]).toEqual([before[1].total, before[2].total]);
  expect(after[0].total).toBeCloseTo(await value(page, 'total-outsourced'), 2);
  await page.locator('#compare-stop').click();
  await expect(page.locator('#compare [data-option="1"]')).not.toHaveClass(/editing/);

  await page.locator('#compare-name-3').fill('Ana in Kraków');
  await page.locator('#compare-name-3').press('Enter');
  await expect(page.locator('#compare [data-option="3"] h3')).toContainText('Ana in Kraków');
  await page.locator('#compare [data-option="3"] [data-front]').click();
  await expect(page.locator('#compare [data-option="1"] h3')).toContainText('Ana in Kraków');
  await expect(page.locator('#compare [data-option="1"] .difference')).toContainText('The others are set against this one');
  // Saved with the scenario: a reload keeps the options and the name.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('outsource-check:scenario') || '')).toContain('o1n=Ana');
  await page.reload();
  await page.waitForSelector('#app[data-ready]');
  await expect(page.locator('#compare [data-option="1"] h3')).toContainText('Ana in Kraków');
  await expect(page.locator('#compare [data-option]')).toHaveCount(3);
});

test('four options at most; the embed shows the comparison; CSV carries every option', async ({ page }, info) => {
  await threeOptions(page);
  await page.locator('#compare-add-hire').click();
  await expect(page.locator('#compare [data-option]')).toHaveCount(4);
  await expect(page.locator('#compare-add')).toBeDisabled();
  const built = await totals(page);

  // Print shows the comparison, the cards and the chart, without its buttons or name fields.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#compare [data-option="4"]')).toBeVisible();
  await expect(page.locator('#compare-chart')).toBeVisible();
  await expect(page.locator('#compare-add')).toBeHidden();
  await expect(page.locator('#compare-name-1')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  const link = new URL(await page.locator('#share-link').inputValue());
  await page.goto(`./?embed=1&${link.searchParams}`);
  await page.waitForSelector('#app[data-ready]');
  await expect(page.locator('#compare [data-option]')).toHaveCount(4);
  expect(await totals(page)).toEqual(built);
  await expect(page.locator('#compare-add')).toHaveCount(0);

  test.skip(info.project.name !== 'desktop', 'downloads once is enough');
  await open(page, link.search.slice(1));
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  const csvPath = info.outputPath('comparison.csv');
  await csv.saveAs(csvPath);
  const rows = fs.readFileSync(csvPath, 'utf8').trim().split('\n').filter((l) => l.startsWith('comparison,'));
  // Each option: its total and per month, then its range's two ends; then the cheapest.
  expect(rows).toHaveLength(4 * 3 + 1);
  for (const [n, o] of built.entries()) {
    const row = rows[n * 3];
    expect(row).toContain(`"${o.name}"`);
    expect(row.split(',').at(-2)).toBe(o.total.toFixed(2));
  }
});
