// Settings: profile, coaches (invite, revoke), this device's sound and vibration, password, export, sign out.
import {h, field, heading, clear, uid, append} from "./dom.js";
import {get, post, put, del} from "./api.js";
import {session, signOut} from "./session.js";
import {settings, saveSettings} from "./storage.js";
import {pending} from "./outbox.js";
import {toast, toastError} from "./toast.js";
import {limits, at} from "./limits.js";

function toggle(key, testid, text) {
  const id = uid(key);
  const input = h("input", {type: "checkbox", id, "data-testid": testid, checked: settings()[key],
    onchange: (event) => saveSettings({[key]: event.target.checked})});
  return h("div", {class: "choice"}, input, h("label", {for: id}, text));
}

export async function render(root) {
  const L = await limits();
  append(root, heading("Settings"));
  const account = session.account;
  append(root, h("section", {class: "card stack", "aria-labelledby": "me-h"},
    h("h2", {id: "me-h"}, "You"),
    h("p", {}, `Signed in as ${account.email}.`),
    h("p", {}, h("a", {class: "button", href: "#/onboarding", "data-testid": "settings-edit-profile"}, session.profile ? "Edit my profile and units" : "Fill in my profile")),
    // Two buttons, not a button and a small link: a phone's finger needs the CSV's target as big (WCAG 2.5.8).
    h("p", {class: "row"}, h("a", {class: "button", href: "/api/export?format=json", download: "hipfit-export.json", "data-testid": "settings-export"}, "Download all my data (JSON)"),
      h("a", {class: "button", href: "/api/export?format=csv", download: "hipfit-journal.csv"}, "Download the journal (CSV)")),
    pending().length ? h("p", {"data-testid": "outbox-count"}, `${pending().length} workout result(s) wait to be sent when you are online.`) : null));

  append(root, h("section", {class: "card stack", "aria-labelledby": "device-h"},
    h("h2", {id: "device-h"}, "During workouts, on this device"),
    toggle("sound", "settings-sound", "Beeps for countdowns and the metronome"),
    toggle("vibration", "settings-vibration", "Vibrate at the end of each step (where the phone supports it)")));

  // Coaches
  const coachList = h("ul", {class: "clients"});
  const email = field({label: "Your coach's e-mail", testid: "invite-email", type: "email", autocomplete: "off",
    hint: "They need a hipfit account on this server. They will see your plan, journal and progress, and can change your program; they cannot write in your journal."});
  const invite = h("form", {class: "quick-form", novalidate: true}, email.wrap, h("button", {type: "submit", "data-testid": "invite-submit"}, "Invite"));
  invite.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!email.input.value.trim()) {
      email.input.focus();
      return;
    }
    try {
      await post("/api/coaches", {email: email.input.value.trim()});
      // The server answers alike whether or not the account exists, so that no one can learn who has one.
      toast(`If ${email.input.value.trim()} has an account here, they are invited and appear below.`);
      email.input.value = "";
      await drawCoaches();
    } catch (error) {
      toastError(error);
    }
  });
  append(root, h("section", {class: "card stack", "aria-labelledby": "coaches-h"}, h("h2", {id: "coaches-h"}, "Your coaches"), coachList, invite));

  async function drawCoaches() {
    const coaches = await get("/api/coaches");
    clear(coachList);
    if (!coaches.length) append(coachList, h("li", {class: "muted"}, "No coach yet."));
    for (const c of coaches) {
      append(coachList, h("li", {class: "client", "data-testid": "coach-row", "data-status": c.status},
        h("span", {class: "client-email"}, c.email),
        h("span", {class: "badge"}, c.status === "active" ? "coaching you" : "invited"),
        h("button", {type: "button", class: "small danger", "data-testid": "coach-revoke", onclick: async () => {
          try {
            await del(`/api/coaches/${c.id}`);
            toast(c.status === "active" ? `${c.email} no longer sees your data.` : `Invitation to ${c.email} withdrawn.`);
            await drawCoaches();
          } catch (error) {
            toastError(error);
          }
        }}, c.status === "active" ? "Revoke" : "Withdraw")));
    }
  }

  // Password
  const current = field({label: "Current password", testid: "password-current", type: "password", autocomplete: "current-password"});
  const least = at(L, "account", "password", "min_length");
  const next = field({label: "New password", testid: "password-new", type: "password", autocomplete: "new-password", minlength: least,
    maxlength: at(L, "account", "password", "max_length"),
    hint: `${least ? `At least ${least} characters. ` : ""}Your other signed-in devices will be signed out.`});
  const message = h("p", {role: "status", "data-testid": "password-message"});
  const pw = h("form", {class: "stack", novalidate: true}, current.wrap, next.wrap, message,
    h("button", {type: "submit", "data-testid": "password-submit"}, "Change password"));
  pw.addEventListener("submit", async (event) => {
    event.preventDefault();
    message.textContent = "";
    if (least && [...next.input.value].length < least) {
      message.textContent = `The new password needs at least ${least} characters.`;
      next.input.focus();
      return;
    }
    try {
      await put("/api/account/password", {current_password: current.input.value, new_password: next.input.value});
      pw.reset();
      message.textContent = "Password changed.";
    } catch (error) {
      message.textContent = error.field === "current_password" ? "The current password is not right." : error.message;
      (error.field === "current_password" ? current.input : next.input).focus();
    }
  });
  append(root, h("section", {class: "card stack", "aria-labelledby": "pw-h"}, h("h2", {id: "pw-h"}, "Password"), pw));

  append(root, h("section", {class: "card", "aria-labelledby": "out-h"}, h("h2", {id: "out-h"}, "Sign out"),
    h("p", {}, "Signing out also removes what this device kept for offline use."),
    h("button", {type: "button", class: "danger", "data-testid": "signout", onclick: async () => {
      try {
        await signOut();
      } catch (error) {
        toastError(error);
      }
    }}, "Sign out")));

  await drawCoaches();
}
