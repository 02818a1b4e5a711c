// The web player's state machine (src/web/app/player.js) without a browser: it takes the time as
// an argument, so the interval timer, the metronome, pause and the events it logs are checked to the
// millisecond. Then the sequences of tests/fixtures/player_sequences.json played in a real browser, with
// the page's clock in the test's hands: the events the page sends are the fixture's, and the entry the
// server stores is the one core's player gives for them (tests/core/workout/player_sequences_test.cpp).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as P from '../../src/web/app/player.js';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE } from './harness.js';
import { openApp, newEmail, signUp, pageReady, playerNow, entries, kept, runOutPhase, runOutStep } from './flows.js';

const intervals = {
  index: 0, block: 'intervals', kind: 'intervals', exercise: 'high-knees', name: 'High knees',
  rounds: 3, work_seconds: 30, rest_seconds: 60,
};
const tempoSet = {
  index: 0, block: 'targeted', kind: 'reps', exercise: 'glute-bridge', name: 'Glute bridge', reps: 10,
  set: 1, sets: 1, side: null, tempo: { up_s: 4, down_s: 4 },
};

function run(steps) {
  const state = P.create({ date: '2026-11-23', steps }, 0);
  P.start(state, 0);
  return state;
}

// Ticks from `from` to `to` every 100 ms and collects the events.
function ticks(state, from, to) {
  const events = [];
  for (let now = from; now <= to; now += 100) events.push(...P.tick(state, now).map((e) => [now, e]));
  return events;
}

test('an interval timer runs work and rest rounds, then records the rounds', () => {
  const state = run([intervals]);
  // 3 s to get ready, then 30 s work, 60 s rest, 30 s work, 60 s rest, 30 s work.
  const total = P.PREPARE_MS + (3 * 30 + 2 * 60) * 1000;
  const events = ticks(state, 0, total + 100);
  const phases = events.filter(([, e]) => e === 'go' || e === 'rest' || e === 'finished');
  assert.deepEqual(phases.map(([now, e]) => [now, e]), [
    [3000, 'go'], [33000, 'rest'], [93000, 'go'], [123000, 'rest'], [183000, 'go'], [213000, 'finished'],
  ]);
  assert.equal(state.status, 'finished');
  assert.deepEqual(state.events, [{ step: 0, action: 'done', rounds: 3 }]);
});

test('intervals ended during the second rest keep the two rounds done', () => {
  const state = run([intervals]);
  ticks(state, 0, 100000); // at 100 s: the second round's work (93 s to 123 s)
  assert.equal(state.timer.round, 2);
  ticks(state, 100100, 130000); // the second rest has begun at 123 s
  assert.equal(state.timer.phase, 'rest');
  P.finishEarly(state, 130000);
  assert.deepEqual(state.events, [{ step: 0, action: 'done', rounds: 2 }]);
});

test('"Done" in the first interval round sends the rounds finished, none, and core keeps that round', () => {
  const state = run([intervals]);
  ticks(state, 0, 10000); // 7 s into the first round's work
  assert.equal(state.timer.round, 1);
  P.next(state, 10000);
  assert.deepEqual(state.events, [{ step: 0, action: 'done', rounds: 0 }]);
  assert.equal(state.status, 'finished');
});

test('"End workout" before a countdown\'s work began keeps nothing of that step', () => {
  const state = run([intervals]);
  P.finishEarly(state, 2000); // still getting ready
  assert.deepEqual(state.events, []);
  assert.deepEqual(P.counts(state), { total: 1, done: 0, skipped: 0 });
});

test('pausing stops the countdown where it was', () => {
  const state = run([intervals]);
  ticks(state, 0, 13000); // 10 s into the first 30 s of work
  P.pause(state, 13000);
  assert.equal(P.remaining(state, 60000), 20000);
  P.resume(state, 60000);
  assert.equal(P.remaining(state, 60000), 20000);
  const events = ticks(state, 60000, 80100);
  assert.deepEqual(events.filter(([, e]) => e === 'rest').map(([now]) => now), [80000]);
});

test('a 4-up, 4-down tempo beats once a second and counts the reps', () => {
  const state = run([tempoSet]);
  assert.deepEqual(P.tempoAt(state, 0), { part: 'up', rep: 1, count: 1, up: 4000, down: 4000 });
  assert.equal(P.tempoAt(state, 4500).part, 'down');
  assert.equal(P.tempoAt(state, 8000).rep, 2);
  const events = ticks(state, 0, 7900).map(([, e]) => e);
  assert.deepEqual(events, ['tempo-up', 'tempo-tick', 'tempo-tick', 'tempo-tick',
    'tempo-down', 'tempo-tick', 'tempo-tick', 'tempo-tick']);
  P.setReps(state, 8);
  P.next(state, 40000);
  assert.deepEqual(state.events, [{ step: 0, action: 'done', reps: 8 }]);
});

// A per-side set as the script has it: left, switch, right, rest, then a hold.
const perSide = [
  { index: 0, block: 'targeted', kind: 'reps', exercise: 'clamshell', reps: 12, set: 1, sets: 2, side: 'left', load_kg: 2.5 },
  { index: 1, block: 'targeted', kind: 'switch_sides', seconds: 5 },
  { index: 2, block: 'targeted', kind: 'reps', exercise: 'clamshell', reps: 12, set: 1, sets: 2, side: 'right', load_kg: 2.5 },
  { index: 3, block: 'targeted', kind: 'rest', seconds: 30 },
  { index: 4, block: 'strength', kind: 'hold', exercise: 'wall-sit', seconds: 30, set: 1, sets: 1, side: null },
];

test('a set sends its reps, the load (the suggested one unless changed) and the effort', () => {
  const state = run(perSide);
  assert.equal(state.load, 2.5, 'the suggested load to start with');
  assert.equal(state.rpe, null);
  P.setReps(state, 10);
  P.setRpe(state, 7);
  P.next(state, 20000);
  P.tick(state, 25000); // the switch runs out
  assert.equal(state.index, 2);
  P.setLoad(state, null); // none
  P.next(state, 50000);
  assert.deepEqual(state.events, [
    { step: 0, action: 'done', reps: 10, load_kg: 2.5, rpe: 7 },
    { step: 1, action: 'done' },
    { step: 2, action: 'done', reps: 12 },
  ]);
});

test('"Back" goes to the previous exercise step, over the rest, and undoes what was done from there', () => {
  const state = run(perSide);
  P.next(state, 10000);
  P.next(state, 11000);
  P.next(state, 20000);
  assert.equal(P.stepAt(state).kind, 'rest');
  P.back(state, 21000);
  assert.equal(state.index, 2, 'the right side again, not the switch');
  assert.equal(state.results[2], undefined);
  assert.deepEqual(state.results[0], { done: true, reps: 12, load_kg: 2.5 }, 'the left side stays done');
  assert.equal(state.load, 2.5, 'the set starts afresh');
  P.back(state, 22000);
  assert.equal(state.index, 0);
  assert.equal(P.backTarget(state), null, 'nothing before the first exercise step');
  P.back(state, 23000);
  assert.equal(state.index, 0);
  assert.deepEqual(state.events.map((e) => [e.step, e.action]),
    [[0, 'done'], [1, 'done'], [2, 'done'], [3, 'back'], [2, 'back']]);
});

test('a hold ended early sends the whole seconds held', () => {
  const state = run(perSide);
  for (const now of [1000, 2000, 3000]) P.next(state, now);
  P.skip(state, 4000); // the rest
  assert.equal(P.stepAt(state).kind, 'hold');
  ticks(state, 4000, 4000 + P.PREPARE_MS + 12900); // 12.9 s of holding
  P.next(state, 4000 + P.PREPARE_MS + 12900);
  assert.deepEqual(state.events.slice(-2), [{ step: 3, action: 'skip' }, { step: 4, action: 'done', seconds: 12 }]);
  assert.deepEqual(P.played(state), { date: '2026-11-23', steps: 5, events: state.events });
});

test('a workout kept by an earlier page, without events, is given the events of its results', () => {
  const state = run(perSide);
  delete state.events;
  Object.assign(state, { index: 3, results: { 0: { reps: 11 }, 2: { skipped: true } } });
  P.upgrade(state);
  assert.deepEqual(state.events, [
    { step: 0, action: 'done', reps: 11 }, { step: 1, action: 'done' }, { step: 2, action: 'skip' },
  ]);
  assert.deepEqual(P.counts(state), { total: 3, done: 1, skipped: 1 });
});

// --- The fixture's sequences in a real browser ------------------------------------------------------

const fixture = JSON.parse(readFileSync(new URL('../fixtures/player_sequences.json', import.meta.url), 'utf8'));

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));
after(() => stopServerAndBrowser(server, browser));

// The clock runs `ms` into the countdown's work (after getting ready).
async function runIntoWork(page, ms) {
  if ((await kept(page)).state.timer.phase === 'prepare') await runOutPhase(page);
  const { state, now } = await kept(page);
  await page.clock.runFor(state.timer.startedAt + ms - now);
}

// Does what the event says at the step the player shows, as a person does: taps, or lets the time pass.
async function perform(page, script, event) {
  const step = script.steps[event.step];
  assert.equal((await playerNow(page)).count, `Step ${event.step + 1} of ${script.steps.length}`, JSON.stringify(event));
  if (event.action === 'skip') return page.getByTestId('player-skip').click();
  if (event.action === 'back') return page.getByTestId('player-back').click();
  switch (step.kind) {
    case 'reps': {
      const reps = event.reps ?? step.reps;
      for (let i = 0; i < Math.abs(reps - step.reps); i++) await page.getByTestId(reps > step.reps ? 'player-reps-plus' : 'player-reps-minus').click();
      await page.getByTestId('player-load').fill(event.load_kg === undefined ? '' : String(event.load_kg));
      await page.getByTestId('player-rpe').selectOption(event.rpe === undefined ? '' : String(event.rpe));
      return page.getByTestId('player-next').click();
    }
    case 'timed':
    case 'hold':
      if (event.seconds === step.seconds) return runOutStep(page);
      await runIntoWork(page, event.seconds * 1000 + 500);
      return page.getByTestId('player-next').click();
    case 'intervals': {
      if (event.rounds === step.rounds) return runOutStep(page);
      if (event.rounds === 0) await runIntoWork(page, 1000);
      else {
        await runOutPhase(page); // getting ready
        for (let round = 1; round < event.rounds; round++) {
          await runOutPhase(page); // the work
          await runOutPhase(page); // the rest
        }
        await runOutPhase(page); // the last round's work: its rest begins
        await page.clock.runFor(500);
      }
      return page.getByTestId('player-next').click();
    }
    default: // a rest or a switch of sides runs out
      return runOutStep(page);
  }
}

const withoutDerived = ({ id, time, energy_kcal: energy, ...entry }) => entry;

for (const session of fixture.sessions) {
  for (const sequence of session.sequences) {
    test(`${session.name}: ${sequence.name}`, async () => {
      const errors = [];
      const { context, page } = await openApp(browser, PHONE, errors);
      try {
        await signUp(page, server.url, newEmail('sequence'));
        const status = await page.evaluate(async (profile) => {
          const { csrf_token: csrf } = await (await fetch('/api/session')).json();
          const answer = await fetch('/api/profile', { method: 'PUT', body: JSON.stringify(profile),
            headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf } });
          return answer.status;
        }, session.profile);
        assert.equal(status, 200);
        await page.goto(`${server.url}/?sequence#/workout`);
        await pageReady(page, 'workout');
        const script = await page.evaluate(async (date) => (await fetch(`/api/workout?date=${date}`)).json(), session.date);
        assert.deepEqual(script.steps.map((s) => [s.kind, s.exercise, s.side].filter(Boolean).join(' ')), session.steps,
          'the fixture was written for this script');

        await page.clock.pauseAt(new Date(`${session.date}T10:30:00`));
        await page.getByTestId('player-start').click();
        await page.getByTestId('player-step').waitFor();
        const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/workout');
        for (const event of sequence.events) await perform(page, script, event);
        if (!(await playerNow(page)).summary) {
          page.once('dialog', (dialog) => dialog.accept());
          await page.getByTestId('player-quit').click();
        }
        const body = (await sent).postDataJSON();
        assert.deepEqual(body.events, sequence.events, 'the page sends the steps as the fixture has them');
        assert.equal(body.steps, script.steps.length);
        assert.equal(body.date, session.date);

        await page.getByTestId(sequence.entry ? 'player-saved' : 'player-empty').waitFor();
        const stored = await entries(page, 'workout');
        if (sequence.entry === null) assert.deepEqual(stored, [], 'nothing recorded');
        else {
          assert.equal(stored.length, 1);
          assert.deepEqual(withoutDerived(stored[0]), sequence.entry);
          const summary = await page.getByTestId('player-summary').textContent();
          assert.match(summary, new RegExp(`; ${sequence.entry.sets.length} sets? recorded\\.`));
          assert.equal(await page.getByTestId('player-warmup-warning').count(), sequence.entry.warm_up_skipped ? 1 : 0);
        }
        if (sequence === session.sequences[0]) await screenshot(page, `phone-workout-sequence-${session.name.replace(/\W+/g, '-')}`);
      } finally {
        await context.close();
      }
      assert.deepEqual(errors, []);
    });
  }
}
