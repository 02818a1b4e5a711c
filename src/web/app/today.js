// Today: the planned session, the day's targets against what is logged, the weekly check-in when it is
// due, logging of every kind the journal has (on today or an earlier day), and what was eaten that day to
// edit or delete. Logged while offline, an entry waits in the outbox (outbox.js) with its date and time.
import {h, field, clear, append} from "./dom.js";
import {get, post, withAccount} from "./api.js";
import {session, units} from "./session.js";
import {pageHead, pageLink} from "./viewing.js";
import {catalog, nameOf, BLOCK_NAMES, prescription} from "./catalog.js";
import {toast, toastError} from "./toast.js";
import {undoLast} from "./undo.js";
import {limits, at, bounds} from "./limits.js";
import {entryRow} from "./entries.js";
import {checkinToday} from "./checkin.js";
import {enqueue} from "./outbox.js";
import {timeOfDay} from "./clock.js";
import * as u from "./units.js";

// A coach viewing the client's day (route's ?account) is offered no workout to start: it would be their own.
function sessionCard(t, names, route) {
  const card = h("section", {class: "card", "data-testid": "today-session", "aria-labelledby": "session-h"});
  if (!t.session) {
    append(card, h("h2", {id: "session-h"}, "No training planned today"),
      h("p", {}, "A rest day or an active day: a walk, the stairs, a few standing breaks. Muscles grow between sessions."),
      h("p", {}, h("a", {href: pageLink("plan", route)}, "See the plan")));
    return card;
  }
  const done = t.logged.workouts > 0;
  // Exercises whose prescription follows what was logged say why (docs/program.md).
  const followed = t.session.blocks.flatMap((b) => b.exercises).filter((x) => x.progression_note);
  append(card, h("h2", {id: "session-h"}, `Today’s session · ${t.session.minutes} min`),
    done ? h("p", {class: "done-note", "data-testid": "today-workout-done"}, "Workout logged today. Well done.") : null,
    h("ol", {class: "blocks"}, t.session.blocks.map((b) => h("li", {},
      h("span", {class: "block-name"}, BLOCK_NAMES[b.kind] || b.kind), ": ",
      b.exercises.map((x) => `${nameOf(names, x.id)} (${prescription(x)})`).join(", ")))),
    followed.length ? h("ul", {class: "muted"}, followed.map((x) => h("li", {}, `${nameOf(names, x.id)}: ${x.progression_note}`))) : null,
    route.query.account ? null
      : h("a", {class: "button primary", href: "#/workout", "data-testid": "today-start-workout"}, done ? "Do it again" : "Start the guided workout"));
  return card;
}

function target(label, testid, loggedValue, targetValue, loggedText, targetText) {
  const max = Math.max(targetValue || 1, 1);
  return h("li", {class: "target", "data-testid": testid},
    h("span", {class: "target-label"}, label),
    h("span", {class: "target-text"}, `${loggedText} of ${targetText}`),
    h("progress", {max, value: Math.min(loggedValue || 0, max), "aria-label": `${label}: ${loggedText} of ${targetText}`}));
}

function targetsCard(t, system) {
  const L = t.logged;
  const T = t.targets;
  const [sleepLow, sleepHigh] = T.sleep_h;
  return h("section", {class: "card", "aria-labelledby": "targets-h"},
    h("h2", {id: "targets-h"}, "Today’s targets"),
    h("ul", {class: "targets"},
      target("Water", "today-target-water", L.water_ml, T.water_ml, u.show("volume", system, L.water_ml), u.show("volume", system, T.water_ml)),
      target("Food", "today-target-energy", L.energy_kcal, T.energy_kcal, `${u.whole(L.energy_kcal)} kcal`, `${u.whole(T.energy_kcal)} kcal`),
      target("Protein", "today-target-protein", L.protein_g, T.protein_g, `${u.whole(L.protein_g)} g`, `${u.whole(T.protein_g)} g`),
      target("Sleep", "today-target-sleep", L.sleep_h, sleepLow, u.hours(L.sleep_h || 0), `${sleepLow}–${sleepHigh} h`),
      target("Steps", "today-target-steps", L.steps, T.steps, u.whole(L.steps), u.whole(T.steps)),
      target("Standing breaks", "today-target-standup", L.standing_breaks, T.standing_breaks, u.whole(L.standing_breaks), String(T.standing_breaks))),
    h("p", {class: "muted"}, L.weight_kg ? `Weight today: ${u.show("weight", system, L.weight_kg)}.` : "No weigh-in today yet.",
      L.workout_kcal ? ` Training used about ${u.whole(L.workout_kcal)} kcal.` : ""));
}

function smallForm(testid, fields, buttonText, onSubmit) {
  const button = h("button", {type: "submit", "data-testid": `${testid}-submit`}, buttonText);
  const form = h("form", {class: "quick-form", novalidate: true}, fields.map((f) => f.wrap), button);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      if (await onSubmit()) form.reset();
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

// A field's number, or null when empty.
const number = (f) => (f.input.value === "" ? null : Number(f.input.value));

// True when the field holds a number; else says `text` and moves the focus there.
function need(f, text) {
  if (f.input.value !== "" && Number.isFinite(Number(f.input.value))) return true;
  toast(text, {error: true});
  f.input.focus();
  return false;
}

// The check-in, when the server says it is due and can be made.
// On a coach's view of a client (who is their e-mail) it speaks of the client, not to them.
function checkinCard(c, account, who) {
  return h("section", {class: "card truth", "data-testid": "today-checkin", "aria-labelledby": "today-checkin-h"},
    h("h2", {id: "today-checkin-h"}, who ? `${who}'s weekly check-in is due` : "Your weekly check-in is due"),
    h("p", {}, c.changed ? `It has a new calorie target ${who ? "for them" : "for you"}, from what ${who ? "they" : "you"} really burn.`
      : `It looks at what ${who ? "they" : "you"} really burn and keeps ${who ? "their" : "your"} target up to date.`),
    h("a", {class: "button primary", href: account ? `#/checkin?account=${encodeURIComponent(account)}` : "#/checkin", "data-testid": "today-checkin-open"}, "Check in"));
}

// The exercises a workout can be logged with by hand: those measured in reps, seconds held or minutes.
function loggable(names) {
  if (!names) return [];
  return [...names.values()].filter((e) => e.prescription && (e.prescription.reps || e.prescription.hold_seconds || e.prescription.minutes))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function render(root, route) {
  const {account, who, title} = await pageHead(root, route, "Today");
  const checkinSlot = h("div");
  const body = h("div", {class: "stack"}, h("p", {class: "muted"}, "Loading…"));
  const foodArea = h("div");
  const logArea = h("div", {class: "column"});
  // Two columns on a wide screen: the day at a glance and what was eaten, and logging beside them.
  append(root, checkinSlot, h("div", {class: "columns", "data-testid": "today-columns"}, h("div", {class: "column"}, body, foodArea), logArea));
  const system = units();
  let names = null;
  let serverDay = null; // the server's today
  let redrawFood = async () => {};

  async function draw() {
    const [t, map, checkin] = await Promise.all([get(withAccount("/api/today", account)), catalog().catch(() => null),
      checkinToday(account)]);
    names = map;
    serverDay = t.date;
    if (!account) title.textContent = `Today · ${new Date(t.date + "T12:00").toLocaleDateString(undefined, {weekday: "long", day: "numeric", month: "long"})}`;
    append(clear(body), sessionCard(t, names, route), targetsCard(t, system));
    append(clear(checkinSlot), checkin ? checkinCard(checkin, account, who) : null);
  }

  // After a change: the targets, and the food list of the day chosen.
  const redraw = async () => {
    await draw();
    await redrawFood();
  };

  // Logs an entry (dated when a day other than today is chosen); offline, it waits in the outbox.
  async function log(entry, what) {
    try {
      await post("/api/entries", entry);
      toast(`Logged ${what}.`, {action: "Undo", onAction: async () => {
        await undoLast();
        await redraw();
      }});
      await redraw();
      return true;
    } catch (error) {
      if (error.offline && session.account) {
        enqueue({entry: {time: timeOfDay(), ...entry, date: entry.date || serverDay}, dated: Boolean(entry.date)}, session.account.id);
        toast(`You are offline: ${what} is kept on this phone and added to your journal when you are back online.`);
        return true;
      }
      toastError(error);
      return false;
    }
  }

  function logCard(L) {
    const limit = (...path) => at(L, "entry", ...path);
    const day = field({label: "Day", testid: "log-date", type: "date", value: serverDay, max: serverDay, min: limit("date", "min"),
      hint: "Everything below is logged on this day."});
    // The chosen day, or nothing for today (the server then dates and times it now).
    const dated = (entry) => (day.input.value && day.input.value !== serverDay ? {...entry, date: day.input.value} : entry);
    const logOn = (entry, what) => log(dated(entry), what);
    const waterStep = system === "imperial" ? u.flOzToMl(8) : 250;
    const waterText = system === "imperial" ? "+8 fl oz water" : "+250 ml water";
    const weight = field({label: `Weight (${u.unitOf("weight", system)})`, testid: "log-weight-input", type: "number", inputmode: "decimal", step: "0.1",
      ...bounds(limit("value", "weight"), "weight", system)});
    const kcal = field({label: "Food (kcal)", testid: "log-food-kcal", type: "number", inputmode: "numeric", ...bounds(limit("value", "food"))});
    const protein = field({label: "Protein (g, optional)", testid: "log-food-protein", type: "number", inputmode: "numeric", ...bounds(limit("protein_g"))});
    const note = field({label: "What was it? (optional)", testid: "log-food-note", type: "text", maxlength: limit("note", "max_length")});
    const sleep = field({label: "Sleep last night (hours)", testid: "log-sleep-input", type: "number", inputmode: "decimal", step: "0.25",
      ...bounds(limit("value", "sleep"), null, system, 2)});
    const steps = field({label: "Steps", testid: "log-steps-input", type: "number", inputmode: "numeric", ...bounds(limit("value", "steps"))});
    const alcohol = field({label: "Alcohol (standard drinks)", testid: "log-alcohol-input", type: "number", inputmode: "decimal", step: "0.5",
      ...bounds(limit("value", "alcohol"))});
    const cigarettes = field({label: "Cigarettes", testid: "log-cigarettes-input", type: "number", inputmode: "numeric", ...bounds(limit("value", "cigarettes"), null, system, 0)});
    const relax = field({label: "Relaxation (minutes)", testid: "log-stress-input", type: "number", inputmode: "numeric",
      hint: "Breathing, a quiet walk, stretching: time for yourself.", ...bounds(limit("value", "stress"), null, system, 0)});
    const lengthUnit = u.unitOf("length", system);
    const length = (key) => bounds(limit(key), "length", system);
    const waist = field({label: `Waist (${lengthUnit})`, testid: "log-measure-waist", type: "number", inputmode: "decimal", step: "0.1", ...length("waist_cm")});
    const hip = field({label: `Hips (${lengthUnit})`, testid: "log-measure-hip", type: "number", inputmode: "decimal", step: "0.1", ...length("hip_cm")});
    const thigh = field({label: `Thigh (${lengthUnit})`, testid: "log-measure-thigh", type: "number", inputmode: "decimal", step: "0.1", ...length("thigh_cm")});

    return h("section", {class: "card stack", "aria-labelledby": "log-h"},
      h("h2", {id: "log-h"}, "Log"),
      day.wrap,
      h("div", {class: "quick-buttons"},
        h("button", {type: "button", class: "big", "data-testid": "log-water",
          onclick: () => logOn({kind: "water", value: Math.round(waterStep * 10) / 10}, waterText.slice(1))}, waterText),
        h("button", {type: "button", class: "big", "data-testid": "log-water-large",
          onclick: () => logOn({kind: "water", value: Math.round(waterStep * 20) / 10}, "a large glass of water")},
        system === "imperial" ? "+16 fl oz" : "+500 ml"),
        h("button", {type: "button", class: "big", "data-testid": "log-standup",
          onclick: () => logOn({kind: "standup", value: 1}, "a standing break")}, "+1 standing break")),
      smallForm("log-weight", [weight], "Log weight", () => need(weight, "Type your weight first.") &&
        logOn({kind: "weight", value: Math.round(u.toCanonical("weight", system, weight.input.value) * 100) / 100}, "your weight")),
      smallForm("log-food", [kcal, protein, note], "Log food", () => {
        if (!need(kcal, "Type the energy (kcal) first.")) return false;
        const entry = {kind: "food", value: number(kcal)};
        if (number(protein) !== null) entry.protein_g = number(protein);
        if (note.input.value.trim()) entry.note = note.input.value.trim();
        return logOn(entry, "food");
      }),
      smallForm("log-sleep", [sleep], "Log sleep", () => need(sleep, "Type the hours slept first.") &&
        logOn({kind: "sleep", value: number(sleep)}, "sleep")),
      smallForm("log-steps", [steps], "Log steps", () => need(steps, "Type the steps first.") &&
        logOn({kind: "steps", value: Math.round(number(steps))}, "steps")),
      smallForm("log-stress", [relax], "Log relaxation", () => need(relax, "Type the minutes first.") &&
        logOn({kind: "stress", value: number(relax)}, "relaxation")),
      smallForm("log-alcohol", [alcohol], "Log drinks", () => need(alcohol, "Type the standard drinks first.") &&
        logOn({kind: "alcohol", value: number(alcohol)}, "alcohol")),
      smallForm("log-cigarettes", [cigarettes], "Log cigarettes", () => need(cigarettes, "Type the cigarettes first (0 for a smoke-free day).") &&
        logOn({kind: "cigarettes", value: Math.round(number(cigarettes))}, "cigarettes")),
      h("details", {class: "measure"}, h("summary", {"data-testid": "log-measure-open"}, "Measurements (once a week is plenty)"),
        smallForm("log-measure", [waist, hip, thigh], "Log measurements", () => {
          const entry = {kind: "measure"};
          for (const [key, f] of [["waist_cm", waist], ["hip_cm", hip], ["thigh_cm", thigh]]) {
            if (number(f) !== null) entry[key] = Math.round(u.toCanonical("length", system, f.input.value) * 10) / 10;
          }
          if (Object.keys(entry).length === 1) {
            toast("Type at least one measurement.", {error: true});
            return false;
          }
          return logOn(entry, "measurements");
        })),
      workoutForm(L, logOn));
  }

  // A workout done without the player: one exercise, its sets and what each was (reps and load, seconds
  // held, or minutes), as the journal keeps it.
  function workoutForm(L, logOn) {
    const limit = (...path) => at(L, "entry", ...path);
    const exercises = loggable(names);
    const exercise = field({label: "Exercise", testid: "log-workout-exercise", options: exercises.map((e) => [e.id, e.name])});
    const sets = field({label: "Sets", testid: "log-workout-sets", type: "number", inputmode: "numeric", value: 3, ...bounds(limit("sets"), null, system, 0)});
    const amount = field({label: "Reps in each set", testid: "log-workout-amount", type: "number", inputmode: "numeric"});
    const load = field({label: `Load (${u.unitOf("weight", system)}, optional)`, testid: "log-workout-load", type: "number", inputmode: "decimal", step: "any",
      ...bounds(limit("set", "load_kg"), "weight", system)});
    // What the exercise is measured in: its set's field, the label and the accepted range.
    const measure = () => {
      const e = names && names.get(exercise.input.value);
      const p = (e && e.prescription) || {};
      if (p.reps) return {key: "reps", label: "Reps in each set", sets: true, load: true};
      if (p.hold_seconds) return {key: "hold_seconds", label: "Seconds in each set", sets: true, load: false};
      return {key: "minutes", label: "Minutes", sets: false, load: false};
    };
    const showMeasure = () => {
      const m = measure();
      amount.wrap.querySelector("label").textContent = m.label;
      const b = bounds(limit("set", m.key), null, system, m.key === "minutes" ? 1 : 0);
      for (const name of ["min", "max"]) {
        if (b[name] === undefined) amount.input.removeAttribute(name);
        else amount.input.setAttribute(name, String(b[name]));
      }
      sets.wrap.hidden = !m.sets;
      load.wrap.hidden = !m.load;
    };
    exercise.input.addEventListener("change", showMeasure);
    showMeasure();
    const form = smallForm("log-workout", [exercise, sets, amount, load], "Log workout", () => {
      const m = measure();
      if (!need(amount, `Type the ${m.label.toLowerCase()} first.`)) return false;
      if (m.sets && !need(sets, "Type the number of sets first.")) return false;
      const set = {exercise: exercise.input.value, [m.key]: m.key === "minutes" ? number(amount) : Math.round(number(amount))};
      if (m.load && number(load) !== null) set.load_kg = Math.round(u.toCanonical("weight", system, load.input.value) * 100) / 100;
      const count = m.sets ? Math.max(1, Math.round(number(sets))) : 1;
      return logOn({kind: "workout", sets: Array.from({length: count}, () => ({...set}))}, "your workout");
    });
    form.addEventListener("reset", () => setTimeout(showMeasure));
    return h("details", {class: "measure", "data-testid": "log-workout"},
      h("summary", {"data-testid": "log-workout-open"}, "A workout without the player"), form);
  }

  // What was eaten on the day chosen, each with Edit and Delete.
  function foodCard(L, dayInput) {
    const heading2 = h("h2", {id: "food-h"}, "Eaten today");
    const list = h("ul", {class: "entries", "data-testid": "food-list"});
    const card = h("section", {class: "card", "aria-labelledby": "food-h"}, heading2, list);
    redrawFood = async () => {
      const date = dayInput.value || serverDay;
      heading2.textContent = date === serverDay ? "Eaten today" : `Eaten on ${new Date(date + "T12:00").toLocaleDateString(undefined, {weekday: "long", day: "numeric", month: "long"})}`;
      let food;
      try {
        food = await get(`/api/entries?kind=food&since=${date}&until=${date}`);
      } catch {
        food = null; // offline without a kept answer: the list says so
      }
      clear(list);
      if (!food) {
        append(list, h("li", {class: "muted"}, "Not available offline."));
        return;
      }
      food.sort((a, b) => a.time.localeCompare(b.time) || a.id - b.id);
      if (!food.length) append(list, h("li", {class: "muted", "data-testid": "food-empty"}, "Nothing logged yet."));
      for (const entry of food) {
        append(list, entryRow(entry, {system, names: (id) => nameOf(names, id), L, prefix: "food", onChange: redraw,
          focusAfterDelete: () => heading2.focus()}));
      }
    };
    heading2.tabIndex = -1;
    return card;
  }

  const [L] = await Promise.all([account ? null : limits(), draw()]);
  // Drawn once, so what is typed in one form survives logging with another.
  if (!account) {
    const card = logCard(L);
    const dayInput = card.querySelector("[data-testid=log-date]");
    const food = foodCard(L, dayInput);
    dayInput.addEventListener("change", () => redrawFood());
    append(logArea, card);
    append(foodArea, food);
    await redrawFood();
  }
}
