// Swapping an exercise (docs/program.md "Swapping an exercise"): on the plan page a Swap lists the
// alternatives the server gives, one tap saves it (the plan shows the replacement and what it replaced) and
// "Undo swap" brings the planned one back; in the player the current exercise is swapped for the rest of its
// sets, and the saved workout names the planned exercise in each swapped set's swapped_from.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE } from './harness.js';
import { openApp, newEmail, signUp, onboard, go, playerNow, entries, workoutScript, stopClock, api, playerTo } from './flows.js';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));
after(() => stopServerAndBrowser(server, browser));

test('an exercise is swapped in the plan and back, and mid-workout with the swap logged', async () => {
  const errors = [];
  const { context, page } = await openApp(browser, PHONE, errors);
  try {
    await signUp(page, server.url, newEmail('swap'));
    await onboard(page);
    const script = await workoutScript(page);
    const first = script.steps.find((s) => s.block === 'targeted' && s.kind === 'reps');
    assert.ok(first, 'today has hip work');
    const alternatives = await api(page, 'GET', `/api/exercises/${first.exercise}/alternatives`);
    assert.equal(alternatives.status, 200);
    const choice = alternatives.json.alternatives.find((a) => a.allowed);
    assert.ok(choice, `${first.exercise} has an alternative`);

    // In the plan: Swap, the list, one tap.
    await go(page, 'plan');
    const open = page.locator(`[data-testid=swap-open][data-exercise="${first.exercise}"]`).first();
    await open.click();
    const panel = page.getByTestId('swap-panel').first();
    await panel.waitFor();
    const shown = await panel.getByTestId('swap-choice').evaluateAll((buttons) => buttons.map((b) => b.dataset.exercise));
    assert.deepEqual(shown, alternatives.json.alternatives.map((a) => a.id));
    assert.match(await panel.textContent(), new RegExp(choice.why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await screenshot(page, 'phone-plan-swap-list');
    await panel.locator(`[data-testid=swap-choice][data-exercise="${choice.id}"]`).click();
    const original = page.getByTestId('swap-original').first();
    await original.waitFor();
    assert.equal((await original.textContent()).trim(), `instead of ${first.name}`);
    assert.equal(await page.locator(`[data-testid=plan-exercise][data-exercise="${first.exercise}"]`).count(), 0);
    assert.ok(await page.locator(`[data-testid=plan-exercise][data-exercise="${choice.id}"]`).count() > 0);
    assert.deepEqual((await api(page, 'GET', '/api/plan/swaps')).json, { swaps: [{ exercise: first.exercise, replacement: choice.id }] });
    const swappedScript = await workoutScript(page);
    assert.ok(swappedScript.steps.some((s) => s.exercise === choice.id));
    await screenshot(page, 'phone-plan-swapped');

    // Undo swap: the planned exercise is back.
    await page.getByTestId('swap-undo').first().click();
    await page.locator(`[data-testid=plan-exercise][data-exercise="${first.exercise}"]`).first().waitFor();
    assert.equal(await page.getByTestId('swap-original').count(), 0);
    assert.deepEqual((await api(page, 'GET', '/api/plan/swaps')).json, { swaps: [] });

    // Mid-workout: at the first set of hip work, Swap and the first alternative.
    await go(page, 'workout');
    await stopClock(page);
    await page.getByTestId('player-start').click();
    await page.getByTestId('player-step').waitFor();
    await playerTo(page, script, first.index);
    assert.match((await playerNow(page)).name, new RegExp(`^${first.name}`));
    await page.getByTestId('player-swap').click();
    const playerPanel = page.getByTestId('swap-panel');
    await playerPanel.waitFor();
    await playerPanel.locator(`[data-testid=swap-choice][data-exercise="${choice.id}"]`).click();
    await page.waitForFunction((id) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('hipfit.workout.'));
      const state = JSON.parse(localStorage.getItem(key));
      return state.script.steps[state.index].exercise === id;
    }, choice.id);
    await page.getByTestId('player-name').filter({ hasText: choice.name }).waitFor();
    await screenshot(page, 'phone-player-swapped');
    // One set of the alternative, then the workout ends there.
    await page.getByTestId('player-next').click();
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByTestId('player-quit').click();
    await page.getByTestId('player-saved').waitFor();

    const workouts = await entries(page, 'workout');
    assert.equal(workouts.length, 1);
    const swapped = workouts[0].sets.filter((s) => s.exercise === choice.id);
    assert.ok(swapped.length >= 1, JSON.stringify(workouts[0].sets));
    for (const set of swapped) assert.equal(set.swapped_from, first.exercise);
    assert.ok(workouts[0].sets.every((s) => s.exercise === choice.id || s.swapped_from === undefined));
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});
