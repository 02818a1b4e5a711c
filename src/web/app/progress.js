// Progress: the weight trend, measurements, workouts against the plan, sleep and water against their
// targets, as charts with a sentence each (GET /api/entries, /api/stats).
import {h, clear, field, append} from "./dom.js";
import {get, withAccount} from "./api.js";
import {units} from "./session.js";
import {pageHead} from "./viewing.js";
import {lineChart, barChart, dayNumber, redrawOnResize} from "./chart.js";
import {weightTrend} from "./trend.js";
import {today} from "./clock.js";
import * as u from "./units.js";

const PERIODS = [["28", "4 weeks"], ["84", "12 weeks"], ["365", "A year"]];

function since(days) {
  const d = new Date();
  d.setDate(d.getDate() - (Number(days) - 1));
  return today(d);
}

const signed = (v, text) => `${v > 0 ? "+" : v < 0 ? "−" : "±"}${text}`;

function empty(testid, title, text) {
  return h("figure", {class: "chart empty", "data-testid": testid}, h("figcaption", {}, h("h3", {}, title)), h("p", {class: "muted"}, text));
}

function byDay(entries, kind, pick = (e) => e.value) {
  const totals = new Map();
  for (const e of entries) if (e.kind === kind) totals.set(e.date, (totals.get(e.date) || 0) + pick(e));
  return [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, value]) => ({day, value}));
}

function everyDay(start, end) {
  const out = [];
  for (let n = dayNumber(start); n <= dayNumber(end); n++) out.push(new Date(n * 86400000).toISOString().slice(0, 10));
  return out;
}

function weightChart(data, stats, system, width) {
  const points = data.trend.filter((p) => p.day >= data.start);
  if (!points.length) return empty("chart-weight", "Weight", "No weigh-ins in this period. Weigh yourself a few mornings a week, and the trend line appears here.");
  const w = stats.weight;
  const conv = (v) => u.fromCanonical("weight", system, v);
  const unit = u.unitOf("weight", system);
  const change = w.trend_change_kg;
  const summary = w.trend_end_kg === null ? "" :
    `Your trend moved from ${u.show("weight", system, w.trend_start_kg)} to ${u.show("weight", system, w.trend_end_kg)} ` +
    `(${signed(change, u.show("weight", system, Math.abs(change)))}${w.weekly_rate_kg !== null ? `, ${signed(w.weekly_rate_kg, u.show("weight", system, Math.abs(w.weekly_rate_kg), 2))} a week` : ""}) ` +
    `over ${w.readings} weigh-in${w.readings === 1 ? "" : "s"}. Day-to-day readings swing with water and food; the trend is what counts.`;
  return lineChart({
    title: "Weight and its trend", testid: "chart-weight", width, unit,
    desc: `Daily weigh-ins as dots and the smoothed trend as a line, ${points[0].day} to ${points[points.length - 1].day}. ${summary}`,
    summary, format: (v) => u.round(v, 1),
    series: [
      {name: `Weigh-ins (${unit})`, cls: "series-2", line: false, dots: "small", points: points.map((p) => ({day: p.day, value: conv(p.value)}))},
      {name: `Trend (${unit})`, cls: "series-1", points: points.map((p) => ({day: p.day, value: conv(p.trend)}))},
    ],
  });
}

// Each measurement as its change since the period's first one: three lines that share a scale, so a
// centimetre off the waist looks like a centimetre off the hips.
function measureChart(data, stats, system, width) {
  const keys = [["waist_cm", "Waist", "series-1"], ["hip_cm", "Hips", "series-3"], ["thigh_cm", "Thigh", "series-4"]];
  const series = keys.map(([key, name, cls]) => {
    const points = data.entries.filter((e) => e.kind === "measure" && e[key] !== undefined)
      .sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
    const first = points.length ? u.fromCanonical("length", system, points[0][key]) : 0;
    return {name, cls, dots: true, points: points.map((e) => ({day: e.date, value: u.fromCanonical("length", system, e[key]) - first}))};
  }).filter((sr) => sr.points.length);
  if (!series.length) return empty("chart-measurements", "Waist, hips and thigh", "No measurements in this period. Measuring once a week, same time of day, shows what the scale cannot.");
  const parts = keys.map(([key, name]) => {
    const m = stats.measurements[key];
    if (!m || m.first === null) return null;
    return `${name} ${u.show("length", system, m.first)} → ${u.show("length", system, m.last)} (${signed(m.change, u.show("length", system, Math.abs(m.change)))})`;
  }).filter(Boolean);
  const summary = `${parts.join("; ")}. Centimetres off the waist and hips are fat loss you can see, even when the scale stalls.`;
  const unit = u.unitOf("length", system);
  return lineChart({title: "Waist, hips and thigh", testid: "chart-measurements", width, unit: `${unit} since the first`,
    desc: `Change of each measurement since the first of the period. ${summary}`, summary, series,
    format: (v) => `${v > 0.04 ? "+" : ""}${u.round(v, 1)}`});
}

// The server counts planned and done (GET /api/stats: the period's days up to today, as `hipfit stats`);
// the page only draws its numbers.
function workoutChart(data, stats, width) {
  const weeks = stats.workout_weeks;
  if (!weeks.length) return empty("chart-workouts", "Workouts per week", "Your program has not started yet.");
  const {done, planned} = stats.workouts;
  const summary = `${done} workout${done === 1 ? "" : "s"} logged against ${planned} planned over ${weeks.length} program week${weeks.length === 1 ? "" : "s"}` +
    `${stats.streaks.weeks_on_plan ? `; ${stats.streaks.weeks_on_plan} week${stats.streaks.weeks_on_plan === 1 ? "" : "s"} in a row on plan` : ""}. ` +
    "Strength work keeps your muscle while fat comes off.";
  return barChart({title: "Workouts per week", testid: "chart-workouts", width, unit: "sessions",
    desc: summary, summary, categories: weeks.map((w) => `Wk ${w.number}`), highlight: weeks.length - 1,
    series: [{name: "Planned", cls: "series-planned", values: weeks.map((w) => w.planned)}, {name: "Done", cls: "series-1", values: weeks.map((w) => w.done)}]});
}

function sleepChart(data, stats, width) {
  const nights = byDay(data.entries, "sleep");
  if (!nights.length) return empty("chart-sleep", "Sleep", "No sleep logged in this period. Short nights make a deficit take more muscle and less fat.");
  const short = nights.filter((n) => n.value < 7).length;
  const summary = `On average ${u.hours(stats.habits.sleep_average_h)} over ${nights.length} logged night${nights.length === 1 ? "" : "s"}; ` +
    `${short ? `${short} under 7 hours` : "none under 7 hours"}. The target is 7–9 hours.`;
  const {categories, values} = bars(data, nights);
  return barChart({title: "Sleep", testid: "chart-sleep", width, unit: "h", desc: summary, summary, format: (v) => u.round(v, 1),
    categories, band: {low: 7, high: 9, name: "Target 7–9 h"},
    series: [{name: everyDay(data.start, data.end).length <= 35 ? "Hours slept" : "Hours slept (weekly average)", cls: "series-3", values}]});
}

function waterChart(data, stats, system, width) {
  const drinks = byDay(data.entries, "water");
  const targetMl = stats.habits.water_target_ml;
  if (!drinks.length) return empty("chart-water", "Water", "No water logged in this period. One tap on the Today page logs a glass.");
  const reached = drinks.filter((d) => d.value >= targetMl).length;
  const summary = `On average ${u.show("volume", system, stats.habits.water_average_ml)} a day on ${drinks.length} day${drinks.length === 1 ? "" : "s"} logged; ` +
    `the target of ${u.show("volume", system, targetMl)} was reached on ${reached} day${reached === 1 ? "" : "s"} of ${drinks.length}.`;
  const conv = (v) => u.fromCanonical("volume", system, v);
  const {categories, values} = bars(data, drinks);
  return barChart({title: "Water", testid: "chart-water", width, unit: u.unitOf("volume", system), desc: summary, summary, format: (v) => u.whole(v),
    categories, target: {value: conv(targetMl), name: `Target ${u.show("volume", system, targetMl)}`},
    series: [{name: "Drunk", cls: "series-4", values: values.map(conv)}]});
}

// Daily values as bars: one per day up to five weeks, else one per week (the average of the days logged).
function bars(data, perDay) {
  const days = everyDay(data.start, data.end);
  const valueOf = (d) => (perDay.find((x) => x.day === d) || {value: null}).value;
  if (days.length <= 35) return {categories: days.map((d) => String(Number(d.slice(8)))), values: days.map((d) => valueOf(d) || 0)};
  const categories = [];
  const values = [];
  for (let i = 0; i < days.length; i += 7) {
    const week = days.slice(i, i + 7).map(valueOf).filter((v) => v !== null);
    categories.push(new Date(days[i] + "T12:00").toLocaleDateString(undefined, {day: "numeric", month: "short"}));
    values.push(week.length ? week.reduce((a, b) => a + b, 0) / week.length : 0);
  }
  return {categories, values};
}

export async function render(root, route) {
  const {account} = await pageHead(root, route, "Progress");
  const system = units();
  let period = route.query.days || "28";
  const picker = field({label: "Period", testid: "progress-period", options: PERIODS, value: period});
  const body = h("div", {class: "stack"}, h("p", {class: "muted"}, "Loading…"));
  append(root, h("div", {class: "toolbar"}, picker.wrap), body);

  let data = null;
  const width = () => Math.max(280, Math.min(720, body.clientWidth || root.clientWidth || 340));

  async function load() {
    const start = since(period);
    const end = today();
    const [entries, weights, stats] = await Promise.all([
      get(withAccount(`/api/entries?since=${start}`, account)),
      get(withAccount("/api/entries?kind=weight", account)),
      get(withAccount(`/api/stats?since=${start}`, account)),
    ]);
    data = {start, end, entries, stats, trend: weightTrend(weights.filter((w) => w.date <= end))};
  }

  function draw() {
    if (!data) return;
    const {stats} = data;
    const w = width();
    append(clear(body), 
      h("section", {class: "card focus", "aria-labelledby": "focus-h"},
        h("h2", {id: "focus-h"}, "What matters most now"),
        h("p", {"data-testid": "progress-focus"}, stats.focus,
          stats.nothing_logged && !account ? [" ", h("a", {href: "#/today"}, "Log your first entry on the Today page.")] : null),
        h("p", {class: "muted", "data-testid": "progress-streaks"},
          `Logged ${stats.streaks.current_days} day${stats.streaks.current_days === 1 ? "" : "s"} in a row (longest ${stats.streaks.longest_days}).`)),
      weightChart(data, stats, system, w),
      measureChart(data, stats, system, w),
      workoutChart(data, stats, w),
      sleepChart(data, stats, w),
      waterChart(data, stats, system, w));
  }

  picker.input.addEventListener("change", async () => {
    period = picker.input.value;
    await load();
    draw();
  });

  await load();
  draw();
  return redrawOnResize(width, draw);
}
