// A WhatsApp-like rendering of a payload, valid or not: chat bubble, list button with its bottom
// sheet, reply buttons, URL/call/flow buttons, media placeholders (nothing is fetched: media URLs
// are only shown), and carousel cards that scroll sideways. Pure DOM, user text via textContent.
import { h, icon } from "./dom.js";

const TIME = "10:24"; // fixed, so screenshots are stable
const str = (x) => (typeof x === "string" ? x : "");
const arr = (x) => (Array.isArray(x) ? x : []);

/** WhatsApp markdown: *bold*, _italic_, ~strike~, ```mono```. */
function fmt(s) {
  const out = [];
  for (const part of str(s).split(/(\*[^*\n]+\*|_[^_\n]+_|~[^~\n]+~|```[^`]+```)/)) {
    if (!part) continue;
    const tag = { "*": "strong", _: "em", "~": "s" }[part[0]];
    if (part.startsWith("```") && part.length > 6) out.push(h("code", {}, part.slice(3, -3)));
    else if (tag && part.length > 2 && part.at(-1) === part[0]) out.push(h(tag, {}, part.slice(1, -1)));
    else out.push(part);
  }
  return out;
}

/**
 * WhatsApp's ticks for a sent message: "sent" one grey tick, "delivered" two grey, "read" two
 * blue, "failed" a red mark. `data-status` carries the state for tests and CSS.
 */
export function ticks(status) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 18 12");
  svg.setAttribute("class", `wa-ticks ${status}`);
  svg.dataset.status = status;
  const marks =
    status === "failed" ? ["M8 1v6M8 9v2"] : status === "sent" ? ["M1 6l3.5 3.5L11 2"] : ["M1 6l3.5 3.5L11 2", "M7 9.5l.5.5L15 2"];
  for (const d of marks) {
    const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

const shortUrl = (u) => str(u).replace(/^https?:\/\//, "") || "(no URL)";
const text = (s, cls = "wa-text") => str(s) && h("div", { class: cls }, fmt(s));
const time = () => h("span", { class: "wa-time" }, TIME);
const bubble = (children, cls = "") => h("div", { class: `wa-bubble ${cls}` }, children, time());
/** A button inside the bubble, under a divider (URL, call, list, flow, location request). */
const action = (name, label, cls = "") =>
  h("div", { class: `wa-action ${cls}`, role: "button", tabindex: 0 }, icon(name), h("span", {}, label));

// CSSOM, not a style attribute: the page's CSP allows no inline styles.
const bar = (px) => {
  const el = h("i");
  el.style.height = `${px}px`;
  return el;
};

function media(kind, url) {
  const names = { image: "image", video: "play", doc: "doc" };
  return h(
    "div",
    { class: `wa-media wa-${kind}` },
    icon(names[kind] ?? "image", "icon big"),
    h("span", { class: "wa-url" }, shortUrl(url)),
  );
}

const RENDER = {
  text: (p) => [bubble(text(p.text))],

  list: (p, ui) => {
    const button = action("list", str(p.buttonText?.text) || "Menu", "wa-list-button");
    button.addEventListener("click", () => ui.openSheet(p));
    button.addEventListener("keydown", (e) => e.key === "Enter" && ui.openSheet(p));
    return [bubble([text(p.title, "wa-title"), text(p.text), button])];
  },

  quick_reply: (p) => [
    h(
      "div",
      { class: "wa-group" },
      bubble([text(p.title, "wa-title"), text(p.text)]),
      arr(p.quick_replies).map((q) => h("div", { class: "wa-reply-button" }, icon("reply"), h("span", {}, str(q?.title)))),
    ),
  ],

  image: (p) => [bubble([media("image", p.mediaUrl), text(p.text)], "media")],
  video: (p) => [bubble([media("video", p.mediaUrl), text(p.text)], "media")],
  audio: (p) => [
    bubble(
      h(
        "div",
        { class: "wa-audio" },
        h("span", { class: "wa-avatar small" }, icon("mic")),
        icon("play", "icon play"),
        h(
          "span",
          { class: "wa-wave" },
          Array.from({ length: 28 }, (_, i) => bar(4 + ((i * 7) % 13))),
        ),
        h("span", { class: "wa-dur" }, "0:42"),
      ),
    ),
  ],
  file: (p) => {
    const name = str(p.filename) || shortUrl(p.mediaUrl).split("/").pop();
    const ext = (name.split(".").pop() || "file").toUpperCase().slice(0, 4);
    return [
      bubble(
        [
          h(
            "div",
            { class: "wa-doc" },
            icon("doc", "icon big"),
            h("div", {}, h("div", { class: "wa-doc-name" }, name), h("div", { class: "wa-meta" }, `${ext} · document`)),
          ),
          text(p.text),
        ],
        "media",
      ),
    ];
  },
  sticker: (p) => [
    h("div", { class: "wa-sticker", title: shortUrl(p.mediaUrl) }, icon("sticker", "icon huge"), h("span", {}, "sticker"), time()),
  ],

  location: (p) => [
    bubble(
      [
        h("div", { class: "wa-map" }, icon("pin", "icon pin")),
        h("div", { class: "wa-meta" }, `${p.coordinates?.lat ?? "?"}, ${p.coordinates?.long ?? "?"}`),
      ],
      "media",
    ),
  ],
  contacts: (p) =>
    arr(p.contacts).map((c) => {
      const n = c?.name ?? {};
      const name =
        str(n.formatted_name) ||
        [n.first_name, n.middle_name, n.last_name].filter(Boolean).join(" ") ||
        str(arr(c?.phones)[0]?.phone) ||
        "Contact";
      return bubble([
        h("div", { class: "wa-contact" }, h("span", { class: "wa-avatar" }, icon("person")), h("strong", {}, name)),
        action("person", "Message"),
      ]);
    }),
  location_request: (p) => [bubble([text(p.text), action("pin", "Send location")])],
  cta_url: (p) => [
    bubble([
      text(p.title, "wa-title"),
      text(p.text),
      text(p.caption, "wa-footer"),
      action("link", str(p.parameters?.display_text), "wa-url-button"),
    ]),
  ],
  voice_call: (p) => [
    bubble([text(p.header, "wa-title"), text(p.text), action("phone", str(p.parameters?.display_text), "wa-call-button")]),
  ],
  flow: (p) => [
    bubble([
      text(p.title, "wa-title"),
      text(p.text),
      text(p.caption, "wa-footer"),
      action("flow", str(p.parameters?.flow_cta), "wa-flow-button"),
    ]),
  ],

  // An HSM template, as `{ hsm, body }`: `body` is the template's text as approved (shown only,
  // never sent), its {{n}} filled with `hsm.parameters` in order; the header is the media, if any.
  template: ({ hsm = {}, body }) => {
    const params = arr(hsm.parameters);
    const filled = str(body).replace(/\{\{(\d+)\}\}/g, (m, n) => str(params[Number(n) - 1]) || m);
    const kind = { image: "image", video: "video", document: "doc" }[hsm.type];
    const header =
      kind === "doc"
        ? h(
            "div",
            { class: "wa-doc" },
            icon("doc", "icon big"),
            h(
              "div",
              {},
              h("div", { class: "wa-doc-name" }, str(hsm.filename) || shortUrl(hsm.mediaUrl).split("/").pop()),
              h("div", { class: "wa-meta" }, "document"),
            ),
          )
        : kind && media(kind, hsm.mediaUrl);
    const fallback = params.length ? params.map((x, i) => `{{${i + 1}}} = ${str(x)}`).join("\n") : "(no parameters)";
    const meta = [str(hsm.elementName) || "(no template name)", str(hsm.language)].filter(Boolean).join(" · ");
    return [
      bubble(
        [header, text(filled || fallback), h("div", { class: "wa-footer wa-template-meta" }, `template ${meta}`)],
        kind ? "media wa-template" : "wa-template",
      ),
    ];
  },

  CAROUSEL: (p) => [
    bubble(text(p.text)),
    h(
      "div",
      { class: "wa-carousel", tabindex: 0, "aria-label": "carousel cards" },
      arr(p.parameters?.cards).map((c, i) => {
        const kind = c?.header?.type === "video" ? "video" : "image";
        const buttons =
          c?.type === "cta_url" || c?.action?.name
            ? [action("link", str(c?.action?.parameters?.display_text))]
            : arr(c?.action?.buttons).map((b) => action("reply", str(b?.quick_reply?.title)));
        return h("div", { class: "wa-card", dataset: { index: i } }, media(kind, c?.header?.[kind]?.link), text(c?.body?.text), buttons);
      }),
    ),
  ],
};

/** The list's bottom sheet: its title is the button label, then the options with radio circles. */
function sheet(p, close) {
  return h(
    "div",
    { class: "wa-backdrop", onclick: (e) => e.target === e.currentTarget && close() },
    h(
      "div",
      { class: "wa-sheet", role: "dialog", "aria-label": "list options" },
      h(
        "div",
        { class: "wa-sheet-head" },
        h("button", { type: "button", class: "wa-close", onclick: close, "aria-label": "close" }, icon("close")),
        h("span", {}, str(p.buttonText?.text) || "Menu"),
      ),
      h(
        "ul",
        { class: "wa-options" },
        arr(p.options).map((o) =>
          h(
            "li",
            { class: "wa-option" },
            h(
              "div",
              {},
              h("div", { class: "wa-option-title" }, str(o?.title)),
              str(o?.description) && h("div", { class: "wa-meta" }, o.description),
            ),
            h("span", { class: "wa-radio" }),
          ),
        ),
      ),
      h("div", { class: "wa-sheet-foot" }, "Tap an item to select it"),
    ),
  );
}

/**
 * Draws the phone with the message into `root`. Keeps the list sheet open across redraws while
 * the same type is shown, so typing an option updates the open sheet.
 */
export function renderPreview(root, typeId, payload, state = {}) {
  const chat = h("div", { class: "wa-chat" }, h("div", { class: "wa-day" }, "TODAY"));
  const phone = h(
    "div",
    { class: "phone" },
    h(
      "div",
      { class: "wa-header" },
      icon("back"),
      h("span", { class: "wa-avatar" }, icon("person")),
      h("div", {}, h("div", { class: "wa-name" }, "Jelou Bot"), h("div", { class: "wa-status" }, "business account")),
    ),
    chat,
    h("div", { class: "wa-input" }, h("span", { class: "wa-field" }, "Message"), h("span", { class: "wa-mic" }, icon("mic"))),
  );
  const ui = {
    openSheet(p) {
      state.sheetOpen = true;
      phone.querySelector(".wa-backdrop")?.remove();
      phone.append(sheet(p, () => ((state.sheetOpen = false), phone.querySelector(".wa-backdrop")?.remove())));
    },
  };
  if (state.typeId !== typeId) state.sheetOpen = false;
  state.typeId = typeId;
  chat.append(h("div", { class: `wa-row wa-${typeId}` }, (RENDER[typeId] ?? RENDER.text)(payload, ui)));
  if (state.sheetOpen && typeId === "list") ui.openSheet(payload);
  root.replaceChildren(phone);
  return state;
}
