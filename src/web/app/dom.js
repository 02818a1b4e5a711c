// Building DOM without HTML strings: text is always text (no injection), and no inline styles (the CSP).
// h("button", {class: "primary", "data-testid": "x", onclick: fn}, "Label", child, [more])
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "value" && "value" in el && el.namespaceURI !== SVG_NS) el.value = value;
    else if (key === "checked" || key === "selected") el[key] = Boolean(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}

// el.append(...) without the surprises: null, undefined and false add nothing, arrays are flattened.
export function append(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

let nextId = 0;
export function uid(prefix = "id") {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

// A labelled input: the label's for= points at the input; an optional hint is tied by aria-describedby.
export function field({label, hint, testid, id, ...attrs}) {
  const inputId = id || uid("f");
  const hintId = hint ? `${inputId}-hint` : undefined;
  const tag = attrs.options ? "select" : "input";
  const input = tag === "select"
    ? h("select", {id: inputId, "data-testid": testid, "aria-describedby": hintId, name: attrs.name},
        attrs.options.map(([value, text]) => h("option", {value, selected: value === attrs.value}, text)))
    : h("input", {id: inputId, "data-testid": testid, "aria-describedby": hintId, ...attrs});
  const wrap = h("div", {class: "field"},
    h("label", {for: inputId}, label),
    hint ? h("p", {class: "hint", id: hintId}, hint) : null,
    input);
  return {wrap, input};
}

// A page heading the router can focus after navigation.
export function heading(text, level = 1) {
  return h(`h${level}`, {tabindex: level === 1 ? "-1" : undefined, class: level === 1 ? "page-title" : undefined}, text);
}
