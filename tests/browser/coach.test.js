// The coach in the web app, with two browser contexts: a coach (an account with no profile of its own)
// and a client who invites them. The invitation appears on the coach's open page without a reload; the
// client card leads to each of the client's pages, which read the client's data and carry one banner
// naming the client by e-mail, with no writes a coach may not make; the coach assigns a program and the
// client's plan follows it; a coach without a profile lands on the coach page, not in onboarding.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE } from './harness.js';
import { openApp, newEmail, signUp, onboard, go, pageReady, api, PASSWORD } from './flows.js';

let server;
let browser;
let coach; // {context, page}
let client;
const coachEmail = newEmail('coach');
const clientEmail = newEmail('client');
let clientId;
const errors = [];

// The pages that take ?account=N: the client card links each.
const CLIENT_PAGES = ['today', 'journal', 'plan', 'progress', 'forecast', 'checkin', 'assessment'];

const CLIENT_NOTE = 'porridge with the client\'s berries';
const COACH_NOTE = 'the coach\'s own sandwich';

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  coach = await openApp(browser, PHONE, errors);
  client = await openApp(browser, PHONE, errors);
  await signUp(coach.page, server.url, coachEmail);
  await signUp(client.page, server.url, clientEmail);
  // The client trains Monday, Wednesday and Friday, 45 minutes; their journal is filled through the API.
  await onboard(client.page);
  assert.equal((await api(client.page, 'POST', '/api/entries', { kind: 'food', value: 420, note: CLIENT_NOTE })).status, 201);
  assert.equal((await api(client.page, 'POST', '/api/entries', { kind: 'weight', value: 71.6 })).status, 201);
  clientId = (await api(client.page, 'GET', '/api/session')).json.account.id;
  // The coach keeps a journal too (entries need no profile): the client's pages must not show it.
  assert.equal((await api(coach.page, 'POST', '/api/entries', { kind: 'food', value: 610, note: COACH_NOTE })).status, 201);
});

after(() => stopServerAndBrowser(server, browser));

function noErrors() {
  assert.deepEqual(errors.splice(0), []);
}

const rowOf = (page, status) => page.locator(`[data-testid=coach-client-row][data-status=${status}]`);

async function open(page, hash, route) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await pageReady(page, route);
}

test('an invitation appears on the coach\'s open page at once, and the coach accepts it', async () => {
  await go(coach.page, 'coach');
  await coach.page.getByTestId('coach-empty').waitFor();
  await coach.page.evaluate(() => { window.notReloaded = true; });

  await go(client.page, 'settings');
  await client.page.getByTestId('invite-email').fill(coachEmail);
  await client.page.getByTestId('invite-submit').click();
  await client.page.locator('[data-testid=coach-row][data-status=invited]').waitFor();
  assert.equal(await client.page.locator('[data-testid=coach-row] .client-email').textContent(), coachEmail);

  // No reload, no navigation: the coach's page asks again by itself, within a minute of its clock.
  await coach.context.clock.runFor(60000);
  await rowOf(coach.page, 'invited').waitFor();
  assert.equal(await coach.page.evaluate(() => window.notReloaded), true, 'the coach page was not reloaded');
  assert.equal(await rowOf(coach.page, 'invited').locator('.client-email').textContent(), clientEmail);
  await coach.page.getByTestId('coach-accept').click();
  await rowOf(coach.page, 'active').waitFor();
  assert.equal(await rowOf(coach.page, 'active').getAttribute('data-account'), String(clientId));
  await screenshot(coach.page, 'coach-clients-phone');
  noErrors();
});

test('the client card\'s Journal shows the client\'s entries, read-only, not the coach\'s', async () => {
  const { page } = coach;
  await go(page, 'coach');
  await rowOf(page, 'active').getByTestId('coach-journal').click();
  await pageReady(page, 'journal');
  assert.equal(new URL(page.url()).hash, `#/journal?account=${clientId}`);
  const rows = page.getByTestId('journal-row');
  await rows.first().waitFor();
  const texts = await rows.allTextContents();
  assert.equal(texts.length, 2, texts.join(' | '));
  assert.ok(texts.some((t) => t.includes(CLIENT_NOTE)), texts.join(' | '));
  assert.ok(!texts.some((t) => t.includes(COACH_NOTE)), 'the coach\'s own entry is not the client\'s');
  // Only the client writes the journal (the server refuses a coach's PUT, DELETE and undo).
  assert.equal(await page.getByTestId('journal-edit').count(), 0);
  assert.equal(await page.getByTestId('journal-delete').count(), 0);
  assert.equal(await page.getByTestId('journal-undo').count(), 0);

  // The coach's own journal still shows the coach's entry and lets them change it.
  await open(page, '#/journal', 'journal');
  const own = await page.getByTestId('journal-row').allTextContents();
  assert.equal(own.length, 1);
  assert.ok(own[0].includes(COACH_NOTE));
  assert.equal(await page.getByTestId('journal-edit').count(), 1);
  assert.equal(await page.getByTestId('coach-viewing').count(), 0, 'no banner on one\'s own page');
  noErrors();
});

test('each of the client\'s pages has one banner and a title with the client\'s e-mail, and offers no writes of theirs', async () => {
  const { page } = coach;
  for (const route of CLIENT_PAGES) {
    await go(page, 'coach');
    await rowOf(page, 'active').getByTestId(`coach-${route}`).click();
    await pageReady(page, route);
    assert.equal(new URL(page.url()).hash, `#/${route}?account=${clientId}`);
    const banner = page.getByTestId('coach-viewing');
    assert.equal(await banner.count(), 1, `${route}: one banner`);
    assert.equal(await page.locator('.viewing').count(), 1, `${route}: no second banner of another make`);
    assert.match(await banner.textContent(), new RegExp(`^Viewing ${clientEmail.replace(/[.]/g, '\\.')}, as their coach\\.`), route);
    assert.equal(await banner.getByRole('link').getAttribute('href'), '#/coach', `${route}: a way back`);
    const title = await page.locator('#app .page-title').textContent();
    assert.ok(title.includes(clientEmail), `${route}: the heading '${title}' names the client`);
    assert.ok((await page.title()).includes(clientEmail), `${route}: the document title names the client`);
    await screenshot(page, `coach-client-${route}-phone`);
  }
  // What only the client may do is not offered: logging, starting a workout, editing the profile.
  await open(page, `#/today?account=${clientId}`, 'today');
  await page.getByTestId('today-session').waitFor();
  for (const testid of ['log-water', 'log-weight-submit', 'log-food-submit', 'today-start-workout']) {
    assert.equal(await page.getByTestId(testid).count(), 0, `today: no ${testid}`);
  }
  await open(page, `#/plan?account=${clientId}`, 'plan');
  assert.equal(await page.getByTestId('plan-start-session').count(), 0);
  // The forecast speaks of the client, not to the coach.
  await open(page, `#/forecast?account=${clientId}`, 'forecast');
  assert.equal(await page.getByTestId('forecast-reset').textContent(), 'Back to their plan');
  assert.match(await page.locator('#app .lead').first().textContent(), new RegExp(`^Where ${clientEmail.replace(/[.]/g, '\\.')}'s weight is heading`));
  noErrors();
});

test('the coach assigns a program and the client\'s plan follows it', async () => {
  const { page } = coach;
  await open(page, `#/plan?account=${clientId}`, 'plan');
  const form = page.getByTestId('program-form');
  assert.match(await page.getByTestId('program-current').textContent(), /^Now: Mon, Wed, Fri, 45 minutes a session/);
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) {
    await form.getByTestId(`program-day-${day}`).setChecked(['tue', 'thu', 'sat'].includes(day));
  }
  await form.getByTestId('program-minutes').fill('30');
  await form.getByTestId('program-equipment-band').check();
  await form.getByTestId('program-start').fill('2026-11-24');
  await form.getByTestId('program-submit').click();
  await page.waitForFunction(() => /^Now: Tue, Thu, Sat, 30 minutes a session/.test(document.querySelector('[data-testid=program-current]').textContent));
  assert.equal(await page.getByTestId('program-error').textContent(), '');

  const { json: stored } = await api(client.page, 'GET', '/api/profile');
  assert.deepEqual(stored.days, ['tue', 'thu', 'sat']);
  assert.equal(stored.minutes_per_session, 30);
  assert.deepEqual(stored.equipment, ['band']);
  assert.equal(stored.program_start, '2026-11-24');

  // The coach's view of the plan is drawn again with it, and so is the client's own.
  const weekdays = (p) => p.locator('[data-testid=plan-week][open] [data-testid=plan-session] h3').evaluateAll((hs) => hs.map((h) => h.textContent));
  const expected = await page.evaluate(() => ['2026-11-24', '2026-11-26', '2026-11-28']
    .map((d) => new Date(`${d}T12:00`).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'short' })));
  const starts = (list) => list.map((text) => text.split(' · ')[0].replace(' (today)', ''));
  // The weeks are drawn again after the program's line: wait for them, then compare.
  const weeksDrawn = (p) => p.waitForFunction((want) => {
    const shown = [...document.querySelectorAll('[data-testid=plan-week][open] [data-testid=plan-session] h3')]
      .map((h) => h.textContent.split(' · ')[0].replace(' (today)', ''));
    return JSON.stringify(shown) === JSON.stringify(want);
  }, expected).catch(() => {});
  await weeksDrawn(page);
  assert.deepEqual(starts(await weekdays(page)), expected);
  await go(client.page, 'plan');
  assert.equal(await client.page.getByTestId('coach-viewing').count(), 0);
  assert.equal(await client.page.getByTestId('program-form').count(), 0, 'a person changes their own program in their profile');
  await weeksDrawn(client.page);
  assert.deepEqual(starts(await weekdays(client.page)), expected);
  assert.ok((await weekdays(client.page)).every((text) => text.endsWith('· 30 min')));
  await screenshot(page, 'coach-assign-program-phone');
  noErrors();
});

test('a coach with no profile of their own lands on the coach page, with an offer to set one up', async () => {
  // Signed in afresh, as on another device.
  const other = await openApp(browser, PHONE, errors);
  try {
    await other.page.goto(`${server.url}/#/signin`);
    await pageReady(other.page, 'signin');
    await other.page.getByTestId('signin-email').fill(coachEmail);
    await other.page.getByTestId('signin-password').fill(PASSWORD);
    await other.page.getByTestId('signin-submit').click();
    await other.page.waitForURL(/#\/coach$/);
    await pageReady(other.page, 'coach');
    await other.page.getByTestId('coach-own-profile').waitFor();
    assert.equal(await other.page.getByTestId('coach-own-profile').getByRole('link').getAttribute('href'), '#/onboarding');
    // A page that needs a profile of one's own brings the coach back here too.
    await open(other.page, '#/today', 'coach');
    assert.equal(new URL(other.page.url()).hash, '#/coach');
    await rowOf(other.page, 'active').waitFor();
    await screenshot(other.page, 'coach-no-profile-phone');
  } finally {
    await other.context.close();
  }
  noErrors();
});
