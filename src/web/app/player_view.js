// The player's screen: what to do now (name, side, set, cue), the countdown, reps, load, effort, round
// and metronome, and the controls. It only draws a player.js state; the page (workout.js) owns the state
// and the timer.
import {h, field} from "./dom.js";
import {BLOCK_NAMES, nameOf} from "./catalog.js";
import * as P from "./player.js";
import {clockText, fromCanonical, toCanonical, unitOf, round} from "./units.js";
import {knownLimits, at, bounds, between, within} from "./limits.js";
import {Picture, illustrationUrl, hasIllustration, keepPictures} from "./illustration.js";

// The catalog fills in a name or cue the script leaves out.
let names = null;

export function setCatalog(map) {
  names = map;
}

function phaseText(step, t) {
  if (!t) return "";
  if (t.phase === "prepare") return "Get ready";
  if (step.kind === "rest") return "Rest";
  if (step.kind === "switch_sides") return "Switch sides";
  if (step.kind === "hold") return "Hold";
  if (step.kind === "intervals") return t.phase === "work" ? "Hard — all out" : "Easy — recover";
  return "Keep moving";
}

export function stepTitle(step) {
  if (!step) return "";
  if (step.kind === "rest") return "Rest";
  if (step.kind === "switch_sides") return "Switch sides";
  return step.name || nameOf(names, step.exercise);
}

function stepCue(step) {
  if (step.cue) return step.cue;
  const e = names && names.get(step.exercise);
  return e && e.cues ? e.cues.slice(0, 2).join(" ") : "";
}

// on: {reps(delta), load(kg|null), rpe(n|null), back, pause, skip, next, quit}; live: a polite live region
// that announces each step; units: the profile's ("metric" or "imperial"), for the load.
export function playerView(state, on, live, units) {
  const el = {
    progress: h("progress", {"data-testid": "player-progress", max: state.script.steps.length, value: 0, "aria-label": "Workout progress"}),
    count: h("span", {class: "muted"}),
    block: h("p", {class: "player-block", "data-testid": "player-block"}),
    name: h("h2", {class: "player-name", "data-testid": "player-name"}),
    side: h("p", {class: "player-side", "data-testid": "player-side"}),
    set: h("p", {class: "player-set", "data-testid": "player-set"}),
    phase: h("p", {class: "player-phase"}),
    countdown: h("p", {class: "player-countdown", role: "timer", "data-testid": "player-countdown"}),
    round: h("p", {class: "player-round", "data-testid": "player-round"}),
    repsValue: h("output", {class: "reps-value", "data-testid": "player-reps", "aria-live": "polite"}),
    metronome: h("p", {class: "metronome", "data-testid": "player-metronome", "aria-hidden": "true"}),
    cue: h("p", {class: "player-cue", "data-testid": "player-cue"}),
    upNext: h("p", {class: "player-next-up muted", "data-testid": "player-upnext"}),
    // A new personal best, named as soon as the set is done; it stays while the next step runs.
    best: h("p", {class: "player-live-best", "data-testid": "player-live-best", hidden: true}),
    // The movement, above the count: paused with the player, from its start at each new set.
    picture: new Picture({className: "player-picture", testid: "player-picture"}),
  };
  const minus = h("button", {type: "button", class: "round", "data-testid": "player-reps-minus", "aria-label": "One rep fewer",
    onclick: () => on.reps(-1)}, "−");
  const plus = h("button", {type: "button", class: "round", "data-testid": "player-reps-plus", "aria-label": "One rep more",
    onclick: () => on.reps(1)}, "+");
  el.reps = h("div", {class: "reps", role: "group", "aria-label": "Reps done"}, minus, el.repsValue, plus);
  // A set's load (the suggested one to start with; empty for none) and its effort, as the terminal asks.
  const unit = unitOf("weight", units);
  const loadRange = at(knownLimits(), "entry", "set", "load_kg"); // core's, when the page has read them
  const load = field({label: `Load (${unit})`, testid: "player-load", type: "number", inputmode: "decimal",
    ...bounds(loadRange, "weight", units, 2), step: "any", placeholder: "none"});
  const loadError = h("p", {class: "form-error", role: "alert", "data-testid": "player-load-error", hidden: true});
  load.wrap.append(loadError);
  // The load typed, in kg (null for none); undefined when it is not a load.
  function typedLoad() {
    const text = load.input.value.trim();
    if (load.input.validity.badInput) return undefined; // not a number (the input's value is then "")
    if (text === "") return null;
    const value = Number(text);
    const kg = toCanonical("weight", units, value);
    return Number.isFinite(value) && load.input.validity.valid && kg >= 0 && within(loadRange, kg) ? kg : undefined;
  }
  function loadIsWrong() {
    const wrong = typedLoad() === undefined;
    loadError.textContent = wrong ? `Give a load${loadRange ? ` ${between(loadRange, "weight", units)}` : ` in ${unit}`}, or leave it empty for none.` : "";
    loadError.hidden = !wrong;
    if (wrong) load.input.setAttribute("aria-invalid", "true");
    else load.input.removeAttribute("aria-invalid");
    return wrong;
  }
  load.input.addEventListener("input", () => {
    const kg = typedLoad();
    if (kg !== undefined) {
      loadError.hidden = true;
      load.input.removeAttribute("aria-invalid");
      on.load(kg);
    }
  });
  load.input.addEventListener("change", loadIsWrong);
  // RPE is a 1–10 scale by definition (docs/sources.md#zourdos-2016).
  const rpe = field({label: "Effort (RPE)", testid: "player-rpe", value: "",
    options: [["", "not said"], ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [String(n), `${n}${n === 10 ? " (max)" : ""}`])]});
  rpe.input.addEventListener("change", () => on.rpe(rpe.input.value === "" ? null : Number(rpe.input.value)));
  el.answers = h("div", {class: "row player-meta", "data-testid": "player-answers"}, load.wrap, rpe.wrap);
  el.back = h("button", {type: "button", "data-testid": "player-back", onclick: on.back}, "Back");
  el.pause = h("button", {type: "button", "data-testid": "player-pause", "aria-pressed": "false", onclick: on.pause}, "Pause");
  el.skip = h("button", {type: "button", "data-testid": "player-skip", onclick: on.skip}, "Skip");
  el.next = h("button", {type: "button", class: "primary", "data-testid": "player-next", onclick: () => nextTapped()}, "Done");
  // Swap (workout.js lists the alternatives in swapHolder); only at an exercise.
  el.swap = h("button", {type: "button", class: "link-button", "data-testid": "player-swap", onclick: on.swap}, "Swap exercise");
  el.swapHolder = h("div", {class: "swap-holder"});
  const quit = h("button", {type: "button", class: "link-button", "data-testid": "player-quit", onclick: on.quit}, "End workout");

  const root = h("section", {class: "player card", "data-testid": "player-step", "aria-label": "Current step"},
    h("div", {class: "player-top"}, el.progress, el.count),
    el.best, el.block, el.name, h("div", {class: "row player-meta"}, el.side, el.set), el.picture.el,
    el.phase, el.countdown, el.round, el.reps, el.answers, el.metronome, el.cue, el.upNext,
    h("div", {class: "controls"}, el.back, el.pause, el.skip, el.next),
    h("p", {class: "center"}, el.swap), el.swapHolder,
    h("p", {class: "center"}, quit));
  let lastIndex = -1;

  function update(now) {
    const step = P.stepAt(state);
    if (!step) return;
    if (state.index !== lastIndex) {
      lastIndex = state.index;
      el.best.hidden = true;
      const setText = step.sets > 1 ? `Set ${step.set} of ${step.sets}` : "";
      el.swap.hidden = !step.exercise || !on.swap;
      el.swapHolder.replaceChildren();
      el.block.textContent = BLOCK_NAMES[step.block] || step.block || "";
      el.name.textContent = stepTitle(step);
      el.side.textContent = step.side ? `${step.side === "left" ? "Left" : "Right"} side` : "";
      el.side.hidden = !step.side;
      el.set.textContent = setText;
      el.set.hidden = !setText;
      el.cue.textContent = step.kind === "switch_sides" ? "Change to the other side and get into position."
        : step.kind === "rest" ? "Breathe, shake out your legs, sip some water." : stepCue(step);
      const upcoming = state.script.steps.slice(state.index + 1).find((s) => s.exercise);
      showPicture(step.exercise ? step : upcoming);
      el.upNext.textContent = upcoming ? `Up next: ${stepTitle(upcoming)}${upcoming.side ? ` (${upcoming.side})` : ""}` : "Last step";
      el.progress.value = state.index;
      el.count.textContent = `Step ${state.index + 1} of ${state.script.steps.length}`;
      el.next.textContent = step.kind === "reps" ? "Set done" : step.kind === "rest" || step.kind === "switch_sides" ? "Next" : "Done";
      el.back.disabled = P.backTarget(state) === null;
      load.input.value = state.load === null || state.load === undefined ? "" : round(fromCanonical("weight", units, state.load), 2);
      loadError.hidden = true;
      load.input.removeAttribute("aria-invalid");
      rpe.input.value = state.rpe === null || state.rpe === undefined ? "" : String(state.rpe);
      live.textContent = `${stepTitle(step)}${step.side ? `, ${step.side} side` : ""}${setText ? `, ${setText.toLowerCase()}` : ""}` +
        `${step.kind === "reps" ? `: ${step.reps} reps` : ""}`;
    }
    const paused = state.status === "paused";
    el.pause.textContent = paused ? "Resume" : "Pause";
    el.pause.setAttribute("aria-pressed", String(paused));
    root.classList.toggle("is-paused", paused);
    if (paused) el.picture.hold("paused");
    else el.picture.release("paused");
    const isReps = step.kind === "reps";
    el.reps.hidden = !isReps;
    el.answers.hidden = !isReps;
    if (isReps) el.repsValue.textContent = `${state.reps} reps`;
    const t = state.timer;
    const left = P.remaining(state, now);
    el.countdown.hidden = isReps;
    if (!isReps && left !== null) el.countdown.textContent = clockText(left / 1000);
    el.phase.textContent = paused ? "Paused" : isReps ? `Target: ${step.reps} reps${step.side ? ` on the ${step.side}` : ""}` : phaseText(step, t);
    el.phase.dataset.phase = paused ? "paused" : t ? t.phase : "";
    el.round.hidden = step.kind !== "intervals";
    if (step.kind === "intervals") el.round.textContent = `Round ${Math.max(1, t ? t.round : 1)} of ${step.rounds} · ${step.work_seconds} s hard, ${step.rest_seconds} s easy`;
    const tempo = P.tempoAt(state, now);
    el.metronome.hidden = !tempo;
    if (tempo) {
      el.metronome.textContent = `${tempo.part === "up" ? "Lift" : "Lower"} ${tempo.count} · rep ${tempo.rep} of ${step.reps}`;
      el.metronome.dataset.part = tempo.part;
    }
  }

  // The exercise's picture (a rest or a switch of sides shows the exercise that comes next), from its start.
  function showPicture(step) {
    const e = step && names && names.get(step.exercise);
    el.picture.show(hasIllustration(e) ? illustrationUrl(step.exercise) : null, stepTitle(step)).then((svg) => {
      // The picture moves one side (data-moving-side); the other side of a per-side set is its mirror image.
      const moving = svg ? svg.getAttribute("data-moving-side") : null;
      el.picture.el.classList.toggle("is-mirrored",
        Boolean(step && step.side && (moving === "left" || moving === "right") && step.side !== moving));
      el.picture.restart();
    });
  }

  keepPictures(state.script.steps.map((step) => step.exercise).filter((id) => id && hasIllustration(names && names.get(id))));

  // "Set done" waits while the load typed is not one.
  function nextTapped() {
    if (P.stepAt(state) && P.stepAt(state).kind === "reps" && loadIsWrong()) load.input.focus();
    else on.next();
  }

  // After a swap the step is the same index with another exercise: it is drawn afresh.
  const redraw = (now) => {
    lastIndex = -1;
    update(now);
  };
  // Shows a new personal best (its words are the page's) and has the live region say it.
  const showBest = (text) => {
    el.best.textContent = text;
    el.best.hidden = false;
    live.textContent = text;
  };
  return {root, update, redraw, showBest, swapHolder: el.swapHolder, focusNext: () => el.next.focus()};
}
