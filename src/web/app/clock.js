// The one source of time for timers. Browser tests drive it with Playwright's fake clock (Date,
// setInterval and setTimeout under the test's control), so the app has no test switch of its own.
// Dates written to the journal use the calendar (today()).

// Milliseconds on the epoch scale. Date.now() keeps counting while a phone sleeps (performance.now() may
// not); it never goes backwards here even if the system clock is set back a little.
let lastReal = 0;

export function now() {
  lastReal = Math.max(lastReal, Date.now());
  return lastReal;
}

// Call fn every `ms`; returns a function that stops it.
export function every(ms, fn) {
  const id = setInterval(fn, ms);
  return () => clearInterval(id);
}

// The calendar: YYYY-MM-DD and HH:MM in local time.
export function today(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function timeOfDay(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
