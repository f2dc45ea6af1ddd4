// Page helpers shared by the end-to-end specs.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn } from 'node:child_process';

/** localStorage key of the saved scenario (a query string, like the address bar's). */
export const SAVE_KEY = 'outsource-check:scenario';

/** In the page: open every `details` matching `selector` and say whether
 *  every fold has built its body (a fold builds it on opening, a moment
 *  later; a fold inside a fold appears only then). */
export const OPEN_FOLDS = (selector) => {
  document.querySelectorAll(selector).forEach((d) => { d.open = true; });
  // A fold (data-fold) builds its body when opened; more may appear inside.
  return [...document.querySelectorAll(selector)].every((d) => d.open)
    && [...document.querySelectorAll('details[data-fold][open]')].every((d) => d.children.length > 1);
};

/** Open every fold of the page's own (checklist groups, region table,
 *  charts) and wait until their bodies are built. */
export async function openFolds(page) {
  await page.waitForFunction(OPEN_FOLDS, 'details.fold');
}

/** Wait for the app's ready signal (after a goto or a reload). The page's
 *  folds are then opened so a scenario can reach every control; pass
 *  `{ folded: true }` to see the page as a first visit does. */
export async function ready(page, { folded = false } = {}) {
  await wake(page);
  await page.waitForSelector('#app[data-ready]');
  if (!folded) await openFolds(page);
}

/** On the plain address the app starts at the reader's first touch, key,
 *  click or scroll (assets/choose.js): reach for the page as a reader
 *  would, with a turn of the wheel that moves no focus. Any other page (a
 *  link, a saved scenario, another country, an embed, a frame) is left
 *  alone: it must start the app without a touch. */
export async function wake(page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-start'));
  if (await page.evaluate(() => !!(window.__outsourceCheckStart || {}).waits)) await page.mouse.wheel(0, 1);
}

/** Open the app (optionally with a query) and wait for the ready signal. */
export async function open(page, query = '', options = {}) {
  await page.goto(query ? `./?${query}` : './');
  await ready(page, options);
}

/** Each field (by id) shows this text; scope is a page or a frame. */
export async function expectFields(scope, values) {
  for (const [id, text] of Object.entries(values)) await expect(scope.locator(`#${id}`)).toHaveValue(text);
}

/** The raw number behind a headline figure. */
export async function value(page, id) {
  const v = await page.locator(`#${id}`).getAttribute('data-value');
  return v === '' ? null : Number(v);
}

/** The values of a select's options, as the page offers them (every task, home, region…). */
export async function optionValues(page, selectId) {
  return page.locator(`#${selectId} option`).evaluateAll((os) => os.map((o) => o.value));
}

/** The ids of the readiness checklist's items, as the page shows them. */
export async function checklistIds(page) {
  return page.locator('fieldset.question[id^="item-"]').evaluateAll((fs) => fs.map((f) => f.id.slice('item-'.length)));
}

/** Only the given keys of a query string (absent keys as null), for readable comparisons. */
function pick(query, keys) {
  const q = new URLSearchParams(query ?? '');
  return Object.fromEntries(keys.map((k) => [k, q.get(k)]));
}

/** The saved scenario's values for the given keys (all null when nothing is saved). */
export async function saved(page, keys) {
  return pick(await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY), keys);
}

/**
 * Wait for the debounced write (400 ms after the last change): the address
 * bar then holds the app's own full query (it always carries `v`) with these
 * values. Where the scenario may be saved, it is saved in the same moment.
 */
export async function waitForAddress(page, want) {
  await expect.poll(() => pick(new URL(page.url()).search, ['v', ...Object.keys(want)]), {
    message: `the address bar to be rewritten with ${new URLSearchParams(want)}`,
  }).toEqual({ v: expect.any(String), ...want });
}

/** Wait until the saved scenario holds these values. */
export async function waitForSaved(page, want) {
  await expect.poll(() => saved(page, Object.keys(want)), {
    message: `the saved scenario to hold ${new URLSearchParams(want)}`,
  }).toEqual(want);
}

/** Open every folded group so scans and layout checks see all of it. */
export async function unfoldAll(page) {
  await page.waitForFunction(OPEN_FOLDS, 'details');
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

/** 'up' when something answers at url, else 'down'. */
export async function reachable(url) {
  return fetch(url).then((r) => (r.ok ? 'up' : 'down'), () => 'down');
}

/**
 * A second static server over dist/ on a free port (so it never meets another
 * checkout's servers), with an optional sub-path and request log; up when
 * this returns. stop() ends it; so does a failed start.
 */
export async function startServer({ prefix = '/', log, root = 'dist', oldDates = false, headers, cors = false, slowWasm } = {}) {
  const args = ['tests/e2e/server.mjs', '--port', '0', '--root', root, '--prefix', prefix];
  if (slowWasm) args.push('--slow-wasm', String(slowWasm));
  if (cors) args.push('--cors');
  if (log) args.push('--log', log);
  if (oldDates) args.push('--old-dates');
  // 'plain': no cache headers, no validators; 'validators': ETag and Last-Modified.
  if (headers) args.push(`--${headers}`);
  const server = spawn('node', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => server.kill();
  let out = '';
  let err = '';
  server.stderr.on('data', (b) => { err += b; });
  try {
    // Its first line names the address it serves: "serving <root> at <url>".
    const url = await new Promise((resolve, reject) => {
      server.stdout.on('data', (b) => {
        out += b;
        const m = out.match(/ at (http:\/\/\S+)/);
        if (m) resolve(m[1]);
      });
      server.once('exit', (code) => reject(new Error(`the test server exited (code ${code}): ${err.trim() || out.trim()}`)));
    });
    await expect.poll(() => reachable(url), { message: `the server at ${url} to answer` }).toBe('up');
    return { url, origin: new URL(url).origin, stop };
  } catch (e) {
    stop();
    throw e;
  }
}
