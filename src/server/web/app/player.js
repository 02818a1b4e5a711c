// The guided workout as a state machine over the session script (docs/workout.md), with no DOM and no
// clock of its own: every function takes `now` (ms, from clock.js) and changes the plain, JSON-safe
// state in place, so the page can keep it in localStorage after every change and resume after a reload.
// tick() returns what happened (for beeps): "count" (3-2-1), "go", "rest", "step", "finished", and for a set
// with a tempo "tempo-up" / "tempo-down" as each half of a rep starts and "tempo-tick" on its other seconds.

export const PREPARE_MS = 3000; // a get-ready count before holds, timed moves and intervals

export function create(script, now) {
  return {version: 1, date: script.date, script, index: 0, status: "ready", timer: null, reps: null,
    results: {}, createdAt: now, startedAt: null, finishedAt: null, outcome: null};
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
  record(state, now, true);
  advance(state, now);
  events.push(state.status === "finished" ? "finished" : "step");
  return events;
}

// What the current step achieved, kept for the result; `whole` when its countdown ran out.
function record(state, now, whole) {
  const step = stepAt(state);
  const t = state.timer;
  const workMs = t && t.phase === "work" ? (state.status === "paused" ? t.elapsed || 0 : now - t.startedAt) : 0;
  switch (step.kind) {
    case "reps":
      state.results[step.index] = {reps: state.reps};
      break;
    case "hold":
    case "timed": {
      const seconds = whole ? step.seconds : Math.round(workMs / 1000);
      state.results[step.index] = {seconds};
      break;
    }
    case "intervals": {
      const rounds = whole ? step.rounds : t.phase === "rest" ? t.round : Math.max(0, t.round - 1);
      state.results[step.index] = {rounds};
      break;
    }
    default:
      break; // rests and side switches are not recorded
  }
}

// "Done": the set is finished (or the countdown is cut short); the next step starts.
export function next(state, now) {
  if (state.status === "finished" || state.status === "ready") return;
  record(state, now, false);
  advance(state, now);
}

export function skip(state, now) {
  if (state.status === "finished" || state.status === "ready") return;
  state.results[stepAt(state).index] = {skipped: true};
  advance(state, now);
}

export function back(state, now) {
  if (state.status === "ready") return;
  if (state.status === "finished") state.status = "running";
  const to = state.index > 0 ? state.index - 1 : 0;
  delete state.results[stepAt(state, to).index];
  delete state.results[stepAt(state).index];
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
    record(state, now, false);
    const r = state.results[current.index];
    if (r && !(r.seconds >= 1 || r.rounds >= 1)) delete state.results[current.index];
  }
  state.status = "finished";
  state.finishedAt = now;
  state.timer = null;
}

export function setReps(state, reps) {
  const step = stepAt(state);
  if (step && step.kind === "reps") state.reps = Math.max(1, Math.min(200, Math.round(reps)));
}

const isExercise = (step) => Boolean(step.exercise) && step.kind !== "rest" && step.kind !== "switch_sides";

// As core::warm_up_skipped: the script has a warm-up and every one of its exercise steps was skipped.
export function warmUpSkipped(state) {
  const warmUp = state.script.steps.filter((step) => step.block === "warm-up" && isExercise(step));
  return warmUp.length > 0 && warmUp.every((step) => state.results[step.index] && state.results[step.index].skipped);
}

function setOf(step, r) {
  switch (step.kind) {
    case "reps":
      return {exercise: step.exercise, reps: r.reps};
    case "hold":
      return {exercise: step.exercise, hold_seconds: Math.max(1, Math.min(600, r.seconds || 1))};
    case "intervals":
      if (!(r.rounds >= 1)) return null;
      return {exercise: step.exercise, rounds: r.rounds, work_seconds: step.work_seconds,
        ...(step.rest_seconds > 0 ? {rest_seconds: step.rest_seconds} : {})};
    case "timed": {
      if (step.block !== "cardio") return null; // warm-up and cool-down moves are not logged
      const minutes = Math.round((r.seconds || 0) / 6) / 10;
      return minutes >= 1 ? {exercise: step.exercise, minutes} : null;
    }
    default:
      return null;
  }
}

// The journal entry of docs/workout.md "The result", made as core::workout_entry makes it for the
// terminal: one set per reps, hold and intervals step done — the two sides of a per-side set are one
// set, with what both sides did at least — the minutes of timed cardio, and warm_up_skipped; skipped and
// pending steps left out. Dated on the script's day.
export function result(state, time) {
  const sets = [];
  let left = null; // the left-side step whose set was logged last
  for (const step of state.script.steps) {
    const r = state.results[step.index];
    if (!r || r.skipped || !isExercise(step)) continue;
    const set = setOf(step, r);
    if (!set) continue;
    if (step.side === "right" && left && left.exercise === step.exercise && left.block === step.block && left.set === step.set) {
      const kept = sets[sets.length - 1];
      if (set.reps !== undefined && (kept.reps === undefined || set.reps < kept.reps)) kept.reps = set.reps;
      if (set.hold_seconds !== undefined && (kept.hold_seconds === undefined || set.hold_seconds < kept.hold_seconds)) kept.hold_seconds = set.hold_seconds;
      left = null;
      continue;
    }
    sets.push(set);
    left = step.side === "left" ? step : null;
  }
  const entry = {kind: "workout", date: state.script.date, sets, warm_up_skipped: warmUpSkipped(state)};
  if (time) entry.time = time;
  return entry;
}

export function counts(state) {
  const steps = state.script.steps.filter(isExercise);
  const done = steps.filter((s) => state.results[s.index] && !state.results[s.index].skipped).length;
  const skipped = steps.filter((s) => state.results[s.index] && state.results[s.index].skipped).length;
  return {total: steps.length, done, skipped};
}
