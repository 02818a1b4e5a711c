// One exercise's cues, common mistakes and prescription, in a modal dialog (GET /api/exercises/{id}).
import {h, append} from "./dom.js";
import {get} from "./api.js";
import {toastError} from "./toast.js";
import {Picture, illustrationUrl, musclesUrl, hasIllustration} from "./illustration.js";

let dialog = null;

function ensureDialog() {
  if (dialog) return dialog;
  dialog = h("dialog", {class: "sheet", "data-testid": "exercise-detail", "aria-labelledby": "exercise-title"});
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  append(document.body, dialog);
  return dialog;
}

function range(r, unit = "") {
  if (r === null || r === undefined) return null;
  if (Array.isArray(r)) return r[0] === r[1] ? `${r[0]}${unit}` : `${r[0]}–${r[1]}${unit}`;
  return `${r}${unit}`;
}

export async function showExercise(id, opener) {
  let e;
  try {
    e = await get(`/api/exercises/${encodeURIComponent(id)}`);
  } catch (error) {
    toastError(error);
    return;
  }
  const d = ensureDialog();
  const p = e.prescription || {};
  const facts = [
    p.reps ? `Reps: ${range(p.reps)}${p.per_side ? " each side" : ""}` : null,
    p.sets ? `Sets: ${range(p.sets)}` : null,
    p.hold_seconds ? `Hold: ${range(p.hold_seconds, " s")}` : null,
    p.minutes ? `Minutes: ${range(p.minutes)}` : null,
    p.tempo ? `Tempo: ${p.tempo.up_seconds} s up, ${p.tempo.down_seconds} s down` : null,
    e.equipment && e.equipment.length ? `Equipment: ${e.equipment.join(", ")}` : "No equipment needed",
    e.primary_muscles ? `Works: ${e.primary_muscles.concat(e.secondary_muscles || []).join(", ").replace(/-/g, " ")}` : null,
    e.impact ? `Impact: ${e.impact}` : null,
  ].filter(Boolean);
  // The movement beside the cues (above them on a phone), the muscle map below them; each SVG names itself
  // (its <title> and <desc>), and the muscles are also named in words under "At a glance".
  const picture = new Picture({className: "exercise-picture", testid: "exercise-picture", label: `${e.name}: how it moves`});
  const muscles = new Picture({className: "muscle-map", testid: "exercise-muscles", label: `${e.name}: the muscles it works`});
  if (hasIllustration(e)) picture.show(illustrationUrl(e.id));
  muscles.show(musclesUrl(e.id));
  const close = h("button", {type: "button", class: "icon-button close", "data-testid": "exercise-detail-close", "aria-label": "Close",
    onclick: () => d.close()}, "×");
  d.replaceChildren(
    h("div", {class: "sheet-head"}, h("h2", {id: "exercise-title"}, e.name), close),
    h("div", {class: "exercise-how"}, picture.el,
      h("div", {}, h("h3", {}, "How to do it"), h("ol", {class: "cues"}, e.cues.map((c) => h("li", {}, c))))),
    muscles.el,
    // replaceChildren takes nodes, not an array of them: spread the pair (an array read "[object …]").
    ...(e.mistakes && e.mistakes.length
      ? [h("h3", {}, "Watch out for"), h("ul", {"data-testid": "exercise-mistakes"}, e.mistakes.map((m) => h("li", {}, m)))]
      : []),
    h("h3", {}, "At a glance"),
    h("ul", {class: "facts"}, facts.map((f) => h("li", {}, f))),
    h("p", {}, h("a", {href: `#/exercise/${encodeURIComponent(e.id)}/history`, "data-testid": "exercise-history-link",
      onclick: () => d.close()}, "Your history and personal bests")),
    // The source as hipfit's list of sources names it, and where that list is, so a person can look it up.
    ...(e.source ? [h("p", {class: "figure-source", "data-testid": "exercise-source"}, `Source: ${e.source}. `,
      h("span", {class: "muted"}, "Each source is described, with what hipfit takes from it, in the list of sources that comes with hipfit (docs/sources.md).")),
    ] : []));
  d.addEventListener("close", () => opener && opener.focus(), {once: true});
  d.showModal();
  close.focus();
}
