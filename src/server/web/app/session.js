// Who is signed in, their profile, and the sign-in state's changes.
import {get, post, del, setCsrfToken, ApiError} from "./api.js";
import {remove} from "./storage.js";

export const session = {account: null, profile: null};

function accept(answer, announce = true) {
  session.account = answer.account;
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
      return null;
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
  if (session.account) remove(`workout.${session.account.id}`);
  session.account = null;
  session.profile = null;
  setCsrfToken(null);
  if ("caches" in window) caches.delete("hipfit-api").catch(() => {});
}

// The profile, or null when there is none yet (404).
export async function loadProfile() {
  try {
    session.profile = await get("/api/profile");
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) session.profile = null;
    else throw error;
  }
  return session.profile;
}

export function units() {
  return (session.profile && session.profile.units) || "metric";
}
