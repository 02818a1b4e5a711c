// The web app finished for a phone (issue 13): a tab bar of at most five destinations under a one-line
// header, the rest behind More; the player hides the navigation; onboarding in short steps; the page's
// title takes the focus without a visible ring while the keyboard's focus still shows one; the
// measurements expander shows its marker; the end of a workout tells its duration, sets, volume, energy
// and a personal best; at 1280 px the Today page has two columns.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE, DESKTOP, TODAY } from './harness.js';
import {
  openApp, newEmail, signUp, onboard, go, pageReady, playWorkout, entries, workoutScript, onboardingStep, nextOnboardingStep,
  assertNoSidewaysScroll, PERSON, stopClock,
} from './flows.js';

let server;
let browser;
let phone;
const errors = [];
const email = newEmail('phone');
let offline = false; // while true, a request that cannot go out is expected

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  phone = await openApp(browser, PHONE, errors, { allow: (text) => offline && /net::ERR_INTERNET_DISCONNECTED|status of 503/.test(text) });
});

after(() => stopServerAndBrowser(server, browser));

function noErrors() {
  assert.deepEqual(errors.splice(0), []);
}

// The day `n` days before the server's today, as YYYY-MM-DD.
function daysBefore(n) {
  const d = new Date(`${TODAY}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

// Entries written straight to the API from the page (its cookie and CSRF token), to set a scene.
async function postEntries(page, list) {
  const statuses = await page.evaluate(async (items) => {
    const session = await (await fetch('/api/session', { headers: { Accept: 'application/json' } })).json();
    const out = [];
    for (const item of items) {
      const response = await fetch('/api/entries', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': session.csrf_token },
        body: JSON.stringify(item),
      });
      out.push(response.status);
    }
    return out;
  }, list);
  assert.deepEqual(statuses, list.map(() => 201));
}

test('onboarding asks in short steps, each checked before the next', async () => {
  const { page } = phone;
  await signUp(page, server.url, email);
  await onboardingStep(page, 1);
  // Only the first step's questions are on the screen.
  assert.equal(await page.getByTestId('onboarding-age').isVisible(), true);
  assert.equal(await page.getByTestId('onboarding-weight').isVisible(), false);
  assert.equal(await page.getByTestId('onboarding-day-mon').isVisible(), false);
  assert.equal(await page.getByTestId('onboarding-submit').isVisible(), false);
  assert.equal(await page.getByTestId('onboarding-back').isVisible(), false);
  // Next with nothing answered stays, says what is missing and moves the focus there.
  await page.getByTestId('onboarding-next').click();
  await page.getByTestId('onboarding-error').filter({ hasText: 'Please choose female or male.' }).waitFor();
  assert.match(await page.getByTestId('onboarding-step').textContent(), /^Step 1 of 4/);
  assert.equal(await page.getByTestId('onboarding-sex-female').getAttribute('aria-invalid'), 'true');
  await page.getByTestId('onboarding-sex-female').check();
  await page.getByTestId('onboarding-age').fill(String(PERSON.age));
  await page.getByTestId('onboarding-height-cm').fill(String(PERSON.height));
  await nextOnboardingStep(page, 2);
  assert.equal(await page.getByTestId('onboarding-error').textContent(), '');
  assert.equal(await page.getByTestId('onboarding-weight').isVisible(), true);
  assert.equal(await page.getByTestId('onboarding-age').isVisible(), false);
  // The step's heading takes the focus, for a screen reader to announce it.
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Measurements');
  // Back keeps what was typed.
  await page.getByTestId('onboarding-back').click();
  await onboardingStep(page, 1);
  assert.equal(await page.getByTestId('onboarding-age').inputValue(), String(PERSON.age));
  await screenshot(page, 'phone-onboarding-step');
  await onboard(page);
  noErrors();
});

test('at 360 px the header is one line and the tab bar holds five destinations at the bottom', async () => {
  const { page } = phone;
  await go(page, 'today');
  const layout = await page.evaluate(() => {
    const header = document.querySelector('header.top').getBoundingClientRect();
    const brand = document.querySelector('.brand');
    const lineHeight = parseFloat(getComputedStyle(brand).lineHeight);
    const nav = document.getElementById('nav');
    const links = [...nav.querySelectorAll('a')].filter((a) => a.getClientRects().length);
    const rects = links.map((a) => a.getBoundingClientRect());
    return {
      header: header.height,
      lineHeight,
      brandLines: Math.round(brand.getBoundingClientRect().height / lineHeight),
      links: links.map((a) => a.textContent),
      tops: [...new Set(rects.map((r) => Math.round(r.top)))],
      navBottom: nav.getBoundingClientRect().bottom,
      height: window.innerHeight,
      minTarget: Math.min(...rects.map((r) => Math.min(r.width, r.height))),
    };
  });
  assert.ok(layout.header < 2 * layout.lineHeight, `the header is ${layout.header} px high, one line is ${layout.lineHeight} px`);
  assert.equal(layout.brandLines, 1);
  assert.deepEqual(layout.links, ['Today', 'Workout', 'Progress', 'Journal', 'More']);
  assert.equal(layout.tops.length, 1, 'the tabs are in one row');
  assert.equal(Math.round(layout.navBottom), layout.height, 'the tab bar sits at the bottom of the screen');
  assert.ok(layout.minTarget >= 44, `each tab is at least 44 px (${layout.minTarget})`);
  assert.equal(await page.getByTestId('nav-today').getAttribute('aria-current'), 'page');
  await assertNoSidewaysScroll(page, 'today with the tab bar');
  await screenshot(page, 'phone-today-tabs');

  // More holds the other pages; the More tab stays marked on them.
  await page.getByTestId('nav-more').click();
  await pageReady(page, 'more');
  const more = await page.locator('.more-list a').evaluateAll((links) => links.map((a) => a.dataset.testid));
  for (const name of ['plan', 'forecast', 'checkin', 'assessment', 'learn', 'coach', 'settings']) assert.ok(more.includes(`more-${name}`), name);
  await screenshot(page, 'phone-more');
  await page.getByTestId('more-plan').click();
  await pageReady(page, 'plan');
  assert.equal(await page.getByTestId('nav-more').getAttribute('aria-current'), 'true');
  noErrors();
});

test('the page title takes the focus without a ring; the keyboard focus shows one', async () => {
  const { page } = phone;
  const focus = () => page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { title: el.classList.contains('page-title'), tag: el.tagName, outline: style.outlineStyle, width: style.outlineWidth,
      visible: el.matches(':focus-visible') };
  });
  // After a load (no click yet: the browser counts a script's focus as visible then) and after a tap.
  await page.reload();
  await pageReady(page, 'plan');
  let now = await focus();
  assert.equal(now.title, true);
  assert.equal(now.outline, 'none', 'no ring around the title after a load');
  await go(page, 'journal');
  now = await focus();
  assert.equal(now.title, true);
  assert.equal(now.outline, 'none', 'no ring around the title after a tap');
  // The keyboard's focus is still drawn.
  await page.keyboard.press('Tab');
  now = await focus();
  assert.equal(now.title, false);
  assert.equal(now.visible, true);
  assert.equal(now.outline, 'solid', `${now.tag} focused by the keyboard has a ring`);
  assert.notEqual(now.width, '0px');
  noErrors();
});

test('the measurements expander shows its marker, turned when open', async () => {
  const { page } = phone;
  await go(page, 'today');
  const marker = () => page.getByTestId('log-measure-open').evaluate((summary) => {
    const before = getComputedStyle(summary, '::before');
    return { display: before.display, content: before.content, width: parseFloat(before.borderLeftWidth), transform: before.transform };
  });
  const closed = await marker();
  assert.notEqual(closed.display, 'none');
  assert.notEqual(closed.content, 'none');
  assert.ok(closed.width > 0, 'the marker is drawn');
  assert.equal(closed.transform, 'none');
  await page.getByTestId('log-measure-open').click();
  await page.getByTestId('log-measure-waist').waitFor();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid=log-measure-open]'), '::before').transform !== 'none');
  await page.getByTestId('log-measure-open').click();
  noErrors();
});

test('Today logs alcohol, cigarettes, relaxation and a workout on a chosen day', async () => {
  const { page } = phone;
  await go(page, 'today');
  const day = daysBefore(2);
  await page.getByTestId('log-date').fill(day);
  // The status line says it was logged (a refusal would show instead, and fail here with its words).
  const logged = async (what) => {
    const said = page.locator('#toast .toast-box');
    await said.waitFor();
    assert.match(await said.textContent(), new RegExp(`^Logged ${what}\\.`));
    // Read, and dismissed: the next form's button is not under it.
    await page.locator('#toast').getByRole('button', { name: 'Dismiss' }).click();
    await page.getByTestId('toast').waitFor({ state: 'detached' });
  };
  await page.getByTestId('log-alcohol-input').fill('2');
  await page.getByTestId('log-alcohol-submit').click();
  await logged('alcohol');
  await page.getByTestId('log-cigarettes-input').fill('0');
  await page.getByTestId('log-cigarettes-submit').click();
  await logged('cigarettes');
  await page.getByTestId('log-stress-input').fill('15');
  await page.getByTestId('log-stress-submit').click();
  await logged('relaxation');
  await page.getByTestId('log-workout-open').click();
  await page.getByTestId('log-workout-exercise').selectOption('glute-bridge');
  await page.getByTestId('log-workout-sets').fill('3');
  await page.getByTestId('log-workout-amount').fill('12');
  await page.getByTestId('log-workout-load').fill('10');
  await page.getByTestId('log-workout-submit').click();
  await logged('your workout');
  await screenshot(page, 'phone-today-log-workout');

  const on = (list) => list.filter((e) => e.date === day).map(({ kind, value, sets }) => (sets ? { kind, sets } : { kind, value }));
  assert.deepEqual(on(await entries(page, 'alcohol')), [{ kind: 'alcohol', value: 2 }]);
  assert.deepEqual(on(await entries(page, 'cigarettes')), [{ kind: 'cigarettes', value: 0 }]);
  assert.deepEqual(on(await entries(page, 'stress')), [{ kind: 'stress', value: 15 }]);
  const set = { exercise: 'glute-bridge', reps: 12, load_kg: 10 };
  assert.deepEqual(on(await entries(page, 'workout')), [{ kind: 'workout', sets: [set, set, set] }]);
  // Nothing of it landed on today.
  assert.equal((await entries(page)).filter((e) => e.date === TODAY).length, 0);
  noErrors();
});

test('logged offline on Today, an entry waits with its day and reaches the journal once online', async () => {
  const { page, context } = phone;
  await go(page, 'today');
  const day = daysBefore(3);
  await page.getByTestId('log-date').fill(day);
  offline = true;
  await context.setOffline(true);
  try {
    await page.getByTestId('log-alcohol-input').fill('1');
    await page.getByTestId('log-alcohol-submit').click();
    await page.getByTestId('toast').filter({ hasText: 'You are offline: alcohol is kept on this phone' }).waitFor();
    const queued = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hipfit.outbox.'))
      .flatMap((k) => JSON.parse(localStorage.getItem(k))));
    assert.deepEqual(queued.map((item) => [item.entry.kind, item.entry.value, item.entry.date, item.dated]), [['alcohol', 1, day, true]]);
  } finally {
    await context.setOffline(false);
  }
  await page.getByTestId('toast').filter({ hasText: 'What you logged offline is now in your journal.' }).waitFor();
  offline = false;
  const alcohol = (await entries(page, 'alcohol')).filter((e) => e.date === day);
  assert.deepEqual(alcohol.map((e) => e.value), [1]);
  noErrors();
});

test('what was eaten is listed on Today, to edit and delete', async () => {
  const { page } = phone;
  await go(page, 'today');
  await page.getByTestId('food-empty').waitFor();
  await page.getByTestId('log-food-kcal').fill('500');
  await page.getByTestId('log-food-protein').fill('30');
  await page.getByTestId('log-food-note').fill('Lentil soup');
  await page.getByTestId('log-food-submit').click();
  const row = page.getByTestId('food-row');
  await row.filter({ hasText: '500 kcal, 30 g protein' }).waitFor();
  assert.match(await row.textContent(), /Lentil soup/);

  await row.getByTestId('food-edit').click();
  await page.getByTestId('food-edit-value').fill('650');
  await page.getByTestId('food-edit-save').click();
  await row.filter({ hasText: '650 kcal, 30 g protein' }).waitFor();
  let food = (await entries(page, 'food')).filter((e) => e.date === TODAY);
  assert.deepEqual(food.map((e) => [e.value, e.protein_g, e.note]), [[650, 30, 'Lentil soup']]);
  // The day's target follows.
  assert.match(await page.getByTestId('today-target-energy').textContent(), /650 kcal of/);
  await screenshot(page, 'phone-today-food');

  await row.getByTestId('food-delete').click();
  await page.getByTestId('food-empty').waitFor();
  food = (await entries(page, 'food')).filter((e) => e.date === TODAY);
  assert.deepEqual(food, []);
  // Another day's food is that day's list.
  await page.getByTestId('log-date').fill(daysBefore(1));
  await page.getByTestId('log-food-kcal').fill('300');
  await page.getByTestId('log-food-submit').click();
  await row.filter({ hasText: '300 kcal' }).waitFor();
  assert.match(await page.locator('#food-h').textContent(), /^Eaten on /);
  noErrors();
});

test('the player hides the navigation; the end tells duration, sets, volume, energy and a personal best', async () => {
  const { page } = phone;
  // An earlier workout (before this week) for the player's first set of reps to beat.
  const script = await workoutScript(page);
  const first = script.steps.find((s) => s.kind === 'reps');
  await postEntries(page, [{ kind: 'workout', date: daysBefore(12), sets: [{ exercise: first.exercise, reps: 1 }] }]);

  await go(page, 'workout');
  assert.equal(await page.locator('#nav').isVisible(), true);
  await stopClock(page); // the countdowns run when playWorkout runs the clock
  await page.getByTestId('player-start').click();
  await page.getByTestId('player-step').waitFor();
  assert.equal(await page.locator('#nav').isVisible(), false, 'no navigation while the workout runs');
  await screenshot(page, 'phone-player-no-nav');
  const played = await playWorkout(page);
  assert.equal(played.summary, true);
  await page.getByTestId('player-saved').waitFor();
  assert.equal(await page.locator('#nav').isVisible(), true, 'the navigation is back on the summary');

  const saved = (await entries(page, 'workout')).find((e) => e.date === TODAY);
  assert.ok(saved, 'the workout is in the journal');
  const text = async (id) => (await page.getByTestId(id).locator('dd').textContent()).trim();
  assert.match(await text('player-duration'), /^\d+ min$|^\d+ h( \d+ min)?$/);
  assert.equal(await text('player-sets'), String(saved.sets.length));
  const reps = saved.sets.reduce((sum, s) => sum + (s.reps || 0), 0);
  assert.equal(await text('player-volume'), `${reps} reps with your body weight`);
  assert.ok(saved.energy_kcal > 0);
  assert.equal(await text('player-energy'), `about ${Math.round(saved.energy_kcal).toLocaleString('en')} kcal`);
  assert.match(await page.getByTestId('player-best').first().textContent(), /^New personal best: .*\(your best before: 1 rep\)$/);
  await screenshot(page, 'phone-workout-summary');
  await page.clock.resume();
  noErrors();
});

test('the weekly check-in is offered on Today when it is due', async () => {
  const { page } = phone;
  await go(page, 'today');
  assert.equal(await page.getByTestId('today-checkin').count(), 0, 'not while the journal is too short for an estimate');
  // Two weeks of weigh-ins and food make the estimate, so the first check-in can be made.
  const scene = [];
  for (let n = 16; n >= 1; n--) {
    scene.push({ kind: 'weight', date: daysBefore(n), value: Math.round((72 - (16 - n) * 0.05) * 100) / 100 });
    scene.push({ kind: 'food', date: daysBefore(n), value: 1700 });
  }
  await postEntries(page, scene);
  const answer = await page.evaluate(async () => (await fetch('/api/checkin', { headers: { Accept: 'application/json' } })).json());
  assert.equal(answer.due, true);
  assert.equal(answer.estimate.available, true, JSON.stringify(answer.estimate));
  await page.reload();
  await pageReady(page, 'today');
  await page.getByTestId('today-checkin').waitFor();
  await screenshot(page, 'phone-today-checkin');
  await page.getByTestId('today-checkin-open').click();
  await pageReady(page, 'checkin');
  await page.getByTestId('checkin-target').waitFor();
  assert.equal(await page.getByTestId('checkin-submit').isDisabled(), false);
  await page.getByTestId('checkin-submit').click();
  await page.getByTestId('toast').filter({ hasText: 'Checked in' }).waitFor();
  // Done for the week: Today no longer offers it.
  await go(page, 'today');
  await page.getByTestId('today-target-energy').waitFor();
  assert.equal(await page.getByTestId('today-checkin').count(), 0);
  noErrors();
});

test('at 1280 px the header is one line and Today has two columns', async () => {
  const desktop = await openApp(browser, DESKTOP, errors);
  const { page } = desktop;
  try {
    await page.goto(`${server.url}/#/signin`);
    await pageReady(page, 'signin');
    await page.getByTestId('signin-email').fill(email);
    await page.getByTestId('signin-password').fill('a long walk by the river');
    await page.getByTestId('signin-submit').click();
    await pageReady(page, 'today');
    await page.getByTestId('log-food-kcal').waitFor();
    const layout = await page.evaluate(() => {
      const columns = [...document.querySelectorAll('[data-testid=today-columns] > .column')].map((c) => c.getBoundingClientRect());
      const header = document.querySelector('header.top').getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(document.querySelector('.brand')).lineHeight);
      const main = document.getElementById('app').getBoundingClientRect();
      return { columns: columns.map((r) => ({ left: r.left, top: r.top, width: r.width })), header: header.height, lineHeight, main: main.width };
    });
    assert.equal(layout.columns.length, 2);
    const [left, right] = layout.columns;
    assert.ok(right.left >= left.left + left.width, `side by side: ${JSON.stringify(layout.columns)}`);
    assert.equal(Math.round(left.top), Math.round(right.top));
    assert.ok(layout.main > 900, `the page uses the width (${layout.main} px)`);
    assert.ok(layout.header < 2 * layout.lineHeight, `the header is ${layout.header} px high`);
    await screenshot(page, 'desktop-today-columns');
  } finally {
    await desktop.context.close();
  }
  noErrors();
});
