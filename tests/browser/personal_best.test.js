// Personal bests in the web player (issue 14, point 7): the player's copy of core's rule gives what
// tests/fixtures/personal_best_cases.json says (core is checked against the same cases); a set that beats
// the person's records is named in the player as it is done, per-side sets once both sides are done; the
// summary lists the workout's bests as the server names them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE, TODAY } from './harness.js';
import { openApp, newEmail, signUp, onboard, go, kept, api, workoutScript, stopClock, runOutPhase, playerTo } from './flows.js';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));
after(() => stopServerAndBrowser(server, browser));

const fixture = JSON.parse(readFileSync(new URL('../fixtures/personal_best_cases.json', import.meta.url), 'utf8'));

test('the player\'s rule of a personal best gives what the shared cases say', async () => {
  const errors = [];
  const { context, page } = await openApp(browser, PHONE, errors);
  try {
    await page.goto(server.url);
    const answers = await page.evaluate(async (cases) => {
      const P = await import('/app/player.js');
      return cases.map((c) => P.beaten(P.effortOf(c.effort), c.earlier.map(P.effortOf)));
    }, fixture.cases);
    fixture.cases.forEach((c, i) => {
      const expected = c.beats === null ? null : {
        hold: 'hold_seconds' in c.beats, amount: c.beats.reps ?? c.beats.hold_seconds, load_kg: c.beats.load_kg ?? 0,
      };
      assert.deepEqual(answers[i], expected, c.name);
    });
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});

test('a set that beats the records is named as it is done, and the summary lists the workout\'s bests', async () => {
  const errors = [];
  const { context, page } = await openApp(browser, PHONE, errors);
  try {
    await signUp(page, server.url, newEmail('best'));
    await onboard(page);
    const script = await workoutScript(page);
    const first = script.steps.find((s) => s.kind === 'reps');
    assert.ok(first, 'today has a set of reps');
    // An earlier workout of that exercise, two weeks ago, with fewer reps than the plan asks now.
    const earlier = new Date(`${TODAY}T12:00`);
    earlier.setDate(earlier.getDate() - 14);
    const day = earlier.toISOString().slice(0, 10);
    const posted = await api(page, 'POST', '/api/entries',
      { kind: 'workout', date: day, time: '18:00', sets: [{ exercise: first.exercise, reps: 1 }] });
    assert.equal(posted.status, 201, JSON.stringify(posted.json));
    const again = await workoutScript(page);
    assert.deepEqual(again.records[first.exercise], [{ reps: 1, load_kg: 0 }]);

    await go(page, 'workout');
    await stopClock(page);
    await page.getByTestId('player-start').click();
    await page.getByTestId('player-step').waitFor();
    // To the first set of reps (the steps before it run out), then its set done as planned.
    await playerTo(page, again, first.index, { runOut: true });
    assert.equal(await page.getByTestId('player-live-best').isVisible(), false);
    const reps = (await kept(page)).state.reps;
    await page.getByTestId('player-next').click();
    const live = page.getByTestId('player-live-best');
    if (first.side === 'left') {
      // One side is half a set: nothing yet; the right side completes it.
      assert.equal(await live.isVisible(), false, 'not after the left side alone');
      for (;;) {
        const { state } = await kept(page);
        if (again.steps[state.index].kind === 'reps') break;
        await runOutPhase(page);
      }
      await page.getByTestId('player-next').click();
    }
    await live.waitFor();
    assert.equal(await live.textContent(), `New personal best — ${first.name}: ${reps} reps!`);
    await screenshot(page, 'phone-player-personal-best');
    // Kept with the workout, for a summary made offline.
    const { state } = await kept(page);
    assert.equal(state.liveBests.length, 1);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByTestId('player-quit').click();
    await page.getByTestId('player-saved').waitFor();
    const bests = await page.getByTestId('player-best').allTextContents();
    assert.deepEqual(bests, [`New personal best: ${first.name}, ${reps} reps (your best before: 1 rep)`]);
    await screenshot(page, 'phone-workout-summary-best');
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});
