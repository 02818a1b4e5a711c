// The profile questions in plain words, in metric or imperial units, sent as kg and cm (PUT /api/profile).
// A new person answers them in four short steps (Next checks the step's answers before moving on); the
// same form edits the profile later, all on one page, filled in with what is stored.
import {h, field, heading, uid, append} from "./dom.js";
import {put} from "./api.js";
import {session} from "./session.js";
import {save} from "./storage.js";
import {navigate} from "./router.js";
import {toast} from "./toast.js";
import {limits, at, bounds, between, within} from "./limits.js";
import * as u from "./units.js";

export const DAYS = [["mon", "Mon"], ["tue", "Tue"], ["wed", "Wed"], ["thu", "Thu"], ["fri", "Fri"], ["sat", "Sat"], ["sun", "Sun"]];
export const EQUIPMENT = [["band", "Resistance band"], ["dumbbells", "Dumbbells"], ["barbell", "Barbell"], ["step", "Step or sturdy box"],
  ["ankle-weights", "Ankle weights"], ["foam-roller", "Foam roller"]];
const ACTIVITY = [
  ["sedentary", "Mostly sitting — a desk job and little walking"],
  ["light", "Lightly active — on my feet part of the day, or light exercise 1–3 times a week"],
  ["moderate", "Moderately active — exercise 3–5 times a week"],
  ["active", "Very active — hard exercise 6–7 times a week"],
  ["very-active", "Extra active — a physical job as well as training"],
];
const GOALS = [
  ["lose-fat", "Lose fat — slimmer hips, thighs and everywhere else"],
  ["tone", "Tone — firmer and stronger, about the same weight"],
  ["maintain", "Stay as I am"],
  ["gain-lean", "Build muscle"],
];
export const LEVELS = [["beginner", "Beginner — new to strength training"], ["intermediate", "Intermediate — train regularly"],
  ["advanced", "Advanced — years of training"]];

// Lengths and weights the person types; their accepted ranges (canonical units) come from GET /api/limits.
const MEASURES = [
  {key: "weight_kg", quantity: "weight", label: "Your weight", hint: "In the morning, before breakfast, is most repeatable."},
  {key: "waist_cm", quantity: "length", label: "Waist", hint: "Women: at the narrowest point. Men: level with the navel. Relaxed, not pulled in."},
  {key: "hip_cm", quantity: "length", label: "Hips", hint: "Around the widest part of your seat, feet together."},
  {key: "neck_cm", quantity: "length", label: "Neck", hint: "Just below the Adam's apple, tape sloping slightly down at the front."},
  {key: "thigh_cm", quantity: "length", label: "Thigh (optional)", hint: "Around the fullest part of one thigh.", optional: true},
];

// A height in whole inches as "5 ft 5 in".
const feetAndInches = (inches) => `${Math.floor(inches / 12)} ft ${inches % 12} in`;

// Sets (or, without a range, removes) a number input's min and max.
function setBounds(input, range, quantity, system) {
  const b = bounds(range, quantity, system);
  for (const name of ["min", "max"]) {
    if (b[name] === undefined) input.removeAttribute(name);
    else input.setAttribute(name, String(b[name]));
  }
}

function radios(name, options, value, testidPrefix, legend) {
  return h("fieldset", {class: "choices"}, h("legend", {}, legend),
    options.map(([v, text]) => {
      const id = uid(name);
      return h("div", {class: "choice"},
        h("input", {type: "radio", id, name, value: v, checked: v === value, "data-testid": `${testidPrefix}-${v}`}),
        h("label", {for: id}, text));
    }));
}

export function checkboxes(name, options, values, testidPrefix, legend, hint) {
  return h("fieldset", {class: "choices inline"}, h("legend", {}, legend), hint ? h("p", {class: "hint"}, hint) : null,
    options.map(([v, text]) => {
      const id = uid(name);
      return h("div", {class: "choice"},
        h("input", {type: "checkbox", id, name, value: v, checked: values.includes(v), "data-testid": `${testidPrefix}-${v}`}),
        h("label", {for: id}, text));
    }));
}

export async function render(root) {
  const L = await limits();
  const range = (key) => at(L, "profile", key);
  const p = session.profile;
  const editing = Boolean(p);
  let system = (p && p.units) || "metric";
  const shown = (quantity, value) => (value === undefined || value === null ? "" : u.round(u.fromCanonical(quantity, system, value), 1));

  append(root, heading(editing ? "Your profile" : "A few questions to start"),
    h("p", {class: "lead"}, editing
      ? "Change anything here; your targets and plan follow."
      : "hipfit uses these to work out your energy needs and body figures and to plan your training. Only you (and a coach you invite) can see them."));

  const units = radios("units", [["metric", "Metric (kg, cm)"], ["imperial", "Imperial (lb, ft and in)"]], system, "onboarding-units", "Units");
  const sex = radios("sex", [["female", "Female"], ["male", "Male"]], p ? p.sex : null, "onboarding-sex",
    "Sex — the formulas for body fat and energy differ");
  const adults = range("age_years");
  const age = field({label: "How old are you?", testid: "onboarding-age", type: "number", inputmode: "numeric", ...bounds(adults, null, system, 0),
    name: "age_years", value: p && p.age_years ? p.age_years : "",
    hint: p && p.born ? `Stored as born ${p.born}; change only to replace it.` : `hipfit is for adults${adults ? ` (${adults.min} and over)` : ""}.`});

  const height = range("height_cm");
  // The shortest and tallest in whole inches, rounded inwards so that both are accepted.
  const heightInches = height && {min: Math.ceil(u.cmToIn(height.min)), max: Math.floor(u.cmToIn(height.max))};
  const heightCm = field({label: "Height (cm)", testid: "onboarding-height-cm", type: "number", inputmode: "decimal", step: "0.1", name: "height_cm",
    ...bounds(height), value: p ? u.round(p.height_cm, 1) : ""});
  const fi = p ? u.cmToFeetInches(p.height_cm) : {feet: "", inches: ""};
  const heightFt = field({label: "Height: feet", testid: "onboarding-height-ft", type: "number", inputmode: "numeric",
    ...(heightInches ? {min: Math.floor(u.cmToIn(height.min) / 12), max: Math.floor(heightInches.max / 12)} : {}), value: fi.feet});
  const heightIn = field({label: "and inches", testid: "onboarding-height-in", type: "number", inputmode: "decimal", min: 0, max: 11.9, step: "0.5", value: fi.inches});
  const metricHeight = h("div", {class: "height-metric"}, heightCm.wrap);
  const imperialHeight = h("div", {class: "height-imperial row"}, heightFt.wrap, heightIn.wrap);

  const measureFields = MEASURES.map((m) => {
    const f = field({label: `${m.label} (${u.unitOf(m.quantity, system)})`, testid: `onboarding-${m.key.replace(/_(kg|cm)$/, "")}`,
      type: "number", inputmode: "decimal", step: "0.1", name: m.key, hint: m.hint, value: p ? shown(m.quantity, p[m.key]) : ""});
    return {...m, ...f};
  });

  const activity = radios("activity", ACTIVITY, p ? p.activity : "light", "onboarding-activity", "How active are you, apart from planned workouts?");
  const goal = radios("goal", GOALS, p ? p.goal : "lose-fat", "onboarding-goal", "What do you want most?");
  const dayCount = range("days");
  const days = checkboxes("days", DAYS, p ? p.days : ["mon", "wed", "fri"], "onboarding-day", "Which days can you train?",
    `${dayCount ? `Pick ${dayCount.min} to ${dayCount.max}; at` : "At"} least one day a week is for rest. Three or four works well.`);
  const sessionMinutes = range("minutes_per_session");
  const minutes = field({label: "Minutes per session", testid: "onboarding-minutes", type: "number", inputmode: "numeric", ...bounds(sessionMinutes, null, system, 0),
    name: "minutes_per_session", value: p ? p.minutes_per_session : 45,
    hint: `${sessionMinutes ? `${sessionMinutes.min} to ${sessionMinutes.max}: w` : "W"}arm-up, strength, cardio and cool-down.`});
  const time = field({label: "Usual time to train", testid: "onboarding-time", type: "time", name: "preferred_time", value: p ? p.preferred_time : "18:00"});
  const level = field({label: "Experience", testid: "onboarding-level", name: "level", options: LEVELS, value: p ? p.level : "beginner"});
  const equipment = checkboxes("equipment", EQUIPMENT, p ? p.equipment : [], "onboarding-equipment", "Equipment you have",
    "Leave all unticked to train with your body weight only.");
  const lowImpactId = uid("low");
  const lowImpact = h("div", {class: "choice"},
    h("input", {type: "checkbox", id: lowImpactId, name: "low_impact", checked: p ? p.low_impact : false, "data-testid": "onboarding-low-impact"}),
    h("label", {for: lowImpactId}, "Low impact only — no jumping or running (kinder to knees and joints)"));

  const error = h("div", {class: "form-error", role: "alert", "data-testid": "onboarding-error"});
  const submit = h("button", {type: "submit", class: "primary", "data-testid": "onboarding-submit"}, editing ? "Save my profile" : "See my plan");

  // A step's heading takes the focus when the step is shown, as a page's title does.
  const section = (title, ...children) => h("section", {class: "card stack"}, h("h2", {class: "step-title", tabindex: "-1"}, title), children);
  const sections = [
    section("About you", units, sex, age.wrap, metricHeight, imperialHeight),
    section("Measurements",
      h("p", {class: "hint"}, "A soft tape measure, snug but not pressing into the skin. They estimate your body fat and track your progress."),
      measureFields.map((m) => m.wrap)),
    section("Your day and your goal", activity, goal),
    section("Training", days, minutes.wrap, time.wrap, level.wrap, equipment, lowImpact),
  ];
  let step = 0;
  const stepCount = h("p", {class: "step-count", "data-testid": "onboarding-step", "aria-live": "polite"});
  const back = h("button", {type: "button", "data-testid": "onboarding-back", onclick: () => showStep(step - 1, true)}, "Back");
  const next = h("button", {type: "submit", class: "primary", "data-testid": "onboarding-next"}, "Next");
  const form = h("form", {class: "stack", novalidate: true},
    editing ? null : stepCount, sections, error,
    h("div", {class: "row step-buttons"}, editing ? null : back, editing ? null : next, submit));

  // One step at a time for a new person; the whole form when editing.
  function showStep(index, focus) {
    if (editing) return;
    step = Math.max(0, Math.min(sections.length - 1, index));
    sections.forEach((el, i) => {
      el.hidden = i !== step;
    });
    const last = step === sections.length - 1;
    stepCount.textContent = `Step ${step + 1} of ${sections.length}: ${sections[step].querySelector("h2").textContent}`;
    back.hidden = step === 0;
    next.hidden = last;
    submit.hidden = !last;
    if (focus) sections[step].querySelector("h2").focus();
  }
  const stepOf = (el) => sections.findIndex((sec) => sec.contains(el));

  function showUnits() {
    metricHeight.hidden = system !== "metric";
    imperialHeight.hidden = system === "metric";
    for (const m of measureFields) {
      m.wrap.querySelector("label").textContent = `${m.label} (${u.unitOf(m.quantity, system)})`;
      setBounds(m.input, range(m.key), m.quantity, system);
    }
  }

  units.addEventListener("change", (event) => {
    const next = event.target.value;
    if (next === system) return;
    // Convert what is typed so nothing has to be entered again.
    const cm = system === "metric" ? Number(heightCm.input.value) : u.feetInchesToCm(heightFt.input.value, heightIn.input.value);
    for (const m of measureFields) {
      if (m.input.value === "") continue;
      const canonical = u.toCanonical(m.quantity, system, m.input.value);
      m.input.value = u.round(u.fromCanonical(m.quantity, next, canonical), 1);
    }
    system = next;
    if (cm) {
      heightCm.input.value = u.round(cm, 1);
      const parts = u.cmToFeetInches(cm);
      heightFt.input.value = parts.feet;
      heightIn.input.value = parts.inches;
    }
    showUnits();
  });
  showUnits();

  const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((el) => el.value);

  function collect() {
    const problems = [];
    const body = {units: system};
    const sexValue = checked("sex")[0];
    if (!sexValue) problems.push([sex.querySelector("input"), "Please choose female or male."]);
    else body.sex = sexValue;
    if (age.input.value !== "" && (!p || String(p.age_years) !== age.input.value || !p.born)) {
      const years = Number(age.input.value);
      if (!Number.isInteger(years) || !within(adults, years)) {
        problems.push([age.input, `Age: hipfit is for adults${adults ? `, ${adults.min} to ${adults.max}` : ""}.`]);
      }
      body.age_years = years;
    } else if (!p) {
      problems.push([age.input, "Please give your age."]);
    }
    const cm = system === "metric" ? Number(heightCm.input.value) : u.feetInchesToCm(heightFt.input.value, heightIn.input.value);
    if (!(cm > 0) || !within(height, cm)) {
      problems.push([system === "metric" ? heightCm.input : heightFt.input, !height ? "Please give your height." : system === "metric"
        ? `Height: ${between(height, "length", "metric")}.`
        : `Height: between ${feetAndInches(heightInches.min)} and ${feetAndInches(heightInches.max)}.`]);
    }
    body.height_cm = Math.round(cm * 10) / 10;
    for (const m of measureFields) {
      if (m.input.value === "") {
        if (!m.optional) problems.push([m.input, `${m.label}: please fill it in.`]);
        continue;
      }
      const canonical = u.toCanonical(m.quantity, system, m.input.value);
      if (!Number.isFinite(canonical) || !within(range(m.key), canonical)) {
        problems.push([m.input, `${m.label}: ${between(range(m.key), m.quantity, system) || "a number, please"}.`]);
      }
      body[m.key] = Math.round(canonical * 100) / 100;
    }
    body.activity = checked("activity")[0];
    body.goal = checked("goal")[0];
    body.days = checked("days");
    if (!body.days.length || !within(dayCount, body.days.length)) {
      problems.push([days.querySelector("input"), `Training days: pick ${dayCount ? `${dayCount.min} to ${dayCount.max}` : "at least one"}.`]);
    }
    body.minutes_per_session = Number(minutes.input.value);
    if (!Number.isInteger(body.minutes_per_session) || !within(sessionMinutes, body.minutes_per_session)) {
      problems.push([minutes.input, `Minutes per session: ${sessionMinutes ? `${sessionMinutes.min} to ${sessionMinutes.max}` : "a whole number"}.`]);
    }
    body.preferred_time = time.input.value || "18:00";
    body.level = level.input.value;
    const gear = checked("equipment");
    body.equipment = gear.length ? gear : ["none"];
    body.low_impact = form.querySelector('input[name="low_impact"]').checked;
    return {body, problems};
  }

  const inputFor = (key) => {
    if (key === "height_cm") return system === "metric" ? heightCm.input : heightFt.input;
    if (key === "age_years" || key === "born") return age.input;
    if (key === "activity" || key === "goal" || key === "sex" || key === "days" || key === "equipment") return form.querySelector(`input[name="${key}"]`);
    return form.querySelector(`[name="${key}"]`);
  };

  function showProblems(list) {
    // The step of the first problem is shown, so that the focus can go to its field.
    if (list[0] && list[0][0] && stepOf(list[0][0]) >= 0 && stepOf(list[0][0]) !== step) showStep(stepOf(list[0][0]), false);
    form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
    error.replaceChildren(...(list.length > 1 ? [h("ul", {}, list.map(([, text]) => h("li", {}, text)))] : list.map(([, text]) => text)));
    list.forEach(([el]) => el && el.setAttribute("aria-invalid", "true"));
    if (list[0] && list[0][0]) list[0][0].focus();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const {body, problems} = collect();
    if (!editing && step < sections.length - 1) {
      // Next (or Enter in a field): this step's answers are checked, the later ones are not asked yet.
      const here = problems.filter(([el]) => stepOf(el) === step);
      showProblems(here);
      if (!here.length) showStep(step + 1, true);
      return;
    }
    if (problems.length) {
      showProblems(problems);
      return;
    }
    showProblems([]);
    submit.disabled = true;
    try {
      session.profile = await put("/api/profile", body);
      save(`profile.${session.account.id}`, session.profile);
      if (editing) {
        toast("Profile saved.");
        navigate("today");
      } else {
        navigate("assessment", {welcome: "1"});
      }
    } catch (e) {
      showProblems([[inputFor(e.field), e.message]]);
    } finally {
      submit.disabled = false;
    }
  });

  showStep(0, false);
  append(root, form);
}
