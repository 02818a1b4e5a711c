// One exercise's history in the web app (issue 14, point 7): reached from the exercise card and from a
// workout in the journal, it shows the bests (the estimated one-rep max by Epley's formula for loaded
// work, the most reps, the longest hold), a chart over time and every session's sets — as the server's
// GET /api/exercises/{id}/history gives them — at phone and desktop size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE, DESKTOP } from './harness.js';
import { openApp, newEmail, signUp, signIn, onboard, go, api, pageReady, assertNoSidewaysScroll } from './flows.js';

let server;
let browser;
let email;

before(async () => ({ server, browser } = await startServerAndBrowser()));
after(() => stopServerAndBrowser(server, browser));

const SQUATS = [
  { kind: 'workout', date: '2026-11-10', time: '18:00', sets: [{ exercise: 'squat', reps: 12, load_kg: 10 }, { exercise: 'squat', reps: 10, load_kg: 10 }] },
  { kind: 'workout', date: '2026-11-14', time: '07:30', sets: [{ exercise: 'squat', reps: 5, load_kg: 100 }] },
  { kind: 'workout', date: '2026-11-18', time: '19:15', sets: [{ exercise: 'squat', reps: 20 }] },
];

test('the history shows the bests, a chart and every session, newest first, reached from the journal', async () => {
  const errors = [];
  const { context, page } = await openApp(browser, PHONE, errors);
  try {
    email = newEmail('history');
    await signUp(page, server.url, email);
    await onboard(page);
    for (const entry of SQUATS) assert.equal((await api(page, 'POST', '/api/entries', entry)).status, 201);
    const expected = (await api(page, 'GET', '/api/exercises/squat/history')).json;

    await go(page, 'journal');
    await page.getByTestId('journal-history-link').first().click();
    await page.getByTestId('history-name').waitFor();
    assert.equal(await page.evaluate(() => location.hash), '#/exercise/squat/history');
    assert.equal(await page.getByTestId('history-name').textContent(), 'Squat');
    const sessions = await page.getByTestId('history-session').allTextContents();
    assert.equal(sessions.length, 3);
    assert.match(sessions[0], /20 reps/, 'the newest first');
    assert.match(sessions[2], /12 reps at 10(\.0)? kg/, sessions[2]);
    const bests = await page.getByTestId('history-bests').textContent();
    // Epley: 100 kg × (1 + 5 / 30) = 116.7 kg.
    const orm = expected.bests.estimated_one_rep_max.estimated_one_rep_max_kg;
    assert.ok(Math.abs(orm - 116.667) < 0.01, String(orm));
    assert.match(bests, /116\.7 kg/, bests);
    assert.match(bests, /20 reps/, bests);
    const chart = page.getByTestId('history-chart');
    await chart.waitFor();
    // The chart draws the first measure the sessions have (here the estimated one-rep max of the loaded ones).
    const loaded = expected.sessions.filter((x) => x.estimated_one_rep_max_kg !== null).length;
    assert.equal(loaded, 2);
    assert.equal(await chart.locator('circle.dot').count(), loaded, 'a dot for each loaded session');
    await assertNoSidewaysScroll(page, 'the history at phone size');
    await screenshot(page, 'phone-exercise-history');
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});

test('an exercise never logged says so, and the card leads to the history', async () => {
  assert.ok(email, 'the first test made the account');
  const errors = [];
  const { context, page } = await openApp(browser, DESKTOP, errors);
  try {
    await signIn(page, server.url, email);
    await page.evaluate(() => { location.hash = '#/exercise/clamshell/history'; });
    await pageReady(page, 'exercise');
    await page.getByTestId('history-empty').waitFor();
    assert.match(await page.getByTestId('history-empty').textContent(), /\S/);
    await page.evaluate(() => { location.hash = '#/exercise/squat/history'; });
    await page.getByTestId('history-chart').waitFor();
    await assertNoSidewaysScroll(page, 'the history at desktop size');
    await screenshot(page, 'desktop-exercise-history');
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});
