// The README's screenshots, from the real build in dist/, on the phone and
// desktop viewports of the end-to-end tests. Not a test: run it by hand,
//   npx playwright test --config scripts/screenshots.config.mjs
// and it rewrites docs/screenshot-phone.png and docs/screenshot-desktop.png.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { open } from '../tests/e2e/app.mjs';

test('screenshots of the real build for the README', async ({ page }, info) => {
  await open(page, '', { folded: true });
  const file = info.outputPath(`${info.project.name}.png`);
  await page.screenshot({ path: file });
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  fs.mkdirSync('docs', { recursive: true });
  fs.copyFileSync(file, `docs/screenshot-${info.project.name}.png`);
});
