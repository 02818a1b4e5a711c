// The pages' input limits come from the server (GET /api/limits, generated from core's constants), never
// from numbers typed into the web app: the note's maxlength is core's kMaxNoteLength, the profile's and the
// journal's min and max are core's ranges, shown in the person's units.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServerAndBrowser, stopServerAndBrowser, PHONE } from './harness.js';
import { openApp, newEmail, signUp, onboard, go, nextOnboardingStep } from './flows.js';

let server;
let browser;
let app;
let limits;
const errors = [];

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  app = await openApp(browser, PHONE, errors);
  const response = await fetch(`${server.url}/api/limits`);
  assert.equal(response.status, 200);
  limits = await response.json();
});

after(() => stopServerAndBrowser(server, browser));

const attribute = (page, testid, name) => page.getByTestId(testid).getAttribute(name);

test('the server gives core\'s limits to anyone', () => {
  // core/journal/journal_limits.hpp's kMaxNoteLength (tests/server/limits_test.cpp checks every number against core).
  assert.equal(limits.entry.note.max_length, 1000);
  assert.equal(limits.profile.weight_kg.min, 30);
});

test('onboarding sets its inputs\' bounds from the server, in the units chosen', async () => {
  const { page } = app;
  await signUp(page, server.url, newEmail('limits'));
  const adult = limits.profile.age_years;
  assert.equal(await attribute(page, 'onboarding-age', 'min'), String(adult.min));
  assert.equal(await attribute(page, 'onboarding-age', 'max'), String(adult.max));
  assert.match(await page.getByText(`hipfit is for adults (${adult.min} and over).`).textContent(), /adults/);
  await page.getByTestId('onboarding-units-metric').check();
  assert.equal(await attribute(page, 'onboarding-weight', 'min'), String(limits.profile.weight_kg.min));
  assert.equal(await attribute(page, 'onboarding-neck', 'max'), String(limits.profile.neck_cm.max));
  assert.equal(await attribute(page, 'onboarding-minutes', 'max'), String(limits.profile.minutes_per_session.max));
  // Imperial: the same range in pounds, rounded inwards so that the bounds are accepted.
  await page.getByTestId('onboarding-units-imperial').check();
  const pounds = (kg) => kg / 0.45359237;
  assert.equal(await attribute(page, 'onboarding-weight', 'min'), String(Math.ceil(pounds(limits.profile.weight_kg.min) * 10) / 10));
  assert.equal(await attribute(page, 'onboarding-weight', 'max'), String(Math.floor(pounds(limits.profile.weight_kg.max) * 10) / 10));
  await page.getByTestId('onboarding-units-metric').check();
  // A weight just over the range is refused by the page (its step's Next), with the server's range in the message.
  await page.getByTestId('onboarding-sex-female').check();
  await page.getByTestId('onboarding-age').fill('34');
  await page.getByTestId('onboarding-height-cm').fill('165');
  await nextOnboardingStep(page, 2);
  await page.getByTestId('onboarding-weight').fill(String(limits.profile.weight_kg.max + 1));
  await page.getByTestId('onboarding-next').click();
  assert.match(await page.getByTestId('onboarding-error').textContent(),
    new RegExp(`Your weight: between ${limits.profile.weight_kg.min} kg and ${limits.profile.weight_kg.max} kg`));
});

test('today\'s and the journal\'s note hold as many characters as core allows', async () => {
  const { page } = app;
  await onboard(page);
  await go(page, 'today');
  assert.equal(await attribute(page, 'log-food-note', 'maxlength'), String(limits.entry.note.max_length));
  assert.equal(await attribute(page, 'log-food-kcal', 'max'), String(limits.entry.value.food.max));
  assert.equal(await attribute(page, 'log-steps-input', 'max'), String(limits.entry.value.steps.max));
  assert.equal(await attribute(page, 'log-measure-waist', 'min'), String(limits.entry.waist_cm.min));
  // A note of the longest length the page allows is one the server accepts.
  await page.getByTestId('log-food-kcal').fill('500');
  await page.getByTestId('log-food-note').fill('n'.repeat(limits.entry.note.max_length));
  await page.getByTestId('log-food-submit').click();
  await page.getByTestId('toast').filter({ hasText: 'Logged food.' }).waitFor();
  await go(page, 'journal');
  await page.locator('[data-testid=journal-row][data-kind=food] [data-testid=journal-edit]').click();
  assert.equal(await attribute(page, 'journal-edit-note', 'maxlength'), String(limits.entry.note.max_length));
  assert.equal(await attribute(page, 'journal-edit-value', 'max'), String(limits.entry.value.food.max));
  assert.deepEqual(errors, []);
});

// What the browser tests cannot see: a number typed into a page. Length limits are checked here; the
// ranges' min and max are set from limits.js (an input's own unit facts, inches under 12, are not core's).
test('no page types a length limit of its own', () => {
  const folder = fileURLToPath(new URL('../../src/web/app', import.meta.url));
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(folder, file), 'utf8');
    assert.doesNotMatch(text, /(max|min)length:\s*\d/, `${file} types a length limit`);
    assert.doesNotMatch(text, /Math\.min\(\s*(200|500|600|1000)\b/, `${file} clamps to a number of core's`);
  }
});
