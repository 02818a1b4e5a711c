// Workouts finished offline, and entries logged offline on Today, wait here (per account, in localStorage)
// and are sent when the connection is back: at start-up, on the browser's "online" event, and after each
// new result. An item is {workout}: what was done at each step, for POST /api/workout; or {entry, dated}:
// a whole entry for POST /api/entries, `dated` when its day was chosen rather than the day it was logged.
import {post} from "./api.js";
import {session} from "./session.js";
import {load, save} from "./storage.js";
import {toast} from "./toast.js";

const key = (accountId = session.account && session.account.id) => `outbox.${accountId || "none"}`;

export function pending() {
  return load(key(), []);
}

// item: {workout} or {entry, dated}; accountId: whose result it is (the session may have ended by the time it is queued).
export function enqueue(item, accountId) {
  const items = load(key(accountId), []);
  items.push({id: `${Date.now()}-${Math.random().toString(36).slice(2)}`, ...item, queuedAt: new Date().toISOString()});
  save(key(accountId), items);
}

let flushing = null;

// Sends what waits, oldest first; stops at the first network failure. Resolves to the number sent.
export function flushOutbox() {
  if (!session.account) return Promise.resolve(0);
  if (!flushing) flushing = flush().finally(() => {
    flushing = null;
  });
  return flushing;
}

// True when it reached the journal (a workout in which no set was done records nothing). An entry is
// dated when it was logged; if the server's calendar is behind this device's (it refuses the date as in
// the future), it is sent again undated and the server dates it — unless its day was chosen.
async function send(item) {
  if (item.workout) return (await post("/api/workout", item.workout)) !== null;
  try {
    await post("/api/entries", item.entry);
  } catch (error) {
    if (item.dated || error.status !== 400 || !["date", "time"].includes(error.field)) throw error;
    const {date, time, ...undated} = item.entry;
    await post("/api/entries", undated);
  }
  return true;
}

async function flush() {
  let sent = 0;
  let entries = 0;
  for (const item of pending()) {
    try {
      if (await send(item)) {
        sent += 1;
        if (item.entry) entries += 1;
      }
    } catch (error) {
      if (error.offline || error.status >= 500 || error.status === 401 || error.status === 403) break;
      // The server refused it for good (a range, a date): say so rather than retry forever.
      toast(`${item.entry ? "Something logged" : "A workout saved"} offline could not be added: ${error.message}`, {error: true, timeout: 0});
    }
    save(key(), pending().filter((other) => other.id !== item.id));
  }
  if (entries) toast(sent === 1 ? "What you logged offline is now in your journal." : `${sent} things logged offline are now in your journal.`);
  else if (sent) toast(sent === 1 ? "Your offline workout is now in your journal." : `${sent} offline workouts are now in your journal.`);
  return sent;
}
