// Issue 13, point 3: before anything is logged, the Progress page says so in words for people — the
// shared view's "Nothing logged yet." (GET /api/stats, the same as 'hipfit stats') — and points to where
// logging is done on the web, not to a command line's --help.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE } from './harness.js';
import { openApp, newEmail, signUp, onboard, go } from './flows.js';

let server;
let browser;
let phone; // {context, page}
const errors = [];

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  phone = await openApp(browser, PHONE, errors);
  await signUp(phone.page, server.url, newEmail('empty'));
  await onboard(phone.page);
});

after(() => stopServerAndBrowser(server, browser));

test('with nothing logged, progress says so and points to the Today page', async () => {
  const { page } = phone;
  await go(page, 'progress');
  const focus = page.getByTestId('progress-focus');
  await focus.waitFor();
  assert.equal(await focus.textContent(), 'Nothing logged yet. Log your first entry on the Today page.');
  assert.equal(await focus.getByRole('link').getAttribute('href'), '#/today');
  await screenshot(page, 'phone-progress-empty');
  await focus.getByRole('link').click();
  await page.waitForURL(/#\/today$/);
  assert.deepEqual(errors, []);
});
