// The Template tab: an HSM template (`POST /v2/whatsapp/{botId}/hsm`) to one or several numbers,
// validated as the user types with the SDK's own `messages.template` (the bundle the page runs),
// previewed, and sent by the app backend (`POST /api/templates/send`), which holds the credentials
// and calls `templates.send` server-side. The token proxy has no templates route by design, and
// this page never sees a credential.
import { h } from "./dom.js";
import { markIssues, renderForm } from "./forms.js";
import { renderPreview } from "./preview.js";

/** A text input; `max` names the limit its counter shows. */
const text = (key, label, o = {}) => ({ kind: "text", key, label, ...o });

const FIELDS = [
  text("elementName", "Template name (elementName)", { placeholder: "order_update" }),
  text("language", "Language", { placeholder: "es" }),
  {
    kind: "choice",
    key: "type",
    label: "Type",
    options: [
      ["text", "Text"],
      ["image", "Image"],
      ["document", "Document"],
      ["video", "Video"],
    ],
  },
  text("mediaUrl", "Header media URL (https, required)", { placeholder: "https://example.com/promo.jpg", when: (d) => d.type !== "text" }),
  text("filename", "File name (optional)", { placeholder: "invoice.pdf", when: (d) => d.type === "document" }),
  {
    kind: "strings",
    key: "destinations",
    label: "Destinations",
    singular: "number",
    itemLabel: "Number",
    placeholder: "593987654321",
    hint: "Country code and number, digits only: no +, spaces or dashes.",
  },
  {
    kind: "strings",
    key: "parameters",
    label: "Parameters",
    singular: "parameter",
    itemLabel: (i) => `{{${i + 1}}}`,
    itemMax: "TEMPLATE_SEND_REQUEST_PARAMETERS_MAX_LENGTH",
    hint: "The template's {{1}}, {{2}}, … in order.",
  },
];

const draft = (userId) => ({
  elementName: "order_update",
  language: "es",
  type: "text",
  mediaUrl: "",
  filename: "",
  destinations: [userId || "593987654321"],
  parameters: ["Ana", "A-17"],
});

/**
 * The wire payload the draft stands for: empty optional fields are left out; list items stay
 * (even empty) so issue paths keep pointing at the right input.
 */
export function toTemplate(d) {
  const media = d.type !== "text";
  return {
    elementName: d.elementName,
    destinations: d.destinations,
    type: d.type,
    ...(d.language && { language: d.language }),
    ...(media && d.mediaUrl && { mediaUrl: d.mediaUrl }),
    ...(d.type === "document" && d.filename && { filename: d.filename }),
    ...(d.parameters.length && { parameters: d.parameters }),
  };
}

/** The SDK's verdict: [] or `{ path, message }[]`, exactly what the backend would answer with. */
function validate(sdk, payload) {
  try {
    sdk.messages.template(payload);
    return [];
  } catch (e) {
    return e instanceof sdk.JelouValidationError ? e.issues : [{ path: "", message: String(e?.message ?? e) }];
  }
}

/**
 * Wires the Template tab into the page.
 * @param {{ sdk: any, config: { mock: boolean, userId: string, jelouBaseUrl?: string }, limits: object, botId: HTMLInputElement, getJson: (url: string) => Promise<any> }} ctx
 */
export function initTemplateTab({ sdk, config, limits, botId, getJson }) {
  const $ = (s) => document.querySelector(`#template-${s}`);
  const tab = document.querySelector("#template-tab");
  const state = draft(config.userId);
  const previewState = {};
  let body = "Hola {{1}}, tu pedido {{2}} está en camino.";
  let payload;
  let issues = [];

  const bodyField = () => {
    const input = h("textarea", { id: "t-preview-body", rows: 2, spellcheck: "false", value: body });
    input.addEventListener("input", () => ((body = input.value), update()));
    const label = h("label", { for: "t-preview-body" }, h("span", {}, "Template text (preview only, not sent)"));
    return h("div", { class: "field preview-only" }, label, input);
  };

  function update() {
    payload = toTemplate(state);
    issues = validate(sdk, payload);
    if (!botId.value) issues = [{ path: "botId", message: "is required" }, ...issues];
    $("json").textContent = JSON.stringify(payload, null, 2);
    $("valid").textContent = issues.length ? `${issues.length} issue${issues.length > 1 ? "s" : ""}` : "valid";
    $("valid").className = issues.length ? "badge bad" : "badge ok";
    $("issues").replaceChildren(...issues.map((i) => h("li", {}, h("code", {}, i.path || "(template)"), " ", i.message)));
    markIssues(tab, issues);
    const n = payload.destinations.length;
    $("recipients").replaceChildren(
      h("span", { class: "muted" }, n === 1 ? "1 recipient gets:" : `each of ${n} recipients gets:`),
      ...payload.destinations.map((d, i) =>
        h("span", { class: issues.some((x) => x.path === `destinations.${i}`) ? "chip bad" : "chip" }, d || "(empty)"),
      ),
    );
    renderPreview($("preview"), "template", { hsm: payload, body }, previewState);
    $("send").disabled = issues.length > 0;
    $("send").title = issues.length ? "fix the issues first" : "";
    const jelou = config.mock ? "the mock Jelou" : (config.jelouBaseUrl ?? "Jelou");
    $("endpoint").textContent =
      `POST /api/templates/send → templates.send() → POST /v2/whatsapp/${encodeURIComponent(botId.value)}/hsm on ${jelou}`;
  }

  function redraw() {
    renderForm($("form"), { fields: FIELDS }, state, { limits, onInput: update, onRedraw: redraw, idPrefix: "t-" });
    $("form").append(bodyField());
    update();
  }

  async function send() {
    if (issues.length) return; // the button is disabled too; the backend would refuse it anyway
    const out = $("result");
    out.dataset.status = "sending";
    out.replaceChildren(h("div", { class: "muted" }, "sending…"));
    $("send").disabled = true;
    const seen = config.mock ? (await getJson("/api/mock-requests")).length : 0;
    const lines = [];
    try {
      const r = await fetch("/api/templates/send", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ botId: botId.value, hsm: payload }),
      });
      const j = await r.json().catch(() => ({
        ok: false,
        error: { name: "Error", message: `the app backend answered ${r.status} with something that is not JSON` },
      }));
      out.dataset.status = j.ok ? "ok" : "error";
      if (j.ok) lines.push(h("div", { class: "ok" }, `sent: ${JSON.stringify(j.result)}`));
      else {
        const e = typeof j.error === "object" ? j.error : { name: "Error", message: j.error ?? `HTTP ${r.status}` };
        lines.push(h("div", { class: "bad" }, `${e.name}: ${e.message}`));
        for (const k of ["status", "code", "key", "description", "maybeSent"])
          if (e[k] !== undefined) lines.push(h("div", {}, `${k}: ${JSON.stringify(e[k])}`));
        for (const i of e.issues ?? []) lines.push(h("div", {}, h("code", {}, i.path), " ", i.message));
        if (e.cause) lines.push(h("div", { class: "muted" }, `cause: ${e.cause}`));
      }
      lines.push(h("div", { class: "muted" }, `app backend: POST /api/templates/send → ${r.status}`));
      for (const l of j.log ?? []) lines.push(h("div", { class: "muted" }, `backend → ${l}`));
    } catch (e) {
      out.dataset.status = "error";
      lines.push(h("div", { class: "bad" }, `the app backend did not answer: ${e?.message ?? e}`));
    }
    if (config.mock) {
      for (const r of (await getJson("/api/mock-requests")).slice(seen))
        lines.push(h("div", { class: "muted" }, `mock Jelou received ${r.method} ${r.path} (${r.authorization})`));
    }
    out.replaceChildren(...lines);
    update();
  }

  $("send").addEventListener("click", () => void send());
  $("form").addEventListener("submit", (e) => e.preventDefault());
  botId.addEventListener("input", update);
  redraw();
}
