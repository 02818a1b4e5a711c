// Sign up and sign in: one form each, the server's message shown beside the form when it refuses.
import {h, field, heading, append} from "./dom.js";
import {signIn, signUp, loadProfile, home} from "./session.js";
import {navigate} from "./router.js";
import {limits, at} from "./limits.js";

// `L`: GET /api/limits, for the password's length (null when unknown: the server still checks).
function form(kind, L) {
  const isSignup = kind === "signup";
  const least = isSignup ? at(L, "account", "password", "min_length") : undefined;
  const email = field({label: "E-mail", testid: `${kind}-email`, type: "email", name: "email",
    autocomplete: "email", required: true});
  const password = field({label: "Password", testid: `${kind}-password`, type: "password", name: "password",
    autocomplete: isSignup ? "new-password" : "current-password", required: true,
    minlength: least, maxlength: at(L, "account", "password", "max_length"),
    hint: isSignup ? `${least ? `At least ${least} characters. ` : ""}A few words strung together are easy to remember and hard to guess.` : undefined});
  const error = h("p", {class: "form-error", role: "alert", "data-testid": `${kind}-error`});
  const submit = h("button", {type: "submit", class: "primary", "data-testid": `${kind}-submit`},
    isSignup ? "Create my account" : "Sign in");

  const el = h("form", {class: "card stack", novalidate: true}, email.wrap, password.wrap, error, submit);
  el.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    if (!email.input.value || !email.input.checkValidity()) {
      error.textContent = "Please enter your e-mail address.";
      email.input.focus();
      return;
    }
    if (least && [...password.input.value].length < least) {
      error.textContent = `The password needs at least ${least} characters.`;
      password.input.focus();
      return;
    }
    submit.disabled = true;
    try {
      if (isSignup) await signUp(email.input.value.trim(), password.input.value);
      else await signIn(email.input.value.trim(), password.input.value);
      await loadProfile();
      navigate(home());
    } catch (e) {
      error.textContent = e.status === 401 ? "That e-mail and password do not match an account." : e.message;
      (e.field === "password" ? password.input : email.input).focus();
    } finally {
      submit.disabled = false;
    }
  });
  return el;
}

function intro() {
  return h("p", {class: "lead"},
    "hipfit plans your training, keeps your journal and shows your progress. ",
    "It is honest about the body: fat leaves the hips as overall body fat falls, and strength work shapes the muscles underneath.");
}

export async function renderSignIn(root) {
  const L = await limits();
  append(root, heading("Sign in"), intro(), form("signin", L),
    h("p", {}, "New here? ", h("a", {href: "#/signup", "data-testid": "goto-signup"}, "Create an account")),
    h("p", {}, h("a", {href: "#/learn"}, "Read how hip and thigh fat really changes")));
}

export async function renderSignUp(root) {
  const L = await limits();
  append(root, heading("Create your account"), intro(), form("signup", L),
    h("p", {}, "Already have an account? ", h("a", {href: "#/signin", "data-testid": "goto-signin"}, "Sign in")));
}
