// The readiness checklist changes the verdict and builds the to-do list.
import { test, expect } from '@playwright/test';
import { open, value, checklistIds, expectAxeClean, unfoldAll } from './app.mjs';

test('answering the checklist changes the verdict and the to-do list', async ({ page }) => {
  await open(page);
  const verdict = page.locator('#readiness-verdict');
  await expect(verdict).toContainText('Answer the readiness checklist');
  await expect(page.locator('#readiness-score')).toHaveAttribute('data-value', '');

  await page.locator('label[for="q-describe-n"]').click();
  await expect(verdict).toContainText("but not yet: you can't yet describe what you need");
  await expect(page.locator('#todo li').first()).toHaveAttribute('data-item', 'describe');

  // Every item the page asks, yes.
  const ids = await checklistIds(page);
  expect(ids).toEqual(expect.arrayContaining(['describe', 'trial', 'not-facing']));
  for (const id of ids) await page.locator(`label[for="q-${id}-y"]`).click();
  await expect(verdict).toContainText('you look ready (readiness 100%)');
  await expect(page.locator('#todo')).toHaveCount(0);

  // No trial planned: the trial cost default drops to zero and the verdict lists the gap.
  const before = await value(page, 'total-outsourced');
  await page.locator('label[for="q-trial-n"]').click();
  await expect(verdict).toContainText('once you close 1 gap');
  await expect.poll(() => value(page, 'total-outsourced')).not.toBe(before);

  await page.locator('label[for="q-not-facing-n"]').click();
  await expect(verdict).toContainText('Serious warning');
  await unfoldAll(page);
  await expectAxeClean(page);
});
