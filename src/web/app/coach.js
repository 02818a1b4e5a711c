// Coaching: the people who invited you as their coach (GET /api/clients); accept, view progress, stop.
import {h, heading, clear, append} from "./dom.js";
import {get, post, del} from "./api.js";
import {toast, toastError} from "./toast.js";

export async function render(root) {
  append(root, heading("Coaching"),
    h("p", {class: "lead"}, "People who invite you as their coach appear here. Once you accept, you can see their plan, journal, progress and forecast, change their program and run their weekly check-in; their journal stays theirs to write."),
    h("p", {}, "To have a coach yourself, invite them in ", h("a", {href: "#/settings"}, "Settings"), "."));
  const list = h("ul", {class: "clients"});
  append(root, h("h2", {}, "Your clients"), list);

  async function draw() {
    const clients = await get("/api/clients");
    clear(list);
    if (!clients.length) {
      append(list, h("li", {class: "muted", "data-testid": "coach-empty"}, "No one has invited you yet."));
      return;
    }
    for (const c of clients) {
      const actions = c.status === "active"
        ? [h("a", {class: "button small", href: `#/progress?account=${c.id}`, "data-testid": "coach-view"}, "Progress"),
          h("a", {class: "button small", href: `#/forecast?account=${c.id}`}, "Forecast"),
          h("a", {class: "button small", href: `#/plan?account=${c.id}`}, "Plan"),
          h("a", {class: "button small", href: `#/assessment?account=${c.id}`}, "Figures"),
          h("button", {type: "button", class: "small danger", "data-testid": "coach-stop", onclick: () => stop(c)}, "Stop coaching")]
        : [h("button", {type: "button", class: "small primary", "data-testid": "coach-accept", onclick: () => accept(c)}, "Accept"),
          h("button", {type: "button", class: "small", onclick: () => stop(c)}, "Decline")];
      append(list, h("li", {class: "client", "data-testid": "coach-client-row", "data-status": c.status},
        h("span", {class: "client-email"}, c.email),
        h("span", {class: "badge"}, c.status === "active" ? "coaching" : "invited you"),
        h("span", {class: "row"}, actions)));
    }
  }

  async function accept(c) {
    try {
      await post(`/api/clients/${c.id}/accept`);
      toast(`You now coach ${c.email}.`);
      await draw();
    } catch (error) {
      toastError(error);
    }
  }

  async function stop(c) {
    if (!window.confirm(`Stop coaching ${c.email}?`)) return;
    try {
      await del(`/api/clients/${c.id}`);
      toast(`You no longer coach ${c.email}.`);
      await draw();
    } catch (error) {
      toastError(error);
    }
  }

  await draw();
}
