// Beeps made with Web Audio (no audio files) and vibration where the device has it; both can be
// switched off in Settings. Browsers allow sound only after a tap, so unlock() is called from one.
import {settings} from "./storage.js";

let context = null;

export function unlock() {
  if (!settings().sound) return;
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  if (!context) context = new Context();
  if (context.state === "suspended") context.resume().catch(() => {});
}

function tone(frequency, ms, when = 0, volume = 0.2) {
  if (!context || !settings().sound || context.state !== "running") return;
  const start = context.currentTime + when;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = "sine";
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(volume, start + 0.01);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + ms / 1000);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(start);
  oscillator.stop(start + ms / 1000 + 0.02);
}

function buzz(pattern) {
  if (settings().vibration && typeof navigator.vibrate === "function") navigator.vibrate(pattern);
}

// One sound per event of the player (player.js tick()).
const SOUNDS = {
  count: () => tone(660, 90),
  go: () => {
    tone(990, 280);
    buzz(200);
  },
  rest: () => {
    tone(520, 250);
    buzz([100, 80, 100]);
  },
  step: () => {
    tone(880, 140);
    tone(1175, 200, 0.16);
    buzz([150, 80, 150]);
  },
  "tempo-up": () => tone(1320, 45, 0, 0.12),
  "tempo-down": () => tone(740, 45, 0, 0.12),
  "tempo-tick": () => tone(1000, 25, 0, 0.05),
  switch: () => {
    tone(700, 120);
    tone(700, 120, 0.2);
    buzz([100, 100, 100]);
  },
  finished: () => {
    tone(784, 160);
    tone(988, 160, 0.18);
    tone(1319, 320, 0.36);
    buzz([200, 100, 200, 100, 400]);
  },
};

export function play(event) {
  const sound = SOUNDS[event];
  if (sound) sound();
}
