// Small SVG charts drawn here: lines over time and bars by category, with axes, labels, a <title> and
// <desc> for screen readers, a legend, and the data as a table for those who prefer numbers.
// Colours and line styles come from classes in style.css (series-1 … series-4, band, target).
import {h, s, uid, append} from "./dom.js";

const PAD = {top: 26, right: 16, bottom: 34, left: 48};

export const dayNumber = (date) => {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
};

const dayLabel = (n, withYear) => new Date(n * 86400000).toLocaleDateString(undefined,
  {day: "numeric", month: "short", timeZone: "UTC", ...(withYear ? {year: "numeric"} : {})});

// Redraws a page's charts once the window's width has changed by more than 20 px (after 200 ms without
// resizing). Returns what stops it, for the page's dispose.
export function redrawOnResize(width, draw) {
  let timer = null;
  let last = width();
  const onResize = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (Math.abs(width() - last) > 20) {
        last = width();
        draw();
      }
    }, 200);
  };
  window.addEventListener("resize", onResize);
  return () => {
    clearTimeout(timer);
    window.removeEventListener("resize", onResize);
  };
}

// Round tick steps: 1, 2, 2.5, 5 × 10^k, about `count` of them over [lo, hi].
export function ticks(lo, hi, count = 5) {
  if (!(hi > lo)) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((st) => st >= raw);
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const out = [];
  for (let v = start; v <= end + step / 2; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

function frame(width, height, title, desc) {
  const titleId = uid("chart-title");
  const descId = uid("chart-desc");
  const svg = s("svg", {viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-labelledby": `${titleId} ${descId}`, class: "chart-svg"},
    s("title", {id: titleId}, title), s("desc", {id: descId}, desc));
  return svg;
}

function yAxis(svg, yTicks, y, width, format, unit) {
  const g = s("g", {class: "axis y-axis"});
  for (const v of yTicks) {
    append(g, s("line", {x1: PAD.left, x2: width - PAD.right, y1: y(v), y2: y(v), class: "grid"}),
      s("text", {x: PAD.left - 6, y: y(v) + 4, "text-anchor": "end"}, format(v)));
  }
  if (unit) append(g, s("text", {x: 4, y: 12, class: "unit"}, unit));
  append(svg, g);
}

function legend(series) {
  return h("ul", {class: "legend"}, series.filter((x) => x.name).map((x) =>
    h("li", {}, h("span", {class: `swatch ${x.cls}`, "aria-hidden": "true"}), x.name)));
}

function table(caption, head, rows) {
  return h("details", {class: "chart-table"}, h("summary", {}, "Show the numbers"),
    h("table", {}, h("caption", {}, caption),
      h("thead", {}, h("tr", {}, head.map((c) => h("th", {scope: "col"}, c)))),
      h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c, i) => (i === 0 ? h("th", {scope: "row"}, c) : h("td", {}, c))))))));
}

// series: [{name, cls, key, points: [{day: "YYYY-MM-DD", value}], line: true, dots: true}] (key: data-series)
// band: {low, high, name} shaded; target: {value, name} a dashed line; area: {name, points: [{day, low,
// high}]} a shaded range that moves with the days (a forecast's uncertainty).
export function lineChart({title, desc, summary, width, height = 240, series, band, target, area, unit, format = (v) => String(v), testid}) {
  const all = series.flatMap((x) => x.points.map((p) => ({x: dayNumber(p.day), v: p.value})))
    .concat(area ? area.points.flatMap((p) => [{x: dayNumber(p.day), v: p.low}, {x: dayNumber(p.day), v: p.high}]) : []);
  const values = all.map((p) => p.v).concat(band ? [band.low, band.high] : [], target ? [target.value] : []);
  const xs = all.map((p) => p.x);
  let x0 = Math.min(...xs);
  let x1 = Math.max(...xs);
  if (x0 === x1) {
    x0 -= 3;
    x1 += 3;
  }
  const yTicks = ticks(Math.min(...values), Math.max(...values));
  const [ylo, yhi] = [yTicks[0], yTicks[yTicks.length - 1]];
  const x = (d) => PAD.left + ((d - x0) / (x1 - x0)) * (width - PAD.left - PAD.right);
  const y = (v) => PAD.top + (1 - (v - ylo) / (yhi - ylo)) * (height - PAD.top - PAD.bottom);
  const svg = frame(width, height, title, desc);

  if (band) {
    append(svg, s("rect", {x: PAD.left, width: width - PAD.left - PAD.right, y: y(band.high), height: Math.max(0, y(band.low) - y(band.high)), class: "band"}));
  }
  if (area && area.points.length > 1) {
    const edge = (key) => area.points.map((p) => `${x(dayNumber(p.day)).toFixed(1)},${y(p[key]).toFixed(1)}`);
    append(svg, s("polygon", {points: edge("high").concat(edge("low").reverse()).join(" "), class: "band area", "data-series": "area"}));
  }
  yAxis(svg, yTicks, y, width, format, unit);
  const xAxis = s("g", {class: "axis x-axis"});
  const count = Math.min(5, Math.max(2, Math.round((width - PAD.left) / 90)));
  const withYear = x1 - x0 > 300;
  for (let i = 0; i < count; i++) {
    const d = Math.round(x0 + ((x1 - x0) * i) / (count - 1));
    append(xAxis, s("text", {x: x(d), y: height - PAD.bottom + 18, "text-anchor": i === 0 ? "start" : i === count - 1 ? "end" : "middle"}, dayLabel(d, withYear)));
  }
  append(xAxis, s("line", {x1: PAD.left, x2: width - PAD.right, y1: height - PAD.bottom, y2: height - PAD.bottom, class: "baseline"}));
  append(svg, xAxis);
  if (target) {
    append(svg, s("line", {x1: PAD.left, x2: width - PAD.right, y1: y(target.value), y2: y(target.value), class: "target"}));
  }
  for (const line of series) {
    const pts = line.points.map((p) => [x(dayNumber(p.day)), y(p.value)]);
    const g = s("g", {class: `series ${line.cls}`, "data-series": line.key});
    if (line.line !== false && pts.length > 1) {
      append(g, s("polyline", {points: pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(" "), class: "line"}));
    }
    if (line.dots || pts.length === 1) {
      for (const [a, b] of pts) append(g, s("circle", {cx: a.toFixed(1), cy: b.toFixed(1), r: line.dots === "small" ? 2.5 : 3.5, class: "dot"}));
    }
    append(svg, g);
  }
  const rows = [];
  const days = [...new Set(series.flatMap((l) => l.points.map((p) => p.day)))].sort();
  for (const day of days) {
    const range = area ? area.points.find((q) => q.day === day) : null;
    rows.push([day, ...series.map((l) => {
      const p = l.points.find((q) => q.day === day);
      return p ? format(p.value) : "";
    }), ...(area ? [range ? `${format(range.low)}–${format(range.high)}` : ""] : [])]);
  }
  const shaded = [band ? {name: band.name, cls: "band"} : null, area ? {name: area.name, cls: "band"} : null].filter(Boolean);
  return h("figure", {class: "chart", "data-testid": testid},
    h("figcaption", {}, h("h3", {}, title)), svg, legend(series.concat(shaded, target ? [{name: target.name, cls: "target"}] : [])),
    h("p", {class: "chart-summary", "data-testid": "chart-summary"}, summary),
    table(title, ["Day", ...series.map((l) => l.name), ...(area ? [area.name] : [])], rows));
}

// categories: ["Wk 1", …]; series: [{name, cls, values: [n, …]}] drawn side by side in each category.
export function barChart({title, desc, summary, width, height = 220, categories, series, band, target, unit, format = (v) => String(v), testid, highlight}) {
  const values = series.flatMap((x) => x.values).concat([0], band ? [band.high] : [], target ? [target.value] : []);
  const yTicks = ticks(0, Math.max(...values, 1), 4);
  const yhi = yTicks[yTicks.length - 1];
  const y = (v) => PAD.top + (1 - v / yhi) * (height - PAD.top - PAD.bottom);
  const svg = frame(width, height, title, desc);
  const plotW = width - PAD.left - PAD.right;
  const slot = plotW / Math.max(categories.length, 1);
  const barW = Math.max(2, Math.min(28, (slot * 0.8) / series.length));
  if (band) {
    append(svg, s("rect", {x: PAD.left, width: plotW, y: y(band.high), height: Math.max(0, y(band.low) - y(band.high)), class: "band"}));
  }
  yAxis(svg, yTicks, y, width, format, unit);
  const labelEvery = Math.ceil(categories.length / Math.max(1, Math.floor(plotW / 44)));
  categories.forEach((cat, i) => {
    const left = PAD.left + slot * i + (slot - barW * series.length) / 2;
    series.forEach((sr, j) => {
      const v = sr.values[i] || 0;
      append(svg, s("rect", {x: (left + j * barW).toFixed(1), y: y(v).toFixed(1), width: (barW - 1).toFixed(1),
        height: Math.max(v > 0 ? 1 : 0, y(0) - y(v)).toFixed(1), class: `bar ${sr.cls}${highlight === i ? " current" : ""}`}));
    });
    if (i % labelEvery === 0) {
      append(svg, s("text", {x: PAD.left + slot * i + slot / 2, y: height - PAD.bottom + 18, "text-anchor": "middle", class: "axis"}, cat));
    }
  });
  append(svg, s("line", {x1: PAD.left, x2: width - PAD.right, y1: y(0), y2: y(0), class: "baseline"}));
  if (target) append(svg, s("line", {x1: PAD.left, x2: width - PAD.right, y1: y(target.value), y2: y(target.value), class: "target"}));
  return h("figure", {class: "chart", "data-testid": testid},
    h("figcaption", {}, h("h3", {}, title)), svg,
    legend(series.concat(band ? [{name: band.name, cls: "band"}] : [], target ? [{name: target.name, cls: "target"}] : [])),
    h("p", {class: "chart-summary", "data-testid": "chart-summary"}, summary),
    table(title, ["", ...series.map((sr) => sr.name)], categories.map((cat, i) => [cat, ...series.map((sr) => format(sr.values[i] || 0))])));
}
