// The weekly check-in card (GET /api/checkin shows what it would decide; "Check in now" POSTs it, which
// keeps it) and the coach's advice (GET /api/coach), on the Forecast page; the card also has a page of its
// own, which Today links to when the server says the check-in is due. docs/checkin.md and
// docs/coaching.md explain both.
import {h, clear, append} from "./dom.js";
import {get, post, withAccount} from "./api.js";
import {pageHead, pageLink} from "./viewing.js";
import {toast, toastError} from "./toast.js";
import * as u from "./units.js";

const kcal = (v) => `${u.whole(v)} kcal`;
const dateText = (iso) => new Date(`${iso}T12:00`).toLocaleDateString(undefined, {weekday: "long", day: "numeric", month: "long"});
const plusDays = (iso, n) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

// Severity in words (never colour alone), in the order the coach speaks.
const SEVERITY = {safety: "Safety", warning: "Warning", tip: "Tip", celebrate: "Well done"};

function estimateText(c) {
  const e = c.estimate;
  if (!e.available) return `What you really burn: not known yet. ${e.why_not}`;
  return `You burn about ${kcal(e.expenditure_kcal)} a day (give or take ${kcal(e.expenditure_sd_kcal)}), from ${e.days_used} days with ` +
    `${e.weigh_ins} weigh-ins and ${e.intake_days} days of food; the formula guessed ${kcal(e.formula_expenditure_kcal)}.`;
}

// What the card says about the target, the reasons it lists, and why the button is off (null: on).
function stateOf(c) {
  const today = c.in_force && c.in_force.date === c.date ? c.in_force : null;
  if (today) {
    return {target: `You checked in today: your target is ${kcal(today.target_kcal)} a day.`, reasons: today.reasons,
      blocked: `Done for this week. The next check-in is due on ${dateText(plusDays(c.date, 7))}.`};
  }
  if (!c.due) {
    return {target: `Your target stays at ${kcal(c.previous_target_kcal)} a day until the next check-in.`, reasons: [],
      blocked: `Not due yet: the last check-in was on ${dateText(c.last_checkin)}; the next is due on ${dateText(c.next_due)}.`};
  }
  if (!c.estimate.available) {
    return {target: `Your target stays at ${kcal(c.previous_target_kcal)} a day, from the formula.`, reasons: [],
      blocked: "Weigh yourself most mornings and log what you eat: after two weeks the check-in can set your target from what you really burn."};
  }
  const target = c.changed
    ? `Checking in now moves your target from ${kcal(c.previous_target_kcal)} to ${kcal(c.target_kcal)} a day.`
    : `Checking in now keeps your target at ${kcal(c.target_kcal)} a day.`;
  return {target, reasons: c.reasons, blocked: null};
}

export function checkinCard({account, onSaved}) {
  const body = h("div", {class: "stack", "aria-live": "polite", "data-testid": "checkin-body"}, h("p", {class: "muted"}, "Loading…"));
  const note = h("p", {class: "note", id: "checkin-note", "data-testid": "checkin-note"});
  const button = h("button", {type: "button", class: "primary", "data-testid": "checkin-submit", "aria-describedby": "checkin-note"}, "Check in now");
  const el = h("section", {class: "card stack", "aria-labelledby": "checkin-h", "data-testid": "checkin-card"},
    h("h2", {id: "checkin-h"}, "Weekly check-in"), body, h("div", {class: "row"}, button), note);

  function draw(c) {
    const state = stateOf(c);
    append(clear(body),
      h("p", {"data-testid": "checkin-estimate"}, estimateText(c)),
      h("p", {"data-testid": "checkin-target"}, state.target),
      state.reasons.length ? h("ul", {"data-testid": "checkin-reasons"}, state.reasons.map((r) => h("li", {}, r))) : null);
    button.disabled = Boolean(state.blocked);
    note.textContent = state.blocked || "Once a week: the new target counts from today, everywhere hipfit shows one.";
  }

  async function load() {
    draw(await get(withAccount("/api/checkin", account)));
  }

  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const c = await post(withAccount("/api/checkin", account));
      draw(c);
      toast(c.saved ? `Checked in: your target is ${kcal(c.target_kcal)} a day.` : "Nothing saved: the check-in is not due, or the journal has too little yet.");
      if (c.saved && onSaved) await onSaved();
    } catch (error) {
      toastError(error);
      await load().catch(() => {});
    }
  });

  return {el, load};
}

export function adviceCard({account}) {
  const list = h("div", {"data-testid": "advice"}, h("p", {class: "muted"}, "Loading…"));
  const el = h("section", {class: "card stack", "aria-labelledby": "advice-h"}, h("h2", {id: "advice-h"}, "Your coach says"), list);

  async function load() {
    const advice = await get(withAccount("/api/coach", account));
    if (!advice.length) {
      append(clear(list), h("p", {"data-testid": "advice-empty"}, "Nothing to flag: keep going as you are."));
      return;
    }
    append(clear(list), h("ul", {class: "advice-list", "data-testid": "advice-list"}, advice.map((a) =>
      h("li", {class: "advice", "data-testid": "advice-item", "data-severity": a.severity, "data-rule": a.rule},
        h("span", {class: `tag severity-${a.severity}`}, SEVERITY[a.severity] || a.severity), " ", a.message))));
  }

  return {el, load};
}

// The check-in on its own page (Today links here when it is due).
export async function renderCheckin(root, route) {
  const {account} = await pageHead(root, route, "Weekly check-in");
  const card = checkinCard({account});
  append(root, card.el, h("p", {}, h("a", {href: pageLink("forecast", route)}, "See the forecast and the coach’s advice")));
  await card.load();
}

// The server's check-in for Today: shown there when it is due and can be made (the estimate is available);
// null when it cannot be read (offline), which Today simply leaves out.
export async function checkinToday(account) {
  try {
    const c = await get(withAccount("/api/checkin", account));
    return c.due && c.estimate.available ? c : null;
  } catch {
    return null;
  }
}
