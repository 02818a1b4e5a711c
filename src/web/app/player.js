// The guided workout as a state machine over the session script (docs/workout.md), with no DOM and no
// clock of its own: every function takes `now` (ms, from clock.js) and changes the plain, JSON-safe
// state in place, so the page can keep it in localStorage after every change and resume after a reload.
// tick() returns what happened (for beeps): "count" (3-2-1), "go", "rest", "step", "finished", and for a set
// with a tempo "tempo-up" / "tempo-down" as each half of a rep starts and "tempo-tick" on its other seconds.
//
// It keeps the time, and steps as core::WorkoutPlayer does (Back goes to the previous exercise step). What
// happened at each step is logged in `events` — done (with the reps, load and RPE of a set, the seconds a
// countdown ran, the rounds finished), skip, back — and sent as it is (played()): the server replays them
// through core's player and records the workout entry, as the terminal player records its own.

import {atMostSetLimit} from "./limits.js"; // the most reps and RPE a set holds: core's, from the server
import {timeOfDay} from "./clock.js";

export const PREPARE_MS = 3000; // a get-ready count before holds, timed moves and intervals

export function create(script, now) {
  return {version: 1, date: script.date, script, index: 0, status: "ready", timer: null, reps: null, load: null,
    rpe: null, results: {}, events: [], createdAt: now, startedAt: null, finishedAt: null, outcome: null};
}

// A state kept by an earlier page, before events were logged: its results, in step order, as the events
// that give them (a back leaves no result behind, so none is missed).
export function upgrade(state) {
  if (Array.isArray(state.events)) return state;
  const events = [];
  const last = Math.max(state.index - 1, ...Object.keys(state.results || {}).map(Number));
  for (let i = 0; i <= last && i < state.script.steps.length; i++) {
    const r = state.results[i];
    if (r && r.skipped) events.push({step: i, action: "skip"});
    else if (r || i < state.index) events.push({step: i, action: "done", ...r});
    else break;
    state.results[i] = r && r.skipped ? {skipped: true} : {done: true, ...r};
  }
  return Object.assign(state, {events, load: null, rpe: null});
}

export const stepAt = (state, i = state.index) => state.script.steps[i] || null;

export function start(state, now) {
  state.status = "running";
  state.startedAt = now;
  enter(state, 0, now);
}

function enter(state, index, now) {
  state.index = index;
  const step = stepAt(state);
  state.reps = step.kind === "reps" ? step.reps : null;
  state.load = step.kind === "reps" && typeof step.load_kg === "number" ? step.load_kg : null; // the suggested load
  state.rpe = null;
  switch (step.kind) {
    case "reps":
      state.timer = {phase: "work", startedAt: now, endsAt: null, round: 0, last: null};
      break;
    case "rest":
    case "switch_sides":
      state.timer = {phase: step.kind, startedAt: now, endsAt: now + step.seconds * 1000, round: 0, last: null};
      break;
    default: // timed, hold, intervals
      state.timer = {phase: "prepare", startedAt: now, endsAt: now + PREPARE_MS, round: 0, last: null};
  }
  if (state.status === "paused") pauseTimer(state, now);
}

function advance(state, now) {
  if (state.index + 1 < state.script.steps.length) enter(state, state.index + 1, now);
  else {
    state.status = "finished";
    state.finishedAt = now;
    state.timer = null;
  }
}

// Remaining ms of the current countdown (null for a set of reps, which waits for a tap).
export function remaining(state, now) {
  const t = state.timer;
  if (!t || t.endsAt === null) return t && t.remaining !== undefined && t.remaining !== null ? t.remaining : null;
  if (state.status === "paused") return t.remaining;
  return Math.max(0, t.endsAt - now);
}

// Seconds of a set of reps so far, for the metronome.
export function elapsed(state, now) {
  const t = state.timer;
  if (!t) return 0;
  if (state.status === "paused") return t.elapsed || 0;
  return now - t.startedAt;
}

// The metronome of a set with a tempo: {part: "up"|"down", rep} or null.
export function tempoAt(state, now) {
  const step = stepAt(state);
  if (!step || step.kind !== "reps" || !step.tempo) return null;
  const up = (step.tempo.up_s ?? step.tempo.up_seconds ?? 0) * 1000;
  const down = (step.tempo.down_s ?? step.tempo.down_seconds ?? 0) * 1000;
  if (up + down <= 0) return null;
  const ms = elapsed(state, now);
  const rep = Math.floor(ms / (up + down)) + 1;
  const within = ms % (up + down);
  const part = within < up ? "up" : "down";
  const count = Math.floor((part === "up" ? within : within - up) / 1000) + 1; // "up 1-2-3-4, down 1-2-3-4"
  return {part, rep: Math.min(rep, step.reps), count, up, down};
}

export function tick(state, now) {
  const events = [];
  if (state.status !== "running" || !state.timer) return events;
  const step = stepAt(state);
  const t = state.timer;
  if (step.kind === "reps") {
    const tempo = tempoAt(state, now);
    const mark = tempo ? `${tempo.rep}${tempo.part}${tempo.count}` : null;
    if (mark && mark !== t.last) {
      events.push(tempo.count > 1 ? "tempo-tick" : tempo.part === "up" ? "tempo-up" : "tempo-down");
      t.last = mark;
    }
    return events;
  }
  const left = Math.ceil((t.endsAt - now) / 1000);
  if (left <= 3 && left >= 1 && t.last !== left && (t.endsAt - t.startedAt) >= 3000) {
    events.push("count");
    t.last = left;
  }
  if (now < t.endsAt) return events;
  // The countdown is over: the next phase starts now (a phone that slept resumes from here).
  t.last = null;
  if (t.phase === "prepare") {
    events.push("go");
    if (step.kind === "intervals") Object.assign(t, {phase: "work", round: 1, startedAt: now, endsAt: now + step.work_seconds * 1000});
    else Object.assign(t, {phase: "work", startedAt: now, endsAt: now + step.seconds * 1000});
    return events;
  }
  if (step.kind === "intervals" && t.phase === "work" && t.round < step.rounds) {
    events.push("rest");
    Object.assign(t, {phase: "rest", startedAt: now, endsAt: now + step.rest_seconds * 1000});
    return events;
  }
  if (step.kind === "intervals" && t.phase === "rest") {
    events.push("go");
    Object.assign(t, {phase: "work", round: t.round + 1, startedAt: now, endsAt: now + step.work_seconds * 1000});
    return events;
  }
  done(state, measured(state, now, true));
  advance(state, now);
  events.push(state.status === "finished" ? "finished" : "step");
  return events;
}

// What the current step measured, as a done event carries it: a set's reps, load and RPE; the whole
// seconds a countdown's work ran; the rounds whose work was finished (core keeps at least one). `whole`
// when its countdown ran out.
function measured(state, now, whole) {
  const step = stepAt(state);
  const t = state.timer;
  const workMs = t && t.phase === "work" ? (state.status === "paused" ? t.elapsed || 0 : now - t.startedAt) : 0;
  switch (step.kind) {
    case "reps":
      return {reps: state.reps, ...(state.load !== null ? {load_kg: state.load} : {}), ...(state.rpe !== null ? {rpe: state.rpe} : {})};
    case "hold":
    case "timed":
      return {seconds: whole ? step.seconds : Math.min(step.seconds, Math.floor(workMs / 1000))};
    case "intervals":
      return {rounds: whole ? step.rounds : t.phase === "rest" ? t.round : Math.max(0, t.round - 1)};
    default:
      return {}; // rests and side switches: nothing to measure
  }
}

function done(state, values) {
  state.events.push({step: state.index, action: "done", ...values});
  state.results[state.index] = {done: true, ...values};
}

// "Done": the set is finished (or the countdown is cut short); the next step starts.
export function next(state, now) {
  if (state.status === "finished" || state.status === "ready") return;
  done(state, measured(state, now, false));
  advance(state, now);
}

export function skip(state, now) {
  if (state.status === "finished" || state.status === "ready") return;
  state.events.push({step: state.index, action: "skip"});
  state.results[state.index] = {skipped: true};
  advance(state, now);
}

const isExercise = (step) => Boolean(step.exercise) && step.kind !== "rest" && step.kind !== "switch_sides";

// Where Back goes, as in core::WorkoutPlayer::back: the previous exercise step, over rests and side
// switches; null when there is none.
export function backTarget(state) {
  for (let i = state.index - 1; i >= 0; i--) if (isExercise(stepAt(state, i))) return i;
  return null;
}

// Back to the previous exercise step, to do it again: its result and those after it are undone.
export function back(state, now) {
  if (state.status === "ready" || state.status === "finished") return;
  const to = backTarget(state);
  if (to === null) return;
  state.events.push({step: state.index, action: "back"});
  for (let i = to; i <= state.index; i++) delete state.results[i];
  enter(state, to, now);
}

function pauseTimer(state, now) {
  const t = state.timer;
  if (!t) return;
  t.remaining = t.endsAt === null ? null : Math.max(0, t.endsAt - now);
  t.elapsed = now - t.startedAt;
}

export function pause(state, now) {
  if (state.status !== "running") return;
  pauseTimer(state, now);
  state.status = "paused";
}

export function resume(state, now) {
  if (state.status !== "paused") return;
  const t = state.timer;
  if (t) {
    if (t.endsAt !== null) t.endsAt = now + (t.remaining ?? 0);
    t.startedAt = now - (t.elapsed || 0);
    t.remaining = null;
    t.elapsed = null;
  }
  state.status = "running";
}

// "End workout": what was done is kept — the current step too if part of it was done (a countdown that
// ran, rounds finished) — and the steps not reached stay pending, which is not the same as skipped (as in
// core::workout_entry, pending steps are left out and do not make the warm-up "skipped").
export function finishEarly(state, now) {
  if (state.status === "ready" || state.status === "finished") return;
  const current = stepAt(state);
  if (current.kind !== "reps") {
    const r = measured(state, now, false);
    if (r.seconds >= 1 || r.rounds >= 1) done(state, r);
  }
  state.status = "finished";
  state.finishedAt = now;
  state.timer = null;
}

export function setReps(state, reps) {
  const step = stepAt(state);
  if (step && step.kind === "reps") state.reps = Math.max(1, atMostSetLimit("reps", Math.round(reps)));
}

// The load of the set in kg, or null for none; the RPE 1–10, or null. The page checks what was typed.
export function setLoad(state, kg) {
  const step = stepAt(state);
  if (step && step.kind === "reps") state.load = kg === null ? null : Math.max(0, atMostSetLimit("load_kg", Math.round(kg * 1000) / 1000));
}

export function setRpe(state, rpe) {
  const step = stepAt(state);
  if (step && step.kind === "reps") state.rpe = rpe === null ? null : Math.max(1, atMostSetLimit("rpe", Math.round(rpe)));
}

// What POST /api/workout records: the session played (its day and number of steps), the time it was
// started — a workout finished after midnight belongs to the evening it began, not to the moment it is
// sent — and the events.
export function played(state) {
  const started = state.startedAt ? {time: timeOfDay(new Date(state.startedAt))} : {};
  const swaps = state.swaps && state.swaps.length ? {swaps: state.swaps} : {};
  return {date: state.script.date, ...started, steps: state.script.steps.length, ...swaps, events: state.events};
}

// The current exercise swapped for an alternative: `script` is the server's after the swaps so far and
// this one (GET /api/workout?swaps=…: core swaps the remaining sets), `swap` is {step, exercise}. The swaps
// are sent with the events, so the server replays the same script; the current step starts afresh.
export function swapped(state, script, swap, now) {
  state.script = script;
  state.swaps = [...(state.swaps || []), swap];
  enter(state, Math.min(state.index, script.steps.length - 1), now);
}

// As core::warm_up_skipped, for the summary (also offline): the script has a warm-up and every one of
// its exercise steps was skipped.
export function warmUpSkipped(state) {
  const warmUp = state.script.steps.filter((step) => step.block === "warm-up" && isExercise(step));
  return warmUp.length > 0 && warmUp.every((step) => state.results[step.index] && state.results[step.index].skipped);
}

export function counts(state) {
  const steps = state.script.steps.filter(isExercise);
  const done = steps.filter((s) => state.results[s.index] && !state.results[s.index].skipped).length;
  const skipped = steps.filter((s) => state.results[s.index] && state.results[s.index].skipped).length;
  return {total: steps.length, done, skipped};
}

// --- personal bests as the workout goes --------------------------------------------------------------
// As core::new_best_at (core/workout/workout_bests.hpp), so that the player names a new best at once, offline
// too; the POST /api/workout answer names the workout's bests by core's own rule for the summary.
// tests/fixtures/personal_best_cases.json is checked against both (personal_best_cases_test.cpp and
// personal_best.test.js), so the two cannot drift apart.

// The effort of a set, as core::set_effort: {hold, amount, load_kg}, or null without reps or a hold.
export function effortOf(set) {
  const load = typeof set.load_kg === "number" ? set.load_kg : 0;
  if (typeof set.reps === "number") return {hold: false, amount: set.reps, load_kg: load};
  if (typeof set.hold_seconds === "number") return {hold: true, amount: set.hold_seconds, load_kg: load};
  return null;
}

// As core::beaten: the best of `earlier` that `effort` beats (heaviest, then most), or null when one of them
// is at least as heavy and at least as much, or none is of its measure.
export function beaten(effort, earlier) {
  let best = null;
  for (const e of earlier) {
    if (e.hold === effort.hold && e.load_kg >= effort.load_kg && e.amount >= effort.amount) return null;
    if (e.hold === effort.hold && (!best || (e.load_kg !== best.load_kg ? e.load_kg > best.load_kg : e.amount > best.amount))) best = e;
  }
  return best;
}

// The set done at step i as the entry logs it: a per-side set once its right side is done, both sides as one
// (the fewer reps or seconds, the larger load: docs/workout.md); null for other steps.
function setDoneAt(state, i) {
  const step = stepAt(state, i);
  const result = state.results[i];
  if (!step || (step.kind !== "reps" && step.kind !== "hold") || step.side === "left" || !result || !result.done) return null;
  const own = step.kind === "hold" ? {hold_seconds: result.seconds, load_kg: 0} : {reps: result.reps, load_kg: result.load_kg || 0};
  if (step.side !== "right") return own;
  const left = state.script.steps.find((s) => s.exercise === step.exercise && s.set === step.set && s.side === "left" && s.index < i);
  const other = left && state.results[left.index] && state.results[left.index].done ? state.results[left.index] : null;
  if (!other) return own;
  const otherAmount = step.kind === "hold" ? other.seconds : other.reps;
  const amount = Math.min(step.kind === "hold" ? own.hold_seconds : own.reps, otherAmount);
  const load = Math.max(own.load_kg, other.load_kg || 0);
  return step.kind === "hold" ? {hold_seconds: amount, load_kg: load} : {reps: amount, load_kg: load};
}

// The personal best the set done at step i sets: {exercise, now, before} (efforts), or null — none for an
// exercise the script has no records of (a first time is no record to beat).
export function newBestAt(state, i) {
  const step = stepAt(state, i);
  const records = step && state.script.records ? state.script.records[step.exercise] : null;
  if (!records || !records.length) return null;
  const set = setDoneAt(state, i);
  const now = set && effortOf(set);
  if (!now) return null;
  const earlier = records.map(effortOf).filter(Boolean);
  for (let j = 0; j < i; j++) {
    const s = stepAt(state, j);
    const before = s && s.exercise === step.exercise ? setDoneAt(state, j) : null;
    if (before && effortOf(before)) earlier.push(effortOf(before));
  }
  const before = beaten(now, earlier);
  return before ? {exercise: step.exercise, now, before} : null;
}
