// Every page of the app checked by axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA, colour contrast
// included) at phone and desktop size, and at phone size in the dark colour scheme (style.css has one):
// no serious or critical violation. A failure names the rule, the
// element and what is wrong with it. The pages are reached by their addresses, so a change of the
// navigation does not change what is checked, and each is photographed for people to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, PHONE, DESKTOP, TODAY } from './harness.js';
import { openApp, newEmail, signUp, fillOnboarding, onboard, pageReady, playWorkout, stopClock } from './flows.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let server;
let browser;

before(async () => ({ server, browser } = await startServerAndBrowser()));
after(() => stopServerAndBrowser(server, browser));

// axe's serious and critical violations on the page as it is now, one line per element.
async function audit(page, what) {
  // Evaluated rather than added as a script tag: the app's Content-Security-Policy allows no inline script.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) =>
      `${v.id} (${v.impact}): ${n.target.join(' ')}: ${(n.failureSummary || v.help).replace(/\s+/g, ' ')}`));
  }, TAGS);
  return violations.map((line) => `${what}: ${line}`);
}

// The page at `route` (an address, not a link of the navigation), drawn, checked and photographed.
async function visit(page, route, name, found) {
  await page.evaluate((hash) => { location.hash = hash; }, `#/${route}`);
  await pageReady(page, route.split('?')[0]);
  await check(page, name, found);
}

async function check(page, name, found) {
  found.push(...await audit(page, name));
  await screenshot(page, name);
}

// A request of the page's own, with its session's CSRF token.
const post = (page, path, body) => page.evaluate(async ({ path, body }) => {
  const { csrf_token: csrf } = await (await fetch('/api/session')).json();
  const answer = await fetch(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf } });
  return answer.status;
}, { path, body });

const LOOKS = [
  { look: 'phone', viewport: PHONE, colorScheme: 'light' },
  { look: 'desktop', viewport: DESKTOP, colorScheme: 'light' },
  { look: 'phone-dark', viewport: PHONE, colorScheme: 'dark' },
];

for (const { look, viewport, colorScheme } of LOOKS) {
  test(`every page (${look}) has no serious or critical axe violation`, async () => {
    const errors = [];
    const found = [];
    const { context, page } = await openApp(browser, viewport, errors);
    await page.emulateMedia({ colorScheme });
    try {
      // Signed out.
      await page.goto(`${server.url}/#/signin`);
      await pageReady(page, 'signin');
      await check(page, `${look}-signin`, found);
      await visit(page, 'signup', `${look}-signup`, found);
      await visit(page, 'learn', `${look}-learn-signed-out`, found);

      // A new account: the profile questions, then the figures.
      await signUp(page, server.url, newEmail(`axe-${look}`));
      await check(page, `${look}-onboarding`, found);
      await fillOnboarding(page); // its last step
      await check(page, `${look}-onboarding-last-step`, found);
      await onboard(page);
      await check(page, `${look}-assessment`, found);

      // A few entries, so that the journal has rows and the charts are drawn.
      for (const entry of [{ kind: 'water', value: 250 }, { kind: 'weight', value: 72 }, { kind: 'sleep', value: 7 }]) {
        assert.equal(await post(page, '/api/entries', { ...entry, date: TODAY, time: '08:00' }), 201);
      }
      for (const route of ['today', 'plan', 'journal', 'progress', 'forecast', 'checkin', 'learn', 'coach', 'settings', 'more', 'exercises']) {
        await visit(page, route, `${look}-${route}`, found);
        if (route === 'plan') {
          // An exercise's card, opened from the plan.
          await page.getByTestId('plan-exercise').first().click();
          await page.getByTestId('exercise-detail').waitFor();
          await check(page, `${look}-exercise-card`, found);
          await page.getByTestId('exercise-detail-close').click();
          await page.getByTestId('exercise-detail').waitFor({ state: 'hidden' });
        }
      }

      // The workout: its overview, the player at a set of reps (which waits for a tap, so the clock can
      // run again while axe reads the page), and the summary of a workout ended there.
      await visit(page, 'workout', `${look}-workout`, found);
      await stopClock(page);
      await page.getByTestId('player-start').click();
      const played = await playWorkout(page, { stopAtSet: 1 });
      assert.equal(played.summary, false);
      await page.clock.resume();
      await check(page, `${look}-workout-player`, found);
      page.once('dialog', (dialog) => dialog.accept());
      await page.getByTestId('player-quit').click();
      await page.getByTestId('player-summary').locator('h2').waitFor();
      await check(page, `${look}-workout-summary`, found);
    } finally {
      await context.close();
    }
    assert.deepEqual(found, [], `axe found serious or critical violations:\n${found.join('\n')}`);
    assert.deepEqual(errors, []);
  });
}
