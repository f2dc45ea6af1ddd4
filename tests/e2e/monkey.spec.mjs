// A monkey: a seeded random run of what people do (typing good and bad
// numbers and units, choosing, folding, answering the checklist, undoing,
// resetting, reloading, going back), at least 500 actions on each viewport.
// After every action: no console error, no panic, no NaN, Infinity or
// undefined on screen, the headline there, the saved scenario readable.
// The seed is printed; MONKEY_SEED=<seed> replays a run.
import { test, expect } from '@playwright/test';
import { ready, SAVE_KEY } from './app.mjs';

const ACTIONS = Number(process.env.MONKEY_ACTIONS || 500);
// An element can go between finding it and acting on it (a fold closes, a
// reset re-renders): such an action is skipped, not waited for.
const T = { timeout: 1500 };

/** mulberry32: a small, fast, seeded generator. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = ['40', '0', '1,200', '45.50', '45k', '$45', '€1.234,50', '40/week', '4000 per month', '50 EUR',
  '24 hours', '3 people', '1e5', '-5', '', '  ', 'abc', '99999999', '0.001', '12,5', '1 234', '160 h', '10%', '½'];

test('a seeded random run of realistic actions leaves the page whole', async ({ page }, info) => {
  test.setTimeout(420_000);
  const seed = Number(process.env.MONKEY_SEED || Date.now() % 1_000_000);
  console.log(`monkey seed (${info.project.name}): ${seed}`);
  info.annotations.push({ type: 'seed', description: String(seed) });
  const random = rng(seed + (info.project.name === 'phone' ? 1 : 0));
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('dialog', (d) => d.dismiss());
  await page.goto('./');
  await ready(page, { folded: true });

  const log = [];
  let attempts = 0;
  for (let n = 0; n < ACTIONS && attempts < ACTIONS * 3; n++, attempts++) {
    const roll = random();
    let did;
    if (roll < 0.45) {
      const fields = await page.locator('main input[type=text]:visible').all();
      if (fields.length) {
        const f = pick(fields);
        const text = pick(TEXTS);
        did = `type ${text} into #${await f.getAttribute('id', T).catch(() => '?')}`;
        await f.fill(text, T).catch(() => { did = null; });
      }
    } else if (roll < 0.65) {
      const selects = await page.locator('main select:visible').all();
      if (selects.length) {
        const s = pick(selects);
        const options = await s.locator('option').evaluateAll((os) => os.map((o) => o.value));
        const v = pick(options);
        did = `choose ${v} in #${await s.getAttribute('id', T).catch(() => '?')}`;
        await s.selectOption(v, T).catch(() => { did = null; });
      }
    } else if (roll < 0.78) {
      const folds = await page.locator('main summary:visible').all();
      if (folds.length) {
        const f = pick(folds);
        did = `fold ${(await f.innerText(T).catch(() => '?')).slice(0, 30)}`;
        await f.click(T).catch(() => { did = null; });
      }
    } else if (roll < 0.9) {
      const answers = await page.locator('.checklist input[type=radio]:visible').all();
      if (answers.length) {
        const a = pick(answers);
        did = `answer ${await a.getAttribute('name', T).catch(() => '?')}`;
        await a.check(T).catch(() => { did = null; });
      }
    } else if (roll < 0.94) {
      const buttons = await page.locator('#reset:visible, #undo:visible, #notices button:visible').all();
      if (buttons.length) {
        const b = pick(buttons);
        did = `press ${(await b.innerText(T).catch(() => '?')).slice(0, 30)}`;
        await b.click(T).catch(() => { did = null; });
      }
    } else if (roll < 0.97) {
      did = 'reload';
      await page.reload();
      await ready(page, { folded: true });
    } else {
      did = 'back and forward';
      await page.goBack().catch(() => {});
      await page.goForward().catch(() => {});
      await ready(page, { folded: true });
    }
    if (!did) { n -= 1; continue; }
    log.push(did);
    const state = await page.evaluate((key) => ({
      text: document.querySelector('main')?.innerText ?? '',
      headline: !!document.querySelector('#total-in-house') && !!document.querySelector('#verdict'),
      panic: !!document.getElementById('panic'),
      saved: localStorage.getItem(key),
    }), SAVE_KEY);
    const where = `seed ${seed}, action ${n + 1} (${did}); last actions: ${log.slice(-5).join(' | ')}`;
    expect(errors, where).toEqual([]);
    expect(state.panic, where).toBe(false);
    expect(state.headline, where).toBe(true);
    expect(state.text, where).not.toMatch(/\bNaN\b|Infinity|undefined/);
    // The saved scenario, when there is one, is the app's own query string.
    if (state.saved !== null) expect(state.saved, where).toMatch(/^task=[a-z-]+&.*&v=\d+&s=\d+$/);
  }
  expect(log.length).toBe(ACTIONS);
});
