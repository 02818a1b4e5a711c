// The exercise pictures in the web app (src/web/app/illustration.js): the animated movement and the muscle map
// on the exercise card, the movement beside each exercise of the plan (drawn as it scrolls into view), and the
// movement above the guided player's count, paused with the player and from its start at each new set. At
// phone (390×844) and desktop (1280×800) size, in the light and dark schemes, and with reduced motion the SVG's
// still pair shows (the page's policy must not drop the SVG's own styles). Screenshots of the card and the
// player for a dozen exercises go to $HIPFIT_SCREENSHOTS.
import { test, before, after } from 'node:test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import * as P from '../../src/web/app/player.js';
import { startServerAndBrowser, stopServerAndBrowser, screenshot, TODAY } from './harness.js';
import { openApp, newEmail, signUp, signIn, onboard, go, pageReady, stopClock, kept, assertNoSidewaysScroll } from './flows.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const DOZEN = ['fire-hydrant', 'clamshell', 'glute-bridge', 'side-lying-leg-raise', 'banded-lateral-walk', 'squat',
  'reverse-lunge', 'step-up-reverse-lunge', 'dumbbell-romanian-deadlift', 'wall-sit', 'pigeon-pose', 'foam-rolling'];

let server;
let browser;
let email;

// The card as a person sees it on the screen (a full page would be the long page under the dialog).
async function screenshotOfScreen(page, name) {
  const dir = process.env.HIPFIT_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

before(async () => {
  ({ server, browser } = await startServerAndBrowser());
  const errors = [];
  const { context, page } = await openApp(browser, PHONE, errors);
  email = newEmail('pictures');
  await signUp(page, server.url, email);
  await onboard(page);
  await context.close();
  assert.deepEqual(errors, []);
});
after(() => stopServerAndBrowser(server, browser));

// A signed-in page of the person, at the size and scheme given.
async function personPage(viewport, errors, options = {}) {
  const { context, page } = await openApp(browser, viewport, errors, options);
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  await signIn(page, server.url, email);
  return { context, page };
}

// The inline SVG of a picture (in its shadow root): its accessible name, size, role and animation state.
function svgOf(page, testid) {
  return page.getByTestId(testid).locator('svg').first();
}

async function describe(svg) {
  return svg.evaluate((el) => ({
    role: el.getAttribute('role'),
    title: el.querySelector(':scope > title')?.textContent ?? '',
    label: el.getAttribute('aria-label'),
    paused: el.animationsPaused(),
    animates: el.querySelectorAll('animate, animateTransform, animateMotion').length > 0,
    width: el.getBoundingClientRect().width,
    height: el.getBoundingClientRect().height,
  }));
}

// The card of an exercise, opened as the plan opens it (exercise.js), the pictures drawn.
async function openCard(page, id) {
  if (id) await page.evaluate((x) => import('/app/exercise.js').then((m) => m.showExercise(x, null)), id);
  const dialog = page.getByTestId('exercise-detail');
  await dialog.waitFor();
  await page.waitForFunction((x) => document.querySelector('[data-testid=exercise-detail]')?.open &&
    document.querySelector('#exercise-title') && document.querySelector('[data-testid=exercise-picture]')?.shadowRoot.querySelector('svg') &&
    document.querySelector('[data-testid=exercise-muscles]')?.shadowRoot.querySelector('svg') &&
    document.querySelector('[data-testid=exercise-detail] .cues li') !== null &&
    [...document.querySelectorAll('[data-testid=exercise-detail]')].length === 1, id);
  return dialog;
}

async function closeCard(page) {
  await page.getByTestId('exercise-detail-close').click();
  await page.getByTestId('exercise-detail').waitFor({ state: 'hidden' });
}

for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`the exercise card shows the movement beside the cues and the muscle map below (${size})`, async () => {
    const errors = [];
    const { context, page } = await personPage(viewport, errors);
    try {
      await go(page, 'plan');
      await page.getByTestId('plan-exercise').first().click();
      await openCard(page);
      const name = await page.locator('#exercise-title').textContent();
      const picture = await describe(svgOf(page, 'exercise-picture'));
      assert.equal(picture.role, 'img');
      assert.match(picture.title, new RegExp(name, 'i'), 'the picture names the exercise');
      assert.ok(picture.animates, 'the picture moves');
      assert.equal(picture.paused, false, 'and runs');
      assert.ok(picture.width >= 120, `the picture is ${picture.width} px wide`);
      const muscles = await describe(svgOf(page, 'exercise-muscles'));
      assert.equal(muscles.role, 'img');
      assert.ok(muscles.title.length > 0, 'the muscle map has a title');
      assert.ok(muscles.width >= 160, `the muscle map is ${muscles.width} px wide`);
      // The muscles are named in words too.
      assert.match(await page.getByTestId('exercise-detail').textContent(), /Works: /);

      const box = (locator) => locator.first().boundingBox();
      const pic = await box(page.getByTestId('exercise-picture'));
      const cues = await box(page.locator('[data-testid=exercise-detail] .cues'));
      const map = await box(page.getByTestId('exercise-muscles'));
      if (size === 'phone') assert.ok(pic.y + pic.height <= cues.y + 1, 'on a phone the picture is above the cues');
      else {
        assert.ok(pic.x + pic.width <= cues.x + 1, 'on a wide screen the picture is beside the cues');
        assert.ok(Math.abs(pic.y - cues.y) < 60, 'at the same height');
      }
      assert.ok(map.y >= cues.y + cues.height - 1 && map.y >= pic.y + pic.height - 1, 'the muscle map is below both');
      await screenshotOfScreen(page, `${size}-exercise-card-pictures`);
      await closeCard(page);
    } finally {
      await context.close();
    }
    assert.deepEqual(errors, []);
  });

  test(`the plan shows a picture beside each exercise, drawn as it comes into view (${size})`, async () => {
    const errors = [];
    const { context, page } = await personPage(viewport, errors);
    try {
      await go(page, 'plan');
      const open = page.locator('[data-testid=plan-week][open]');
      await open.first().waitFor();
      const first = open.first().getByTestId('plan-picture').first();
      await first.locator('svg').waitFor();
      const svg = await describe(first.locator('svg'));
      assert.ok(svg.animates);
      assert.ok(svg.width > 30 && svg.height <= 49, `a small picture: ${svg.width}×${svg.height}`);
      // Beside the exercise's name, within its button (the tap opens the card).
      const button = first.locator('xpath=ancestor::button[1]');
      assert.equal(await button.getAttribute('data-testid'), 'plan-exercise');
      // A closed week's pictures are not drawn until it is opened and scrolled to.
      const weeks = page.getByTestId('plan-week');
      const open_ = await weeks.evaluateAll((all) => all.map((w) => w.open));
      const closed = weeks.nth(open_.lastIndexOf(false));
      const later = closed.getByTestId('plan-picture').first();
      assert.equal(await later.evaluate((el) => el.shadowRoot.querySelector('svg')), null);
      await closed.locator('summary').click();
      await later.scrollIntoViewIfNeeded();
      await later.locator('svg').waitFor();
      await assertNoSidewaysScroll(page, `the plan (${size})`);
      // The open week's first exercises, as the screen shows them once they are drawn.
      await first.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=plan-picture]')]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })
        .every((el) => el.shadowRoot.querySelector('svg')));
      await screenshotOfScreen(page, `${size}-plan-pictures`);
    } finally {
      await context.close();
    }
    assert.deepEqual(errors, []);
  });
}

// A workout of the dozen exercises, two sets of the first, for the player to show: kept as the page keeps a
// workout (workout.js), so the page resumes it into the player.
async function keepWorkout(page, ids, { rest = false, sides = false } = {}) {
  const catalog = await page.evaluate(async () => (await fetch('/api/exercises')).json());
  const byId = new Map(catalog.map((e) => [e.id, e]));
  const steps = [];
  const add = (id, set, sets, side = null) => steps.push({ index: steps.length, block: byId.get(id).block, kind: 'reps',
    exercise: id, name: byId.get(id).name, cue: byId.get(id).cues[0], set, sets, side, reps: 10 });
  add(ids[0], 1, 2);
  add(ids[0], 2, 2);
  if (rest) steps.push({ index: steps.length, block: byId.get(ids[1]).block, kind: 'rest', seconds: 60 });
  for (const id of ids.slice(1)) add(id, 1, 1);
  if (sides) {
    // A per-side set of the second exercise: its left side, then its right.
    add(ids[1], 1, 1, 'left');
    add(ids[1], 1, 1, 'right');
  }
  const now = await page.evaluate(() => Date.now());
  const state = P.create({ date: TODAY, minutes: 30, steps }, now);
  const account = await page.evaluate(async () => (await (await fetch('/api/session')).json()).account.id);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`hipfit.workout.${account}`, JSON.stringify(state)]);
  return steps;
}

const playerSvg = (page) => svgOf(page, 'player-picture');
const atStep = (page, n) => page.waitForFunction((count) => document.querySelector('.player-top .muted')?.textContent.startsWith(count),
  `Step ${n} of`);

test('the player shows the movement above the count, paused with the player and from its start at each set', async () => {
  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    const errors = [];
    const { context, page } = await personPage(viewport, errors);
    try {
      await keepWorkout(page, ['squat', 'glute-bridge'], { rest: true });
      await stopClock(page);
      await go(page, 'workout');
      await page.getByTestId('player-step').waitFor();
      const svg = playerSvg(page);
      await svg.waitFor();
      const shown = await describe(svg);
      assert.equal(shown.role, 'img');
      assert.match(shown.title, /squat/i);
      assert.equal(shown.paused, false, 'the movement runs while the player runs');
      const pic = await page.getByTestId('player-picture').boundingBox();
      const name = await page.getByTestId('player-name').boundingBox();
      const reps = await page.locator('[data-testid=player-step] .reps').boundingBox();
      assert.ok(pic.y >= name.y + name.height - 1 && pic.y + pic.height <= reps.y + 1, 'between the name and the count');
      assert.ok(pic.height >= 100, `the picture is ${pic.height} px tall`);

      await page.getByTestId('player-pause').click();
      await page.waitForFunction(() => document.querySelector('[data-testid=player-picture]').shadowRoot.querySelector('svg').animationsPaused());
      // Paused, the movement stays where it was: set it half-way, and the next set starts it from the start.
      await svg.evaluate((el) => el.setCurrentTime(3));
      assert.equal(await svg.evaluate((el) => el.getCurrentTime()), 3);
      await page.getByTestId('player-next').click();
      await atStep(page, 2);
      await page.waitForFunction(() => document.querySelector('[data-testid=player-picture]').shadowRoot.querySelector('svg').getCurrentTime() === 0);
      assert.equal(await svg.evaluate((el) => el.animationsPaused()), true, 'still paused with the player');
      await page.getByTestId('player-pause').click(); // Resume
      await page.waitForFunction(() => !document.querySelector('[data-testid=player-picture]').shadowRoot.querySelector('svg').animationsPaused());
      // The rest before the next exercise shows the next exercise, and so does its step.
      const bridge = () => page.waitForFunction(() => /bridge/i.test(document.querySelector('[data-testid=player-picture]').shadowRoot.querySelector('svg > title')?.textContent));
      await page.getByTestId('player-next').click();
      await atStep(page, 3);
      assert.equal(await page.getByTestId('player-name').textContent(), 'Rest');
      await bridge();
      await page.getByTestId('player-next').click();
      await atStep(page, 4);
      await bridge();
      assert.equal(await playerSvg(page).evaluate((el) => el.animationsPaused()), false);
      await assertNoSidewaysScroll(page, `the player (${size})`);
      await screenshot(page, `${size}-player-picture`);
      const { state } = await kept(page);
      assert.equal(state.index, 3);
    } finally {
      await context.close();
    }
    assert.deepEqual(errors, []);
  }
});

test('with reduced motion the pictures show their still start and end, not the animation', async () => {
  const errors = [];
  const { context, page } = await personPage(PHONE, errors, { reducedMotion: 'reduce' });
  try {
    await openCard(page, 'side-lying-leg-raise');
    const still = (testid) => page.getByTestId(testid).evaluate((host) => {
      const svg = host.shadowRoot.querySelector('svg');
      const shown = (selector) => [...svg.querySelectorAll(selector)].some((g) => getComputedStyle(g).display !== 'none' && g.getBoundingClientRect().width > 0);
      return { moving: shown('.hf-moving'), still: shown('.hf-still'), paused: svg.animationsPaused() };
    });
    assert.deepEqual(await still('exercise-picture'), { moving: false, still: true, paused: true });
    await screenshotOfScreen(page, 'phone-reduced-motion-exercise-card');
    await closeCard(page);

    await keepWorkout(page, ['clamshell', 'fire-hydrant']);
    await stopClock(page);
    await go(page, 'workout');
    await playerSvg(page).waitFor();
    assert.deepEqual(await still('player-picture'), { moving: false, still: true, paused: true });
    // Resuming the player does not set the picture moving.
    await page.getByTestId('player-pause').click();
    await page.getByTestId('player-pause').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=player-pause]').getAttribute('aria-pressed') === 'false');
    assert.equal(await playerSvg(page).evaluate((el) => el.animationsPaused()), true);
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});

// For people to look at: the card and the player of a dozen exercises at phone size, light and dark.
test('screenshots of the card and the player for a dozen exercises', async () => {
  for (const scheme of ['light', 'dark']) {
    const errors = [];
    const { context, page } = await personPage(PHONE, errors, { colorScheme: scheme });
    const look = scheme === 'dark' ? 'phone-dark' : 'phone';
    try {
      await go(page, 'plan');
      for (const id of DOZEN) {
        await openCard(page, id);
        const picture = await describe(svgOf(page, 'exercise-picture'));
        assert.ok(picture.width >= 120, `${id}: the picture is ${picture.width} px wide`);
        await screenshotOfScreen(page, `${look}-card-${id}`);
        await closeCard(page);
      }
      const steps = await keepWorkout(page, DOZEN, { sides: true });
      await stopClock(page);
      await go(page, 'workout');
      for (const step of steps) {
        await atStep(page, step.index + 1);
        await page.waitForFunction((id) => document.querySelector('[data-testid=player-picture]')?.shadowRoot.querySelector('svg > title')
          ?.textContent.toLowerCase().includes(id.split('-')[0]), step.exercise);
        // The other side of a per-side set is shown as in a mirror.
        const { mirrored, moving } = await page.getByTestId('player-picture').evaluate((el) => ({
          mirrored: el.classList.contains('is-mirrored'),
          moving: el.shadowRoot.querySelector('svg').getAttribute('data-moving-side'),
        }));
        assert.equal(mirrored, Boolean(step.side) && ['left', 'right'].includes(moving) && step.side !== moving,
          `${step.exercise} ${step.side}: moving ${moving}`);
        await screenshot(page, `${look}-player-${step.exercise}${step.sets > 1 ? `-set-${step.set}` : ''}${step.side ? `-${step.side}` : ''}`);
        await page.getByTestId('player-skip').click();
      }
      await page.getByTestId('player-summary').waitFor();
    } finally {
      await context.close();
    }
    assert.deepEqual(errors, []);
  }
});
