// How an entry reads in the journal and on Today (src/web/app/entries.js), without a browser: a counted
// unit takes its singular for exactly one ("1 break", not "1 breaks").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe } from '../../src/web/app/entries.js';

test('a counted unit reads in the singular for one and in the plural otherwise', () => {
  const read = (kind, value) => describe({kind, value}, 'metric', null);
  assert.equal(read('standup', 1), '1 break');
  assert.equal(read('standup', 4), '4 breaks');
  assert.equal(read('alcohol', 1), '1 standard drink');
  assert.equal(read('alcohol', 1.5), '1.5 standard drinks');
  assert.equal(read('cigarettes', 1), '1 cigarette');
  assert.equal(read('cigarettes', 0), '0 cigarettes');
  assert.equal(read('steps', 1), '1 step');
  assert.equal(read('stress', 1), '1 min');
});
