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

// Sends a file as the request's body (POST), reporting the upload's progress (a fraction 0–1) as it goes:
// fetch cannot, so this one request uses XMLHttpRequest. Answers and errors as request's.
export function upload(path, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.setRequestHeader("Accept", "application/json");
    // The file's own type when it is one the server takes, else plain bytes: the server reads the content.
    const known = ["application/json", "text/csv", "application/xml", "text/xml", "application/zip"];
    xhr.setRequestHeader("Content-Type", known.includes(file.type) ? file.type : "application/octet-stream");
    if (csrfToken) xhr.setRequestHeader("X-CSRF-Token", csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, "offline", OFFLINE_MESSAGE));
    xhr.onload = () => {
      let data = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = null;
      }
      if (xhr.status === 401) window.dispatchEvent(new Event("hipfit:unauthenticated"));
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data);
      const error = data && data.error;
      reject(error ? new ApiError(xhr.status, error.code, error.message, error.field)
        : new ApiError(xhr.status, "internal", `The server answered ${xhr.status}.`));
    };
    xhr.send(file);
  });
}
