// The playground: pick a message type, edit it with live limit counters, see it rendered like
// WhatsApp would and as the exact JSON, validated by the SDK, then send it through the token
// proxy with a token from the app backend (/api/token). The Template tab (template.js) sends HSM
// templates through the app backend instead. The page never holds a Jelou credential.
import * as sdk from "/sdk/index.js";
import { h } from "./dom.js";
import { markIssues, renderForm, toPayload } from "./forms.js";
import { renderPreview } from "./preview.js";
import { initIncoming } from "./incoming.js";
import { initTemplateTab } from "./template.js";
import { TYPES } from "./types.js";

// The bundle the page runs, for tinkering in the console: jelouSdk.messages.list({ … }).
window.jelouSdk = sdk;

const $ = (s) => document.querySelector(s);
const getJson = async (url) => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url} answered ${r.status}`);
  return r.json();
};

const [config, limits] = await Promise.all([getJson("/api/config"), getJson("/api/limits")]);

const drafts = new Map(); // one per type, so switching back keeps the edits
const previewState = {};
const startTab = location.hash === "#template" ? "template" : "messages";
let def = TYPES.find((t) => t.id === decodeURIComponent(location.hash.slice(1))) ?? TYPES.find((t) => t.id === "list");
let payload;

const draft = () => (drafts.has(def.id) || drafts.set(def.id, def.draft()), drafts.get(def.id));

function validate(p) {
  if (def.endpoint === "flow") {
    try {
      sdk.messages.flow(p);
      return [];
    } catch (e) {
      return e instanceof sdk.JelouValidationError ? e.issues : [{ path: "", message: String(e) }];
    }
  }
  const r = sdk.validateMessage(p);
  return r.success ? [] : r.issues;
}

/** Recomputes everything that depends on the draft; the form itself stays (and keeps focus). */
function update() {
  payload = toPayload(def, draft(), $("#userId").value);
  const issues = validate(payload);
  $("#json").textContent = JSON.stringify(payload, null, 2);
  $("#valid").textContent = issues.length ? `${issues.length} issue${issues.length > 1 ? "s" : ""}` : "valid";
  $("#valid").className = issues.length ? "badge bad" : "badge ok";
  $("#issues").replaceChildren(...issues.map((i) => h("li", {}, h("code", {}, i.path || "(message)"), " ", i.message)));
  for (const root of [$(".top"), $("#messages-tab")]) markIssues(root, issues); // not the Template tab's fields
  renderPreview($("#preview"), def.id, payload, previewState);
  const path =
    def.endpoint === "flow"
      ? `/v1/bots/${$("#botId").value}/users/${$("#userId").value}/flow_message`
      : `/v1/bots/${$("#botId").value}/messages`;
  $("#endpoint").textContent = `POST ${config.proxyUrl}${path}`;
}

/** Redraws the form (after a list grew or shrank, or a choice reshaped the draft), then updates. */
function redraw() {
  renderForm($("#form"), def, draft(), { limits, onInput: update, onRedraw: redraw });
  update();
}

/** Shows the Messages or the Template tab; each keeps its own drafts. */
function showTab(name) {
  for (const b of document.querySelectorAll("#tabs button")) b.setAttribute("aria-pressed", String(b.dataset.tab === name));
  $("#messages-tab").hidden = name !== "messages";
  $("#template-tab").hidden = name !== "template";
  document.body.dataset.tab = name; // the header's User ID is for messages only
  history.replaceState(null, "", `#${name === "template" ? "template" : def.id}`);
}

function pick(id) {
  def = TYPES.find((t) => t.id === id) ?? def;
  history.replaceState(null, "", `#${def.id}`);
  for (const b of document.querySelectorAll("#types button")) b.setAttribute("aria-pressed", String(b.dataset.type === def.id));
  $("#form-title").textContent = def.label;
  $("#result").replaceChildren();
  redraw();
}

/** Gets a send token for exactly this bot, recipient and type from the app backend. */
const tokenFrom = (scope, log) => async () => {
  const r = await fetch("/api/token", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(scope) });
  const j = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(`the app backend gave no token (${r.status}): ${j.error ?? JSON.stringify(j)}`);
  log.push(`token from /api/token (${scope.types[0]}, max ${scope.max}), expires ${j.expiresAt}`);
  return j.token;
};

async function send() {
  const [botId, userId] = [$("#botId").value, $("#userId").value];
  const log = [];
  const scope = { bot: botId, sub: userId, types: [def.endpoint === "flow" ? "flow" : String(payload.type)], max: 1 };
  const jelou = sdk.createJelou({
    baseUrl: config.proxyUrl,
    token: tokenFrom(scope, log),
    hooks: { onResponse: (i) => log.push(`POST ${i.url} → ${i.status} in ${i.durationMs} ms`) },
  });
  const out = $("#result");
  out.dataset.status = "sending";
  out.replaceChildren(h("div", { class: "muted" }, "sending…"));
  const seen = config.mock ? (await getJson("/api/mock-requests")).length : 0;
  const lines = [];
  try {
    const result = def.endpoint === "flow" ? await jelou.sendFlow(botId, userId, payload) : await jelou.send(botId, payload);
    out.dataset.status = "ok";
    lines.push(h("div", { class: "ok" }, `sent: ${JSON.stringify(result)}`));
    if (result?.messageId) receive.track(String(result.messageId), `${def.label}${payload?.text ? `: ${payload.text}` : ""}`);
  } catch (e) {
    out.dataset.status = "error";
    const fields = ["status", "code", "key", "description", "maybeSent"]
      .filter((k) => e?.[k] !== undefined)
      .map((k) => `${k}: ${JSON.stringify(e[k])}`);
    lines.push(h("div", { class: "bad" }, `${e?.name ?? "Error"}: ${e?.message ?? e}`));
    for (const f of fields) lines.push(h("div", {}, f));
    for (const i of e?.issues ?? []) lines.push(h("div", {}, h("code", {}, i.path), " ", i.message));
    if (e?.cause) lines.push(h("div", { class: "muted" }, `cause: ${e.cause?.message ?? e.cause}`));
  }
  for (const l of log) lines.push(h("div", { class: "muted" }, l));
  if (config.mock) {
    for (const r of (await getJson("/api/mock-requests")).slice(seen))
      lines.push(h("div", { class: "muted" }, `mock Jelou received ${r.method} ${r.path} (${r.authorization})`));
  }
  out.replaceChildren(...lines);
}

// ---- wiring --------------------------------------------------------------------------------
$("#mode").textContent = config.mock ? "mock Jelou on 127.0.0.1" : "real Jelou API";
$("#mode").className = config.mock ? "badge ok" : "badge bad";
$("#botId").value = config.botId;
$("#userId").value = config.userId;
$("#botId").addEventListener("input", update);
$("#userId").addEventListener("input", update);
$("#send").addEventListener("click", () => void send());
$("#form").addEventListener("submit", (e) => e.preventDefault()); // Enter in a lone field
$("#types").replaceChildren(
  ...TYPES.map((t) => h("button", { type: "button", dataset: { type: t.id }, onclick: () => pick(t.id) }, t.label)),
);
pick(def.id);
for (const b of document.querySelectorAll("#tabs button")) b.addEventListener("click", () => showTab(b.dataset.tab));
initTemplateTab({ sdk, config, limits, botId: $("#botId"), getJson });
const receive = initIncoming({ anchor: $("#messages-tab main"), mock: config.mock });
showTab(startTab);
document.body.dataset.ready = "true";
