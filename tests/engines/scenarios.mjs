// The cross-engine smoke scenarios: one list, run in order on every engine by
// tests/engines/run.mjs through WebDriver. Each scenario gets the driver and a
// small page API; it throws (node:assert) on failure. Each scenario sets up
// the state it needs itself (p.fresh: no saved scenario, its own address), so
// one failure does not carry over into the next.
import assert from 'node:assert/strict';
import { By, Key, until } from 'selenium-webdriver';

/** localStorage key of the saved scenario (a query string, like the address bar's). */
const SAVE_KEY = 'outsource-check:scenario';

/** Page helpers over a WebDriver session. */
export function pageApi(driver, base) {
  const api = {
    async open(query = '') {
      await driver.get(query ? `${base}?${query}` : base);
      await api.ready();
    },
    /** Open every `details` matching `selector` and wait until each fold has
     *  built its body (a fold builds it on opening; a fold inside one appears then). */
    async unfold(selector) {
      await driver.wait(() => driver.executeScript(`
        document.querySelectorAll(arguments[0]).forEach((d) => { d.open = true; });
        return [...document.querySelectorAll(arguments[0])].every((d) => d.open)
          && [...document.querySelectorAll('details[data-fold][open]')].every((d) => d.children.length > 1);`, selector),
      10000, 'the folds did not open');
    },
    async ready() {
      // The plain address starts the app at the reader's first touch, key or
      // scroll (assets/choose.js): a key that types nothing. Any other page
      // must start it on its own.
      await driver.wait(() => driver.executeScript("return document.documentElement.hasAttribute('data-start')"), 20000, 'the page was not shown');
      const waits = await driver.executeScript('return !!(window.__outsourceCheckStart || {}).waits');
      if (waits) await driver.actions().keyDown(Key.SHIFT).keyUp(Key.SHIFT).perform();
      await driver.wait(until.elementLocated(By.css('#app[data-ready]')), 20000, 'the app did not mount (no #app[data-ready])');
      // Open the page's own folds (checklist groups, region table) so every control can be reached.
      await api.unfold('details.fold');
    },
    /**
     * A clean start: forget any saved scenario, then open the app at this
     * query. The storage is cleared from a page of the same origin that does
     * not run the app, so no autosave still pending can write after it.
     */
    async fresh(query = '') {
      await driver.get(`${base}icon-192.png`);
      await driver.executeScript('localStorage.clear()');
      await api.open(query);
    },
    el: (id) => driver.findElement(By.id(id)),
    /** A field's current text (the live property, not the attribute). */
    text: (id) => driver.executeScript('return document.getElementById(arguments[0]).value', id),
    /** The raw number behind a headline figure (null when empty). */
    async value(id) {
      const v = await api.el(id).getAttribute('data-value');
      return v === '' || v === null ? null : Number(v);
    },
    /** Replace a field's text the way a person does: select all, type. */
    async type(id, text) {
      const input = await api.el(id);
      await driver.executeScript('arguments[0].scrollIntoView({block: "center"})', input);
      await input.clear();
      await input.sendKeys(text);
    },
    /**
     * Poll cond until it gives something truthy (returned); after ms, throw
     * naming what was awaited and what cond gave last.
     */
    async waitFor(what, cond, ms = 5000) {
      const end = Date.now() + ms;
      for (;;) {
        let last;
        try {
          const r = await cond();
          if (r) return r;
          last = JSON.stringify(r);
        } catch (err) {
          last = `error: ${(err.message || String(err)).split('\n')[0]}`;
        }
        if (Date.now() >= end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what} (last: ${last})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    /** The saved scenario's values for these keys (null where absent). */
    async saved(keys) {
      const q = new URLSearchParams((await driver.executeScript('return localStorage.getItem(arguments[0])', SAVE_KEY)) ?? '');
      return Object.fromEntries(keys.map((k) => [k, q.get(k)]));
    },
    /** Wait for the debounced save (400 ms after the last edit) to hold these values. */
    async waitForSaved(want) {
      await api.waitFor(`the saved scenario to hold ${new URLSearchParams(want)}`, async () => {
        const got = await api.saved(Object.keys(want));
        if (Object.entries(want).some(([k, v]) => got[k] !== v)) throw new Error(`saved: ${JSON.stringify(got)}`);
        return true;
      });
    },
    bodyText: () => driver.findElement(By.css('body')).getText(),
    async click(el) {
      await driver.executeScript('arguments[0].scrollIntoView({block: "center"})', el);
      await el.click();
    },
  };
  return api;
}

const PRESET = 'task=bookkeeping&hours=40&region=south-asia&rate=18&q-describe=y';

export const scenarios = [
  {
    name: 'defaults render the totals',
    async run(p, d, ctx) {
      await p.fresh();
      const inHouse = await p.value('total-in-house');
      const out = await p.value('total-outsourced');
      assert.ok(inHouse > 0 && Number.isFinite(inHouse), `in-house total ${inHouse}`);
      assert.ok(out > 0 && Number.isFinite(out), `outsourced total ${out}`);
      ctx.shown = await p.el('total-in-house').getText();
      assert.match(ctx.shown, /\d/);
      assert.doesNotMatch(await p.bodyText(), /NaN|Infinity|undefined/);
    },
  },
  {
    name: 'the verdict and both totals are on the first screen',
    async run(p, d) {
      await p.fresh();
      await d.executeScript('window.scrollTo(0, 0)');
      const [bottoms, inner] = await d.executeScript(`
        return [['verdict', 'total-in-house', 'total-outsourced']
          .map((id) => document.getElementById(id).getBoundingClientRect().bottom + scrollY), innerHeight];`);
      for (const b of bottoms) assert.ok(b <= inner, `a headline figure ends at ${Math.round(b)} px, below the ${inner} px window`);
    },
  },
  {
    name: 'nothing scrolls sideways at phone width',
    async run(p, d) {
      await p.fresh();
      // Folded, then with every group and disclosure open, then folded again.
      for (const open of [false, true]) {
        if (open) await p.unfold('details');
        else await d.executeScript("document.querySelectorAll('details').forEach((x) => { x.open = false; })");
        const [scroll, inner] = await d.executeScript('return [document.documentElement.scrollWidth, innerWidth];');
        assert.ok(scroll <= inner, `page is ${scroll} px wide in a ${inner} px window${open ? ' (all unfolded)' : ''}`);
      }
      await d.executeScript("document.querySelectorAll('details').forEach((x) => { x.open = false; })");
    },
  },
  {
    name: 'typing changes the totals',
    async run(p) {
      await p.fresh();
      const before = await p.value('total-in-house');
      await p.type('hours', '120');
      await p.waitFor('the in-house total to change', async () => (await p.value('total-in-house')) !== before);
      assert.equal(await p.text('hours'), '120');
    },
  },
  {
    name: 'a bad entry is flagged and the other fields keep their values',
    async run(p) {
      await p.fresh('hours=120');
      const total = await p.value('total-outsourced');
      await p.type('rate', 'abc');
      await p.waitFor('the rate error', async () => (await p.el('rate-err').getText()).includes('Not a number'));
      assert.equal(await p.el('rate').getAttribute('aria-invalid'), 'true');
      assert.equal(await p.text('hours'), '120', 'hours lost its value');
      assert.equal(await p.value('total-outsourced'), total, 'a bad rate changed the total');
      assert.doesNotMatch(await p.bodyText(), /NaN|Infinity/);
      await p.type('rate', '30');
      await p.waitFor('the error to clear', async () => (await p.el('rate').getAttribute('aria-invalid')) === 'false');
    },
  },
  {
    name: 'a folded group opens',
    async run(p, d) {
      await p.fresh();
      const summary = await d.findElement(By.xpath('//summary[normalize-space()="In-house details"]'));
      // A folded group builds its fields when it opens.
      assert.equal((await d.findElements(By.id('salary'))).length, 0, 'salary built before unfolding');
      await p.click(summary);
      await p.waitFor('the salary field to show', () => p.el('salary').isDisplayed());
    },
  },
  {
    name: 'the checklist changes the verdict',
    async run(p, d) {
      await p.fresh();
      const before = await p.el('readiness-verdict').getText();
      await p.click(await d.findElement(By.css('label[for="q-describe-n"]')));
      await p.waitFor('the verdict to change', async () => (await p.el('readiness-verdict').getText()) !== before);
      assert.equal(await p.el('q-describe-n').isSelected(), true);
      assert.notEqual(await p.value('readiness-score'), null, 'no readiness score');
    },
  },
  {
    name: 'reload restores the saved scenario',
    async run(p, d) {
      await p.fresh();
      await p.type('hours', '120');
      await p.type('rate', '30');
      await p.click(await d.findElement(By.css('label[for="q-describe-n"]')));
      await p.waitForSaved({ hours: '120', rate: '30', 'q-describe': 'no' });
      await d.navigate().refresh();
      await p.ready();
      assert.equal(await p.text('hours'), '120', 'reload lost the hours');
      await p.open(); // no query: from localStorage alone
      assert.equal(await p.text('hours'), '120', 'saved hours not restored');
      assert.equal(await p.text('rate'), '30', 'saved rate not restored');
      assert.equal(await p.el('q-describe-n').isSelected(), true, 'saved answer not restored');
    },
  },
  {
    name: 'copying the link reports the outcome, with or without a clipboard API',
    async run(p, d) {
      await p.fresh();
      // The outcome is said beside the button, not at the top of the page.
      const status = () => p.el('copy-status').getText();
      await p.click(await p.el('copy-link'));
      await p.waitFor('a copy status', async () => /Link copied|copy it by hand/.test(await status()));
      // As on plain-http hosts and some WebKit frames: no navigator.clipboard.
      await d.executeScript("Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })");
      await p.click(await p.el('copy-link'));
      await p.waitFor('the no-clipboard status', async () => /copy it by hand/.test(await status()));
      const before = await p.value('total-outsourced');
      await p.type('hours', '121');
      await p.waitFor('the page to keep working', async () => (await p.value('total-outsourced')) !== before);
    },
  },
  {
    name: 'a preset link applies',
    async run(p, d, ctx) {
      await p.fresh(PRESET);
      assert.equal(await p.text('hours'), '40');
      assert.equal(await p.text('rate'), '18');
      assert.equal(await p.text('region'), 'south-asia');
      assert.equal(await p.el('q-describe-y').isSelected(), true);
      // Recorded so the runner can check every engine computed the same figures.
      ctx.preset = [await p.value('total-in-house'), await p.value('total-outsourced'), await p.value('break-even-hours')];
      assert.ok(ctx.preset.every((v) => v !== null && Number.isFinite(v)), `preset figures ${ctx.preset}`);
    },
  },
  {
    name: 'the service worker installs and caches the app',
    async run(p, d) {
      await p.fresh();
      const r = await d.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        if (!('serviceWorker' in navigator) || !('caches' in window)) return done({ error: 'no service worker API' });
        const timeout = new Promise((r) => setTimeout(() => r(null), 15000));
        Promise.race([navigator.serviceWorker.ready, timeout]).then(async (reg) => {
          if (!reg) return done({ error: 'not ready after 15 s' });
          const names = await caches.keys();
          let urls = [];
          for (const n of names) urls = urls.concat((await (await caches.open(n)).keys()).map((q) => q.url));
          done({ state: reg.active && reg.active.state, urls });
        }).catch((e) => done({ error: String(e) }));`);
      assert.equal(r.error, undefined, r.error);
      assert.equal(r.state, 'activated');
      assert.ok(r.urls.some((u) => u.endsWith('.wasm')), `wasm not cached: ${r.urls.join(', ')}`);
      // A new visit (not a reload: drivers may force-reload, which bypasses workers).
      await p.open();
      await p.waitFor('the worker to control the page', () => d.executeScript('return !!navigator.serviceWorker.controller'), 10000);
    },
  },
];
