// The web player's state machine (src/server/web/app/player.js) without a browser: it takes the time as
// an argument, so the interval timer, the metronome, pause and the result are checked to the millisecond.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as P from '../../src/server/web/app/player.js';

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
  assert.deepEqual(P.result(state).sets, [
    { exercise: 'high-knees', rounds: 3, work_seconds: 30, rest_seconds: 60 },
  ]);
});

test('intervals ended during the second rest keep the two rounds done', () => {
  const state = run([intervals]);
  ticks(state, 0, 100000); // at 100 s: the second round's work (93 s to 123 s)
  assert.equal(state.timer.round, 2);
  ticks(state, 100100, 130000); // the second rest has begun at 123 s
  assert.equal(state.timer.phase, 'rest');
  P.finishEarly(state, 130000);
  assert.deepEqual(P.result(state).sets, [
    { exercise: 'high-knees', rounds: 2, work_seconds: 30, rest_seconds: 60 },
  ]);
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
  assert.deepEqual(P.result(state).sets, [{ exercise: 'glute-bridge', reps: 8 }]);
});
