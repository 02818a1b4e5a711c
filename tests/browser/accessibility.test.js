// Accessibility basics in a real browser: every control has an accessible name (as Chromium's own
// accessibility tree computes it), the page heading takes the focus after a navigation, the keyboard alone
// signs in, prefers-reduced-motion stops the transitions, and nothing scrolls sideways at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE } from './harness.js';
import { openApp, newEmail, PASSWORD, signUp, fillOnboarding, onboard, onboardingStep, go, pageReady, assertNoSidewaysScroll } from './flows.js';

let server;
let browser;
let app; // a phone, signed in with a profile after the first test
const errors = [];
const email = newEmail('a11y');

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  app = await openApp(browser, PHONE, errors);
});

after(() => stopServerAndBrowser(server, browser));

function noErrors() {
  assert.deepEqual(errors.splice(0), []);
}

// Form controls in the page without a name: by the DOM (label, aria-label, aria-labelledby) and by
// Chromium's accessibility tree, which is what a screen reader is given.
async function unnamedControls(page) {
  const byDom = await page.evaluate(() => [...document.querySelectorAll('#app input, #app select, #app textarea, #app button')]
    .filter((el) => el.type !== 'hidden')
    .filter((el) => {
      const text = (s) => (s || '').replace(/\s+/g, ' ').trim();
      const labels = [...(el.labels || [])].map((l) => text(l.textContent)).join(' ');
      const labelledBy = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
        .map((id) => text(document.getElementById(id)?.textContent)).join(' ');
      const own = el.tagName === 'BUTTON' ? text(el.textContent) : '';
      return !(labels || labelledBy || text(el.getAttribute('aria-label')) || own);
    })
    .map((el) => el.outerHTML.slice(0, 160)));
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const roles = ['textbox', 'spinbutton', 'combobox', 'checkbox', 'radio', 'button', 'slider', 'searchbox', 'switch', 'listbox'];
    const controls = nodes.filter((n) => !n.ignored && roles.includes(n.role?.value));
    const byTree = controls.filter((n) => !String(n.name?.value ?? '').trim()).map((n) => `${n.role.value} (node ${n.backendDOMNodeId})`);
    return { byDom, byTree, controls: controls.length };
  } finally {
    await cdp.detach();
  }
}

test('every input of every onboarding step has an accessible name', async () => {
  const { page } = app;
  await signUp(page, server.url, email);
  await onboardingStep(page, 1);
  // The imperial fields, once shown, too.
  await page.getByTestId('onboarding-units-imperial').check();
  await page.getByTestId('onboarding-height-ft').waitFor();
  assert.deepEqual((await unnamedControls(page)).byTree, []);
  await fillOnboarding(page); // back to metric, every step answered; it stays on the last
  let controls = 0;
  for (let step = 4; step >= 1; step--) {
    await onboardingStep(page, step);
    const found = await unnamedControls(page);
    assert.deepEqual(found.byDom, [], `step ${step}`);
    assert.deepEqual(found.byTree, [], `step ${step}`);
    controls += found.controls;
    if (step > 1) await page.getByTestId('onboarding-back').click();
  }
  assert.ok(controls >= 25, `the steps' controls are in the tree (${controls})`);

  // A refused step says what is wrong, beside the field, and moves the focus there.
  await page.getByTestId('onboarding-age').fill('');
  await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-error').filter({ hasText: 'Please give your age.' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'onboarding-age');
  assert.equal(await page.getByTestId('onboarding-age').getAttribute('aria-invalid'), 'true');
  await onboard(page);
  noErrors();
});

test('every input on the today page has an accessible name', async () => {
  const { page } = app;
  await go(page, 'today');
  await page.getByTestId('log-water').waitFor();
  await page.getByTestId('log-measure-open').click(); // the measurements, folded away at first
  await page.getByTestId('log-measure-waist').waitFor();
  const found = await unnamedControls(page);
  assert.deepEqual(found.byDom, []);
  assert.deepEqual(found.byTree, []);
  assert.ok(found.controls >= 15, `the page's controls are in the tree (${found.controls})`);
  noErrors();
});

test('the page heading receives the focus after each navigation', async () => {
  const { page } = app;
  const expected = { plan: 'Your plan', journal: 'Journal', progress: 'Progress', assessment: 'Your body, in figures', today: /^Today · / };
  for (const [route, title] of Object.entries(expected)) {
    await go(page, route); // a link of the navigation; waits for the focus to be on the page's h1
    const focused = await page.evaluate(() => ({ tag: document.activeElement.tagName, text: document.activeElement.textContent }));
    assert.equal(focused.tag, 'H1', route);
    if (typeof title === 'string') assert.equal(focused.text, title);
    else assert.match(focused.text, title);
  }
  // The same when the address changes without a click (a link, the back button).
  await page.goBack();
  await pageReady(page, 'assessment');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Your body, in figures');
  noErrors();
});

test('no page scrolls sideways at 360 px', async () => {
  const { page } = app;
  for (const route of ['today', 'assessment', 'plan', 'journal', 'progress', 'learn', 'coach', 'settings', 'onboarding', 'workout']) {
    await go(page, route);
    await assertNoSidewaysScroll(page, route);
  }
  await page.getByTestId('player-start').click();
  await page.getByTestId('player-step').waitFor();
  await assertNoSidewaysScroll(page, 'the workout player');
  noErrors();
});

test('prefers-reduced-motion: reduce is honoured (style.css cuts transitions short)', async () => {
  const { page } = app;
  // The player of the previous test; its metronome fades between "lift" and "lower".
  await page.getByTestId('player-step').waitFor();
  const motion = () => page.evaluate(() => ({
    reduce: matchMedia('(prefers-reduced-motion: reduce)').matches,
    metronome: getComputedStyle(document.querySelector('[data-testid=player-metronome]')).transitionDuration,
  }));
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const normal = await motion();
  assert.equal(normal.reduce, false);
  assert.equal(normal.metronome, '0.2s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const reduced = await motion();
  assert.equal(reduced.reduce, true);
  assert.ok(parseFloat(reduced.metronome) < 0.001, `metronome transition ${reduced.metronome}`);
  await page.emulateMedia({ reducedMotion: null });
  noErrors();
});

test('the keyboard alone signs in', async () => {
  const keyboard = await openApp(browser, PHONE, errors);
  const { page } = keyboard;
  try {
    await page.goto(`${server.url}/#/signin`);
    await pageReady(page, 'signin');
    const focused = () => page.evaluate(() => document.activeElement.dataset.testid || document.activeElement.tagName);
    let tabs = 0;
    while ((await focused()) !== 'signin-email') {
      assert.ok(++tabs <= 10, 'Tab reaches the e-mail field');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'signin-password');
    await page.keyboard.type(PASSWORD);
    await screenshot(page, 'phone-signin-keyboard');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/today$/);
    await pageReady(page, 'today');
    assert.match(await page.evaluate(() => document.activeElement.textContent), /^Today · /);
  } finally {
    await keyboard.context.close();
  }
  noErrors();
});
