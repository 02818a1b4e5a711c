// How an entry reads in a sentence, which of its fields a person may edit, in their units, and one entry as
// a row with Edit and Delete (the journal and Today's food list share it).
import * as u from "./units.js";
import {h, field, clear, append} from "./dom.js";
import {put, del} from "./api.js";
import {toast, toastError} from "./toast.js";
import {undoLast} from "./undo.js";
import {at, bounds} from "./limits.js";
import {today} from "./clock.js";

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

// The editable numbers of an entry, shown in the person's units (with their accepted ranges) and converted
// back when saved. `prefix` names their test hooks (journal-edit-value, …).
function editFields(entry, system, L, prefix) {
  const make = (key, text, quantity, testid, digits = 2, unitText = KINDS[entry.kind].unit) => {
    const unit = quantity ? u.unitOf(quantity, system) : unitText;
    const value = entry[key] === undefined ? "" : u.round(quantity ? u.fromCanonical(quantity, system, entry[key]) : entry[key], digits);
    const f = field({label: `${text}${unit ? ` (${unit})` : ""}`, testid: `${prefix}-edit-${testid}`, type: "number", inputmode: "decimal", step: "any", value,
      ...bounds(entryRange(L, entry.kind, key), quantity, system, digits)});
    return {...f, key, toCanonical: (v) => (quantity ? Math.round(u.toCanonical(quantity, system, v) * 100) / 100 : v)};
  };
  switch (entry.kind) {
    case "workout":
      return [];
    case "measure":
      return MEASURE_FIELDS.filter(([key]) => entry[key] !== undefined || ["waist_cm", "hip_cm", "thigh_cm"].includes(key))
        .map(([key, text], i) => make(key, text, "length", i === 0 ? "value" : key, 1));
    case "food":
      return [make("value", "Energy", null, "value"), make("protein_g", "Protein", null, "protein", 1, "g")];
    case "weight":
      return [make("value", "Weight", "weight", "value", 2)];
    case "water":
      return [make("value", "Water", "volume", "value", 1)];
    default:
      return [make("value", label(entry.kind), null, "value")];
  }
}

// One entry as a list item: its time, kind and numbers with Edit (a form in place: PUT) and Delete, each
// undoable from the status line. options: {system, names (id → name), L (the limits), prefix (the test
// hooks: PREFIX-row, PREFIX-edit, PREFIX-delete, PREFIX-edit-form, PREFIX-edit-value …), onChange (redraws
// the list), focusAfterDelete (where the focus goes once the row is gone), readOnly (no Edit or Delete: a
// coach reading a client's journal, which only its owner may write)}.
export function entryRow(entry, {system, names, L, prefix, onChange, focusAfterDelete, readOnly = false}) {
  const li = h("li", {class: "entry", "data-testid": `${prefix}-row`, "data-entry-id": entry.id, "data-kind": entry.kind});
  const undoable = (message) => toast(message, {action: "Undo", onAction: async () => {
    await undoLast();
    await onChange();
  }});
  const show = () => {
    append(clear(li),
      h("div", {class: "entry-main"},
        h("span", {class: "entry-time"}, entry.time),
        h("span", {class: "entry-kind"}, label(entry.kind)),
        h("span", {class: "entry-text"}, describe(entry, system, names)),
        entry.note ? h("span", {class: "entry-note"}, `“${entry.note}”`) : null),
      readOnly ? null : h("div", {class: "entry-actions"},
        h("button", {type: "button", class: "small", "data-testid": `${prefix}-edit`, "aria-label": `Edit ${label(entry.kind)} at ${entry.time}`,
          onclick: () => edit()}, "Edit"),
        h("button", {type: "button", class: "small danger", "data-testid": `${prefix}-delete`, "aria-label": `Delete ${label(entry.kind)} at ${entry.time}`,
          onclick: remove}, "Delete")));
  };
  const remove = async () => {
    try {
      await del(`/api/entries/${entry.id}`);
      undoable(`Deleted ${label(entry.kind).toLowerCase()} of ${entry.date}.`);
      await onChange();
      if (focusAfterDelete) focusAfterDelete();
    } catch (error) {
      toastError(error);
    }
  };
  const edit = () => {
    const fields = editFields(entry, system, L, prefix);
    const date = field({label: "Date", testid: `${prefix}-edit-date`, type: "date", value: entry.date, min: at(L, "entry", "date", "min"), max: today()});
    const time = field({label: "Time", testid: `${prefix}-edit-time`, type: "time", value: entry.time});
    const note = field({label: "Note", testid: `${prefix}-edit-note`, type: "text", value: entry.note || "", maxlength: at(L, "entry", "note", "max_length")});
    const save = h("button", {type: "submit", class: "primary small", "data-testid": `${prefix}-edit-save`}, "Save");
    const cancel = h("button", {type: "button", class: "small", "data-testid": `${prefix}-edit-cancel`, onclick: () => {
      show();
      li.querySelector(`[data-testid=${prefix}-edit]`).focus();
    }}, "Cancel");
    const form = h("form", {class: "edit-form", "data-testid": `${prefix}-edit-form`, novalidate: true},
      h("p", {class: "entry-kind"}, `Edit ${label(entry.kind).toLowerCase()}`),
      fields.map((f) => f.wrap), date.wrap, time.wrap, note.wrap, h("div", {class: "row"}, save, cancel));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const next = {...entry};
      delete next.id;
      delete next.energy_kcal; // the server estimates it again
      for (const f of fields) {
        if (f.input.value === "") delete next[f.key];
        else next[f.key] = f.toCanonical(Number(f.input.value));
      }
      next.date = date.input.value;
      next.time = time.input.value;
      if (note.input.value.trim()) next.note = note.input.value.trim();
      else delete next.note;
      save.disabled = true;
      try {
        await put(`/api/entries/${entry.id}`, next);
        undoable("Saved.");
        await onChange();
      } catch (error) {
        toastError(error);
        save.disabled = false;
      }
    });
    append(clear(li), form);
    (fields[0] ? fields[0].input : date.input).focus();
  };
  show();
  return li;
}
