// The weight trend of docs/stats.md (John Walker's The Hacker's Diet): the first weigh-in starts it; each
// day's last weigh-in moves it 10 % of the way; after a gap of g days, T += (1 − 0.9^g)(W − T).
import {dayNumber} from "./chart.js";

// weights: [{date, time, value}] in any order → [{day, value (the day's reading), trend}] by day.
export function weightTrend(weights) {
  const lastOfDay = new Map();
  for (const w of [...weights].sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time) || a.id - b.id)) {
    lastOfDay.set(w.date, w.value);
  }
  const days = [...lastOfDay.keys()].sort();
  const out = [];
  let trend = null;
  let previous = null;
  for (const day of days) {
    const value = lastOfDay.get(day);
    if (trend === null) trend = value;
    else {
      const gap = dayNumber(day) - dayNumber(previous);
      trend += (1 - 0.9 ** gap) * (value - trend);
    }
    previous = day;
    out.push({day, value, trend});
  }
  return out;
}
