// The program: weeks and sessions, each exercise's cues on a tap, and the calendar file to download.
import {h, clear, append} from "./dom.js";
import {get, withAccount} from "./api.js";
import {pageHead} from "./viewing.js";
import {programForm} from "./coach.js";
import {catalog, nameOf, BLOCK_NAMES, prescription} from "./catalog.js";
import {showExercise} from "./exercise.js";
import {today} from "./clock.js";
import {planSwaps, planSwapControls} from "./swap.js";
import {lazyPicture, illustrationUrl, hasIllustration} from "./illustration.js";

const dayName = (date) => new Date(date + "T12:00").toLocaleDateString(undefined, {weekday: "long", day: "numeric", month: "short"});

// The other days' walk (sized by the server so a fat-loss week reaches WHO's 150 minutes) and the week's
// minutes as GET /api/plan counts them.
function walkText(w, names) {
  const days = w.active_days.map(dayName).join(", ");
  return w.walk ? `${nameOf(names, w.walk.exercise)}, ${w.walk.minutes} min: ${days}.` : `Active days (a walk, the stairs): ${days}.`;
}

function activityView(w, advised) {
  return h("p", {class: "muted", "data-testid": "plan-activity"},
    `Moderate-or-vigorous activity: ${w.activity_minutes} min this week (WHO advises ${advised.min}–${advised.max}).`,
    w.activity_note ? h("span", {}, " ", w.activity_note) : null);
}

// A small picture of the movement beside the exercise's name, drawn as it scrolls into view; the tap opens the
// card with the cues and the muscle map. The name beside it says what it is, so screen readers skip it.
function thumbnail(names, id) {
  if (!hasIllustration(names && names.get(id))) return null;
  const picture = lazyPicture(illustrationUrl(id), {className: "plan-picture", testid: "plan-picture"});
  picture.el.setAttribute("aria-hidden", "true");
  return picture.el;
}

function sessionView(s, names, isToday, canStart, swapCtx) {
  return h("li", {class: "session" + (isToday ? " is-today" : ""), "data-testid": "plan-session"},
    h("h3", {}, `${dayName(s.date)}${isToday ? " (today)" : ""} · ${s.minutes} min`),
    h("ul", {class: "plan-blocks"}, s.blocks.map((b) => h("li", {},
      h("span", {class: "block-name"}, BLOCK_NAMES[b.kind] || b.kind),
      h("ul", {class: "exercise-list"}, b.exercises.map((x) => h("li", {},
        h("button", {type: "button", class: "link-button plan-exercise", "data-testid": "plan-exercise", "data-exercise": x.id,
          onclick: (event) => showExercise(x.id, event.currentTarget)}, thumbnail(names, x.id), h("span", {}, nameOf(names, x.id))),
        ` — ${prescription(x)}`, swapCtx ? planSwapControls(x.id, swapCtx) : null)))))),
    canStart ? h("a", {class: "button", href: `#/workout?date=${s.date}`, "data-testid": "plan-start-session"},
      isToday ? "Start this session" : "Do this session now") : null);
}

export async function render(root, route) {
  const {account} = await pageHead(root, route, "Plan", "Your plan");
  const status = h("p", {class: "muted"}, "Loading…");
  append(root, status);
  const [plan, names] = await Promise.all([get(withAccount("/api/plan", account)), catalog().catch(() => null)]);
  status.remove();
  const now = today();

  append(root, 
    h("p", {class: "lead"}, "Each session: warm-up, hip and glute work, strength, cardio, cool-down. Every fourth week is lighter so your body can recover and come back stronger."),
    h("p", {}, h("a", {class: "button", href: withAccount("/api/plan.ics", account), download: "hipfit-plan.ics", "data-testid": "plan-ics"},
      account ? "Download as a calendar (.ics)" : "Add to my calendar (.ics)"), " ", h("span", {class: "muted"}, "One event per session, with a reminder 30 minutes before.")));

  const weeks = h("div", {});
  // Each exercise's Swap (swap.js): a swap saved redraws the weeks from the server.
  const swapCtx = {swaps: await planSwaps(account).catch(() => new Map()), account, names, nameOf,
    redraw: async () => {
      swapCtx.swaps = await planSwaps(account);
      drawWeeks(await get(withAccount("/api/plan", account)));
    }};
  function drawWeeks(plan) {
    clear(weeks);
    const currentWeek = plan.weeks.find((w) => w.sessions.some((s) => s.date >= now) || (w.rest_day && w.rest_day >= now)) || plan.weeks[0];
    for (const w of plan.weeks) {
      const details = h("details", {class: "card week", "data-testid": "plan-week", open: w === currentWeek},
        h("summary", {}, h("h2", {class: "week-title"}, `Week ${w.number}`), w.deload ? h("span", {class: "badge"}, "lighter week") : null,
          h("span", {class: "muted"}, ` ${w.sessions.length} sessions`)),
        h("ol", {class: "sessions"}, w.sessions.map((s) => sessionView(s, names, s.date === now, !account && s.date <= now, swapCtx))),
        w.active_days && w.active_days.length
          ? h("p", {class: "muted", "data-testid": "plan-walks"}, walkText(w, names)) : null,
        w.rest_day ? h("p", {class: "muted"}, `Rest day: ${dayName(w.rest_day)}.`) : null,
        activityView(w, plan.activity_advised_minutes));
      append(weeks, details);
    }
  }
  // A coach assigns the client's program here (PUT /api/program); the weeks below follow it.
  if (account) append(root, await programForm(account, async () => drawWeeks(await get(withAccount("/api/plan", account)))));
  append(root, weeks);
  drawWeeks(plan);
}
