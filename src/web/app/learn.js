// Learn: short, honest topics with their sources, read from learn.json (data, not code).
import {h, heading, append} from "./dom.js";

let content = null;

async function loadContent() {
  if (!content) {
    const response = await fetch("/app/learn.json", {credentials: "same-origin"});
    if (!response.ok) throw new Error("The reading material could not be loaded.");
    content = await response.json();
  }
  return content;
}

function topicView(t) {
  const headingId = `topic-${t.id}`;
  return h("section", {class: "card topic", id: `learn-${t.id}`, "data-testid": "learn-topic", "data-topic": t.id, "aria-labelledby": headingId},
    h("h2", {id: headingId, tabindex: "-1"}, t.title),
    h("p", {class: "lead"}, t.summary),
    (t.sections || []).map((sec) => [
      sec.heading ? h("h3", {}, sec.heading) : null,
      (sec.paragraphs || []).map((p) => h("p", {}, p)),
      sec.points ? h("ul", {}, sec.points.map((p) => h("li", {}, p))) : null,
    ]),
    t.myths ? h("dl", {class: "myths"}, t.myths.map((m) => h("div", {class: "myth"},
      h("dt", {}, h("span", {class: "tag myth-tag"}, "Myth"), " ", m.myth),
      h("dd", {}, h("span", {class: "tag fact-tag"}, "Fact"), " ", m.fact)))) : null,
    h("details", {class: "sources", "data-testid": "learn-sources"},
      h("summary", {}, `Sources (${t.sources.length})`),
      h("ol", {}, t.sources.map((src) => h("li", {}, src)))));
}

export async function render(root, route) {
  append(root, heading("Learn"),
    h("p", {class: "lead"}, "What the research says about hips, thighs and fat, in plain words. Each topic lists its sources."));
  const data = await loadContent();
  append(root, h("nav", {"aria-label": "Topics", class: "toc"},
    h("ul", {}, data.topics.map((t) => h("li", {}, h("a", {href: `#/learn?topic=${t.id}`}, t.title))))));
  append(root, ...data.topics.map(topicView));
  if (route.query.topic) {
    const target = document.getElementById(`topic-${route.query.topic}`);
    if (target) {
      // After the router has focused the page title, move on to the topic asked for.
      setTimeout(() => {
        target.scrollIntoView();
        target.focus();
      }, 0);
    }
  }
}
