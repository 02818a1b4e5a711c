// The Forecast page at phone size: the chart drawn from GET /api/forecast (forecast line, band, the
// 3,500-kcal rule, a goal line) with the same numbers as the API, the server's errors shown beside the
// field at fault, the weekly check-in from "not yet" to kept, and the coach's advice with its severity
// in words. Any script or console error fails the test, except the 400 and 422 the form provokes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE, DESKTOP, TODAY } from './harness.js';
import { openApp, newEmail, signUp, onboard, go, assertNoSidewaysScroll, api } from './flows.js';

let server;
let browser;
let phone; // {context, page}
const errors = [];

// The form's bad answers on purpose: Chromium logs each as "Failed to load resource".
const provoked = (text, url) => /status of (400|422)/.test(text) && /\/api\/forecast\?/.test(url || '');

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  phone = await openApp(browser, PHONE, errors, { speed: null, allow: provoked });
  await signUp(phone.page, server.url, newEmail('forecast'));
  await onboard(phone.page);
});

after(() => stopServerAndBrowser(server, browser));

function noErrors() {
  assert.deepEqual(errors.splice(0), []);
}

const dayBefore = (days) => {
  const [y, m, d] = TODAY.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
};

// A date as the page writes it, in the browser's own locale.
const shortDate = (page, iso) => page.evaluate((d) => new Date(`${d}T12:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }), iso);

// As the page writes a weight: one decimal and the unit.
const kg = (value) => `${Math.round(value * 10) / 10} kg`;

async function shown(page) {
  await page.getByTestId('forecast-chart').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=forecast-submit]').disabled);
}

test('the forecast chart draws the plan with its band and the 3,500-kcal rule, with the API\'s numbers', async () => {
  const { page } = phone;
  const asked = [];
  const listen = (request) => { if (request.url().includes('/api/forecast?')) asked.push(new URL(request.url())); };
  page.on('request', listen);
  await go(page, 'forecast');
  await shown(page);
  page.off('request', listen);
  // The page asks for the days it draws: every 7th and the last, not all 366.
  assert.ok(asked.length > 0, 'the page asked for the forecast');
  for (const url of asked) assert.equal(url.searchParams.get('step'), '7', url.href);
  const { json: f } = await api(page, 'GET', '/api/forecast?days=365');
  const { json: weekly } = await api(page, 'GET', '/api/forecast?days=365&step=7');
  assert.equal(f.step, 1);
  assert.equal(weekly.step, 7);
  assert.deepEqual(weekly.days.map((d) => d.day), [...Array.from({ length: 53 }, (_, i) => 7 * i), 365]);
  assert.deepEqual(weekly.days[1], f.days[7]);
  assert.deepEqual(weekly.days[53], f.days[365]);
  const chart = page.getByTestId('forecast-chart');
  const pointsOf = (series) => chart.locator(`g[data-series=${series}] polyline`).getAttribute('points');
  const forecastLine = (await pointsOf('forecast')).split(' ');
  assert.equal(forecastLine.length, 54, 'every 7th day of 365 and the last');
  assert.equal((await pointsOf('rule')).split(' ').length, 54);
  assert.equal((await chart.locator('polygon[data-series=area]').getAttribute('points')).split(' ').length, 108);
  assert.equal(await chart.locator('line.target').count(), 0, 'no goal line without a goal');
  // Losing fat: the line falls, and the rule promises more than the model.
  const yOf = (point) => Number(point.split(',')[1]);
  assert.ok(yOf(forecastLine[53]) > yOf(forecastLine[0]), 'lower weight is further down the chart');
  const last = f.days[365];
  assert.ok(last.weight_kg < f.days[0].weight_kg && last.rule_weight_kg < last.weight_kg);
  assert.equal(await page.getByTestId('forecast-end').textContent(),
    `Day 365, ${await shortDate(page, last.date)}: ` +
    `${kg(last.weight_kg)} (the 3,500-kcal rule: ${kg(last.rule_weight_kg)}).`);
  // Fat and fat-free mass add up to the weight, and the page says where the body fat comes from.
  assert.equal(await page.getByTestId('forecast-now').textContent(),
    `Now: ${Math.round(f.baseline.intake_kcal).toLocaleString('en')} kcal a day holds 72 kg ` +
    `(fat ${kg(f.baseline.fat_mass_kg)}, estimated from your tape measurements; fat-free ${kg(72 - Math.round(f.baseline.fat_mass_kg * 10) / 10)}).`);
  assert.equal(await page.getByTestId('forecast-plan').textContent(),
    `Plan: eat your calorie target, ${Math.round(f.plan.target_in_force_kcal).toLocaleString('en')} kcal a day ` +
    `(−${Math.abs(Math.round(f.plan.intake_changes[0].kcal))} kcal a day from day 0 against what holds your weight now).`);
  assert.equal(await page.getByTestId('forecast-rule-explanation').textContent(), f.rule_explanation);
  const summary = await chart.getByTestId('chart-summary').textContent();
  assert.ok(summary.includes(kg(last.weight_kg)) && summary.includes(kg(last.rule_weight_kg)), summary);
  assert.equal(await page.getByTestId('forecast-status').textContent(), summary, 'announced to screen readers');
  await assertNoSidewaysScroll(page, 'forecast at 360 px');
  await screenshot(page, 'phone-forecast');
  noErrors();
});

test('a bad intake change and an underweight goal show the server\'s error beside the field', async () => {
  const { page } = phone;
  // Plain fields, not the command line's notation: a change in kcal a day, from a day, until a day.
  const kcal = page.getByLabel('Change 1: kcal a day');
  await kcal.fill('-300');
  await page.getByLabel('Change 1: from day').fill('100');
  await page.getByLabel('Change 1: until day').fill('50');
  await page.getByTestId('forecast-submit').click();
  const changesError = page.getByTestId('forecast-changes-error');
  await page.waitForFunction(() => document.querySelector('[data-testid=forecast-changes-error]').textContent !== '');
  assert.equal(await changesError.textContent(), 'Intake changes: change 1 ends on day 50, which is not after the day it starts (100).');
  assert.equal(await kcal.getAttribute('aria-invalid'), 'true');
  assert.equal(await kcal.evaluate((el) => el === document.activeElement), true, 'the field at fault has the focus');
  const describedBy = await kcal.getAttribute('aria-describedby');
  assert.ok(describedBy.split(' ').includes(await changesError.getAttribute('id')), 'the error describes the field');

  await page.getByLabel('Change 1: until day').fill('');
  await page.getByLabel('Goal weight (kg)').fill('45');
  await page.getByTestId('forecast-submit').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=forecast-goal-error]').textContent !== '');
  assert.match(await page.getByTestId('forecast-goal-error').textContent(), /BMI of 16\.5, under the WHO's healthy minimum/);
  assert.equal(await changesError.textContent(), '', 'the old error is gone');
  assert.equal(await kcal.getAttribute('aria-invalid'), null);
  await screenshot(page, 'phone-forecast-refused');
  noErrors();
});

test('an intake change and a goal weight redraw the chart with a goal line and the goal\'s day', async () => {
  const { page } = phone;
  await page.getByLabel('Change 1: kcal a day').fill('-500');
  await page.getByLabel('Change 1: from day').fill('0');
  await page.getByLabel('Change 1: until day').fill('300');
  await page.getByLabel('Goal weight (kg)').fill('68');
  await page.getByLabel('How far ahead').selectOption('730');
  await page.getByTestId('forecast-submit').click();
  await page.getByTestId('forecast-goal-result').waitFor();
  // What the page asked: the change until day 300 is the command line's -500@0,0@300.
  const changes = encodeURIComponent(JSON.stringify([{ change_kcal: -500, from_day: 0, until_day: 300 }]));
  const { json: f } = await api(page, 'GET', `/api/forecast?days=730&intake_changes=${changes}&goal_weight=68kg`);
  const { json: same } = await api(page, 'GET', '/api/forecast?days=730&intake_change=-500@0,0@300&goal_weight=68kg');
  assert.deepEqual(f, same);
  assert.equal(f.days.length, 731);
  assert.ok(f.goal.day_reached > 0, 'reached on this plan');
  const date = await shortDate(page, f.goal.date_reached);
  assert.match(await page.getByTestId('forecast-goal-result').textContent(),
    new RegExp(`^Goal 68 kg: reached on ${date} \\(day ${f.goal.day_reached}\\); about [\\d,]+ kcal a day then holds it there\\.$`));
  assert.match(await page.getByTestId('forecast-plan').textContent(), /^Plan: −500 kcal a day from day 0, then ±0 kcal a day from day 300\.$/);
  const chart = page.getByTestId('forecast-chart');
  assert.equal(await chart.locator('line.target').count(), 1, 'the goal line');
  assert.equal((await chart.locator('g[data-series=forecast] polyline').getAttribute('points')).split(' ').length, 106);
  assert.match(await chart.locator('.legend').textContent(), /Goal 68 kg/);
  assert.equal(await page.getByTestId('forecast-goal-error').textContent(), '');

  await page.getByTestId('forecast-reset').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid=forecast-goal-result]'));
  assert.match(await page.getByTestId('forecast-plan').textContent(), /your calorie target/);
  assert.equal(await page.getByTestId('forecast-change').count(), 1, 'one empty change again');
  assert.equal(await page.getByLabel('Change 1: kcal a day').inputValue(), '');
  noErrors();
});

test('changes are added and removed as rows, and one follows another', async () => {
  const { page } = phone;
  await page.getByTestId('forecast-change-add').click();
  assert.equal(await page.getByTestId('forecast-change').count(), 2);
  assert.equal(await page.getByLabel('Change 2: kcal a day').evaluate((el) => el === document.activeElement), true, 'the new row has the focus');
  await page.getByLabel('Change 2: kcal a day').fill('-250');
  await page.getByLabel('Change 2: from day').fill('100');
  // Removing the first renumbers the rest.
  await page.getByRole('button', { name: 'Remove change 1' }).click();
  assert.equal(await page.getByTestId('forecast-change').count(), 1);
  assert.equal(await page.getByLabel('Change 1: kcal a day').inputValue(), '-250');
  // Two changes, the second from the day the first ends.
  await page.getByLabel('Change 1: kcal a day').fill('-500');
  await page.getByLabel('Change 1: from day').fill('0');
  await page.getByLabel('Change 1: until day').fill('100');
  await page.getByTestId('forecast-change-add').click();
  await page.getByLabel('Change 2: kcal a day').fill('-250');
  await page.getByLabel('Change 2: from day').fill('100');
  await page.getByTestId('forecast-submit').click();
  await page.waitForFunction(() => /then/.test(document.querySelector('[data-testid=forecast-plan]')?.textContent || ''));
  assert.equal(await page.getByTestId('forecast-plan').textContent(), 'Plan: −500 kcal a day from day 0, then −250 kcal a day from day 100.');
  await assertNoSidewaysScroll(page, 'forecast changes at 360 px');
  await screenshot(page, 'phone-forecast-changes');
  await page.getByTestId('forecast-reset').click();
  await page.waitForFunction(() => /your calorie target/.test(document.querySelector('[data-testid=forecast-plan]')?.textContent || ''));
  noErrors();
});

test('the check-in says why it cannot run yet, then runs and is kept after three weeks of logging', async () => {
  const { page } = phone;
  const card = page.getByTestId('checkin-card');
  assert.match(await card.getByTestId('checkin-estimate').textContent(), /^What you really burn: not known yet\. .{20,}/);
  assert.equal(await page.getByTestId('checkin-submit').isDisabled(), true);
  assert.match(await page.getByTestId('checkin-note').textContent(), /after two weeks/);

  for (let back = 21; back >= 0; back--) {
    const weight = { kind: 'weight', value: Math.round((72.6 - 0.06 * (21 - back)) * 100) / 100, date: dayBefore(back), time: '07:00' };
    assert.equal((await api(page, 'POST', '/api/entries', weight)).status, 201);
    if (back === 0) continue;
    assert.equal((await api(page, 'POST', '/api/entries', { kind: 'food', value: 1600, date: dayBefore(back), time: '13:00' })).status, 201);
    if (back <= 5) assert.equal((await api(page, 'POST', '/api/entries', { kind: 'sleep', value: 5, date: dayBefore(back), time: '07:00' })).status, 201);
  }
  await go(page, 'today');
  await go(page, 'forecast');
  await shown(page);
  const { json: preview } = await api(page, 'GET', '/api/checkin');
  assert.equal(preview.estimate.available, true);
  await page.waitForFunction(() => !document.querySelector('[data-testid=checkin-submit]').disabled);
  assert.match(await card.getByTestId('checkin-estimate').textContent(),
    new RegExp(`^You burn about ${Math.round(preview.estimate.expenditure_kcal).toLocaleString('en')} kcal a day .* from 22 days with 22 weigh-ins and 21 days of food`));
  assert.deepEqual(await card.getByTestId('checkin-reasons').locator('li').allTextContents(), preview.reasons);
  await screenshot(page, 'phone-checkin-due');

  await page.getByTestId('checkin-submit').click();
  await page.waitForFunction(() => /You checked in today/.test(document.querySelector('[data-testid=checkin-target]').textContent));
  const { json: kept } = await api(page, 'GET', '/api/checkin');
  assert.equal(kept.in_force.date, TODAY);
  assert.equal(await card.getByTestId('checkin-target').textContent(),
    `You checked in today: your target is ${Math.round(kept.in_force.target_kcal).toLocaleString('en')} kcal a day.`);
  assert.match(await page.getByTestId('toast').textContent(), /Checked in: your target is/);
  assert.equal(await page.getByTestId('checkin-submit').isDisabled(), true);
  const nextDue = await page.evaluate(() => new Date('2026-11-30T12:00').toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' }));
  assert.equal(await page.getByTestId('checkin-note').textContent(), `Done for this week. The next check-in is due on ${nextDue}.`);
  noErrors();
});

test('the coach\'s advice names each severity in words', async () => {
  const { page } = phone;
  const { json: advice } = await api(page, 'GET', '/api/coach');
  const items = page.getByTestId('advice-item');
  assert.equal(await items.count(), advice.length);
  const sleep = page.locator('[data-testid=advice-item][data-rule=sleep-short]');
  assert.equal(await sleep.getAttribute('data-severity'), 'warning');
  assert.equal(await sleep.locator('.tag').textContent(), 'Warning');
  assert.ok((await sleep.textContent()).includes(advice.find((a) => a.rule === 'sleep-short').message));
  await screenshot(page, 'phone-forecast-advice');
  // The chart follows the window's width.
  await page.setViewportSize(DESKTOP);
  await page.waitForFunction(() => document.querySelector('[data-testid=forecast-chart] svg').getAttribute('width') > 600);
  await assertNoSidewaysScroll(page, 'forecast at desktop size');
  await screenshot(page, 'desktop-forecast');
  noErrors();
});
