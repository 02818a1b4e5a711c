// How an entry reads in a sentence, and which of its fields a person may edit, in their units.
import * as u from "./units.js";

export const KINDS = {
  weight: {label: "Weight", quantity: "weight"},
  measure: {label: "Measurements"},
  food: {label: "Food", unit: "kcal"},
  water: {label: "Water", quantity: "volume"},
  sleep: {label: "Sleep", unit: "h"},
  steps: {label: "Steps", unit: "steps", one: "step"},
  alcohol: {label: "Alcohol", unit: "standard drinks", one: "standard drink"},
  cigarettes: {label: "Cigarettes", unit: "cigarettes", one: "cigarette"},
  stress: {label: "Relaxation", unit: "min"},
  standup: {label: "Standing breaks", unit: "breaks", one: "break"},
  workout: {label: "Workout"},
};

export const MEASURE_FIELDS = [["waist_cm", "Waist"], ["hip_cm", "Hips"], ["thigh_cm", "Thigh"], ["thigh_left_cm", "Left thigh"],
  ["thigh_right_cm", "Right thigh"], ["neck_cm", "Neck"]];

// One set's numbers: "12", "12 × 8 kg", "30 s", "8 × 30 s / 60 s", "21 min".
function setNumbers(set) {
  const rpe = set.rpe ? ` @${set.rpe}` : "";
  if (set.reps) return `${set.reps}${set.load_kg ? ` × ${u.round(set.load_kg, 1)} kg` : ""}${rpe}`;
  if (set.hold_seconds) return `${set.hold_seconds} s${rpe}`;
  if (set.rounds) return `${set.rounds} × ${set.work_seconds} s / ${set.rest_seconds} s${rpe}`;
  if (set.minutes) return `${u.round(set.minutes, 1)} min${set.distance_km ? ` / ${u.round(set.distance_km, 2)} km` : ""}${rpe}`;
  return "";
}

// Sets of the same exercise in a row read as one: "Glute bridge 12, 12, 10; Cycling 21 min".
function setsText(sets, names) {
  const groups = [];
  for (const set of sets) {
    const last = groups[groups.length - 1];
    if (last && last.exercise === set.exercise) last.numbers.push(setNumbers(set));
    else groups.push({exercise: set.exercise, numbers: [setNumbers(set)]});
  }
  return groups.map((g) => `${names ? names(g.exercise) : g.exercise} ${g.numbers.join(", ")}`).join("; ");
}

// "Food: 650 kcal, 30 g protein", "Workout: Glute bridge 12, Glute bridge 12, …"
export function describe(entry, system, names) {
  const k = KINDS[entry.kind] || {label: entry.kind};
  switch (entry.kind) {
    case "weight":
    case "water":
      return u.show(k.quantity, system, entry.value);
    case "measure": {
      const parts = MEASURE_FIELDS.filter(([key]) => entry[key] !== undefined).map(([key, label]) => `${label} ${u.show("length", system, entry[key])}`);
      if (entry.body_fat_percent !== undefined) parts.push(`Body fat ${u.round(entry.body_fat_percent, 1)} %`);
      return parts.join(", ");
    }
    case "food":
      return `${u.whole(entry.value)} kcal${entry.protein_g !== undefined ? `, ${u.whole(entry.protein_g)} g protein` : ""}`;
    case "sleep":
      return u.hours(entry.value);
    case "workout": {
      const sets = setsText(entry.sets || [], names);
      const energy = entry.energy_kcal ? ` (about ${u.whole(entry.energy_kcal)} kcal)` : "";
      return `${sets}${energy}${entry.warm_up_skipped ? "; warm-up skipped" : ""}`;
    }
    default:
      // "1 break", "2 breaks": a counted unit takes its singular for exactly one.
      return `${u.round(entry.value, 2)} ${(entry.value === 1 && k.one) || k.unit || ""}`.trim();
  }
}

// The accepted range of an entry's field (GET /api/limits): "value" by the entry's kind, the others by key.
export function entryRange(L, kind, key) {
  const entry = L && L.entry;
  if (!entry) return undefined;
  return key === "value" ? entry.value && entry.value[kind] : entry[key];
}

export function label(kind) {
  return (KINDS[kind] || {label: kind}).label;
}
