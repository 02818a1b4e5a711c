// hipfit's web app starts here: the routes, the sign-in guard, the navigation, the service worker.
//
// Stable hooks for browser tests (data-testid):
//   navigation   nav-home nav-today nav-workout nav-progress nav-journal nav-more offline-badge page-error toast
//                toast-error toast-action
//   more         more-plan more-forecast more-checkin more-assessment more-learn more-coach more-settings
//                more-exercises
//   sign-up/in   signup-email signup-password signup-submit signup-error goto-signin
//                signin-email signin-password signin-submit signin-error goto-signup
//   onboarding   onboarding-units-metric onboarding-units-imperial onboarding-sex-female onboarding-sex-male
//                onboarding-age onboarding-height-cm onboarding-height-ft onboarding-height-in onboarding-weight
//                onboarding-waist onboarding-hip onboarding-neck onboarding-thigh
//                onboarding-activity-sedentary (-light -moderate -active -very-active)
//                onboarding-goal-lose-fat (-tone -maintain -gain-lean)
//                onboarding-day-mon … onboarding-day-sun onboarding-minutes onboarding-time
//                onboarding-level onboarding-equipment-band (-dumbbells -barbell -step -ankle-weights
//                -foam-roller) onboarding-low-impact onboarding-submit onboarding-error
//   assessment   assessment-figures figure-bmi (figure-KEY for each figure) assessment-spot-reduction
//                assessment-medical-note assessment-continue
//   today        today-session today-start-workout today-workout-done today-target-water (-energy -protein
//                -sleep -steps -standup) log-water log-water-large log-standup log-weight-input
//                log-weight-submit log-food-kcal log-food-protein log-food-note log-food-submit
//                log-sleep-input log-sleep-submit log-steps-input log-steps-submit log-measure-open
//                log-measure-waist log-measure-hip log-measure-thigh log-measure-submit
//   plan         plan-ics plan-week plan-session plan-exercise plan-start-session exercise-detail
//                exercise-detail-close
//   journal      journal-list journal-row journal-edit journal-delete journal-undo journal-more
//                journal-edit-form journal-edit-value journal-edit-date journal-edit-time journal-edit-note
//                journal-edit-protein journal-edit-hip_cm (…_cm for each measure after the first)
//                journal-edit-save journal-edit-cancel journal-kind-filter
//   progress     progress-period progress-focus progress-streaks chart-weight chart-measurements
//                chart-workouts chart-sleep chart-water chart-summary (one per chart)
//   forecast     forecast-intake forecast-goal forecast-days (each with -error) forecast-submit forecast-reset
//                forecast-error forecast-status forecast-result forecast-chart forecast-facts forecast-now
//                forecast-plan forecast-end forecast-goal-result forecast-rule-explanation forecast-warnings
//                checkin-card checkin-body checkin-estimate checkin-target checkin-reasons checkin-submit
//                checkin-note advice advice-list advice-item advice-empty
//   learn        learn-topic learn-sources
//   coaching     coach-client-row coach-accept coach-stop coach-empty coach-own-profile coach-viewing (the banner
//                of a client's page) coach-today (-journal -progress -plan -forecast -checkin -assessment: the
//                client card's links) program-form program-current program-day-mon … program-minutes
//                program-level program-equipment-band … program-low-impact program-start program-error
//                program-submit
//   settings     settings-edit-profile invite-email invite-submit coach-row coach-revoke
//                password-current password-new password-submit password-message settings-sound
//                settings-vibration settings-export signout outbox-count
//   exercises    my-exercises-empty my-exercises-list my-exercise (data-exercise: its id) my-exercise-muscles
//                my-exercise-history my-exercise-remove my-exercise-error my-exercise-form my-exercise-name
//                my-exercise-kind my-exercise-primary-MUSCLE my-exercise-secondary-MUSCLE
//                my-exercise-equipment-ITEM my-exercise-met my-exercise-form-error my-exercise-add
//   workout      player-start player-resume player-restart player-conflict player-no-session player-step
//                player-progress player-block player-name player-side player-set player-cue player-upnext
//                player-countdown player-round player-reps player-reps-minus player-reps-plus
//                player-metronome player-next player-pause player-skip player-back player-quit
//                player-summary player-warmup-warning player-saved player-queued player-empty
//                player-refused player-close
//   (onboarding-weight … -thigh come from the measures' keys; figure-KEY from the assessment's keys.)
//
// A test switch in localStorage: hipfitNoServiceWorker = "1" does not register the service worker. (Tests
// drive time with Playwright's fake clock, not a switch of the app's: tests/browser/README.md.)
import {start, onRoute, navigate, render as renderRoute} from "./router.js";
import {h, heading, append} from "./dom.js";
import {session, restore, loadProfile, home} from "./session.js";
import {flushOutbox} from "./outbox.js";
import {renderSignIn, renderSignUp} from "./auth.js";
import * as onboarding from "./onboarding.js";
import * as assessment from "./assessment.js";
import * as today from "./today.js";
import * as plan from "./plan.js";
import * as journal from "./journal.js";
import * as progress from "./progress.js";
import * as forecast from "./forecast.js";
import * as learn from "./learn.js";
import * as coach from "./coach.js";
import * as settings from "./settings.js";
import * as workout from "./workout.js";
import * as exerciseHistory from "./exercise_history.js";
import * as myExercises from "./my_exercises.js";
import * as importPage from "./import.js";
import {renderCheckin} from "./checkin.js";

// The pages behind "More": the tab bar keeps five destinations, which fit a phone's width.
const MORE = [
  ["plan", "Plan", "Your weeks of training, and a calendar file"],
  ["forecast", "Forecast", "When you could reach your goal, and your coach's advice"],
  ["checkin", "Weekly check-in", "Your calorie target, set from what you really burn"],
  ["assessment", "Your body", "Your figures: BMI, body fat, waist and hips"],
  ["exercises", "Your exercises", "Exercises of your own: add, log and see their history"],
  ["import", "Bring your history", "Import from Strong, Hevy, Apple Health, MyFitnessPal and more"],
  ["learn", "Learn", "What works for hips and thighs, and why"],
  ["coach", "Coaching", "People who asked you to coach them"],
  ["settings", "Settings", "Profile, coach, password, sound, export"],
];

function renderMore(root) {
  append(root, heading("More"),
    h("ul", {class: "more-list"}, MORE.map(([name, text, about]) => h("li", {},
      h("a", {href: `#/${name}`, "data-testid": `more-${name}`}, h("span", {class: "more-name"}, text), h("span", {class: "more-about"}, about))))));
}

const routes = {
  signin: {title: "Sign in", render: renderSignIn, public: true},
  signup: {title: "Create your account", render: renderSignUp, public: true},
  learn: {title: "Learn", render: learn.render, public: true},
  onboarding: {title: "Your profile", render: onboarding.render, noProfile: true},
  settings: {title: "Settings", render: settings.render, noProfile: true},
  coach: {title: "Coaching", render: coach.render, noProfile: true},
  journal: {title: "Journal", render: journal.render, noProfile: true},
  assessment: {title: "Your body", render: assessment.render},
  today: {title: "Today", render: today.render},
  plan: {title: "Plan", render: plan.render},
  progress: {title: "Progress", render: progress.render},
  forecast: {title: "Forecast", render: forecast.render},
  workout: {title: "Workout", render: workout.render},
  exercise: {title: "Exercise history", render: exerciseHistory.render},
  exercises: {title: "Your exercises", render: myExercises.render, noProfile: true},
  import: {title: "Bring your history", render: importPage.render, noProfile: true},
  checkin: {title: "Weekly check-in", render: renderCheckin},
  more: {title: "More", render: renderMore, noProfile: true},
};

let profileChecked = false;

// Signed out: only the public pages. No profile yet: onboarding first, or a coach's clients (session.home()).
async function guard(route) {
  const page = routes[route.name];
  if (!session.account) return page.public ? null : "signin";
  if (route.name === "signin" || route.name === "signup") return "today";
  if (!profileChecked) {
    await loadProfile().catch(() => null);
    profileChecked = true;
  }
  if (!session.profile && !page.public && !page.noProfile && !route.query.account) return home();
  return null;
}

// The tab of the page shown is "page"; More is "true" for the pages it holds.
function updateNav(route) {
  const nav = document.getElementById("nav");
  nav.hidden = !session.account;
  const inMore = MORE.some(([name]) => name === route.name) || route.name === "onboarding";
  for (const a of nav.querySelectorAll("a")) {
    const href = a.getAttribute("href");
    if (href === `#/${route.name}`) a.setAttribute("aria-current", "page");
    else if (href === "#/more" && inMore) a.setAttribute("aria-current", "true");
    else a.removeAttribute("aria-current");
  }
}

function watchConnection() {
  const badge = document.getElementById("offline-badge");
  const update = async () => {
    badge.hidden = navigator.onLine;
    if (!navigator.onLine || !session.account) return;
    // Back online: a fresh session (and CSRF token) first, then what waited to be sent.
    await restore().catch(() => null);
    if (session.account) flushOutbox().catch(() => {});
  };
  window.addEventListener("online", update);
  window.addEventListener("offline", update);
  update();
}

// The answers the app reads first, asked for again once the service worker controls the page and the
// person has a profile, so the worker keeps them: offline, the next visit opens with them even if it was
// the visit that signed in. Only answers that exist are asked for (a 404 would be logged as an error).
let warmed = false;

async function warmCache() {
  if (warmed || !navigator.onLine || !session.account || !session.profile) return;
  if (!navigator.serviceWorker || !navigator.serviceWorker.controller) return;
  warmed = true;
  const ask = (path) => fetch(path, {credentials: "same-origin", headers: {Accept: "application/json"}});
  try {
    await Promise.all(["/api/session", "/api/profile", "/api/exercises", "/api/assessment", "/api/plan"].map(ask));
    const today = await (await ask("/api/today")).json();
    if (today && today.session) await ask("/api/workout");
  } catch {
    // offline or refused: the pages keep what they read themselves
  }
}

function registerServiceWorker() {
  let disabled = false;
  try {
    disabled = localStorage.getItem("hipfitNoServiceWorker") === "1";
  } catch {
    disabled = false;
  }
  if (!disabled && "serviceWorker" in navigator) {
    navigator.serviceWorker.addEventListener("controllerchange", () => warmCache());
    navigator.serviceWorker.register("/sw.js", {scope: "/"}).catch(() => {});
  }
}

async function main() {
  registerServiceWorker();
  try {
    await restore();
  } catch {
    session.account = null; // offline with nothing kept: the public pages still work
  }
  onRoute(updateNav);
  // The tab of the page shown draws it afresh (from its top), as tab bars do.
  document.getElementById("nav").addEventListener("click", (event) => {
    const a = event.target.closest("a");
    if (a && a.getAttribute("href") === location.hash) {
      event.preventDefault();
      renderRoute();
    }
  });
  onRoute(() => setTimeout(warmCache, 500));
  window.addEventListener("hipfit:signed-out", () => {
    profileChecked = false;
    navigate("signin");
  });
  window.addEventListener("hipfit:unauthenticated", () => {
    if (!session.account) return;
    // Only the session is dropped: a workout in progress and results waiting to be sent stay.
    session.account = null;
    session.profile = null;
    profileChecked = false;
    navigate("signin");
  });
  window.addEventListener("hipfit:signed-in", () => {
    profileChecked = false;
    flushOutbox().catch(() => {});
    warmed = false;
  });
  watchConnection();
  await start(routes, guard, document.getElementById("app"));
}

main();
