// Today: the planned session, the day's targets against what is logged, and one-tap logging.
import {h, field, heading, clear, append} from "./dom.js";
import {get, post, withAccount} from "./api.js";
import {units} from "./session.js";
import {catalog, nameOf, BLOCK_NAMES, prescription} from "./catalog.js";
import {toast, toastError} from "./toast.js";
import {undoLast} from "./undo.js";
import {limits, at, bounds} from "./limits.js";
import * as u from "./units.js";

function sessionCard(t, names) {
  const card = h("section", {class: "card", "data-testid": "today-session", "aria-labelledby": "session-h"});
  if (!t.session) {
    append(card, h("h2", {id: "session-h"}, "No training planned today"),
      h("p", {}, "A rest day or an active day: a walk, the stairs, a few standing breaks. Muscles grow between sessions."),
      h("p", {}, h("a", {href: "#/plan"}, "See the plan")));
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
    h("a", {class: "button primary", href: "#/workout", "data-testid": "today-start-workout"}, done ? "Do it again" : "Start the guided workout"));
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

export async function render(root, route) {
  const account = route.query.account;
  const title = heading("Today");
  append(root, title);
  const body = h("div", {class: "stack"}, h("p", {class: "muted"}, "Loading…"));
  const logArea = h("div");
  append(root, body, logArea);
  const system = units();

  async function draw() {
    const [t, names] = await Promise.all([get(withAccount("/api/today", account)), catalog().catch(() => null)]);
    title.textContent = `Today · ${new Date(t.date + "T12:00").toLocaleDateString(undefined, {weekday: "long", day: "numeric", month: "long"})}`;
    append(clear(body), sessionCard(t, names), targetsCard(t, system));
  }

  async function log(entry, what) {
    try {
      await post("/api/entries", entry);
      toast(`Logged ${what}.`, {action: "Undo", onAction: async () => {
        await undoLast();
        await draw();
      }});
      await draw();
      return true;
    } catch (error) {
      toastError(error);
      return false;
    }
  }

  function logCard(L) {
    const limit = (...path) => at(L, "entry", ...path);
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
    const lengthUnit = u.unitOf("length", system);
    const length = (key) => bounds(limit(key), "length", system);
    const waist = field({label: `Waist (${lengthUnit})`, testid: "log-measure-waist", type: "number", inputmode: "decimal", step: "0.1", ...length("waist_cm")});
    const hip = field({label: `Hips (${lengthUnit})`, testid: "log-measure-hip", type: "number", inputmode: "decimal", step: "0.1", ...length("hip_cm")});
    const thigh = field({label: `Thigh (${lengthUnit})`, testid: "log-measure-thigh", type: "number", inputmode: "decimal", step: "0.1", ...length("thigh_cm")});
    const number = (f) => (f.input.value === "" ? null : Number(f.input.value));
    const need = (f, text) => {
      if (f.input.value !== "" && Number.isFinite(Number(f.input.value))) return true;
      toast(text, {error: true});
      f.input.focus();
      return false;
    };

    return h("section", {class: "card stack", "aria-labelledby": "log-h"},
      h("h2", {id: "log-h"}, "Log"),
      h("div", {class: "quick-buttons"},
        h("button", {type: "button", class: "big", "data-testid": "log-water",
          onclick: () => log({kind: "water", value: Math.round(waterStep * 10) / 10}, waterText.slice(1))}, waterText),
        h("button", {type: "button", class: "big", "data-testid": "log-water-large",
          onclick: () => log({kind: "water", value: Math.round(waterStep * 20) / 10}, "a large glass of water")},
        system === "imperial" ? "+16 fl oz" : "+500 ml"),
        h("button", {type: "button", class: "big", "data-testid": "log-standup",
          onclick: () => log({kind: "standup", value: 1}, "a standing break")}, "+1 standing break")),
      smallForm("log-weight", [weight], "Log weight", () => need(weight, "Type your weight first.") &&
        log({kind: "weight", value: Math.round(u.toCanonical("weight", system, weight.input.value) * 100) / 100}, "your weight")),
      smallForm("log-food", [kcal, protein, note], "Log food", () => {
        if (!need(kcal, "Type the energy (kcal) first.")) return false;
        const entry = {kind: "food", value: number(kcal)};
        if (number(protein) !== null) entry.protein_g = number(protein);
        if (note.input.value.trim()) entry.note = note.input.value.trim();
        return log(entry, "food");
      }),
      smallForm("log-sleep", [sleep], "Log sleep", () => need(sleep, "Type the hours slept first.") &&
        log({kind: "sleep", value: number(sleep)}, "sleep")),
      smallForm("log-steps", [steps], "Log steps", () => need(steps, "Type the steps first.") &&
        log({kind: "steps", value: Math.round(number(steps))}, "steps")),
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
          return log(entry, "measurements");
        })));
  }

  const [L] = await Promise.all([account ? null : limits(), draw()]);
  // Drawn once, so what is typed in one form survives logging with another.
  if (!account) append(logArea, logCard(L));
}
