// A skipped warm-up is noted: the summary says why it matters, and the saved workout says it was skipped
// (docs/workout.md "The result": "warm_up_skipped": true).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE } from './harness.js';
import { openApp, newEmail, signUp, onboard, go, pageReady, playerNow, entries, workoutScript, stopClock } from './flows.js';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));
after(() => stopServerAndBrowser(server, browser));

test('skipping the warm-up is pointed out and saved with the workout', async () => {
  const errors = [];
  const { context, page } = await openApp(browser, PHONE, errors);
  try {
    await signUp(page, server.url, newEmail('warmup'));
    await onboard(page);
    const script = await workoutScript(page);
    const warmUp = script.steps.filter((s) => s.block === 'warm-up');
    assert.ok(warmUp.length >= 1);

    await go(page, 'workout');
    // The clock stopped: nothing counts down by itself between the taps.
    await stopClock(page);
    await page.getByTestId('player-start').click();
    await page.getByTestId('player-step').waitFor();
    for (const step of warmUp) {
      const now = await playerNow(page);
      assert.equal(now.count, `Step ${step.index + 1} of ${script.steps.length}`);
      assert.equal(now.block, 'Warm-up');
      assert.equal(now.name, step.name);
      await page.getByTestId('player-skip').click();
    }
    // The first exercise after the warm-up: one set done, then the workout ended there.
    const first = script.steps[warmUp.length];
    assert.equal(first.kind, 'reps');
    await page.waitForFunction((count) => document.querySelector('.player-top .muted').textContent === count,
      `Step ${first.index + 1} of ${script.steps.length}`);
    assert.equal((await playerNow(page)).reps, true);
    await page.getByTestId('player-next').click();
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByTestId('player-quit').click();

    const warning = page.getByTestId('player-warmup-warning');
    await warning.waitFor();
    assert.match(await warning.textContent(), /You skipped the warm-up\./);
    assert.match(await warning.textContent(), /common cause of strains/);
    await page.getByTestId('player-saved').waitFor();
    await screenshot(page, 'phone-workout-warmup-skipped');

    const workouts = await entries(page, 'workout');
    assert.equal(workouts.length, 1);
    assert.equal(workouts[0].warm_up_skipped, true);
    assert.deepEqual(workouts[0].sets.map((s) => [s.exercise, s.reps]), [[first.exercise, first.reps]]);

    await page.getByTestId('player-close').click();
    await pageReady(page, 'today');
    await go(page, 'journal');
    const row = page.locator('[data-testid=journal-row][data-kind=workout]');
    assert.match(await row.textContent(), /warm-up skipped/);
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});
