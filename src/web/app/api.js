// The one place that talks to the server: JSON in and out, the CSRF header on every write, one error type.
let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token || null;
}

export class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field || null;
  }
  get offline() {
    return this.code === "offline";
  }
}

const SESSION_PATHS = ["/api/session", "/api/accounts"];
const OFFLINE_MESSAGE = "You seem to be offline. hipfit will try again when the connection is back.";

export async function request(method, path, body) {
  const headers = {Accept: "application/json"};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && method !== "HEAD" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "offline", OFFLINE_MESSAGE);
  }
  if (response.status === 204) return null;
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (response.status === 401 && !SESSION_PATHS.includes(path)) {
    // The session ended (expired, or signed out elsewhere): the app goes back to the sign-in page.
    window.dispatchEvent(new Event("hipfit:unauthenticated"));
  }
  if (!response.ok) {
    const error = data && data.error;
    if (error) throw new ApiError(response.status, error.code, error.message, error.field);
    throw new ApiError(response.status, "internal", `The server answered ${response.status}.`);
  }
  return data;
}

export const get = (path) => request("GET", path);
export const post = (path, body) => request("POST", path, body === undefined ? {} : body);
export const put = (path, body) => request("PUT", path, body);
export const del = (path) => request("DELETE", path);

// "?account=ID" for a coach looking at a client, else nothing.
export function withAccount(path, accountId) {
  if (!accountId) return path;
  return path + (path.includes("?") ? "&" : "?") + "account=" + encodeURIComponent(accountId);
}
