// An honest verdict on the page: the range, the tipping points, the FTE in the
// open, break-even within capacity, and checklist answers that change costs.
import { test, expect } from '@playwright/test';
import { open, value, unfoldAll, expectAxeClean, expectNoNaN } from './app.mjs';

test('the saving is shown as a range that contains it, with what moves it most', async ({ page }) => {
  await open(page);
  const [low, saving, high] = [await value(page, 'saving-low'), await value(page, 'saving'), await value(page, 'saving-high')];
  expect(low).toBeLessThan(saving);
  expect(high).toBeGreaterThan(saving);
  await expect(page.locator('#range')).toContainText('moves it most');
  expect(await page.locator('#tornado svg rect.tor-worse').count()).toBeGreaterThan(3);
  await unfoldAll(page);
  await expectAxeClean(page);
  await expectNoNaN(page);
});

test('a link at the tipping rate shows a saving of zero', async ({ page }) => {
  await open(page, 'task=bookkeeping&home=uk&region=south-asia');
  const tip = await page.locator('#tip-rate').getAttribute('data-value');
  expect(Number(tip)).toBeGreaterThan(0);
  await open(page, `task=bookkeeping&home=uk&region=south-asia&rate=${tip}`);
  expect(Math.abs(await value(page, 'saving'))).toBeLessThan(0.01);
  await expect(page.locator('#rate-class')).toHaveAttribute('data-value', 'NoSaving');
});

test('the employment fraction and the idle hours are in the open', async ({ page }) => {
  await open(page);
  expect(await value(page, 'fte-costed')).toBe(0.525);
  expect(await value(page, 'fte-needed')).toBeLessThan(0.525);
  expect(await value(page, 'idle-cost')).toBeGreaterThan(0);
  await expect(page.locator('#fte-note')).toContainText('of the saving');
  // Break-even beyond what 0.525 FTE delivers is said, with staff scaled to the work.
  await expect(page.locator('#break-even-note')).toContainText('more than the');
  await expect(page.locator('#break-even-note')).toContainText('staff scaled to the work');
});

test('a "no trial" answer says what it costs, and the verdict quotes the saving with the gap closed', async ({ page }) => {
  await open(page);
  const before = await value(page, 'total-outsourced');
  await page.locator('label[for="q-trial-n"]').click();
  await expect(page.locator('#note-trial')).toContainText('This answer changes the costs');
  await expect.poll(() => value(page, 'total-outsourced')).not.toBe(before);
  await expect(page.locator('#readiness-verdict')).toContainText('once you close 1 gap');
  await expect(page.locator('#readiness-verdict')).toContainText('with it open, it saves');
  // The fair-rate question shows the class the calculator found.
  await expect(page.locator('#note-fair-rate')).toContainText('The rate you entered is fair');
});

test('a no on the core competency says keep it in-house, not "not yet"', async ({ page }) => {
  await open(page);
  await page.locator('label[for="q-not-core-n"]').click();
  await expect(page.locator('#readiness-verdict')).toContainText('but keep it in-house');
  await expect(page.locator('#readiness-verdict')).not.toContainText('not yet');
  // One answer is never 100% ready.
  await page.locator('label[for="q-not-core-y"]').click();
  expect(await value(page, 'readiness-score')).toBeLessThan(20);
});
