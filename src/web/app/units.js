// Metric and imperial: the API speaks kg, cm and ml; people may think in lb, ft/in and fl oz.
export const KG_PER_LB = 0.45359237;
export const CM_PER_IN = 2.54;
export const ML_PER_FL_OZ = 29.5735295625; // US fluid ounce

export const lbToKg = (lb) => lb * KG_PER_LB;
export const kgToLb = (kg) => kg / KG_PER_LB;
export const inToCm = (inches) => inches * CM_PER_IN;
export const cmToIn = (cm) => cm / CM_PER_IN;
export const flOzToMl = (oz) => oz * ML_PER_FL_OZ;
export const mlToFlOz = (ml) => ml / ML_PER_FL_OZ;

export function feetInchesToCm(feet, inches) {
  return inToCm((Number(feet) || 0) * 12 + (Number(inches) || 0));
}

export function cmToFeetInches(cm) {
  const total = Math.round(cmToIn(cm));
  return {feet: Math.floor(total / 12), inches: total % 12};
}

// A number rounded to `digits` decimals, as text without trailing zeros.
export function round(value, digits = 1) {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

const group = new Intl.NumberFormat("en", {maximumFractionDigits: 0});
export const whole = (value) => group.format(Math.round(value));

// Each kind of quantity: its unit's name, and converters from and to the canonical unit.
const QUANTITIES = {
  weight: {
    metric: {unit: "kg", from: (v) => v, to: (v) => v, digits: 1},
    imperial: {unit: "lb", from: lbToKg, to: kgToLb, digits: 1},
  },
  length: {
    metric: {unit: "cm", from: (v) => v, to: (v) => v, digits: 1},
    imperial: {unit: "in", from: inToCm, to: cmToIn, digits: 1},
  },
  volume: {
    metric: {unit: "ml", from: (v) => v, to: (v) => v, digits: 0},
    imperial: {unit: "fl oz", from: flOzToMl, to: mlToFlOz, digits: 0},
  },
};

export function unitOf(quantity, system) {
  return QUANTITIES[quantity][system === "imperial" ? "imperial" : "metric"].unit;
}

// From what a person typed (in their units) to the canonical unit.
export function toCanonical(quantity, system, value) {
  return QUANTITIES[quantity][system === "imperial" ? "imperial" : "metric"].from(Number(value));
}

// From the canonical unit to the person's units, as a number.
export function fromCanonical(quantity, system, value) {
  return QUANTITIES[quantity][system === "imperial" ? "imperial" : "metric"].to(Number(value));
}

// "72.4 kg", "159.6 lb", "1,600 ml", "54 fl oz".
export function show(quantity, system, value, digits) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return "—";
  const q = QUANTITIES[quantity][system === "imperial" ? "imperial" : "metric"];
  const number = q.to(Number(value));
  const text = (digits ?? q.digits) === 0 ? whole(number) : round(number, digits ?? q.digits);
  return `${text} ${q.unit}`;
}

// A duration in hours as "7 h 30 min".
export function hours(h) {
  if (h === null || h === undefined) return "—";
  const minutes = Math.round(h * 60);
  const hh = Math.floor(minutes / 60);
  const mm = minutes % 60;
  return mm ? `${hh} h ${mm} min` : `${hh} h`;
}

// Seconds as "1:05" for countdowns.
export function clockText(totalSeconds) {
  const s = Math.max(0, Math.ceil(totalSeconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, "0")}`;
}
