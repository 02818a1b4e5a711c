// A person's own exercises (#/exercises; docs/exercises.md, "Your own exercises"): the ones they added, each
// with its muscle map and a link to its history, a form to add another (POST /api/exercises) and Remove
// (DELETE /api/exercises/{id}). The form's words and bounds are the server's (GET /api/limits, own_exercise),
// and the server checks every answer; its refusal is shown as it words it.
import {h, field, clear, append} from "./dom.js";
import {get, post, del, withAccount} from "./api.js";
import {pageHead} from "./viewing.js";
import {limits, at} from "./limits.js";
import {forgetCatalog} from "./catalog.js";
import {checkboxes} from "./onboarding.js";
import {lazyPicture, musclesUrl} from "./illustration.js";
import {toast} from "./toast.js";

// "heart-and-lungs" → "Heart and lungs": the API's words, readable.
const shown = (word) => {
  const text = word.replace(/-/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const wordList = (words) => words.map((w) => shown(w).toLowerCase()).join(", ");
const options = (words) => (words || []).map((w) => [w, shown(w)]);

// The person's own exercises, as the catalog lists them (a coach reads a client's with ?account=).
async function ownExercises(account) {
  return (await get(withAccount("/api/exercises", account))).filter((e) => e.own);
}

function facts(e) {
  const row = (term, text) => h("div", {}, h("dt", {}, term), h("dd", {}, text));
  return h("dl", {class: "my-exercise-facts"},
    row("Kind", shown(e.kind)),
    row("Works", wordList(e.primary_muscles)),
    e.secondary_muscles && e.secondary_muscles.length ? row("Also works", wordList(e.secondary_muscles)) : null,
    row("Equipment", e.equipment && e.equipment.length ? wordList(e.equipment) : "none: body weight"),
    // A compendium code is given only when the MET is the kind's usual one (none was given).
    row("MET", e.compendium_code ? `${e.met}, the usual for its kind` : String(e.met)));
}

function exerciseItem(e, account, onRemoved) {
  const error = h("p", {class: "form-error", role: "alert", "data-testid": "my-exercise-error"});
  const remove = h("button", {type: "button", class: "danger small", "data-testid": "my-exercise-remove",
    "aria-label": `Remove ${e.name}`}, "Remove");
  remove.addEventListener("click", async () => {
    if (!window.confirm(`Remove ${e.name}? Workouts that logged it must be deleted first.`)) return;
    error.textContent = "";
    remove.disabled = true;
    try {
      await del(withAccount(`/api/exercises/${encodeURIComponent(e.id)}`, account));
      forgetCatalog();
      toast(`${e.name} removed.`);
      onRemoved();
    } catch (failure) {
      error.textContent = failure.message;
      remove.disabled = false;
    }
  });
  const map = lazyPicture(withAccount(musclesUrl(e.id), account), {className: "muscle-map my-exercise-map",
    testid: "my-exercise-muscles", label: `${e.name}: the muscles it works`});
  return h("li", {class: "card my-exercise", "data-testid": "my-exercise", "data-exercise": e.id},
    h("div", {class: "stack"},
      h("h3", {}, e.name),
      h("p", {class: "muted"}, e.id),
      facts(e),
      h("p", {}, h("a", {href: withAccount(`#/exercise/${encodeURIComponent(e.id)}/history`, account),
        "data-testid": "my-exercise-history"}, "History and personal bests")),
      h("p", {}, remove), error),
    map.el);
}

function addForm(L, account, onAdded) {
  const own = at(L, "own_exercise") || {};
  const name = field({label: "Name", testid: "my-exercise-name", type: "text", autocomplete: "off",
    maxlength: at(own, "name", "max_length")});
  const kind = field({label: "Kind", testid: "my-exercise-kind", options: options(own.kinds), value: "strength"});
  const muscles = options(own.muscles);
  const primary = checkboxes("primary_muscles", muscles, [], "my-exercise-primary", "Works most",
    "At least one.");
  const secondary = checkboxes("secondary_muscles", muscles, [], "my-exercise-secondary", "Also works",
    "Optional; none that it works most.");
  const equipment = checkboxes("equipment", options(own.equipment), [], "my-exercise-equipment", "What it needs",
    "None ticked: body weight only.");
  const met = at(own, "met");
  const metField = field({label: "MET (optional)", testid: "my-exercise-met", type: "number", inputmode: "decimal",
    step: "any", min: met ? met.min : undefined, max: met ? met.max : undefined,
    hint: "How hard it is: 1 is sitting still, a brisk walk about 4. Left empty, hipfit uses the usual for its kind."});
  const error = h("p", {class: "form-error", role: "alert", "data-testid": "my-exercise-form-error"});
  const submit = h("button", {type: "submit", class: "primary", "data-testid": "my-exercise-add"}, "Add exercise");
  const form = h("form", {class: "card stack", novalidate: true, "aria-labelledby": "my-exercise-add-h",
    "data-testid": "my-exercise-form"},
  h("h2", {id: "my-exercise-add-h"}, "Add an exercise"),
  own.max_count ? h("p", {class: "muted"}, `Up to ${own.max_count} of ${account ? "their" : "your"} own.`) : null,
  name.wrap, kind.wrap, primary, secondary, equipment, metField.wrap, error, submit);

  // Where the server's refusal points: the field it names.
  const fieldOf = {name: name.input, kind: kind.input, met: metField.input,
    primary_muscles: primary.querySelector("input"), secondary_muscles: secondary.querySelector("input"),
    equipment: equipment.querySelector("input")};

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const ticked = (group) => [...group.querySelectorAll("input:checked")].map((i) => i.value);
    const body = {name: name.input.value, kind: kind.input.value, primary_muscles: ticked(primary),
      secondary_muscles: ticked(secondary), equipment: ticked(equipment)};
    if (metField.input.value !== "") body.met = Number(metField.input.value);
    error.textContent = "";
    for (const input of Object.values(fieldOf)) if (input) input.removeAttribute("aria-invalid");
    submit.disabled = true;
    try {
      const added = await post(withAccount("/api/exercises", account), body);
      forgetCatalog();
      form.reset();
      kind.input.value = "strength";
      toast(`${added.name} added.`);
      await onAdded();
    } catch (failure) {
      error.textContent = failure.message;
      const target = fieldOf[failure.field];
      if (target) {
        target.setAttribute("aria-invalid", "true");
        target.focus();
      }
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

export async function render(root, route) {
  const {account} = await pageHead(root, route, "Exercises", "Your exercises");
  const status = h("p", {class: "muted"}, "Loading…");
  append(root, status);
  const [L, first] = await Promise.all([limits(), ownExercises(account)]);
  status.remove();
  const list = h("section", {class: "stack", "aria-labelledby": "my-exercises-h"});

  function draw(exercises) {
    clear(list);
    append(list, h("h2", {id: "my-exercises-h"}, account ? "Exercises they added" : "Exercises you added"));
    if (!exercises.length) {
      append(list, h("p", {"data-testid": "my-exercises-empty"},
        "None yet. Add the exercises the catalog lacks, to log them and see their history."));
      return;
    }
    append(list, h("ul", {class: "my-exercises", "data-testid": "my-exercises-list"},
      exercises.map((e) => exerciseItem(e, account, reload))));
  }
  async function reload() {
    draw(await ownExercises(account));
  }

  append(root,
    h("p", {class: "lead"}, "Exercises the catalog lacks, to log them and see their history. hipfit knows what you tell it: " +
      "the muscles, the equipment and how hard it is; there is no picture of the movement."),
    list, addForm(L, account, reload));
  draw(first);
}
