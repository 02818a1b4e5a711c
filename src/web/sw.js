// hipfit's service worker: the app shell and the last answer of every API GET are kept, so the app and
// a started workout work offline once loaded. Both are network first (a new build or new data wins),
// falling back to what was kept. Writes are never cached; the page queues workout results itself.
// Change VERSION when SHELL changes, so that installing the new worker keeps the new list.
const VERSION = "hipfit-shell-v9";
const API_CACHE = "hipfit-api";
const SHELL = [
  "/",
  "/manifest.webmanifest",
  "/app/style.css",
  "/app/icon.svg",
  "/app/learn.json",
  "/app/main.js",
  "/app/api.js",
  "/app/session.js",
  "/app/router.js",
  "/app/dom.js",
  "/app/storage.js",
  "/app/units.js",
  "/app/limits.js",
  "/app/clock.js",
  "/app/toast.js",
  "/app/undo.js",
  "/app/outbox.js",
  "/app/catalog.js",
  "/app/entries.js",
  "/app/exercise.js",
  "/app/chart.js",
  "/app/trend.js",
  "/app/player.js",
  "/app/player_view.js",
  "/app/sound.js",
  "/app/auth.js",
  "/app/onboarding.js",
  "/app/assessment.js",
  "/app/today.js",
  "/app/plan.js",
  "/app/journal.js",
  "/app/progress.js",
  "/app/forecast.js",
  "/app/checkin.js",
  "/app/learn.js",
  "/app/coach.js",
  "/app/viewing.js",
  "/app/settings.js",
  "/app/workout.js",
  "/app/illustration.js",
  "/app/exercise_history.js",
  "/app/swap.js",
  "/app/my_exercises.js",
  "/app/import.js",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== VERSION && k !== API_CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

function offlineAnswer() {
  return new Response(JSON.stringify({error: {code: "offline", message: "You are offline and this has not been loaded before."}}),
    {status: 503, headers: {"Content-Type": "application/json"}});
}

// Big or private downloads are not worth keeping.
const NOT_KEPT = ["/api/export", "/api/plan.ics", "/api/openapi.json"];

async function networkFirst(request, cacheName, fallback) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    // Signed out: nothing kept for this account may be shown to the next one.
    if (response.status === 401) await caches.delete(API_CACHE);
    return response;
  } catch (error) {
    const kept = await cache.match(request, {ignoreVary: true});
    if (kept) return kept;
    if (fallback) {
      const page = await caches.match(fallback);
      if (page) return page;
    }
    if (cacheName === API_CACHE) return offlineAnswer();
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/")) {
    if (NOT_KEPT.includes(url.pathname)) return;
    event.respondWith(networkFirst(request, API_CACHE));
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(new Request("/"), VERSION, "/"));
    return;
  }
  if (url.pathname === "/" || url.pathname.startsWith("/app/") || url.pathname === "/manifest.webmanifest") {
    event.respondWith(networkFirst(request, VERSION));
  }
});
