// An exercise's pictures from the server — the animated illustration (GET /api/exercises/{id}/illustration.svg)
// and the muscle map (…/muscles.svg) — drawn inline, so that the player can pause the animation with it (an
// <img> cannot be paused). Each SVG's text is fetched once per page load and kept.
//
// The page's policy (style-src 'self') refuses a <style> element or style="" attribute put into the page, and the
// SVG's own styles (its colours, its dark scheme, its still pictures under prefers-reduced-motion) live there. So
// each picture goes into a shadow root of its own, its <style> text adopted as a constructed stylesheet (which the
// policy allows) and its style attributes set through the CSSOM: its rules stay in its shadow and cannot reach the
// page's classes, and the page does not defeat the SVG's reduced-motion rule.
import {h} from "./dom.js";

export const illustrationUrl = (id) => `/api/exercises/${encodeURIComponent(id)}/illustration.svg`;
export const musclesUrl = (id) => `/api/exercises/${encodeURIComponent(id)}/muscles.svg`;

// Whether the catalog's exercise has an animated picture: a person's own exercise has none (the server answers
// 404), so the page does not ask.
export const hasIllustration = (exercise) => Boolean(exercise) && !exercise.own;

const texts = new Map(); // url → Promise of the SVG's text, or null when there is none
const sheets = new Map(); // CSS text → its CSSStyleSheet, shared by every picture that has it

function svgText(url) {
  if (!texts.has(url)) {
    // None (404) is kept; offline or a failure is asked again next time.
    const again = () => {
      texts.delete(url);
      return null;
    };
    if (navigator.onLine === false) {
      // Offline, only what the service worker kept: a request would be answered 503 and logged as an error.
      texts.set(url, (typeof caches === "undefined" ? Promise.resolve(undefined) : caches.match(url))
        .then((kept) => (kept && kept.ok ? kept.text() : again()), again));
    } else {
      texts.set(url, fetch(url, {credentials: "same-origin"}).then((response) => {
        if (response.ok) return response.text();
        return response.status === 404 ? null : again();
      }, again));
    }
  }
  return texts.get(url);
}

// Asks for the pictures of a workout's exercises at once, while online, so that the service worker keeps them
// and the player shows them offline too.
export function keepPictures(ids) {
  for (const id of new Set(ids)) svgText(illustrationUrl(id)).catch(() => null);
}

function sheetOf(css) {
  if (!sheets.has(css)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheets.get(css);
}

// Inside every picture's shadow: the SVG fills its host's width, keeps its own proportions, and is no taller
// than the host's --picture-max-height.
const BASE_CSS = ":host { display: block; } svg { display: block; width: 100%; height: auto; " +
  "max-height: var(--picture-max-height, none); margin: 0 auto; }";

const reducedMotion = typeof matchMedia === "function" ? matchMedia("(prefers-reduced-motion: reduce)") : null;

// The pictures in the page, to follow a change of the motion setting (those no longer in it are let go).
const drawn = new Set();
function follow(picture) {
  for (const p of drawn) if (!p.el.isConnected) drawn.delete(p);
  drawn.add(picture);
}
if (reducedMotion) reducedMotion.addEventListener("change", () => drawn.forEach((p) => p.apply()));

// The SVG element made from the server's text, with its styles taken out (returned), or null if it is no SVG.
// They are taken out of the text, before it is parsed: a parsed document shares the page's policy and would
// report each of them refused.
const ENTITIES = {lt: "<", gt: ">", quot: '"', apos: "'", amp: "&"};

function parse(text) {
  const css = [];
  const bare = text
    .replace(/<style\b[^>]*>([\s\S]*?)<\/style>/g, (all, rules) => {
      const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(rules);
      css.push(cdata ? cdata[1] : rules.replace(/&(lt|gt|quot|apos|amp);/g, (e, name) => ENTITIES[name]));
      return "";
    })
    .replace(/(<[^>]*\s)style=/g, "$1data-style=");
  const doc = new DOMParser().parseFromString(bare, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.localName !== "svg" || doc.getElementsByTagName("parsererror").length) return null;
  const svg = document.importNode(root, true);
  for (const el of svg.querySelectorAll("[data-style]")) {
    el.style.cssText = el.getAttribute("data-style");
    el.removeAttribute("data-style");
  }
  return {svg, css};
}

// A picture: `el` goes into the page at once (empty until the SVG is there); show(url) draws an SVG into it.
// The animation runs unless something holds it (the player's pause, the picture scrolled out of view) or the
// person asked for reduced motion. `label` names the picture when the SVG has no <title>.
export class Picture {
  constructor({className = "", testid, label} = {}) {
    this.el = h("div", {class: `picture ${className}`.trim(), "data-testid": testid, hidden: true});
    this.shadow = this.el.attachShadow({mode: "open"});
    this.label = label;
    this.url = null;
    this.svg = null;
    this.holds = new Set();
    this.shown = Promise.resolve(null);
  }

  // Draws the SVG at url (null: none), resolving to the SVG element or null. A later call wins over an
  // earlier one still loading.
  show(url, label = this.label) {
    if (url === this.url) return this.shown;
    this.url = url;
    this.shown = (url ? svgText(url) : Promise.resolve(null)).then((text) => {
      if (this.url !== url) return this.svg; // another picture was asked for meanwhile
      const parsed = text ? parse(text) : null;
      this.svg = parsed ? parsed.svg : null;
      this.el.hidden = !this.svg;
      if (!this.svg) {
        this.shadow.replaceChildren();
        return null;
      }
      this.shadow.adoptedStyleSheets = [sheetOf(BASE_CSS), ...parsed.css.map(sheetOf)];
      this.svg.setAttribute("role", "img");
      if (!this.svg.querySelector(":scope > title") && label) this.svg.setAttribute("aria-label", label);
      this.shadow.replaceChildren(this.svg);
      this.apply();
      follow(this);
      return this.svg;
    });
    return this.shown;
  }

  hold(reason) {
    this.holds.add(reason);
    this.apply();
  }

  release(reason) {
    this.holds.delete(reason);
    this.apply();
  }

  // From the start: a new set begins with the movement's first position.
  restart() {
    if (this.svg) this.svg.setCurrentTime(0);
  }

  apply() {
    if (!this.svg || typeof this.svg.pauseAnimations !== "function") return;
    const still = this.holds.size > 0 || Boolean(reducedMotion && reducedMotion.matches);
    if (still === this.svg.animationsPaused()) return; // the player asks at every tick
    if (still) this.svg.pauseAnimations();
    else this.svg.unpauseAnimations();
  }
}

// A picture drawn only when it comes near the screen, and held still while it is off it: a page of many
// pictures (the plan) stays light.
let observer = null;
const lazyPictures = new WeakMap(); // element → its picture

export function lazyPicture(url, options) {
  const picture = new Picture(options);
  picture.el.hidden = false; // its place is kept while it loads, so the list does not jump
  picture.el.classList.add("is-lazy");
  if (!observer) {
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const p = lazyPictures.get(entry.target);
        if (!p) continue;
        if (entry.isIntersecting) {
          p.release("off-screen");
          if (!p.url) p.show(p.lazyUrl).then(() => p.el.classList.remove("is-lazy"));
        } else p.hold("off-screen");
      }
    }, {rootMargin: "200px 0px"});
  }
  picture.lazyUrl = url;
  picture.holds.add("off-screen");
  lazyPictures.set(picture.el, picture);
  observer.observe(picture.el);
  return picture;
}
