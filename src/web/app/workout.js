// The guided workout page: the session's overview, the player (player.js) with countdowns, metronome,
// beeps and vibration, and the summary that sends what was done at each step (POST /api/workout, where
// core records the entry) — or keeps it until the phone is online — and tells its duration, sets, volume,
// energy (the stored entry's) and any personal best (the coach's, GET /api/coach). While the player runs,
// the navigation is hidden (body.playing), so a stray tap does not leave the workout.
// The state is saved in localStorage after every change, so a reload or a sleeping phone resumes.
import {h, heading, clear, append} from "./dom.js";
import {get, post, ApiError} from "./api.js";
import * as u from "./units.js";
import {session, units} from "./session.js";
import {load, save, remove} from "./storage.js";
import {enqueue} from "./outbox.js";
import {BLOCK_NAMES, catalog} from "./catalog.js";
import {playerView, stepTitle, setCatalog} from "./player_view.js";
import {alternativesPanel, planAlternatives, togglePanel} from "./swap.js";
import {navigate} from "./router.js";
import * as P from "./player.js";
import * as clock from "./clock.js";
import {play, unlock} from "./sound.js";

let accountId = null; // whose workout this page shows; kept if the session ends meanwhile
const storageKey = () => `workout.${accountId}`;
const dayText = (date) => new Date(date + "T12:00").toLocaleDateString(undefined, {weekday: "long", day: "numeric", month: "long"});

const WARM_UP_WHY = "Next time, give it its few minutes: easy moves raise the temperature of your muscles and get your joints and circulation ready for the work, and going in cold is a common cause of strains.";

// The blocks of a script with their exercises, for the overview.
function outline(script) {
  const blocks = [];
  for (const step of script.steps) {
    if (!step.exercise) continue;
    let block = blocks[blocks.length - 1];
    if (!block || block.kind !== step.block) blocks.push(block = {kind: step.block, names: []});
    const name = stepTitle(step);
    if (!block.names.includes(name)) block.names.push(name);
  }
  return blocks;
}

// "12 reps at 10 kg", "a 45 s hold": an effort in the person's units, worded as core::effort_text words it.
function bestEffortText(effort, system) {
  const amount = effort.hold ? `a ${effort.amount} s hold` : `${effort.amount} rep${effort.amount === 1 ? "" : "s"}`;
  return effort.load_kg > 0 ? `${amount} at ${u.show("weight", system, effort.load_kg, 1).replace(/\.0 /, " ")}` : amount;
}

// "43 min", "1 h 5 min": the time from Start to the end, pauses included.
function durationText(ms) {
  const minutes = Math.max(0, Math.round(ms / 60000));
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ""}` : `${minutes} min`;
}

// The summary's figures: the duration (the player's), and from the stored entry its sets, volume (reps ×
// load of the loaded sets; the reps alone when none had a load) and estimated energy; then the personal
// bests of the workout — the server's (core's rule over the whole journal) once saved, the player's own
// until then. A result still waiting to be sent has only its duration.
function figures(state, system) {
  const rows = [];
  const row = (testid, term, text) => rows.push(h("div", {class: "summary-figure", "data-testid": testid}, h("dt", {}, term), h("dd", {}, text)));
  if (state.startedAt && state.finishedAt) row("player-duration", "Time", durationText(state.finishedAt - state.startedAt));
  const entry = state.outcome === "saved" ? state.entry : null;
  if (entry) {
    const sets = entry.sets || [];
    row("player-sets", "Sets", String(sets.length));
    const loaded = sets.filter((set) => set.reps && set.load_kg);
    const reps = sets.reduce((sum, set) => sum + (set.reps || 0), 0);
    if (loaded.length) {
      const kg = loaded.reduce((sum, set) => sum + set.reps * set.load_kg, 0);
      row("player-volume", "Volume", `${u.show("weight", system, kg, 0)} lifted (reps × load)`);
    } else {
      row("player-volume", "Volume", `${u.whole(reps)} rep${reps === 1 ? "" : "s"} with your body weight`);
    }
    row("player-energy", "Energy", entry.energy_kcal ? `about ${u.whole(entry.energy_kcal)} kcal` : "not estimated: log your weight first");
  }
  const dl = rows.length ? h("dl", {class: "summary-figures"}, rows) : null;
  const bests = entry ? (entry.personal_bests || []).map((b) => b.text) : state.liveBests || [];
  const best = bests.length ? h("ul", {class: "best-list", "data-testid": "player-bests"},
    bests.map((text) => h("li", {class: "best", "data-testid": "player-best"}, `New personal best: ${text}`))) : null;
  return [dl, best];
}

export async function render(root, route) {
  accountId = session.account.id;
  const title = heading("Workout");
  const live = h("p", {class: "visually-hidden", "aria-live": "polite"});
  const body = h("div", {class: "player-wrap"});
  append(root, title, live, body);

  let state = load(storageKey());
  if (state && (state.version !== 1 || !state.script || !Array.isArray(state.script.steps))) state = null;
  if (state) state = P.upgrade(state);
  let stopTicker = null;
  let wakeLock = null;
  let view = null;

  const persist = () => save(storageKey(), state);

  async function keepAwake() {
    try {
      if ("wakeLock" in navigator && document.visibilityState === "visible" && !wakeLock) {
        wakeLock = await navigator.wakeLock.request("screen");
        wakeLock.addEventListener("release", () => {
          wakeLock = null;
        });
      }
    } catch {
      wakeLock = null; // not allowed (battery saver): the timers still run from stored deadlines
    }
  }

  function letSleep() {
    if (wakeLock) wakeLock.release().catch(() => {});
    wakeLock = null;
  }

  const onVisible = () => {
    if (document.visibilityState === "visible" && state && state.status === "running") {
      keepAwake();
      onTick();
    }
  };
  const onFirstGesture = () => unlock();
  document.addEventListener("visibilitychange", onVisible);
  document.addEventListener("pointerdown", onFirstGesture);
  document.addEventListener("keydown", onFirstGesture);

  function stop() {
    if (stopTicker) stopTicker();
    stopTicker = null;
  }

  // The navigation is off while the player is on the screen.
  const playing = (on) => document.body.classList.toggle("playing", on);

  function dispose() {
    playing(false);
    stop();
    letSleep();
    document.removeEventListener("visibilitychange", onVisible);
    document.removeEventListener("pointerdown", onFirstGesture);
    document.removeEventListener("keydown", onFirstGesture);
  }

  // --- the overview before starting ---------------------------------------------------------------
  async function showOverview(date) {
    playing(false);
    title.textContent = "Workout";
    append(clear(body), h("p", {class: "muted"}, "Loading today’s session…"));
    let script;
    try {
      script = await get(`/api/workout${date ? `?date=${encodeURIComponent(date)}` : ""}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        append(clear(body), h("section", {class: "card", "data-testid": "player-no-session"},
          h("h2", {}, "No session planned for this day"),
          h("p", {}, "Rest days are part of the plan: muscles get stronger between sessions. A walk or the stairs still count."),
          h("p", {}, h("a", {href: "#/plan"}, "See the plan"))));
        return;
      }
      throw error;
    }
    const blocks = outline(script);
    const start = h("button", {type: "button", class: "primary big", "data-testid": "player-start", onclick: () => {
      unlock();
      state = P.create(script, clock.now());
      P.start(state, clock.now());
      persist();
      showPlayer(true);
    }}, "Start");
    title.textContent = `Workout · ${dayText(script.date)}`;
    append(clear(body), h("section", {class: "card stack"},
      h("p", {class: "lead"}, `About ${script.minutes} minutes, ${script.steps.length} steps. The player counts down holds and rests, beeps the tempo and tells you when to switch sides.`),
      h("ol", {class: "blocks"}, blocks.map((b) => h("li", {}, h("span", {class: "block-name"}, BLOCK_NAMES[b.kind] || b.kind), ": ", b.names.join(", ")))),
      h("p", {class: "muted"}, "Put the phone where you can see it. You can pause, go back or skip at any time; your place is kept if the page reloads."),
      start));
  }

  // --- the player ----------------------------------------------------------------------------------
  function showPlayer(focusFirst) {
    playing(true);
    title.textContent = `Workout · ${dayText(state.date)}`;
    const el = playerView(state, {
      reps: (delta) => change(() => P.setReps(state, state.reps + delta)),
      load: (kg) => change(() => P.setLoad(state, kg)),
      rpe: (rpe) => change(() => P.setRpe(state, rpe)),
      back: () => change(() => P.back(state, clock.now()), true),
      pause: () => change(() => (state.status === "paused" ? P.resume(state, clock.now()) : P.pause(state, clock.now()))),
      skip: () => change(() => P.skip(state, clock.now()), true),
      next: () => change(() => P.next(state, clock.now()), true),
      swap: () => offerSwap(),
      quit: () => {
        if (window.confirm("End the workout now? What you have done is saved.")) change(() => P.finishEarly(state, clock.now()));
      },
    }, live, units());
    append(clear(body), el.root);
    view = el;
    const update = () => el.update(clock.now());

    // The alternatives to the current exercise (swap.js); one chosen swaps its remaining sets (player.js).
    function offerSwap() {
      const step = P.stepAt(state);
      if (!step || !step.exercise) return;
      togglePanel(el.swapHolder, (close) => {
        const panel = h("div", {}, h("p", {class: "muted"}, "Loading…"));
        planAlternatives(step.swapped_from || step.exercise).then((list) => {
          // The plan's 48-hour rule holds mid-workout too: those it leaves out are shown, disabled, with why.
          panel.replaceChildren(alternativesPanel(list, async (id) => {
            const swap = {step: state.index, exercise: id};
            const swaps = JSON.stringify([...(state.swaps || []), swap]);
            try {
              const script = await get(`/api/workout?date=${encodeURIComponent(state.script.date)}&swaps=${encodeURIComponent(swaps)}`);
              P.swapped(state, script, swap, clock.now());
              persist();
              el.redraw(clock.now());
              // At the right side of a set the left side was done as planned: the swap starts with the next set.
              const now = P.stepAt(state);
              if (now && now.exercise !== id) {
                const chosen = script.steps.find((s) => s.exercise === id);
                append(el.swapHolder, h("p", {class: "note", role: "status", "data-testid": "swap-note"},
                  `${chosen ? chosen.name : id} takes over from the next set: this set's other side was done already.`));
              }
            } catch (error) {
              panel.replaceChildren(h("p", {class: "form-error", role: "alert", "data-testid": "swap-error"}, error.message));
            }
          }, close, "Keep it"));
        }).catch((error) => panel.replaceChildren(h("p", {class: "form-error", role: "alert"}, error.message)));
        return panel;
      });
    }

    function change(fn, stepping) {
      unlock();
      const before = state.index;
      fn();
      noteBest(before);
      persist();
      if (state.status === "finished") {
        finished();
        return;
      }
      if (state.status === "running") keepAwake();
      else letSleep();
      update();
      if (state.liveBest) el.showBest(state.liveBest);
      if (stepping && before !== state.index && P.stepAt(state).kind === "switch_sides") play("switch");
    }

    update();
    if (state.status === "running") keepAwake();
    stop();
    stopTicker = clock.every(100, onTick);
    if (focusFirst) el.focusNext();
  }

  function onTick() {
    if (!state || !view) return;
    const before = state.index;
    const events = P.tick(state, clock.now());
    if (before !== state.index) noteBest(before);
    if (events.length) {
      persist();
      for (const event of events) {
        if (event === "step" && P.stepAt(state) && P.stepAt(state).kind === "switch_sides") play("switch");
        else if (event !== "finished") play(event);
      }
    }
    if (state.status === "finished") finished();
    else view.update(clock.now());
    if (before !== state.index) persist();
    if (before !== state.index && view && state.liveBest) view.showBest(state.liveBest);
  }

  // A set just done that beats the person's records (P.newBestAt, core's rule): kept for the summary (it
  // names it offline too) and, once the next step is drawn, shown in the player.
  function noteBest(index) {
    state.liveBest = null;
    if (state.index === index) return;
    const best = P.newBestAt(state, index);
    if (!best) return;
    // Named: by the time it shows, the player is at the next step, often another exercise.
    const name = stepTitle(P.stepAt(state, index));
    state.liveBest = `New personal best — ${name}: ${bestEffortText(best.now, units())}!`;
    state.liveBests = [...(state.liveBests || []),
      `${name}, ${bestEffortText(best.now, units())} (your best before: ${bestEffortText(best.before, units())})`];
  }

  // --- the end --------------------------------------------------------------------------------------
  function finished() {
    stop();
    letSleep();
    view = null;
    play("finished");
    showSummary();
  }

  // What was done at each step goes to the server, which records the entry (or answers 204: no set was
  // done). Nothing is sent when no exercise step was done.
  async function send() {
    if (!P.counts(state).done) {
      state.outcome = "empty";
      persist();
      return;
    }
    const workout = P.played(state); // at the time it was started
    state.outcome = "sending";
    persist();
    try {
      const entry = await post("/api/workout", workout);
      state.outcome = entry ? "saved" : "empty";
      state.sets = entry ? entry.sets.length : 0;
      state.entry = entry;
    } catch (error) {
      if (error.offline || error.status >= 500 || error.status === 401) {
        enqueue({workout}, accountId); // the outbox sends it when the connection (or the session) is back
        state.outcome = "queued";
      } else {
        state.outcome = "refused";
        state.error = error.message;
      }
    }
    persist();
  }

  async function showSummary() {
    playing(false);
    title.textContent = "Workout done";
    const box = h("section", {class: "card stack", "data-testid": "player-summary"}, h("p", {class: "muted"}, "Saving…"));
    append(clear(body), box);
    if (!state.outcome || state.outcome === "sending") await send();
    const c = P.counts(state);
    const pendingSteps = c.total - c.done - c.skipped;
    const outcome = {
      saved: h("p", {class: "done-note", "data-testid": "player-saved"}, "Saved in your journal. ", h("a", {href: "#/journal"}, "See it")),
      queued: h("p", {class: "note", "data-testid": "player-queued"}, navigator.onLine === false
        ? "You are offline, so it is kept on this phone and will be added to your journal as soon as you are back online."
        : "It could not be sent just now, so it is kept on this phone and will be added to your journal as soon as it can."),
      empty: h("p", {class: "note", "data-testid": "player-empty"}, c.skipped === c.total
        ? "Nothing to save: every exercise was skipped."
        : "Nothing to save: no exercise was done yet."),
      refused: h("p", {class: "form-error", role: "alert", "data-testid": "player-refused"}, `The journal did not take it: ${state.error || "unknown reason"}.`),
    }[state.outcome];
    const close = h("button", {type: "button", class: "primary", "data-testid": "player-close", onclick: () => {
      remove(storageKey());
      state = null;
      navigate("today");
    }}, "Close");
    append(clear(box), 
      h("h2", {}, c.skipped || pendingSteps ? "Workout finished" : "Workout complete — well done"),
      h("p", {}, `${c.done} of ${c.total} exercise steps done${c.skipped ? `, ${c.skipped} skipped` : ""}${pendingSteps ? `, ${pendingSteps} not reached` : ""}` +
        (state.outcome === "saved" ? `; ${state.sets} set${state.sets === 1 ? "" : "s"} recorded.` : ".")),
      P.warmUpSkipped(state) ? h("div", {class: "card warning", role: "note", "data-testid": "player-warmup-warning"},
        h("p", {}, `You skipped the warm-up. ${WARM_UP_WHY}`), h("p", {}, h("a", {href: "#/learn?topic=warm-up"}, "Why the warm-up matters"))) : null,
      figures(state, units()), outcome, close);
    close.focus();
  }

  function showConflict(date) {
    playing(false);
    append(clear(body), h("section", {class: "card stack", "data-testid": "player-conflict"},
      h("h2", {}, "A workout is in progress"),
      h("p", {}, `You started the session of ${dayText(state.date)} and are at step ${state.index + 1} of ${state.script.steps.length}.`),
      h("div", {class: "row"},
        h("button", {type: "button", class: "primary", "data-testid": "player-resume", onclick: () => navigate("workout")}, "Continue it"),
        h("button", {type: "button", "data-testid": "player-restart", onclick: async () => {
          remove(storageKey());
          state = null;
          await showOverview(date);
        }}, "Discard it and start this one"))));
  }

  setCatalog(await catalog().catch(() => null));
  const wanted = route.query.date;
  if (state && state.status === "finished") {
    if (wanted && state.outcome && state.outcome !== "sending") {
      remove(storageKey());
      state = null;
      await showOverview(wanted);
    } else {
      await showSummary();
    }
  } else if (state && (!wanted || wanted === state.date)) {
    if (state.status === "ready") {
      P.start(state, clock.now());
      persist();
    }
    showPlayer(false);
  } else if (state) {
    showConflict(wanted);
  } else {
    await showOverview(wanted);
  }
  return dispose;
}
