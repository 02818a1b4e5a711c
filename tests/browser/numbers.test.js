// The plan and progress pages show the server's numbers, never their own: the week's moderate-or-vigorous
// minutes and its walks (GET /api/plan; a fat-loss week reaches WHO's 150), and workouts planned against
// done (GET /api/stats, the same count as 'hipfit stats'). Today is Monday 23 Nov 2026.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, PHONE } from './harness.js';
import { openApp, newEmail, signUp, onboard, go, api } from './flows.js';

let server;
let browser;
let app;
const errors = [];

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  app = await openApp(browser, PHONE, errors);
  await signUp(app.page, server.url, newEmail('numbers'));
  await onboard(app.page);
});

after(() => stopServerAndBrowser(server, browser));

test('the plan shows each week\'s walks and minutes as the server counts them', async () => {
  const { page } = app;
  const plan = (await api(page, 'GET', '/api/plan')).json;
  const week = plan.weeks[0];
  assert.ok(week.activity_minutes >= 150, `${week.activity_minutes} min`);
  assert.equal(week.walk.exercise, 'walking');
  await go(page, 'plan');
  const open = page.locator('[data-testid=plan-week][open]');
  assert.equal(await open.getByTestId('plan-activity').textContent(),
    `Moderate-or-vigorous activity: ${week.activity_minutes} min this week (WHO advises 150–300).`);
  assert.match(await open.getByTestId('plan-walks').textContent(), new RegExp(`^Brisk walking, ${week.walk.minutes} min: `));
  assert.deepEqual(errors.splice(0), []);
});

// The program began on Thu 22 Oct, so the four weeks shown (from Tue 27 Oct) start inside its first week:
// Fri 23 Oct's workout is before them and does not count, nor do the sessions still to come this week.
test('progress shows the workouts the server counted for the period', async () => {
  const { page } = app;
  assert.equal((await api(page, 'PUT', '/api/program', { start: '2026-10-22' })).status, 200);
  for (const [date, time] of [['2026-10-23', '18:00'], ['2026-10-28', '18:00'], ['2026-11-13', '07:00'], ['2026-11-13', '18:00']]) {
    const created = await api(page, 'POST', '/api/entries',
      { kind: 'workout', date, time, sets: [{ exercise: 'glute-bridge', reps: 12 }] });
    assert.equal(created.status, 201, JSON.stringify(created.json));
  }
  const stats = (await api(page, 'GET', '/api/stats?since=2026-10-27')).json;
  // Mon, Wed and Fri from Wed 28 Oct to today: 12 planned; done on Oct 28 and twice on Nov 13.
  assert.deepEqual(stats.workouts, { done: 3, planned: 12 });
  assert.equal(stats.workout_weeks.length, 5);
  await go(page, 'progress');
  const chart = page.getByTestId('chart-workouts');
  await chart.waitFor();
  assert.match(await chart.getByTestId('chart-summary').textContent(), /^3 workouts logged against 12 planned over 5 program weeks/);
  const rows = await chart.locator('table tbody tr').allTextContents();
  assert.equal(rows.length, 5, rows.join(' | '));
  assert.deepEqual(errors.splice(0), []);
});
