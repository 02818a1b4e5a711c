// "Your exercises" (#/exercises, src/web/app/my_exercises.js; docs/exercises.md "Your own exercises"): a person
// adds an exercise the catalog lacks and sees it listed with its muscle map; the form offers the words and
// bounds GET /api/limits gives; a name already taken is refused with the server's words; an exercise that
// logged sets use stays, with the server's reason, and one without them is removed. At phone and desktop
// size, the desktop's list checked by axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, DESKTOP, TODAY } from './harness.js';
import { openApp, newEmail, signUp, signIn, onboard, pageReady, api, assertNoSidewaysScroll, seriousAxeViolations } from './flows.js';

const PHONE = { width: 360, height: 740 };

let server;
let browser;
let email;

before(async () => ({ server, browser } = await startServerAndBrowser()));
after(() => stopServerAndBrowser(server, browser));

// The refusals this test asks for (Chromium logs each as a failed load): a name taken (400), a removal
// refused (409).
const refusals = (text, where) => /status of (400|409)/.test(text) && new URL(where).pathname.startsWith('/api/exercises');

const items = (page) => page.getByTestId('my-exercise');
const item = (page, id) => page.locator(`[data-testid=my-exercise][data-exercise="${id}"]`);

async function openExercises(page) {
  await page.evaluate(() => { location.hash = '#/exercises'; });
  await pageReady(page, 'exercises');
}

async function addHipThrust(page, name = 'Hip thrust') {
  await page.getByTestId('my-exercise-name').fill(name);
  await page.getByTestId('my-exercise-kind').selectOption('strength');
  await page.getByTestId('my-exercise-primary-gluteus-maximus').check();
  await page.getByTestId('my-exercise-secondary-hamstrings').check();
  await page.getByTestId('my-exercise-equipment-barbell').check();
  await page.getByTestId('my-exercise-add').click();
}

test('own exercises are added, listed with their muscle maps, refused as the server says, and removed', async () => {
  const errors = [];
  const { context, page } = await openApp(browser, PHONE, errors, { allow: refusals });
  try {
    email = newEmail('own-exercises');
    await signUp(page, server.url, email);
    await onboard(page);

    // From More, the page; nothing of one's own yet.
    await page.getByTestId('nav-more').click();
    await pageReady(page, 'more');
    await page.getByTestId('more-exercises').click();
    await pageReady(page, 'exercises');
    assert.equal(await page.title(), 'Your exercises · hipfit');
    assert.match(await page.getByTestId('my-exercises-empty').textContent(), /catalog lacks, to log them and see their history/);
    assert.equal(await items(page).count(), 0);
    await screenshot(page, 'phone-exercises-empty');

    // The form's words and bounds are the server's.
    const limits = (await api(page, 'GET', '/api/limits')).json.own_exercise;
    assert.equal(await page.locator('[data-testid^=my-exercise-primary-]').count(), limits.muscles.length);
    assert.equal(await page.locator('[data-testid^=my-exercise-secondary-]').count(), limits.muscles.length);
    assert.equal(await page.locator('[data-testid^=my-exercise-equipment-]').count(), limits.equipment.length);
    assert.deepEqual(await page.getByTestId('my-exercise-kind').locator('option').evaluateAll((os) => os.map((o) => o.value)), limits.kinds);
    assert.equal(await page.getByTestId('my-exercise-name').getAttribute('maxlength'), String(limits.name.max_length));
    assert.equal(await page.getByTestId('my-exercise-met').getAttribute('max'), String(limits.met.max));

    // Added: listed with its words and its muscle map, drawn inline in the picture's shadow root.
    await addHipThrust(page);
    const added = item(page, 'own-hip-thrust');
    await added.waitFor();
    assert.equal(await items(page).count(), 1);
    const text = await added.textContent();
    for (const words of ['Hip thrust', 'own-hip-thrust', 'Strength', 'gluteus maximus', 'hamstrings', 'barbell']) {
      assert.ok(text.includes(words), `${words} in "${text}"`);
    }
    await added.getByTestId('my-exercise-muscles').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-exercise="own-hip-thrust"] [data-testid=my-exercise-muscles]')
      ?.shadowRoot.querySelector('svg.muscle-map'));
    assert.equal(await added.locator('img').count(), 0);
    assert.equal(await page.getByTestId('my-exercise-name').inputValue(), '', 'the form is empty again');
    const listed = (await api(page, 'GET', '/api/exercises')).json.filter((e) => e.own);
    assert.deepEqual(listed.map((e) => e.id), ['own-hip-thrust']);
    assert.deepEqual(listed[0].secondary_muscles, ['hamstrings']);

    // The same name again, case aside: the server's refusal, word for word, and nothing added.
    await addHipThrust(page, 'HIP THRUST');
    const refusal = page.getByTestId('my-exercise-form-error');
    await refusal.filter({ hasText: /\S/ }).waitFor();
    const again = await api(page, 'POST', '/api/exercises', { name: 'HIP THRUST', kind: 'strength', primary_muscles: ['gluteus-maximus'] });
    assert.equal(again.status, 400);
    assert.equal(await refusal.textContent(), again.json.error.message);
    assert.equal(await page.getByTestId('my-exercise-name').getAttribute('aria-invalid'), 'true');
    assert.equal(await items(page).count(), 1);
    assert.equal((await api(page, 'GET', '/api/exercises')).json.filter((e) => e.own).length, 1);
    await screenshot(page, 'phone-exercises-refused');

    // Logged sets keep it: Remove shows the server's reason and it stays.
    const workout = await api(page, 'POST', '/api/entries', { kind: 'workout', date: TODAY, time: '08:00',
      sets: [{ exercise: 'own-hip-thrust', reps: 10, load_kg: 40 }] });
    assert.equal(workout.status, 201, JSON.stringify(workout.json));
    page.once('dialog', (dialog) => dialog.accept());
    await added.getByTestId('my-exercise-remove').click();
    const kept = added.getByTestId('my-exercise-error');
    await kept.filter({ hasText: /\S/ }).waitFor();
    assert.equal(await kept.getAttribute('role'), 'alert');
    assert.match(await kept.textContent(), /1/);
    assert.equal(await items(page).count(), 1);
    await screenshot(page, 'phone-exercises');

    // One no set uses is removed; the list is drawn again without it.
    await page.getByTestId('my-exercise-name').fill('Side plank');
    await page.getByTestId('my-exercise-kind').selectOption('isometric');
    await page.getByTestId('my-exercise-primary-obliques').check();
    await page.getByTestId('my-exercise-add').click();
    await item(page, 'own-side-plank').waitFor();
    // Its map drawn first, as a person would see it (asked for after the removal, it would be answered 404).
    await item(page, 'own-side-plank').getByTestId('my-exercise-muscles').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-exercise="own-side-plank"] [data-testid=my-exercise-muscles]')
      ?.shadowRoot.querySelector('svg.muscle-map'));
    page.once('dialog', (dialog) => dialog.accept());
    await item(page, 'own-side-plank').getByTestId('my-exercise-remove').click();
    await item(page, 'own-side-plank').waitFor({ state: 'detached' });
    assert.equal(await items(page).count(), 1);
    assert.deepEqual((await api(page, 'GET', '/api/exercises')).json.filter((e) => e.own).map((e) => e.id), ['own-hip-thrust']);
    await assertNoSidewaysScroll(page, 'your exercises at phone size');

    // Its history, from the list.
    await added.getByTestId('my-exercise-history').click();
    await pageReady(page, 'exercise');
    assert.equal(await page.getByTestId('history-name').textContent(), 'Hip thrust');
    assert.equal(await page.getByTestId('history-session').count(), 1);
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});

test('at desktop size the list has its muscle maps and no serious or critical axe violation', async () => {
  assert.ok(email, 'the first test made the account');
  const errors = [];
  const { context, page } = await openApp(browser, DESKTOP, errors);
  try {
    await signIn(page, server.url, email);
    await openExercises(page);
    await item(page, 'own-hip-thrust').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=my-exercise-muscles]')?.shadowRoot.querySelector('svg.muscle-map'));
    await assertNoSidewaysScroll(page, 'your exercises at desktop size');
    assert.deepEqual(await seriousAxeViolations(page), []);
    await screenshot(page, 'desktop-exercises');
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});

test('a coach sees and adds a client\'s own exercises, not their own', async () => {
  assert.ok(email, 'the first test made the account');
  const errors = [];
  const client = await openApp(browser, PHONE, errors);
  const coach = await openApp(browser, PHONE, errors);
  try {
    await signIn(client.page, server.url, email);
    const coachEmail = newEmail('own-exercises-coach');
    await signUp(coach.page, server.url, coachEmail);
    assert.equal((await api(client.page, 'POST', '/api/coaches', { email: coachEmail })).status, 202);
    const clients = (await api(coach.page, 'GET', '/api/clients')).json;
    const clientId = clients.find((c) => c.email === email).id;
    assert.equal((await api(coach.page, 'POST', `/api/clients/${clientId}/accept`)).status, 200);
    // The coach's own exercise, which the client's page must not show.
    assert.equal((await api(coach.page, 'POST', '/api/exercises', { name: 'Coach only', kind: 'cardio',
      primary_muscles: ['heart-and-lungs'] })).status, 201);

    await coach.page.evaluate((id) => { location.hash = `#/exercises?account=${id}`; }, clientId);
    await pageReady(coach.page, 'exercises');
    await coach.page.getByTestId('coach-viewing').waitFor();
    await item(coach.page, 'own-hip-thrust').waitFor();
    assert.equal(await item(coach.page, 'own-coach-only').count(), 0);
    // The client's muscle map, drawn for the coach (?account= on muscles.svg).
    await item(coach.page, 'own-hip-thrust').getByTestId('my-exercise-muscles').scrollIntoViewIfNeeded();
    await coach.page.waitForFunction(() => document.querySelector('[data-exercise="own-hip-thrust"] [data-testid=my-exercise-muscles]')
      ?.shadowRoot.querySelector('svg.muscle-map'));
    assert.equal(await item(coach.page, 'own-hip-thrust').getByTestId('my-exercise-history').getAttribute('href'),
      `#/exercise/own-hip-thrust/history?account=${clientId}`);

    await coach.page.getByTestId('my-exercise-name').fill('Banded clamshell');
    await coach.page.getByTestId('my-exercise-primary-gluteus-medius').check();
    await coach.page.getByTestId('my-exercise-equipment-band').check();
    await coach.page.getByTestId('my-exercise-add').click();
    await item(coach.page, 'own-banded-clamshell').waitFor();
    const theirs = (await api(client.page, 'GET', '/api/exercises')).json.filter((e) => e.own).map((e) => e.id);
    assert.deepEqual(theirs.sort(), ['own-banded-clamshell', 'own-hip-thrust']);
    await screenshot(coach.page, 'phone-exercises-coach');
  } finally {
    await client.context.close();
    await coach.context.close();
  }
  assert.deepEqual(errors, []);
});
