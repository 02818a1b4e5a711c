// What the journey, offline, accessibility and warm-up tests share: a browser context whose calendar is
// the server's (HIPFIT_TODAY) on Playwright's fake clock, error collection that tells the API's expected
// refusals from real errors, and the steps a person takes (sign up, the profile questions, the guided
// workout) driven through the page as a person would, waiting on the page and never on fixed delays.
// The workout's countdowns move only when the test runs the clock (stopClock, runOutPhase): however
// busy the machine, no countdown runs out while the test looks elsewhere.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { TODAY } from './harness.js';

export const PASSWORD = 'a long walk by the river';

let counter = 0;
export const newEmail = (tag) => `${tag}-${process.pid}-${++counter}@example.test`;

// The answers that are part of the protocol, not errors, though Chromium logs each non-2xx answer as
// "Failed to load resource": who-am-I while signed out, and the profile before onboarding created it.
const EXPECTED_REFUSALS = [
  { path: '/api/session', status: 401 },
  { path: '/api/profile', status: 404 },
];

// A browser context as a person's phone or computer: the browser's calendar set to the server's day
// (the app dates offline results and draws charts with the device's own date) on a fake clock that
// runs at the pace of real time until a test stops it (stopClock), every page and console error collected.
// `allow(text, url)` may excuse a console error the test expects (a request made while offline).
export async function openApp(browser, viewport, errors, { pinDate = true, reducedMotion, allow } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'allow', reducedMotion });
  if (pinDate) await context.clock.install({ time: new Date(`${TODAY}T10:00:00`) });
  const page = await context.newPage();
  watch(page, errors, allow);
  return { context, page };
}

export function watch(page, errors, allow = () => false) {
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const status = Number((text.match(/status of (\d{3})/) || [])[1]);
    const where = message.location().url;
    if (status && where) {
      const path = new URL(where).pathname;
      if (EXPECTED_REFUSALS.some((r) => r.path === path && r.status === status)) return;
    }
    if (allow(text, where)) return;
    errors.push(`console error: ${text}${where ? ` (${where})` : ''}`);
  });
}

// The page's own heading after a navigation: the router focuses it once the page is drawn.
export async function pageReady(page, route) {
  await page.waitForFunction((name) => {
    const title = document.querySelector('#app .page-title');
    const loading = [...document.querySelectorAll('#app p.muted')].some((p) => /^Loading/.test(p.textContent));
    return location.hash.startsWith(`#/${name}`) && title && document.activeElement === title && !loading;
  }, route);
}

// The pages the tab bar keeps behind "More" (main.js).
export const MORE_PAGES = ['plan', 'forecast', 'checkin', 'assessment', 'learn', 'coach', 'settings'];

// To a page as a person goes there: its tab, or More and its link, else (signed out, during a workout)
// by its address.
export async function go(page, route) {
  const link = page.getByTestId(`nav-${route}`);
  const more = page.getByTestId('nav-more');
  if (await link.isVisible()) {
    // The tab of the page shown draws it afresh: wait until the old page is gone, so that its title
    // (still focused) is not taken for the new one's.
    const old = await page.$('#app .page-title');
    await link.click();
    if (old && (await page.evaluate((name) => location.hash === `#/${name}`, route))) {
      await page.waitForFunction((el) => !el.isConnected, old);
    }
  } else if (MORE_PAGES.includes(route) && await more.isVisible()) {
    await more.click();
    await pageReady(page, 'more');
    await page.getByTestId(`more-${route}`).click();
  } else {
    await page.evaluate((name) => { location.hash = `#/${name}`; }, route);
  }
  await pageReady(page, route);
}

export async function signUp(page, url, email) {
  await page.goto(`${url}/#/signup`);
  await page.getByTestId('signup-email').fill(email);
  await page.getByTestId('signup-password').fill(PASSWORD);
  await page.getByTestId('signup-submit').click();
  await page.waitForURL(/#\/onboarding$/);
  await pageReady(page, 'onboarding');
}

export async function signIn(page, url, email) {
  await page.goto(`${url}/#/signin`);
  await pageReady(page, 'signin');
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(PASSWORD);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL(/#\/today$/);
  await pageReady(page, 'today');
}

// The profile questions for the person of the journey: metric, a 34-year-old woman, 165 cm, 72 kg,
// waist 80, hips 104, neck 33, lightly active, losing fat, training Monday, Wednesday and Friday.
export const PERSON = { age: 34, height: 165, weight: 72, waist: 80, hip: 104, neck: 33 };

// Onboarding asks in four steps; Next moves on once the step's answers are accepted.
export async function onboardingStep(page, n) {
  await page.getByTestId('onboarding-step').filter({ hasText: `Step ${n} of 4` }).waitFor();
}

export async function nextOnboardingStep(page, n) {
  await page.getByTestId('onboarding-next').click();
  await onboardingStep(page, n);
}

// Answers every step from the first, and stays on the last (Training), before its submit.
export async function fillOnboarding(page) {
  await page.getByTestId('onboarding-step').waitFor();
  while (!(await page.getByTestId('onboarding-step').textContent()).startsWith('Step 1 ')) await page.getByTestId('onboarding-back').click();
  await page.getByTestId('onboarding-units-metric').check();
  await page.getByTestId('onboarding-sex-female').check();
  await page.getByTestId('onboarding-age').fill(String(PERSON.age));
  await page.getByTestId('onboarding-height-cm').fill(String(PERSON.height));
  await nextOnboardingStep(page, 2);
  for (const key of ['weight', 'waist', 'hip', 'neck']) await page.getByTestId(`onboarding-${key}`).fill(String(PERSON[key]));
  await nextOnboardingStep(page, 3);
  await page.getByTestId('onboarding-activity-light').check();
  await page.getByTestId('onboarding-goal-lose-fat').check();
  await nextOnboardingStep(page, 4);
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) {
    await page.getByTestId(`onboarding-day-${day}`).setChecked(['mon', 'wed', 'fri'].includes(day));
  }
}

export async function onboard(page) {
  await fillOnboarding(page);
  await page.getByTestId('onboarding-submit').click();
  await page.waitForURL(/#\/assessment\?welcome=1$/);
  await pageReady(page, 'assessment');
}

// Records every step the player shows (its "Step N of M", title, side and block), in order, so a test
// can tell that the whole session went by, switches of side and countdowns included.
export async function recordSteps(page) {
  await page.evaluate(() => {
    if (window.__steps) return;
    window.__steps = [];
    const read = () => {
      const player = document.querySelector('[data-testid=player-step]');
      if (!player) return;
      const count = player.querySelector('.player-top .muted').textContent;
      const last = window.__steps[window.__steps.length - 1];
      if (!count || (last && last.count === count)) return;
      const side = player.querySelector('[data-testid=player-side]');
      window.__steps.push({
        count,
        index: Number(count.match(/Step (\d+)/)[1]) - 1,
        name: player.querySelector('[data-testid=player-name]').textContent,
        block: player.querySelector('[data-testid=player-block]').textContent,
        side: side.hidden ? null : side.textContent,
        reps: !player.querySelector('.reps').hidden,
      });
    };
    new MutationObserver(read).observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true });
    read();
  });
}

export const stepsSeen = (page) => page.evaluate(() => window.__steps || []);

// What the player shows now: {summary: true} on the summary, else the step's counter and kind.
export async function playerNow(page) {
  return page.evaluate(() => {
    if (document.querySelector('[data-testid=player-summary] h2')) return { summary: true };
    const player = document.querySelector('[data-testid=player-step]');
    if (!player) return null;
    return {
      count: player.querySelector('.player-top .muted').textContent,
      name: player.querySelector('[data-testid=player-name]').textContent,
      block: player.querySelector('[data-testid=player-block]').textContent,
      reps: !player.querySelector('.reps').hidden,
    };
  });
}

// Stops the page's clock (the whole context's) a minute on from the page's time: from then on time moves
// only when the test runs it, and a countdown waits for the test however long the machine takes between
// two steps. The minute is the margin for the page's time going on while this is asked for.
export async function stopClock(page) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 60000);
}

// The player's state as the page keeps it (workout.js saves it after every change), and the page's time.
export const kept = (page) => page.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('hipfit.workout.'));
  return { state: key ? JSON.parse(localStorage.getItem(key)) : null, now: Date.now() };
});

// The stopped clock runs to the end of the countdown's current phase and the player's tick after it
// (workout.js ticks every 100 ms): one phase at a time, so every step is drawn and seen.
export async function runOutPhase(page) {
  const { state, now } = await kept(page);
  await page.clock.runFor(Math.max(0, state.timer.endsAt - now) + 100);
}

// Moves the player on to step `index` of `script` as a person would: each set of reps before it done as
// planned, any other step skipped — or, with { runOut: true }, its countdown run out on the stopped clock.
export async function playerTo(page, script, index, { runOut = false } = {}) {
  for (;;) {
    const { state } = await kept(page);
    if (state.index === index) return;
    if (script.steps[state.index].kind === 'reps') await page.getByTestId('player-next').click();
    else if (runOut) await runOutPhase(page);
    else await page.getByTestId('player-skip').click();
    await page.waitForFunction(([i, countdown]) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('hipfit.workout.'));
      return countdown || JSON.parse(localStorage.getItem(key)).index > i;
    }, [state.index, runOut && script.steps[state.index].kind !== 'reps']);
  }
}

// The stopped clock runs until the player has moved on from the current step.
export async function runOutStep(page) {
  const { state } = await kept(page);
  for (;;) {
    const now = await kept(page);
    if (now.state.index !== state.index || now.state.status === 'finished') return;
    await runOutPhase(page);
  }
}

// Plays the session as a person does, on the stopped clock (stopClock before the Start): taps "Set done"
// after each set of reps (adjusting the count first where `adjust(step, n)` says so), lets every
// countdown (holds, rests, side switches, cardio, stretches) run out by running the clock. Stops on the
// summary, or before the `stopAtSet`-th set of reps (1-based).
export async function playWorkout(page, { adjust = () => 0, stopAtSet = Infinity } = {}) {
  await recordSteps(page);
  let sets = 0;
  for (;;) {
    const { state } = await kept(page);
    if (state.status === 'finished') {
      await page.locator('[data-testid=player-summary] h2').waitFor();
      return { summary: true, sets };
    }
    const now = await playerNow(page);
    if (!now.reps) {
      await runOutPhase(page);
      continue;
    }
    sets += 1;
    if (sets >= stopAtSet) return { summary: false, sets, at: now };
    const change = adjust(now, sets);
    for (let i = 0; i < Math.abs(change); i++) await page.getByTestId(change > 0 ? 'player-reps-plus' : 'player-reps-minus').click();
    await page.getByTestId('player-next').click();
  }
}

// The account's journal, asked for from the page (its cookie, the service worker's network).
export async function entries(page, kind) {
  return page.evaluate(async (k) => {
    const response = await fetch(`/api/entries${k ? `?kind=${k}` : ''}`, { headers: { Accept: 'application/json' } });
    return response.json();
  }, kind);
}

// An API call from the page, with its session and CSRF token: {status, json}.
export async function api(page, method, path, body) {
  return page.evaluate(async ({ method, path, body }) => {
    const session = await (await fetch('/api/session', { headers: { Accept: 'application/json' } })).json();
    const response = await fetch(path, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: response.status === 204 ? null : await response.json() };
  }, { method, path, body });
}

// The session script of today, asked for from the page.
export async function workoutScript(page) {
  return page.evaluate(async () => (await fetch('/api/workout', { headers: { Accept: 'application/json' } })).json());
}

// docs/workout.md "The result": one set per reps, hold and intervals step done, with the two sides of a
// per-side set as one set, and the minutes of timed cardio (a bout under a minute not at all).
export function expectedSets(script) {
  const sets = [];
  let left = null;
  for (const step of script.steps) {
    if (step.kind === 'reps' || step.kind === 'hold') {
      if (step.side === 'right' && left && left.exercise === step.exercise && left.set === step.set) {
        left = null;
        continue;
      }
      left = step.side === 'left' ? step : null;
      sets.push(step.kind === 'reps' ? { exercise: step.exercise, reps: step.reps } : { exercise: step.exercise, hold_seconds: step.seconds });
    } else if (step.kind === 'intervals') {
      sets.push({ exercise: step.exercise, rounds: step.rounds, work_seconds: step.work_seconds, rest_seconds: step.rest_seconds });
    } else if (step.kind === 'timed' && (step.block === 'cardio' || step.block === 'intervals') && step.seconds >= 60) {
      sets.push({ exercise: step.exercise, minutes: Math.round((step.seconds / 60) * 10) / 10 });
    }
  }
  return sets;
}

// No wider than the window: nothing to scroll sideways.
export async function assertNoSidewaysScroll(page, what) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `${what}: the page is ${scroll} px wide in a ${width} px window`);
}

// The WCAG 2.2 A and AA violations axe finds on the page as it is, serious or critical only, one line each.
// axe is evaluated rather than added as a script tag: the app's Content-Security-Policy allows no inline script.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export async function seriousAxeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary}`));
  });
}
