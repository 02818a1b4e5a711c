// The exercise catalog (GET /api/exercises), read once per page load: names and cues by id.
import {get} from "./api.js";

let loading = null;

export function catalog() {
  if (!loading) {
    loading = get("/api/exercises")
      .then((list) => new Map(list.map((e) => [e.id, e])))
      .catch((error) => {
        loading = null;
        throw error;
      });
  }
  return loading;
}

// After a person adds or removes an exercise of their own: the next catalog() asks the server again.
export function forgetCatalog() {
  loading = null;
}

export function nameOf(map, id) {
  const e = map && map.get(id);
  return e ? e.name : id.replace(/-/g, " ");
}

export const BLOCK_NAMES = {
  "warm-up": "Warm-up",
  targeted: "Hips and glutes",
  strength: "Strength",
  cardio: "Cardio",
  intervals: "Intervals",
  "cool-down": "Cool-down",
};

// "2 × 12", "3 × 30 s hold", "21 min", "8 × 30 s / 60 s"
export function prescription(x) {
  const side = x.per_side ? " each side" : "";
  if (x.work_seconds) return `${x.sets} × ${x.work_seconds} s hard / ${x.rest_seconds} s easy`;
  if (x.reps) return `${x.sets} × ${x.reps}${side}${x.add_resistance ? ", add resistance" : ""}`;
  if (x.hold_seconds) return `${x.sets > 1 ? x.sets + " × " : ""}${x.hold_seconds} s${side}`;
  if (x.minutes) return `${x.minutes} min`;
  return "";
}
