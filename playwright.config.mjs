// End-to-end tests against the release build in dist/, on Debian's Chromium
// (never Playwright's own download), one browser at a time.
import { defineConfig } from '@playwright/test';
import { execSync } from 'node:child_process';

const executablePath = process.env.CHROME_PATH || execSync('command -v chromium').toString().trim();
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.mjs/,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results/output',
  use: {
    baseURL: 'http://127.0.0.1:8099/',
    launchOptions: { executablePath, args },
    screenshot: 'only-on-failure',
    locale: 'en-US',
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 900 } } },
  ],
  webServer: [
    { command: 'node tests/e2e/server.mjs --port 8099 --root dist', url: 'http://127.0.0.1:8099/', reuseExistingServer: false },
    // Another origin (port) for the embedding blog page.
    { command: 'node tests/e2e/server.mjs --port 8098 --root tests/e2e/blog', url: 'http://127.0.0.1:8098/', reuseExistingServer: false },
  ],
});
