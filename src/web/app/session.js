// Who is signed in, their profile, and the sign-in state's changes.
import {get, post, del, setCsrfToken, ApiError} from "./api.js";
import {load, save, remove} from "./storage.js";

export const session = {account: null, profile: null, coaching: false};

// The account and profile last seen are kept on the device, so the app opens offline even when the
// service worker did not yet control the page that signed in (it keeps API answers only from then on).
function accept(answer, announce = true) {
  session.account = answer.account;
  save("account", answer.account);
  setCsrfToken(answer.csrf_token);
  if (announce) window.dispatchEvent(new Event("hipfit:signed-in"));
  return answer.account;
}

// The signed-in account, or null; offline answers come from the service worker's copy.
export async function restore() {
  try {
    accept(await get("/api/session"), false);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      session.account = null;
      remove("account");
      return null;
    }
    const kept = load("account");
    if (error instanceof ApiError && error.offline && kept) {
      session.account = kept; // no CSRF token offline: nothing can be written until the connection is back
      return kept;
    }
    throw error;
  }
  return session.account;
}

export async function signUp(email, password) {
  return accept(await post("/api/accounts", {email, password}));
}

export async function signIn(email, password) {
  return accept(await post("/api/session", {email, password}));
}

export async function signOut() {
  try {
    await del("/api/session");
  } finally {
    forget();
    window.dispatchEvent(new Event("hipfit:signed-out"));
  }
}

// Nothing of this account stays on the device: the API answers the service worker kept, a workout.
export function forget() {
  if (session.account) {
    remove(`workout.${session.account.id}`);
    remove(`profile.${session.account.id}`);
  }
  remove("account");
  session.account = null;
  session.profile = null;
  session.coaching = false;
  setCsrfToken(null);
  if ("caches" in window) caches.delete("hipfit-api").catch(() => {});
}

// The profile, or null when there is none yet (404). Without one, whether the account coaches anyone
// (or is asked to): a coach needs no profile of their own.
export async function loadProfile() {
  const key = `profile.${session.account ? session.account.id : "none"}`;
  try {
    session.profile = await get("/api/profile");
    save(key, session.profile);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) session.profile = null;
    else if (error instanceof ApiError && error.offline && load(key)) session.profile = load(key);
    else throw error;
  }
  session.coaching = !session.profile && (await get("/api/clients").catch(() => [])).length > 0;
  return session.profile;
}

// The page a signed-in account starts on, and is sent to from a page that needs a profile it has not
// got: a coach's clients rather than onboarding (which the coach page offers).
export function home() {
  if (session.profile) return "today";
  return session.coaching ? "coach" : "onboarding";
}

export function units() {
  return (session.profile && session.profile.units) || "metric";
}
