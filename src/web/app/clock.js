// The one source of time for timers. localStorage.hipfitClockSpeed = "50" makes it run 50× faster, so
// browser tests can play a whole workout in seconds; the anchor is kept so a reload continues the same
// accelerated time instead of jumping back. Dates written to the journal use the real calendar (today()).
const ANCHOR_KEY = "hipfitClockAnchor";

function readSpeed() {
  try {
    const speed = Number(localStorage.getItem("hipfitClockSpeed"));
    return Number.isFinite(speed) && speed > 0 ? speed : 1;
  } catch {
    return 1;
  }
}

const speedFactor = readSpeed();
let anchor = null;

if (speedFactor !== 1) {
  try {
    anchor = JSON.parse(localStorage.getItem(ANCHOR_KEY));
  } catch {
    anchor = null;
  }
  if (!anchor || typeof anchor.real !== "number" || typeof anchor.virtual !== "number") {
    anchor = {real: Date.now(), virtual: Date.now()};
    try {
      localStorage.setItem(ANCHOR_KEY, JSON.stringify(anchor));
    } catch {
      // a clock that restarts on reload is still a clock
    }
  }
}

// Milliseconds on the epoch scale. Date.now() keeps counting while a phone sleeps (performance.now() may
// not); it never goes backwards here even if the system clock is set back a little.
let lastReal = 0;

function realNow() {
  lastReal = Math.max(lastReal, Date.now());
  return lastReal;
}

export function now() {
  const real = realNow();
  if (!anchor) return real;
  return anchor.virtual + (real - anchor.real) * speedFactor;
}

export function speed() {
  return speedFactor;
}

// Call fn every `ms` of clock time (at least every 10 ms of real time); returns a function that stops it.
export function every(ms, fn) {
  const id = setInterval(fn, Math.max(10, ms / speedFactor));
  return () => clearInterval(id);
}

// Wait `ms` of clock time.
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms / speedFactor)));
}

// The real calendar: YYYY-MM-DD and HH:MM in local time.
export function today(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function timeOfDay(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
