// Hash routing: "#/progress?account=3" → the page registered for "progress", with its query.
// After each page is drawn, focus moves to its heading so screen readers announce the new page.
import {clear, append} from "./dom.js";

let routes = {};
let guard = async () => null;
let outlet = null;
let dispose = null;
let rendering = 0;
const listeners = [];

export function parse(hash = location.hash) {
  const text = hash.replace(/^#\/?/, "");
  const [path, queryText = ""] = text.split("?");
  const [name = "", ...params] = path.split("/").filter(Boolean);
  return {name, params, query: Object.fromEntries(new URLSearchParams(queryText))};
}

export function link(name, query) {
  const q = query ? new URLSearchParams(query).toString() : "";
  return `#/${name}${q ? "?" + q : ""}`;
}

export function navigate(name, query) {
  const target = link(name, query);
  if (location.hash === target) render();
  else location.hash = target;
}

export function onRoute(fn) {
  listeners.push(fn);
}

export function current() {
  return parse();
}

// routes: {name: {render(root, ctx), title}}; guardFn(route) may return another route name to go to.
export function start(routeTable, guardFn, root) {
  routes = routeTable;
  guard = guardFn;
  outlet = root;
  window.addEventListener("hashchange", render);
  return render();
}

export async function render() {
  const ticket = ++rendering;
  const route = parse();
  if (!routes[route.name]) {
    navigate("today");
    return;
  }
  const redirect = await guard(route);
  if (ticket !== rendering) return;
  if (redirect && redirect !== route.name) {
    navigate(redirect);
    return;
  }
  if (dispose) {
    try {
      dispose();
    } catch {
      // a page that fails to clean up must not block the next
    }
    dispose = null;
  }
  const page = routes[route.name];
  clear(outlet);
  document.title = `${page.title} · hipfit`;
  listeners.forEach((fn) => fn(route));
  try {
    const result = await page.render(outlet, route);
    if (ticket !== rendering) {
      if (typeof result === "function") result();
      return;
    }
    if (typeof result === "function") dispose = result;
  } catch (error) {
    if (ticket !== rendering) return;
    showPageError(error);
  }
  const title = outlet.querySelector(".page-title");
  if (title) title.focus({preventScroll: false});
}

function showPageError(error) {
  clear(outlet);
  const h1 = document.createElement("h1");
  h1.className = "page-title";
  h1.tabIndex = -1;
  const forbidden = error && error.status === 403;
  const offline = error && error.code === "offline";
  h1.textContent = forbidden ? "No access" : offline ? "Offline" : "Something went wrong";
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.dataset.testid = "page-error";
  p.textContent = forbidden
    ? "You cannot see this any more: the person may have ended your access as their coach."
    : error && error.message ? error.message : String(error);
  append(outlet, h1, p);
}
