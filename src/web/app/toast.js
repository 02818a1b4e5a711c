// One status line at the bottom of the screen, announced politely, with an optional action (Undo).
import {h, clear, append} from "./dom.js";

let region = null;
let timer = null;

function ensureRegion() {
  if (!region) region = document.getElementById("toast");
  return region;
}

export function toast(message, {action, onAction, error = false, timeout = 8000} = {}) {
  const el = ensureRegion();
  if (!el) return;
  clearTimeout(timer);
  clear(el);
  el.classList.toggle("error", error);
  const box = h("div", {class: "toast-box", "data-testid": error ? "toast-error" : "toast"},
    h("span", {class: "toast-text"}, message),
    action ? h("button", {type: "button", class: "link-button", "data-testid": "toast-action", onclick: async () => {
      hide();
      await onAction();
    }}, action) : null,
    h("button", {type: "button", class: "icon-button", "aria-label": "Dismiss", onclick: hide}, "×"));
  append(el, box);
  if (timeout) {
    timer = setTimeout(() => {
      if (!el.contains(document.activeElement)) hide();
    }, timeout);
  }
}

export function hide() {
  const el = ensureRegion();
  if (!el) return;
  clearTimeout(timer);
  clear(el);
}

// An API error as a toast (the server's own message, which names the field and the range).
export function toastError(error) {
  toast(error && error.message ? error.message : String(error), {error: true, timeout: 12000});
}
