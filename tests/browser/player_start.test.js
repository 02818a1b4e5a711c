// Issue 13, point 8, without a browser: what the web player sends (played(), src/web/app/player.js) for a
// workout started late in the evening and finished after midnight carries the day of its session and the
// time it was started, so the server records it on the evening it began — not at the minute it was sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as P from '../../src/web/app/player.js';

const hold = {
  index: 0, block: 'targeted', kind: 'hold', exercise: 'wall-sit', name: 'Wall sit', seconds: 30,
  set: 1, sets: 1, side: null,
};

test('a workout started at 23:40 and finished at 00:30 is sent with the time it started', () => {
  // Local times, as the page's clock gives them in whatever zone the test runs.
  const started = new Date(2026, 10, 23, 23, 40).getTime();
  const finished = new Date(2026, 10, 24, 0, 30).getTime();
  const state = P.create({ date: '2026-11-23', steps: [hold] }, started);
  P.start(state, started);
  P.next(state, finished);
  assert.equal(state.status, 'finished');
  const sent = P.played(state);
  assert.equal(sent.date, '2026-11-23');
  assert.equal(sent.time, '23:40');
  assert.equal(sent.steps, 1);
});

test('a state kept before it was started sends no time: the server takes its own', () => {
  const state = P.create({ date: '2026-11-23', steps: [hold] }, 0);
  assert.equal('time' in P.played(state), false);
});
