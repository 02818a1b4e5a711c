// "Bring your history" (#/import, src/web/app/import.js; docs/import.md): a person chooses another app's
// export, sees the format hipfit read and what it would add — every exercise name and what it became, what
// is left out — imports it on confirmation, finds the workout in the journal, and takes it all back with
// Undo. A file hipfit does not recognise gets the server's words. The apps offered are the server's. At
// phone size, then checked by axe at desktop size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, DESKTOP } from './harness.js';
import { openApp, newEmail, signUp, signIn, onboard, pageReady, api, assertNoSidewaysScroll, seriousAxeViolations } from './flows.js';

const PHONE = { width: 360, height: 740 };

const STRONG = [
  'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
  '2026-11-02 18:00:00,Legs,45m,Squat (Barbell),W,20,10,0,0,,,',
  '2026-11-02 18:00:00,Legs,45m,Squat (Barbell),1,60,8,0,0,,,',
  '2026-11-02 18:00:00,Legs,45m,Cable Pull Through,1,20,12,0,0,,,',
  '2026-11-02 18:00:00,Legs,45m,Rest Timer,Rest Timer,0,0,0,90,,,',
  '',
].join('\n');

let server;
let browser;
let email;

before(async () => ({ server, browser } = await startServerAndBrowser()));
after(() => stopServerAndBrowser(server, browser));

// The refusal this test asks for (Chromium logs it as a failed load).
const refusals = (text, where) => /status of 400/.test(text) && new URL(where).pathname === '/api/import';

async function openImport(page) {
  await page.getByTestId('nav-more').click();
  await pageReady(page, 'more');
  await page.getByTestId('more-import').click();
  await pageReady(page, 'import');
}

const file = (name, text, mimeType = 'text/csv') => ({ name, mimeType, buffer: Buffer.from(text, 'utf8') });

test('a Strong export is checked, imported on confirmation and undone whole', async () => {
  const errors = [];
  const { context, page } = await openApp(browser, PHONE, errors, { allow: refusals });
  try {
    email = newEmail('import');
    await signUp(page, server.url, email);
    await onboard(page);
    await openImport(page);
    assert.equal(await page.title(), 'Bring your history · hipfit');

    // The apps offered are the server's.
    const offered = (await api(page, 'GET', '/api/limits')).json.import.from.filter((a) => a.id !== 'hipfit');
    const options = await page.getByTestId('import-from').locator('option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(options, ['', ...offered.map((a) => a.id)]);

    // A file hipfit does not recognise: the server's words.
    await page.getByTestId('import-file').setInputFiles(file('notes.txt', 'Shopping list\nmilk\n', 'text/plain'));
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-status').filter({ hasText: /does not recognise/ }).waitFor();
    assert.match(await page.getByTestId('import-status').textContent(), /^notes\.txt: /);

    // The Strong file: what it holds, nothing written yet.
    await page.getByTestId('import-file').setInputFiles(file('strong.csv', STRONG));
    await page.getByTestId('import-check').click();
    const result = page.getByTestId('import-result');
    await page.getByTestId('import-confirm').waitFor();
    assert.match(await page.getByTestId('import-format').textContent(), /Strong/);
    assert.equal(await page.getByTestId('import-counts').textContent(), 'Would import 1 workout.');
    const names = await page.getByTestId('import-exercises').locator('li').allTextContents();
    assert.ok(names.includes('Squat (Barbell) → Squat, 2 sets'), names.join(' | '));
    assert.ok(names.includes('Cable Pull Through → Cable Pull Through (new, your own), 1 set'), names.join(' | '));
    assert.match(await page.getByTestId('import-left-out').textContent(), /rest/i);
    assert.equal((await api(page, 'GET', '/api/entries?kind=workout')).json.length, 0);
    await assertNoSidewaysScroll(page, 'the import summary at phone size');
    await screenshot(page, 'phone-import-check');

    // Imported on confirmation: in the journal, with its own exercise.
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-undo').waitFor();
    assert.equal(await page.getByTestId('import-counts').textContent(), 'Imported 1 workout.');
    const workouts = (await api(page, 'GET', '/api/entries?kind=workout')).json;
    assert.equal(workouts.length, 1);
    assert.equal(workouts[0].sets.length, 3);
    assert.equal(workouts[0].sets[0].warm_up, true);
    assert.ok((await api(page, 'GET', '/api/exercises')).json.some((e) => e.own && e.name === 'Cable Pull Through'));
    await screenshot(page, 'phone-import-done');

    // Undo takes it all back.
    await page.getByTestId('import-undo').click();
    await result.waitFor({ state: 'hidden' });
    assert.equal((await api(page, 'GET', '/api/entries?kind=workout')).json.length, 0);
    assert.ok(!(await api(page, 'GET', '/api/exercises')).json.some((e) => e.own));
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});

test('at desktop size the import page has no serious or critical axe violation', async () => {
  assert.ok(email, 'the first test made the account');
  const errors = [];
  const { context, page } = await openApp(browser, DESKTOP, errors);
  try {
    await signIn(page, server.url, email);
    await openImport(page);
    await page.getByTestId('import-file').setInputFiles(file('strong.csv', STRONG));
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-confirm').waitFor();
    assert.deepEqual(await seriousAxeViolations(page), []);
    await screenshot(page, 'desktop-import');
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});
