// Forecast: where the weight is heading on the person's plan (GET /api/forecast, Hall's model as
// 'hipfit forecast' runs it) as a chart with its band, the 3,500-kcal rule and a goal line; a form to try
// an intake change and a goal weight; then the weekly check-in and the coach's advice (checkin.js).
import {h, clear, field, append, uid} from "./dom.js";
import {get, withAccount} from "./api.js";
import {units} from "./session.js";
import {pageHead} from "./viewing.js";
import {lineChart, redrawOnResize} from "./chart.js";
import {checkinCard, adviceCard} from "./checkin.js";
import * as u from "./units.js";

const HORIZONS = [["90", "3 months"], ["180", "6 months"], ["365", "A year"], ["730", "Two years"]];
const FIELDS = ["intake_changes", "goal_weight", "days"];

const dateText = (iso) => new Date(`${iso}T12:00`).toLocaleDateString(undefined, {day: "numeric", month: "short", year: "numeric"});
const kcal = (v) => `${u.whole(v)} kcal`;
const signedKcal = (v) => `${v > 0 ? "+" : v < 0 ? "−" : "±"}${u.whole(Math.abs(v))} kcal`;

// The days the chart draws: every 7th and the last, a smooth curve however long the forecast. The server
// sends only those (?step=7): a year is 53 points, not 366.
const STEP = 7;

function planText(f) {
  const parts = f.plan.intake_changes.map((c, i) => `${i ? "then " : ""}${signedKcal(c.kcal)} a day from day ${c.from_day}`);
  if (!f.plan.from_profile) return parts.join(", ");
  return `eat your calorie target, ${kcal(f.plan.target_in_force_kcal)} a day (${parts.join(", ")} against what holds your weight now)`;
}

function goalText(f, system) {
  if (!f.goal) return null;
  const weight = u.show("weight", system, f.goal.weight_kg);
  if (f.goal.day_reached === null) return `Goal ${weight}: not reached within ${f.days[f.days.length - 1].day} days on this plan.`;
  const holds = f.goal.maintenance_intake_kcal !== null ? `; about ${kcal(f.goal.maintenance_intake_kcal)} a day then holds it there` : "";
  return `Goal ${weight}: reached on ${dateText(f.goal.date_reached)} (day ${f.goal.day_reached})${holds}.`;
}

function summaryOf(f, system) {
  const last = f.days[f.days.length - 1];
  const w = (kg) => u.show("weight", system, kg);
  const [low, high] = [Math.min(last.weight_low_kg, last.weight_high_kg), Math.max(last.weight_low_kg, last.weight_high_kg)];
  return `On this plan, the model expects about ${w(last.weight_kg)} on ${dateText(last.date)} (day ${last.day}); ` +
    `${w(low)} to ${w(high)} if you eat ${Math.round(f.intake_logging_error * 100)} % less or more than you log. ` +
    `The 3,500-kcal rule would promise ${w(last.rule_weight_kg)}.`;
}

function chartOf(f, system, width) {
  const conv = (kg) => u.fromCanonical("weight", system, kg);
  const unit = u.unitOf("weight", system);
  const days = f.days;
  const errorPct = Math.round(f.intake_logging_error * 100);
  const summary = summaryOf(f, system);
  return lineChart({
    title: "Your weight ahead", testid: "forecast-chart", width, unit, summary, format: (v) => u.round(v, 1),
    desc: `The forecast weight from ${days[0].date} to ${days[days.length - 1].date}, the range of eating ${errorPct} % more or less than logged shaded, and the 3,500-kcal rule's promise dashed. ${summary}`,
    series: [
      {name: `Forecast (${unit})`, cls: "series-1", key: "forecast", points: days.map((d) => ({day: d.date, value: conv(d.weight_kg)}))},
      {name: "3,500-kcal rule", cls: "series-rule", key: "rule", points: days.map((d) => ({day: d.date, value: conv(d.rule_weight_kg)}))},
    ],
    area: {name: `Eating ${errorPct} % more or less`, points: days.map((d) => ({day: d.date,
      low: conv(Math.min(d.weight_low_kg, d.weight_high_kg)), high: conv(Math.max(d.weight_low_kg, d.weight_high_kg))}))},
    target: f.goal ? {value: conv(f.goal.weight_kg), name: `Goal ${u.show("weight", system, f.goal.weight_kg)}`} : undefined,
  });
}

// Weight minus fat as the two are shown (rounded in the person's unit), so the three figures add up.
function fatFreeShown(weightKg, fatKg, system) {
  const shown = (kg) => Number(u.round(u.fromCanonical("weight", system, kg), 1));
  return `${u.round(shown(weightKg) - shown(fatKg), 1)} ${u.unitOf("weight", system)}`;
}

function factsOf(f, system) {
  const w = (kg) => u.show("weight", system, kg);
  const last = f.days[f.days.length - 1];
  const goal = goalText(f, system);
  return h("section", {class: "card", "aria-labelledby": "facts-h"}, h("h2", {id: "facts-h"}, "In numbers"), h("ul", {class: "facts", "data-testid": "forecast-facts"},
    h("li", {"data-testid": "forecast-now"}, `Now: ${kcal(f.baseline.intake_kcal)} a day holds ${w(f.person.weight_kg)} ` +
      `(fat ${w(f.baseline.fat_mass_kg)}, ${f.person.body_fat_source_text}; fat-free ${fatFreeShown(f.person.weight_kg, f.baseline.fat_mass_kg, system)}).`),
    h("li", {"data-testid": "forecast-plan"}, `Plan: ${planText(f)}.`),
    h("li", {"data-testid": "forecast-end"}, `Day ${last.day}, ${dateText(last.date)}: ${w(last.weight_kg)} ` +
      `(the 3,500-kcal rule: ${w(last.rule_weight_kg)}).`),
    goal ? h("li", {"data-testid": "forecast-goal-result"}, goal) : null));
}

function explanationOf(f) {
  return h("section", {class: "card", "aria-labelledby": "rule-h"},
    h("h2", {id: "rule-h"}, "Why not the 3,500-kcal rule"),
    h("p", {"data-testid": "forecast-rule-explanation"}, f.rule_explanation),
    h("p", {class: "note"}, `The shaded range is where you would be if you ate ${Math.round(f.intake_logging_error * 100)} % more or less than you log: ` +
      "logging is rarely exact, and a forecast is a guide, not a promise."),
    f.warnings.length ? h("div", {class: "card warning", "data-testid": "forecast-warnings"},
      h("h3", {}, "Take care"), h("ul", {}, f.warnings.map((text) => h("li", {}, text)))) : null);
}

// The intake changes to try, in plain fields: each row a change in kcal a day from one day until another
// (empty: to the end of the forecast), rows added and removed at will. They go to the server as
// ?intake_changes, which checks them and joins them into one plan (core's intake_changes_of). Shaped as a
// field (wrap, input, error) so that the server's message about them shows as any field's does.
function changeRows() {
  const errorId = uid("err");
  const error = h("p", {class: "form-error", id: errorId, "data-testid": "forecast-changes-error"});
  const list = h("div", {class: "stack", "data-testid": "forecast-changes"});
  const rows = [];
  const add = h("button", {type: "button", "data-testid": "forecast-change-add"}, "Add a change");
  const group = {key: "intake_changes", error, rows, input: null,
    wrap: h("fieldset", {class: "field stack"},
      h("legend", {}, "Intake changes"),
      h("p", {class: "hint"}, "Against what holds your weight now: −300 is 300 kcal less a day. Day 0 is today; a change lasts until its end day, or to the end of the forecast. Leave them empty to see your plan."),
      list, h("div", {class: "row"}, add), error)};

  // Labels carry the row's number, so that each input is named on its own ("Change 2: from day").
  function relabel() {
    rows.forEach((row, i) => {
      row.labels.forEach(([label, text]) => { label.textContent = `Change ${i + 1}: ${text}`; });
      row.remove.textContent = `Remove change ${i + 1}`;
    });
    group.input = rows.length ? rows[0].kcal : add;
  }
  function addRow() {
    const input = (testid, text, attrs) => {
      const made = field({label: text, testid, type: "number", inputmode: "numeric", autocomplete: "off", ...attrs});
      made.input.setAttribute("aria-describedby", errorId);
      return {...made, text};
    };
    const kcal = input("forecast-change-kcal", "kcal a day", {step: "any", placeholder: "-300"});
    const from = input("forecast-change-from", "from day", {min: 0, step: 1, placeholder: "0"});
    const until = input("forecast-change-until", "until day", {min: 1, step: 1, placeholder: "to the end"});
    const remove = h("button", {type: "button", class: "link-button", "data-testid": "forecast-change-remove"});
    const row = {kcal: kcal.input, from: from.input, until: until.input, remove,
      labels: [kcal, from, until].map((f) => [f.wrap.querySelector("label"), f.text]),
      el: h("div", {class: "change-row row", "data-testid": "forecast-change"}, kcal.wrap, from.wrap, until.wrap, remove)};
    remove.addEventListener("click", () => {
      rows.splice(rows.indexOf(row), 1);
      row.el.remove();
      if (!rows.length) addRow();
      relabel();
      group.input.focus();
    });
    rows.push(row);
    append(list, row.el);
    relabel();
    return row;
  }
  add.addEventListener("click", () => addRow().kcal.focus());
  addRow();

  const number = (input) => (input.value.trim() === "" ? null : Number(input.value));
  // The rows with anything in them, as the API takes them; none when all are empty (the plan).
  group.value = () => rows
    .filter((r) => [r.kcal, r.from, r.until].some((i) => i.value.trim() !== ""))
    .map((r) => ({change_kcal: number(r.kcal), from_day: number(r.from), until_day: number(r.until)}));
  group.reset = () => {
    rows.splice(0).forEach((r) => r.el.remove());
    addRow();
  };
  return group;
}

// The form's fields, each with its error line (aria-describedby) for the server's message about it.
function formFields(system, horizon) {
  const make = (key, options) => {
    const made = field(options);
    const errorId = uid("err");
    const error = h("p", {class: "form-error", id: errorId, "data-testid": `${options.testid}-error`});
    made.input.setAttribute("aria-describedby", [made.input.getAttribute("aria-describedby"), errorId].filter(Boolean).join(" "));
    append(made.wrap, error);
    return {key, ...made, error};
  };
  const changes = changeRows();
  return {
    // The server names the changes "intake_changes" (the rows) or "intake_change" (one against today's balance).
    intake_changes: changes,
    intake_change: changes,
    goal_weight: make("goal_weight", {label: `Goal weight (${u.unitOf("weight", system)})`, testid: "forecast-goal", type: "text", name: "goal_weight",
      inputmode: "decimal", autocomplete: "off", hint: "Optional: the day you would reach it."}),
    days: make("days", {label: "How far ahead", testid: "forecast-days", name: "days", options: HORIZONS, value: horizon}),
  };
}

export async function render(root, route) {
  const {account, who} = await pageHead(root, route, "Forecast");
  const system = units();
  append(root, h("p", {class: "lead"}, `${who ? `Where ${who}'s weight is heading if they keep to their plan` : "Where your weight is heading if you keep to your plan"}, by the body-weight model behind the NIH Body Weight Planner (Hall et al., Lancet 2011).`));

  const fields = formFields(system, "365");
  const formError = h("p", {class: "form-error", role: "alert", "data-testid": "forecast-error"});
  const submit = h("button", {type: "submit", class: "primary", "data-testid": "forecast-submit"}, "Show forecast");
  const reset = h("button", {type: "button", "data-testid": "forecast-reset"}, who ? "Back to their plan" : "Back to my plan");
  const form = h("form", {class: "card stack", novalidate: true, "aria-labelledby": "try-h"},
    h("h2", {id: "try-h"}, "Try a change"), h("div", {class: "stack"}, FIELDS.map((k) => fields[k].wrap)), formError, h("div", {class: "row"}, submit, reset));
  const changes = fields.intake_changes;
  const status = h("p", {class: "visually-hidden", role: "status", "aria-live": "polite", "data-testid": "forecast-status"});
  const result = h("div", {class: "stack", "data-testid": "forecast-result"}, h("p", {class: "muted"}, "Loading…"));
  const checkin = checkinCard({account, onSaved: () => load()});
  const advice = adviceCard({account});
  append(root, form, status, result, checkin.el, advice.el);

  let ticket = 0;
  let shown = null;
  const width = () => Math.max(280, Math.min(720, result.clientWidth || root.clientWidth || 340));

  function showErrors(error) {
    for (const f of Object.values(fields)) {
      f.input.removeAttribute("aria-invalid");
      clear(f.error);
    }
    clear(formError);
    if (!error) return;
    // The server names the field an error or a refusal is about; without one it is the form's.
    const key = error.field || null;
    const target = fields[key];
    if (!target) {
      formError.textContent = error.message;
      return;
    }
    target.error.textContent = error.message;
    target.input.setAttribute("aria-invalid", "true");
    target.input.focus();
  }

  // A bare number is in the unit the label shows (the server would read it in the profile's units).
  function query() {
    const params = new URLSearchParams();
    const tried = changes.value();
    let goal = fields.goal_weight.input.value.trim();
    if (/^\d+([.,]\d+)?$/.test(goal)) goal = goal.replace(",", ".") + u.unitOf("weight", system);
    params.set("days", fields.days.input.value);
    params.set("step", String(STEP));
    if (tried.length) params.set("intake_changes", JSON.stringify(tried));
    if (goal) params.set("goal_weight", goal);
    return params.toString();
  }

  function draw() {
    if (!shown) return;
    append(clear(result), chartOf(shown, system, width()), factsOf(shown, system), explanationOf(shown));
  }

  async function load() {
    const mine = ++ticket;
    submit.disabled = true;
    try {
      const f = await get(withAccount(`/api/forecast?${query()}`, account));
      if (mine !== ticket) return;
      showErrors(null);
      shown = f;
      draw();
      status.textContent = `${summaryOf(f, system)}${f.goal ? " " + goalText(f, system) : ""}`;
    } catch (error) {
      if (mine !== ticket) return;
      if (error.status !== 400 && error.status !== 422) throw error;
      showErrors(error);
      status.textContent = error.message;
    } finally {
      if (mine === ticket) submit.disabled = false;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load().catch((error) => showErrors({message: error.message}));
  });
  reset.addEventListener("click", () => {
    changes.reset();
    fields.goal_weight.input.value = "";
    fields.days.input.value = "365";
    load().catch((error) => showErrors({message: error.message}));
  });

  await Promise.all([load(), checkin.load(), advice.load()]);
  return redrawOnResize(width, draw);
}
