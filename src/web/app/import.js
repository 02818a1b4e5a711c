// Bring your history (#/import; docs/import.md): a file from another app — or hipfit's own export — is
// uploaded and read by the server (POST /api/import?dry_run=true), which says what it found and what it
// would add; a second press imports it, in one step that Undo takes back. The apps, units and mapping
// fields offered are the server's (GET /api/limits, import); the server reads and checks everything.
import {h, field, heading, clear, append} from "./dom.js";
import {upload} from "./api.js";
import {limits, at} from "./limits.js";
import {forgetCatalog} from "./catalog.js";
import {undoLast} from "./undo.js";
import {toast, toastError} from "./toast.js";

const KIND_WORDS = {
  weight: ["weight", "weights"], measure: ["measurement", "measurements"], food: ["food entry", "food entries"],
  water: ["water entry", "water entries"], sleep: ["night of sleep", "nights of sleep"],
  steps: ["day of steps", "days of steps"], workout: ["workout", "workouts"],
};

const counted = (n, [one, many]) => `${n} ${n === 1 ? one : many}`;

function kindsText(byKind, total) {
  if (!byKind) return counted(total, ["entry", "entries"]);
  const parts = Object.entries(byKind).map(([kind, n]) => counted(n, KIND_WORDS[kind] || [kind, kind]));
  if (!parts.length) return "nothing new";
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

const MATCH_WORDS = {catalog: "", own: " (your own)", new_own: " (new, your own)"};

function summary(answer) {
  const verb = answer.dry_run ? "Would import" : "Imported";
  const parts = [
    h("p", {"data-testid": "import-format"}, `Read as: ${answer.format}.`),
    h("p", {"data-testid": "import-counts"}, `${verb} ${kindsText(answer.imported_by_kind, answer.imported)}.`),
  ];
  if (answer.already_there) {
    parts.push(h("p", {"data-testid": "import-already"},
      `${counted(answer.already_there, ["entry is", "entries are"])} there already from an earlier import: not added again.`));
  }
  if (answer.own_exercises_imported) {
    parts.push(h("p", {}, `${answer.dry_run ? "Would add" : "Added"} ${counted(answer.own_exercises_imported, ["exercise", "exercises"])} of your own.`));
  }
  if (answer.exercises && answer.exercises.length) {
    parts.push(h("h3", {}, "Exercises"), h("ul", {class: "import-exercises", "data-testid": "import-exercises"},
      answer.exercises.map((m) => h("li", {"data-match": m.match},
        `${m.name} → ${m.exercise_name}${MATCH_WORDS[m.match] || ""}, ${counted(m.sets, ["set", "sets"])}`))));
  }
  const leftOut = Object.entries(answer.left_out || {});
  if (leftOut.length) {
    parts.push(h("p", {"data-testid": "import-left-out"},
      `Not read (hipfit does not keep them): ${leftOut.map(([what, n]) => `${what} (${n})`).join(", ")}.`));
  }
  if (answer.refused && answer.refused.length) {
    const shown = answer.refused.slice(0, 10);
    parts.push(h("h3", {}, `Left out: ${counted(answer.refused.length, ["record", "records"])} hipfit cannot accept`),
      h("ul", {"data-testid": "import-refused"}, shown.map((r) => h("li", {}, r.reason))),
      answer.refused.length > shown.length ? h("p", {class: "muted"}, `… and ${answer.refused.length - shown.length} more.`) : null);
  }
  return parts;
}

// This device's time zone for the server, which keeps no time zone database: when each offset from UTC
// began (seconds since 1970:minutes east), from 2000 to a year ahead, so that a file's summer records are
// placed by the summer's offset. Found by stepping a week at a time and narrowing each change to the minute.
function utcOffsets() {
  const offsetAt = (ms) => -new Date(ms).getTimezoneOffset();
  const week = 7 * 86400000;
  const end = Date.now() + 365 * 86400000;
  let at = Date.UTC(2000, 0, 1);
  let offset = offsetAt(at);
  const changes = [`${at / 1000}:${offset}`];
  for (let next = at + week; next <= end; at = next, next += week) {
    if (offsetAt(next) === offset) continue;
    let low = at;
    let high = next;
    while (high - low > 60000) {
      const middle = low + Math.floor((high - low) / 120000) * 60000;
      if (offsetAt(middle) === offset) low = middle;
      else high = middle;
    }
    offset = offsetAt(high);
    changes.push(`${high / 1000}:${offset}`);
  }
  return changes.join(",");
}

export async function render(root) {
  const L = await limits();
  const I = at(L, "import") || {};
  const apps = (I.from || []).filter((a) => a.id !== "hipfit");
  append(root, heading("Bring your history"),
    h("p", {}, "Your workouts, weigh-ins, measurements, food and sleep from another app give your trend, progress and personal bests a head start. Export them from the app, then choose the file here: hipfit shows what it found before anything is added."),
    h("p", {class: "muted"}, `It reads the exports of ${apps.filter((a) => a.id !== "csv").map((a) => a.name).join(", ")}, hipfit's own, and any CSV whose columns you name.`));

  const file = field({label: "Export file", testid: "import-file", type: "file", accept: ".csv,.zip,.xml,.json,.txt",
    hint: `A CSV, a zip (Apple Health's export.zip, MyFitnessPal's) or Apple Health's export.xml; up to ${Math.round((I.max_upload_bytes || 0) / 1048576)} MB here (larger files: hipfit import on the command line).`});
  const from = field({label: "From", testid: "import-from", name: "from",
    options: [["", "Recognise it from the file"], ...apps.map((a) => [a.id, a.name])], value: ""});
  const units = field({label: "Units, for a file that does not say", testid: "import-units", name: "units",
    options: [["", "The file says"], ...(I.units || []).map((u) => [u, u === "metric" ? "Metric (kg, cm)" : "Imperial (lb, in)"])], value: "",
    hint: "MyFitnessPal's measurements and a CSV of your own carry no units: choose the ones you logged in."});
  const map = field({label: "Columns (for “Any CSV”)", testid: "import-map", type: "text", autocomplete: "off",
    placeholder: "date=Date,weight=Weight (kg)",
    hint: `hipfit's name = the column's header, separated by commas. Names: ${(I.fields || []).join(", ")}.`});
  map.wrap.hidden = true;
  from.input.addEventListener("change", () => {
    map.wrap.hidden = from.input.value !== "csv";
  });

  const progress = h("progress", {max: 1, value: 0, hidden: true, "data-testid": "import-progress", "aria-label": "Upload"});
  const status = h("p", {role: "status", "data-testid": "import-status"});
  const result = h("section", {class: "card stack", hidden: true, "aria-labelledby": "import-result-h", "data-testid": "import-result"});
  const check = h("button", {type: "submit", "data-testid": "import-check"}, "Check the file");
  const form = h("form", {class: "card stack", novalidate: true}, file.wrap, from.wrap, units.wrap, map.wrap, check, progress, status);
  append(root, form, result);

  function query(dryRun) {
    const chosen = file.input.files[0];
    const q = new URLSearchParams({dry_run: String(dryRun), filename: chosen.name, utc_offsets: utcOffsets()});
    if (from.input.value) q.set("from", from.input.value);
    if (units.input.value) q.set("units", units.input.value);
    if (from.input.value === "csv" && map.input.value.trim()) q.set("map", map.input.value.trim());
    return `/api/import?${q}`;
  }

  async function send(dryRun) {
    const chosen = file.input.files[0];
    progress.hidden = false;
    progress.value = 0;
    status.textContent = dryRun ? `Reading ${chosen.name}…` : `Importing ${chosen.name}…`;
    try {
      // Uploaded, the bar stops; the server then reads the file (an indeterminate bar: no value).
      return await upload(query(dryRun), chosen, (fraction) => {
        progress.value = fraction;
        if (fraction >= 1) progress.removeAttribute("value");
      });
    } finally {
      progress.hidden = true;
    }
  }

  function show(answer) {
    clear(result);
    result.hidden = false;
    append(result, h("h2", {id: "import-result-h", tabindex: "-1"}, answer.dry_run ? "What the file holds" : "Imported"), ...summary(answer));
    if (answer.dry_run && answer.imported > 0) {
      const go = h("button", {type: "button", "data-testid": "import-confirm"},
        `Import ${kindsText(answer.imported_by_kind, answer.imported)}`);
      go.addEventListener("click", async () => {
        go.disabled = true;
        try {
          const done = await send(false);
          forgetCatalog();
          status.textContent = "";
          show(done);
          toast(`Imported ${counted(done.imported, ["entry", "entries"])} from ${file.input.files[0].name}.`);
        } catch (error) {
          go.disabled = false;
          status.textContent = error.message;
        }
      });
      append(result, h("p", {}, go));
    } else if (!answer.dry_run && answer.imported > 0) {
      const undo = h("button", {type: "button", class: "danger", "data-testid": "import-undo"}, "Undo this import");
      undo.addEventListener("click", async () => {
        undo.disabled = true;
        if (await undoLast()) {
          forgetCatalog();
          clear(result);
          result.hidden = true;
        } else {
          undo.disabled = false;
        }
      });
      append(result, h("p", {}, "Everything this file added is taken back in one step:"), h("p", {}, undo));
    }
    result.querySelector("h2").focus();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    status.textContent = "";
    if (!file.input.files.length) {
      status.textContent = "Choose a file first.";
      file.input.focus();
      return;
    }
    check.disabled = true;
    try {
      const answer = await send(true);
      status.textContent = "";
      show(answer);
    } catch (error) {
      result.hidden = true;
      status.textContent = error.message;
      if (error.code === "offline") toastError(error);
    } finally {
      check.disabled = false;
    }
  });
}
