// Busy seasons: a workload that varies shows its monthly chart (in a fold,
// built when opened) and says how in-house gets through the busy months.
import { test, expect } from '@playwright/test';
import { open, expectNoNaN } from './app.mjs';

test('a seasonal link shows the monthly chart and the seasonal sentence', async ({ page }) => {
  await open(page, 'peak=200&peakmonths=2&hours=60', { folded: true });
  const fold = page.locator('#season-fold');
  await expect(fold).toBeVisible();
  await expect(fold.locator('#season-chart')).toHaveCount(0);
  await fold.locator('summary').click();
  await expect(fold.locator('#season-chart svg')).toBeVisible();
  await expect(fold.locator('#season-chart svg rect')).toHaveCount(24);
  await expect(page.locator('#season-verdict')).toContainText('busy months');
  await expectNoNaN(page);
});

test('a steady workload has no monthly chart, no seasonal sentence and no tipping peak', async ({ page }) => {
  await open(page, 'hours=60', { folded: true });
  await expect(page.locator('#results-h')).toBeVisible();
  await expect(page.locator('#tip-peak')).toHaveAttribute('data-value', '');
  await expect(page.locator('#season-fold')).toHaveCount(0);
  await expect(page.locator('#season-verdict')).toHaveCount(0);
});
