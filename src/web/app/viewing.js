// A coach looking at a client's page (?account=N): the heading says whose page it is, and one banner,
// the same on every page, names the client and leads back to the coach's page. Accounts have no names,
// so the client is named by the e-mail GET /api/clients gives.
import {h, heading, append} from "./dom.js";
import {get, withAccount} from "./api.js";

// The client's account id the route names, or null on one's own page.
export function viewedAccount(route) {
  return (route && route.query && route.query.account) || null;
}

// A page's address, for the client the route names (or one's own).
export function pageLink(name, route) {
  return withAccount(`#/${name}`, viewedAccount(route));
}

async function clientEmail(account) {
  const clients = await get("/api/clients").catch(() => []);
  const client = clients.find((c) => String(c.id) === String(account));
  return client ? client.email : `account ${account}`;
}

// Appends the page's heading to root: `own` on one's own page; for a client, `name` and their e-mail,
// followed by the banner. Returns {account, who, title}: account and who are null on one's own page.
export async function pageHead(root, route, name, own = name) {
  const account = viewedAccount(route);
  if (!account) {
    const title = heading(own);
    append(root, title);
    return {account: null, who: null, title};
  }
  const who = await clientEmail(account);
  const title = heading(`${name} — ${who}`);
  document.title = `${title.textContent} · hipfit`;
  append(root, title, h("p", {class: "viewing", "data-testid": "coach-viewing"},
    `Viewing ${who}, as their coach. `, h("a", {href: "#/coach"}, "Back to your clients")));
  return {account, who, title};
}
