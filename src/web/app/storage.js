// localStorage as JSON, under one prefix; never throws (private mode, full quota).
const PREFIX = "hipfit.";

export function load(key, fallback = null) {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : JSON.parse(raw);
  } catch {
    return fallback;
  }
}

export function save(key, value) {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function remove(key) {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing to do
  }
}

// Settings of this device (sound, vibration), with defaults.
const DEFAULT_SETTINGS = {sound: true, vibration: true};

export function settings() {
  return {...DEFAULT_SETTINGS, ...load("settings", {})};
}

export function saveSettings(changes) {
  save("settings", {...settings(), ...changes});
}
