// Coaching: the people who invited you as their coach (GET /api/clients); accept, view their pages, stop.
// Also the form a coach assigns a client's program with (PUT /api/program?account=N), on the client's plan.
import {h, field, heading, clear, uid, append} from "./dom.js";
import {get, post, put, del, withAccount} from "./api.js";
import {session} from "./session.js";
import {toast, toastError} from "./toast.js";
import {every} from "./clock.js";
import {limits, at, bounds} from "./limits.js";
import {DAYS, EQUIPMENT, LEVELS, checkboxes} from "./onboarding.js";

// How often the open page asks for new invitations (and ends of coaching): a person who invites their
// coach while the coach has this page open sees it appear within this time, without reloading.
const REFRESH_MS = 15000;

// The client's pages a coach may open: each reads the client's data, none writes their journal.
const CLIENT_PAGES = [
  ["today", "Today"],
  ["journal", "Journal"],
  ["progress", "Progress"],
  ["plan", "Plan and program"],
  ["forecast", "Forecast"],
  ["checkin", "Check-in"],
  ["assessment", "Figures"],
];

export async function render(root) {
  append(root, heading("Coaching"),
    h("p", {class: "lead"}, "People who invite you as their coach appear here. Once you accept, you can see their plan, journal, progress and forecast, assign their program and run their weekly check-in; their journal stays theirs to write."));
  // A coach needs no profile of their own; the app brings one without a profile here, not to onboarding.
  if (!session.profile) {
    append(root, h("p", {class: "card", "data-testid": "coach-own-profile"},
      "To follow a plan of your own too, ", h("a", {href: "#/onboarding"}, "set up your own profile"), "."));
  }
  append(root, h("p", {}, "To have a coach yourself, invite them in ", h("a", {href: "#/settings"}, "Settings"), "."));
  const list = h("ul", {class: "clients", "data-testid": "coach-clients"});
  append(root, h("h2", {}, "Your clients"), list);
  let shown = null;

  // Drawn again only when the list changed, so a refresh does not take the focus from a button.
  async function draw(force = false) {
    const clients = await get("/api/clients");
    const text = JSON.stringify(clients);
    if (!force && text === shown) return;
    shown = text;
    clear(list);
    if (!clients.length) {
      append(list, h("li", {class: "muted", "data-testid": "coach-empty"}, "No one has invited you yet."));
      return;
    }
    for (const c of clients) {
      const actions = c.status === "active"
        ? [...CLIENT_PAGES.map(([name, text]) => h("a", {class: "button small", href: withAccount(`#/${name}`, c.id), "data-testid": `coach-${name}`,
            "aria-label": `${text} of ${c.email}`}, text)),
          h("button", {type: "button", class: "small danger", "data-testid": "coach-stop", onclick: () => stop(c)}, "Stop coaching")]
        : [h("button", {type: "button", class: "small primary", "data-testid": "coach-accept", onclick: () => accept(c)}, "Accept"),
          h("button", {type: "button", class: "small", onclick: () => stop(c)}, "Decline")];
      append(list, h("li", {class: "client", "data-testid": "coach-client-row", "data-status": c.status, "data-account": c.id},
        h("span", {class: "client-email"}, c.email),
        h("span", {class: "badge"}, c.status === "active" ? "coaching" : "invited you"),
        h("span", {class: "row"}, actions)));
    }
  }

  async function accept(c) {
    try {
      await post(`/api/clients/${c.id}/accept`);
      toast(`You now coach ${c.email}.`);
      await draw(true);
    } catch (error) {
      toastError(error);
    }
  }

  async function stop(c) {
    if (!window.confirm(`Stop coaching ${c.email}?`)) return;
    try {
      await del(`/api/clients/${c.id}`);
      toast(`You no longer coach ${c.email}.`);
      await draw(true);
    } catch (error) {
      toastError(error);
    }
  }

  await draw(true);
  const refresh = () => {
    if (document.visibilityState === "visible") draw().catch(() => {});
  };
  const stopTimer = every(REFRESH_MS, refresh);
  document.addEventListener("visibilitychange", refresh);
  return () => {
    stopTimer();
    document.removeEventListener("visibilitychange", refresh);
  };
}

const dayNames = (days) => DAYS.filter(([d]) => days.includes(d)).map(([, text]) => text).join(", ");

// The client's training as the profile holds it, and a form to assign another: the choices PUT
// /api/program takes (start, days, minutes per session, level, equipment, low impact), filled in with
// the client's. `onAssigned(profile)` runs once the server has stored it.
export async function programForm(account, onAssigned) {
  const [p, L] = await Promise.all([get(withAccount("/api/profile", account)), limits()]);
  const range = (...path) => at(L, ...path);
  const dayCount = range("profile", "days");
  const days = checkboxes("days", DAYS, p.days, "program-day", "Training days",
    dayCount ? `${dayCount.min} to ${dayCount.max} days a week.` : null);
  const minutes = field({label: "Minutes per session", testid: "program-minutes", type: "number", inputmode: "numeric",
    ...bounds(range("profile", "minutes_per_session"), null, "metric", 0), value: p.minutes_per_session});
  const level = field({label: "Level", testid: "program-level", options: LEVELS, value: p.level});
  const equipment = checkboxes("equipment", EQUIPMENT, p.equipment, "program-equipment", "Equipment they have",
    "None ticked: body weight only.");
  const lowImpactId = uid("low");
  const lowImpact = h("div", {class: "choice"},
    h("input", {type: "checkbox", id: lowImpactId, checked: p.low_impact, "data-testid": "program-low-impact"}),
    h("label", {for: lowImpactId}, "Low impact only — no jumping or running"));
  const starts = range("plan", "start") || {};
  const start = field({label: "Starts on", testid: "program-start", type: "date", value: p.program_start, min: starts.min, max: starts.max,
    hint: "Week 1 begins on this day."});
  const error = h("p", {class: "form-error", role: "alert", "data-testid": "program-error"});
  const current = h("p", {"data-testid": "program-current"});
  const showCurrent = (profile) => {
    current.textContent = `Now: ${dayNames(profile.days)}, ${profile.minutes_per_session} minutes a session, ${profile.level}` +
      `${profile.low_impact ? ", low impact" : ""}, from ${profile.program_start}.`;
  };
  showCurrent(p);
  const submit = h("button", {type: "submit", class: "primary", "data-testid": "program-submit"}, "Assign this program");
  const form = h("form", {class: "card stack", novalidate: true, "aria-labelledby": "program-h", "data-testid": "program-form"},
    h("h2", {id: "program-h"}, "Assign a program"), current,
    days, minutes.wrap, level.wrap, equipment, lowImpact, start.wrap, error, submit);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const ticked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
    const gear = ticked("equipment");
    const body = {days: ticked("days"), minutes_per_session: Number(minutes.input.value), level: level.input.value,
      equipment: gear.length ? gear : ["none"], low_impact: lowImpact.querySelector("input").checked, start: start.input.value};
    error.textContent = "";
    submit.disabled = true;
    try {
      // The server checks every choice and names the one it refuses.
      const saved = await put(withAccount("/api/program", account), body);
      showCurrent(saved);
      toast("Program assigned.");
      await onAssigned(saved);
    } catch (e) {
      error.textContent = e.message;
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
