// The journal: every entry, newest first, to edit (PUT), delete (DELETE) and undo (POST /api/undo).
import {h, field, clear, append} from "./dom.js";
import {get, withAccount} from "./api.js";
import {pageHead} from "./viewing.js";
import {units} from "./session.js";
import {catalog, nameOf} from "./catalog.js";
import {undoLast} from "./undo.js";
import {KINDS, entryRow} from "./entries.js";
import {limits} from "./limits.js";
import {today} from "./clock.js";

const daysAgo = (n) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return today(d);
};

const dayTitle = (date) => new Date(date + "T12:00").toLocaleDateString(undefined, {weekday: "long", day: "numeric", month: "long", year: "numeric"});

export async function render(root, route) {
  // A coach reads the client's journal; only its owner writes it, so the coach is offered no changes.
  const {account} = await pageHead(root, route, "Journal");
  const system = units();
  let showAll = false;
  let kind = "";
  append(root, h("p", {class: "lead"}, account ? "Everything they have logged, newest first."
    : "Everything you have logged. Nothing is permanent: edit, delete, and undo the last change as often as you like."));

  const filter = field({label: "Show", testid: "journal-kind-filter", options: [["", "Everything"], ...Object.entries(KINDS).map(([k, v]) => [k, v.label])], value: ""});
  const undoButton = h("button", {type: "button", "data-testid": "journal-undo", onclick: async () => {
    if (await undoLast()) await draw();
  }}, "Undo last change");
  const list = h("div", {class: "journal", "data-testid": "journal-list"});
  const more = h("button", {type: "button", class: "link-button", "data-testid": "journal-more", onclick: async () => {
    showAll = true;
    await draw();
  }}, "Show older entries");
  append(root, h("div", {class: "toolbar"}, filter.wrap, account ? null : undoButton), list, more);
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
    const entries = await get(withAccount(`/api/entries?${query}`, account));
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

  const row = (entry) => {
    const li = entryRow(entry, {system, names: nameFn, L, prefix: "journal", onChange: draw,
      focusAfterDelete: () => undoButton.focus(), readOnly: Boolean(account)});
    // Each exercise of a workout leads to its history and personal bests.
    const ids = entry.kind === "workout" ? [...new Set((entry.sets || []).map((set) => set.exercise))] : [];
    if (ids.length) append(li, h("p", {class: "entry-history muted"}, "History: ", ids.flatMap((id, i) => [i ? ", " : "",
      h("a", {href: withAccount(`#/exercise/${encodeURIComponent(id)}/history`, account), "data-testid": "journal-history-link"}, nameFn(id))])));
    return li;
  };

  await draw();
}

