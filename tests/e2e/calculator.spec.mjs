// The calculator page on a phone and a desktop viewport.
import { test, expect } from '@playwright/test';
import { open, value, optionValues, unfoldAll, expectAxeClean, expectNoNaN } from './app.mjs';

test('defaults render both totals', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await open(page);
  expect(await value(page, 'total-in-house')).toBeGreaterThan(0);
  expect(await value(page, 'total-outsourced')).toBeGreaterThan(0);
  await expect(page.locator('#verdict')).toContainText(/Outsourcing saves|in-house is cheaper|about the same/);
  await expect(page.locator('#readiness-verdict')).toContainText('Answer the readiness checklist');
  await expect(page.locator('#total-in-house')).toHaveText(/\$\d/);
  await expectNoNaN(page);
  expect(errors).toEqual([]);
});

test('typing changes the totals live', async ({ page }) => {
  await open(page);
  const before = await value(page, 'total-outsourced');
  await page.locator('#hours').fill('120');
  await expect.poll(() => value(page, 'total-outsourced')).toBeGreaterThan(before);
  await page.locator('#rate').fill('$45/h');
  await expect.poll(() => value(page, 'hour-outsourced')).toBeGreaterThan(45);
});

test('a bad entry is flagged beside its field and keeps the other fields', async ({ page }) => {
  await open(page);
  await page.locator('#rate').fill('30');
  await page.locator('#hours').fill('90');
  const total = await value(page, 'total-outsourced');
  await page.locator('#hours').fill('ninety');
  await expect(page.locator('#hours-err')).toHaveText(/Not a number/);
  await expect(page.locator('#hours')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#rate')).toHaveValue('30');
  expect(await value(page, 'total-outsourced')).toBe(total);
  await expectNoNaN(page);
  await page.locator('#hours').fill('1e309');
  await expect(page.locator('#hours-err')).toBeVisible();
  await page.locator('#hours').fill('90');
  await expect(page.locator('#hours-err')).toHaveCount(0);
});

test('charts and the region table render; a row sets the region', async ({ page }) => {
  await open(page);
  expect(await page.locator('#breakdown-chart svg rect').count()).toBeGreaterThan(3);
  await expect(page.locator('#breakeven-chart svg line.line-outsourced')).toHaveCount(1);
  await expect(page.locator('#fair-band svg line.marker-rate')).toHaveCount(1);
  await expect(page.locator('#fair-band svg line.marker-breakeven')).toHaveCount(1);
  await expect(page.locator('#rate-class')).toHaveAttribute('data-value', 'Fair');
  // One row per region the region select offers.
  const regions = await optionValues(page, 'region');
  expect(regions.length).toBeGreaterThan(1);
  await expect(page.locator('#region-table tbody tr')).toHaveCount(regions.length);
  await page.locator('tr[data-region="southeast-asia"] button.pick').click();
  await expect(page.locator('#region')).toHaveValue('southeast-asia');
  await expect(page.locator('tr.chosen')).toHaveAttribute('data-region', 'southeast-asia');
  // Sorting by region name puts North America first.
  await page.getByRole('button', { name: 'Region', exact: true }).click();
  await expect(page.locator('#region-table tbody tr').first()).toHaveAttribute('data-region', 'north-america');
});

test('a folded group opens and its fields change the result', async ({ page }) => {
  await open(page);
  const before = await value(page, 'total-in-house');
  await page.getByText('In-house details').click();
  await page.locator('#salary').fill('150,000');
  await expect.poll(() => value(page, 'total-in-house')).toBeGreaterThan(before);
  await page.locator('#oncost').fill('150');
  await expect(page.locator('#oncost-err')).toHaveText(/at most 100%/);
});

test('nothing scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page);
  await unfoldAll(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violations (${scheme})`, async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page);
    await unfoldAll(page);
    await expectAxeClean(page);
    await page.screenshot({ path: `test-results/screens/${info.project.name}-${scheme}.png`, fullPage: true });
  });
}

test('money limits follow the currency: a rupee rate of 2,500 an hour is accepted', async ({ page }) => {
  await open(page);
  await unfoldAll(page);
  await page.locator('#currency').selectOption('INR');
  await expect(page.locator('#total-outsourced')).toHaveText(/₹/);
  // Every field's default and help follow the currency too.
  await expect(page.locator('#salary')).toHaveAttribute('placeholder', /₹/);
  await expect(page.locator('#seat-help')).toContainText('₹');
  const before = await value(page, 'hour-outsourced');
  await page.locator('#rate').fill('2500');
  // Only an accepted rate moves the figures (a refused one keeps the last good result).
  await expect.poll(() => value(page, 'hour-outsourced')).not.toBe(before);
  expect(await value(page, 'hour-outsourced')).toBeGreaterThanOrEqual(2500);
  await expect(page.locator('#rate')).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('#rate-err')).toHaveCount(0);
  // In dollars the cap is 2,000: the cap itself is accepted, a rate past it
  // (as the rupee one above would be) is refused and says so.
  await page.locator('#currency').selectOption('USD');
  await expect(page.locator('#total-outsourced')).toHaveText(/\$/);
  const inDollars = await value(page, 'hour-outsourced');
  await page.locator('#rate').fill('2000');
  await expect.poll(() => value(page, 'hour-outsourced')).not.toBe(inDollars);
  await expect(page.locator('#rate-err')).toHaveCount(0);
  await page.locator('#rate').fill('2501');
  await expect(page.locator('#rate-err')).toContainText('at most 2,000');
  await expect(page.locator('#rate')).toHaveAttribute('aria-invalid', 'true');
});
