// The assessment: each figure with what it means in one sentence, the spot-reduction truth and what works.
import {h, append} from "./dom.js";
import {get, withAccount} from "./api.js";
import {units} from "./session.js";
import {pageHead} from "./viewing.js";
import * as u from "./units.js";

const SHAPES = {apple: "Apple", pear: "Pear", balanced: "Balanced"};

// [key, label, how to show the value]; the meaning comes from the server's explanations where it has one.
function figures(a, system) {
  const pct = (v) => `${u.round(v, 1)} %`;
  return [
    ["bmi", "Body mass index", `${u.round(a.bmi, 1)} (${a.bmi_category})`],
    ["waist_to_hip_ratio", "Waist-to-hip ratio", u.round(a.waist_to_hip_ratio, 2)],
    ["waist_to_height_ratio", "Waist-to-height ratio", u.round(a.waist_to_height_ratio, 2)],
    ["body_fat_percent", "Body fat (estimate)", pct(a.body_fat_percent)],
    ["fat_mass_kg", "Fat mass and lean mass",
      `${u.show("weight", system, a.fat_mass_kg)} fat, ${u.show("weight", system, a.lean_mass_kg)} lean`,
      "Lean mass is everything that is not fat: muscle, bone, organs and water. Keeping it while fat falls is the aim."],
    ["body_shape", "Body shape", SHAPES[a.body_shape] || a.body_shape],
    ["bmr_kcal", "Energy at rest", `${u.whole(a.bmr_kcal)} kcal a day`],
    ["tdee_kcal", "Energy you use in a day", `${u.whole(a.tdee_kcal)} kcal`],
    ["target_kcal", "Your daily energy target", `${u.whole(a.target_kcal)} kcal`],
    a.target_in_force_kcal === null ? null
      : ["target_in_force_kcal", "The target in force", `${u.whole(a.target_in_force_kcal)} kcal`, a.target_in_force_explanation],
    ["protein_g", "Protein", `${u.whole(a.protein_g)} g a day`],
    ["water_ml", "Water from drinks", `${u.show("volume", system, a.water_ml)} a day`],
    ["expected_weekly_change_kg", "Expected change at first",
      `${a.expected_weekly_change_kg > 0 ? "+" : ""}${u.show("weight", system, a.expected_weekly_change_kg, 2)} a week`,
      "What the target should do in the first weeks. Day-to-day weight swings more than this, so hipfit follows a trend, and the pace slows as you lose."],
  ].filter(Boolean);
}

export async function render(root, route) {
  const {account} = await pageHead(root, route, "Figures", route.query.welcome ? "Your starting point" : "Your body, in figures");
  const status = h("p", {class: "muted"}, "Loading…");
  append(root, status);
  const a = await get(withAccount("/api/assessment", account));
  status.remove();
  const system = units();

  if (a.warnings && a.warnings.length) {
    append(root, h("section", {class: "card warning", "aria-labelledby": "warn-h"},
      h("h2", {id: "warn-h"}, "Please read"),
      h("ul", {}, a.warnings.map((w) => h("li", {}, w)))));
  }

  append(root, h("section", {class: "card truth", "data-testid": "assessment-spot-reduction", "aria-labelledby": "truth-h"},
    h("h2", {id: "truth-h"}, "The honest part"),
    h("p", {}, a.spot_reduction),
    h("p", {}, "What works instead:"),
    h("ul", {},
      h("li", {}, `Eat around your target of ${u.whole(a.target_in_force_kcal ?? a.target_kcal)} kcal: a modest gap between what you eat and what you use draws on fat everywhere, hips and thighs included.`),
      h("li", {}, "Strength work for the hips, glutes and thighs two or three times a week: it keeps and builds the muscle that gives them their shape."),
      h("li", {}, "Cardio you enjoy, most days: walking counts. It adds to the energy gap and helps your heart."),
      h("li", {}, `Enough protein (about ${u.whole(a.protein_g)} g a day), 7–9 hours of sleep, and patience: lower-body fat is often the last to go.`)),
    h("p", {}, h("a", {href: "#/learn"}, "Why spot reduction does not work, with the studies"))));

  const list = h("dl", {class: "figures", "data-testid": "assessment-figures"});
  for (const [key, label, value, ownMeaning] of figures(a, system)) {
    const explanation = (a.explanations && a.explanations[key]) || {};
    append(list, h("div", {class: "figure", "data-testid": `figure-${key}`},
      h("dt", {}, label),
      h("dd", {class: "figure-value"}, value),
      h("dd", {class: "figure-meaning"}, explanation.meaning || ownMeaning || ""),
      explanation.formula ? h("dd", {class: "figure-source"}, explanation.formula) : null));
  }
  append(root, h("section", {"aria-labelledby": "fig-h"}, h("h2", {id: "fig-h"}, "Your figures"), list));

  append(root, h("p", {class: "note", "data-testid": "assessment-medical-note"}, a.medical_note));
  if (route.query.welcome) {
    append(root, h("p", {}, h("a", {class: "button primary", href: "#/today", "data-testid": "assessment-continue"}, "On to today’s plan")));
  }
}
