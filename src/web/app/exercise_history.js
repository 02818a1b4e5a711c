// One exercise's history (#/exercise/ID/history, GET /api/exercises/{id}/history): its bests, a chart
// over time — the estimated one-rep max for loaded work, else the most reps, the longest hold or the
// longest bout — and every session's sets. The server works out every figure; the page only shows them.
import {h, clear, append} from "./dom.js";
import {get, withAccount} from "./api.js";
import {lineChart, redrawOnResize} from "./chart.js";
import {pageHead} from "./viewing.js";
import * as u from "./units.js";

// "12 reps at 20 kg, RPE 8", "a 45 s hold", "32.5 min, 3.1 km", "8 rounds".
function setText(set, system) {
  const parts = [];
  if (set.reps) parts.push(`${set.reps} rep${set.reps === 1 ? "" : "s"}`);
  if (set.hold_seconds) parts.push(`a ${set.hold_seconds} s hold`);
  if (set.rounds) parts.push(`${set.rounds} rounds`);
  if (set.minutes) parts.push(`${set.minutes} min`);
  let text = parts.join(", ") || "done";
  if (set.load_kg) text += ` at ${u.show("weight", system, set.load_kg)}`;
  if (set.distance_km) text += `, ${set.distance_km} km`;
  if (set.rpe) text += `, RPE ${set.rpe}`;
  if (set.warm_up) text += " (warm-up)";
  return text;
}

const dayText = (date) => new Date(date + "T12:00").toLocaleDateString(undefined, {day: "numeric", month: "short", year: "numeric"});

// What the chart draws: the first figure the sessions have, in this order.
const MEASURES = [
  {key: "estimated_one_rep_max_kg", name: "Estimated one-rep max", weight: true},
  {key: "most_reps", name: "Most reps in a set", unit: "reps"},
  {key: "longest_hold_seconds", name: "Longest hold", unit: "s"},
  {key: "longest_minutes", name: "Longest bout", unit: "min"},
];

function bestRows(history, system) {
  const b = history.bests;
  const rows = [];
  const row = (testid, term, best, more = "") => {
    if (best) rows.push(h("div", {class: "summary-figure", "data-testid": testid}, h("dt", {}, term),
      h("dd", {}, `${setText(best.set, system)}${more} · ${dayText(best.date)}`)));
  };
  row("history-best-1rm", "Best set (estimated one-rep max)", b.estimated_one_rep_max,
    b.estimated_one_rep_max ? ` (about ${u.show("weight", system, b.estimated_one_rep_max.estimated_one_rep_max_kg)})` : "");
  row("history-best-reps", "Most reps", b.most_reps);
  if (b.most_reps && b.most_reps.set.load_kg) row("history-best-reps-bw", "Most reps at body weight", b.most_reps_body_weight);
  row("history-best-hold", "Longest hold", b.longest_hold);
  row("history-best-bout", "Longest bout", b.longest_bout);
  return rows;
}

function chart(history, system, width) {
  const measure = MEASURES.find((m) => history.sessions.some((s) => s[m.key] !== null));
  if (!measure) return null;
  const points = history.sessions.filter((s) => s[measure.key] !== null).map((s) => ({day: s.date,
    value: measure.weight ? u.fromCanonical("weight", system, s[measure.key]) : s[measure.key]}));
  const unit = measure.weight ? u.unitOf("weight", system) : measure.unit;
  const format = (v) => `${u.round(v, 1)} ${unit}`;
  const last = points[points.length - 1];
  return lineChart({title: measure.name, desc: `${measure.name} of each session of ${history.name}`, width,
    summary: `${points.length} session${points.length === 1 ? "" : "s"}; the last, ${dayText(last.day)}: ${format(last.value)}.`,
    series: [{name: measure.name, cls: "s-weight", key: "history", points, dots: true}], unit, format, testid: "history-chart"});
}

export async function render(root, route) {
  const id = route.params[0] || "";
  const {account} = await pageHead(root, route, "Exercise history");
  const body = h("div", {class: "stack"}, h("p", {class: "muted"}, "Loading…"));
  append(root, body);
  const history = await get(withAccount(`/api/exercises/${encodeURIComponent(id)}/history`, account));
  const system = history.units;
  const width = () => Math.max(280, Math.min(720, body.clientWidth || root.clientWidth || 340));

  function draw() {
    if (history.nothing_logged) {
      append(clear(body), h("section", {class: "card"}, h("h2", {}, history.name),
        h("p", {"data-testid": "history-empty"}, history.message)));
      return;
    }
    append(clear(body),
      h("section", {class: "card stack", "aria-labelledby": "history-bests-h"},
        h("h2", {id: "history-bests-h", "data-testid": "history-name"}, history.name),
        h("h3", {}, "Bests"), h("dl", {class: "summary-figures", "data-testid": "history-bests"}, bestRows(history, system))),
      chart(history, system, width()),
      h("section", {class: "card", "aria-labelledby": "history-sessions-h"},
        h("h2", {id: "history-sessions-h"}, "Sessions"),
        h("ol", {class: "history-sessions", "data-testid": "history-sessions", reversed: true},
          history.sessions.slice().reverse().map((s) => h("li", {"data-testid": "history-session"},
            h("strong", {}, `${dayText(s.date)}, ${s.time}`), ": ", s.sets.map((set) => setText(set, system)).join(" · "))))));
  }
  draw();
  return redrawOnResize(width, draw);
}
