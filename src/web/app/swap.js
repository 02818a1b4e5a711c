// Swapping an exercise: the alternatives the server lists (GET /api/exercises/{id}/alternatives: the rules
// are core's), as a list of choices under the exercise — in the plan (saved with PUT /api/plan/swaps) and
// in the player (the session's remaining sets only).
import {h, clear, append} from "./dom.js";
import {get, put, del, withAccount} from "./api.js";

// A panel listing `list`'s alternatives, each a button calling `choose(id)`; those the plan's 48-hour
// rule leaves out are shown disabled with the reason. `onClose` removes it.
export function alternativesPanel(list, choose, onClose, keepLabel) {
  const panel = h("div", {class: "swap-panel", "data-testid": "swap-panel", role: "group", "aria-label": "Alternatives"});
  const items = list.alternatives.length
    ? h("ul", {class: "swap-list"}, list.alternatives.map((a) => h("li", {},
        h("button", {type: "button", class: "secondary swap-choice", "data-testid": "swap-choice", "data-exercise": a.id,
          disabled: !a.allowed, onclick: () => choose(a.id)}, a.name),
        h("span", {class: "muted swap-why"}, " ", a.allowed ? a.why : a.why_not))))
    : h("p", {class: "muted"}, "No alternative fits your equipment, level and impact.");
  append(panel, items, h("button", {type: "button", class: "link-button", "data-testid": "swap-cancel", onclick: onClose}, keepLabel));
  return panel;
}

// The plan's alternatives to `id` for the person viewed (a coach passes the client's account).
export function planAlternatives(id, account) {
  return get(withAccount(`/api/exercises/${encodeURIComponent(id)}/alternatives`, account));
}

// Shows the panel in `holder` (emptied first), closing it again on a second call.
export function togglePanel(holder, makePanel) {
  if (holder.firstChild) {
    clear(holder);
    return;
  }
  append(holder, makePanel(() => clear(holder)));
}

// The plan's swaps of the person viewed: replacement id → planned id.
export async function planSwaps(account) {
  const answer = await get(withAccount("/api/plan/swaps", account));
  return new Map(answer.swaps.map((s) => [s.replacement, s.exercise]));
}

// Under a planned exercise: "Swap" (the alternatives, one tap saves it) and, for an exercise swapped in,
// what it replaces and "Undo swap". `ctx` is {swaps, account, names, nameOf, redraw}.
export function planSwapControls(id, ctx) {
  const holder = h("div", {class: "swap-holder"});
  const planned = ctx.swaps.get(id);
  const save = async (exercise, replacement) => {
    try {
      await put(withAccount("/api/plan/swaps", ctx.account), {exercise, replacement});
      await ctx.redraw();
    } catch (error) {
      clear(holder);
      append(holder, h("p", {class: "error", role: "alert", "data-testid": "swap-error"}, error.message));
    }
  };
  const undo = async () => {
    try {
      await del(withAccount(`/api/plan/swaps/${encodeURIComponent(planned)}`, ctx.account));
      await ctx.redraw();
    } catch (error) {
      append(holder, h("p", {class: "error", role: "alert", "data-testid": "swap-error"}, error.message));
    }
  };
  const open = () => togglePanel(holder, (close) => {
    const panel = h("div", {}, h("p", {class: "muted"}, "Loading…"));
    planAlternatives(id, ctx.account).then((list) => {
      clear(panel);
      append(panel, alternativesPanel(list, (choice) => save(list.exercise, choice), close, "Keep it"));
    }).catch((error) => {
      clear(panel);
      append(panel, h("p", {class: "error", role: "alert"}, error.message));
    });
    return panel;
  });
  return h("span", {class: "swap-controls"},
    planned ? h("span", {class: "muted", "data-testid": "swap-original"}, ` instead of ${ctx.nameOf(ctx.names, planned)} `) : " ",
    h("button", {type: "button", class: "link-button", "data-testid": "swap-open", "data-exercise": id, onclick: open}, "Swap"),
    planned ? [" · ", h("button", {type: "button", class: "link-button", "data-testid": "swap-undo", onclick: undo}, "Undo swap")] : null,
    holder);
}
