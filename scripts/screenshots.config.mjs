// scripts/screenshots.mjs with the end-to-end tests' browsers, viewports and server.
import base from '../playwright.config.mjs';

export default { ...base, testDir: '.', testMatch: /screenshots\.mjs$/ };
