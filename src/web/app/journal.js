// The journal: every entry, newest first, to edit (PUT), delete (DELETE) and undo (POST /api/undo).
import {h, field, heading, clear, append} from "./dom.js";
import {get, put, del} from "./api.js";
import {units} from "./session.js";
import {catalog, nameOf} from "./catalog.js";
import {toast, toastError} from "./toast.js";
import {undoLast} from "./undo.js";
import {KINDS, MEASURE_FIELDS, describe, label, entryRange} from "./entries.js";
import {limits, at, bounds} from "./limits.js";
import * as u from "./units.js";
import {today} from "./clock.js";

const daysAgo = (n) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return today(d);
};

const dayTitle = (date) => new Date(date + "T12:00").toLocaleDateString(undefined, {weekday: "long", day: "numeric", month: "long", year: "numeric"});

export async function render(root) {
  const system = units();
  let showAll = false;
  let kind = "";
  append(root, heading("Journal"),
    h("p", {class: "lead"}, "Everything you have logged. Nothing is permanent: edit, delete, and undo the last change as often as you like."));

  const filter = field({label: "Show", testid: "journal-kind-filter", options: [["", "Everything"], ...Object.entries(KINDS).map(([k, v]) => [k, v.label])], value: ""});
  const undoButton = h("button", {type: "button", "data-testid": "journal-undo", onclick: async () => {
    if (await undoLast()) await draw();
  }}, "Undo last change");
  const list = h("div", {class: "journal", "data-testid": "journal-list"});
  const more = h("button", {type: "button", class: "link-button", "data-testid": "journal-more", onclick: async () => {
    showAll = true;
    await draw();
  }}, "Show older entries");
  append(root, h("div", {class: "toolbar"}, filter.wrap, undoButton), list, more);
  filter.input.addEventListener("change", async () => {
    kind = filter.input.value;
    await draw();
  });

  const [names, L] = await Promise.all([catalog().catch(() => null), limits()]);
  const nameFn = (id) => nameOf(names, id);

  async function draw() {
    const query = new URLSearchParams();
    if (!showAll) query.set("since", daysAgo(90));
    if (kind) query.set("kind", kind);
    const entries = await get(`/api/entries?${query}`);
    more.hidden = showAll;
    clear(list);
    if (!entries.length) {
      append(list, h("p", {class: "muted"}, showAll ? "Nothing logged yet." : "Nothing logged in the last 90 days."));
      return;
    }
    entries.sort((a, b) => (b.date + b.time).localeCompare(a.date + a.time) || b.id - a.id);
    let day = null;
    let ul = null;
    for (const entry of entries) {
      if (entry.date !== day) {
        day = entry.date;
        ul = h("ul", {class: "entries"});
        append(list, h("h2", {class: "day"}, dayTitle(day)), ul);
      }
      append(ul, row(entry));
    }
  }

  function row(entry) {
    const li = h("li", {class: "entry", "data-testid": "journal-row", "data-entry-id": entry.id, "data-kind": entry.kind});
    const show = () => {
      append(clear(li), 
        h("div", {class: "entry-main"},
          h("span", {class: "entry-time"}, entry.time),
          h("span", {class: "entry-kind"}, label(entry.kind)),
          h("span", {class: "entry-text"}, describe(entry, system, nameFn)),
          entry.note ? h("span", {class: "entry-note"}, `“${entry.note}”`) : null),
        h("div", {class: "entry-actions"},
          h("button", {type: "button", class: "small", "data-testid": "journal-edit", "aria-label": `Edit ${label(entry.kind)} at ${entry.time}`,
            onclick: () => edit()}, "Edit"),
          h("button", {type: "button", class: "small danger", "data-testid": "journal-delete", "aria-label": `Delete ${label(entry.kind)} at ${entry.time}`,
            onclick: remove}, "Delete")));
    };
    const remove = async () => {
      try {
        await del(`/api/entries/${entry.id}`);
        toast(`Deleted ${label(entry.kind).toLowerCase()} of ${entry.date}.`, {action: "Undo", onAction: async () => {
          await undoLast();
          await draw();
        }});
        await draw();
        undoButton.focus();
      } catch (error) {
        toastError(error);
      }
    };
    const edit = () => {
      const fields = editFields(entry, system, L);
      const date = field({label: "Date", testid: "journal-edit-date", type: "date", value: entry.date, min: at(L, "entry", "date", "min"), max: today()});
      const time = field({label: "Time", testid: "journal-edit-time", type: "time", value: entry.time});
      const note = field({label: "Note", testid: "journal-edit-note", type: "text", value: entry.note || "", maxlength: at(L, "entry", "note", "max_length")});
      const save = h("button", {type: "submit", class: "primary small", "data-testid": "journal-edit-save"}, "Save");
      const cancel = h("button", {type: "button", class: "small", "data-testid": "journal-edit-cancel", onclick: () => {
        show();
        li.querySelector("[data-testid=journal-edit]").focus();
      }}, "Cancel");
      const form = h("form", {class: "edit-form", "data-testid": "journal-edit-form", novalidate: true},
        h("p", {class: "entry-kind"}, `Edit ${label(entry.kind).toLowerCase()}`),
        fields.map((f) => f.wrap), date.wrap, time.wrap, note.wrap, h("div", {class: "row"}, save, cancel));
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const next = {...entry};
        delete next.id;
        delete next.energy_kcal; // the server estimates it again
        for (const f of fields) {
          if (f.input.value === "") delete next[f.key];
          else next[f.key] = f.toCanonical(Number(f.input.value));
        }
        next.date = date.input.value;
        next.time = time.input.value;
        if (note.input.value.trim()) next.note = note.input.value.trim();
        else delete next.note;
        save.disabled = true;
        try {
          await put(`/api/entries/${entry.id}`, next);
          toast("Saved.", {action: "Undo", onAction: async () => {
            await undoLast();
            await draw();
          }});
          await draw();
        } catch (error) {
          toastError(error);
          save.disabled = false;
        }
      });
      append(clear(li), form);
      (fields[0] ? fields[0].input : date.input).focus();
    };
    show();
    return li;
  }

  await draw();
}

// The editable numbers of an entry, shown in the person's units (with their accepted ranges) and converted
// back when saved.
function editFields(entry, system, L) {
  const make = (key, text, quantity, testid, digits = 2, unitText = KINDS[entry.kind].unit) => {
    const unit = quantity ? u.unitOf(quantity, system) : unitText;
    const value = entry[key] === undefined ? "" : u.round(quantity ? u.fromCanonical(quantity, system, entry[key]) : entry[key], digits);
    const f = field({label: `${text}${unit ? ` (${unit})` : ""}`, testid, type: "number", inputmode: "decimal", step: "any", value,
      ...bounds(entryRange(L, entry.kind, key), quantity, system, digits)});
    return {...f, key, toCanonical: (v) => (quantity ? Math.round(u.toCanonical(quantity, system, v) * 100) / 100 : v)};
  };
  switch (entry.kind) {
    case "workout":
      return [];
    case "measure":
      return MEASURE_FIELDS.filter(([key]) => entry[key] !== undefined || ["waist_cm", "hip_cm", "thigh_cm"].includes(key))
        .map(([key, text], i) => make(key, text, "length", i === 0 ? "journal-edit-value" : `journal-edit-${key}`, 1));
    case "food":
      return [make("value", "Energy", null, "journal-edit-value"), make("protein_g", "Protein", null, "journal-edit-protein", 1, "g")];
    case "weight":
      return [make("value", "Weight", "weight", "journal-edit-value", 2)];
    case "water":
      return [make("value", "Water", "volume", "journal-edit-value", 1)];
    default:
      return [make("value", label(entry.kind), null, "journal-edit-value")];
  }
}
