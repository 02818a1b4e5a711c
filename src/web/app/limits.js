// hipfit's accepted ranges, from the server (GET /api/limits, generated from core's constants): the pages
// set their inputs' min, max and maxlength and their own messages from these, so no number of core's is
// typed again here. Read once per visit and kept on the device for offline use; without them (offline on
// a first visit) the inputs simply have no bounds, and the server still checks.
import {get} from "./api.js";
import {load, save} from "./storage.js";
import * as u from "./units.js";

let known = load("limits");
let pending = null;

// The limits, or null when they could not be read and none were kept.
export function limits() {
  if (!pending) {
    pending = get("/api/limits").then((answer) => {
      known = answer;
      save("limits", answer);
      return answer;
    }).catch(() => {
      pending = null; // ask again next time
      return known;
    });
  }
  return pending;
}

// The limits last read, or null: for code that cannot wait (the workout player).
export const knownLimits = () => known;

// One limit by its path, e.g. at(L, "entry", "value", "water"); undefined when any part is missing.
export function at(L, ...path) {
  let node = L;
  for (const key of path) node = node && typeof node === "object" ? node[key] : undefined;
  return node;
}

// `value` kept at most to a limit the player knows (reps, hold_seconds…), as it is when none is known.
export function atMostSetLimit(key, value) {
  const range = at(known, "entry", "set", key);
  return range ? Math.min(range.max, value) : value;
}

// The min and max attributes of a number input for `range` (canonical units) shown in the person's units:
// rounded inwards to `digits` decimals, so that a value the input allows is one the server accepts.
export function bounds(range, quantity = null, system = "metric", digits = 1) {
  if (!range) return {};
  const shown = (v) => (quantity ? u.fromCanonical(quantity, system, v) : v);
  const factor = 10 ** digits;
  return {min: Math.ceil(shown(range.min) * factor - 1e-9) / factor, max: Math.floor(shown(range.max) * factor + 1e-9) / factor};
}

// "between 30 and 300 kg" in the person's units, for messages.
export function between(range, quantity, system) {
  if (!range) return "";
  if (!quantity) return `between ${range.min} and ${range.max}`;
  return `between ${u.show(quantity, system, range.min)} and ${u.show(quantity, system, range.max)}`;
}

// True when `value` (canonical units) is inside `range`, or when the range is not known.
export function within(range, value) {
  return !range || (value >= range.min && value <= range.max);
}
