// The web app loads from the binary alone, with nothing from another origin and no script errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE } from './harness.js';
import { openApp } from './flows.js';

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));
after(() => stopServerAndBrowser(server, browser));

test('the page loads its own files only, without errors', async () => {
  const errors = [];
  // openApp, not openPage: the signed-out visitor's GET /api/session answers 401, which Chromium logs as
  // "Failed to load resource"; that answer is expected, any other error is not.
  const { context, page } = await openApp(browser, PHONE, errors, { pinDate: false });
  const foreign = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  const response = await page.goto(server.url + '/');
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /default-src 'self'/);
  await page.waitForSelector('#app');
  await screenshot(page, 'smoke-phone');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});
