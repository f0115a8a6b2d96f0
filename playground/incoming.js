// Receiving, in the playground: each message sent from this page gets a bubble whose ticks move
// sent → delivered → read as Jelou's signed delivery notifications come back through the Worker's
// receiver, its queue and its consumer; an "incoming" list shows every event the consumer handed
// on. The page polls the app backend's GET /api/events: it never holds the webhook secret.
import { h } from "./dom.js";
import { ticks } from "./preview.js";

const POLL_MS = 400;
/** Delivery events in the order they can happen; a late "delivered" never undoes "read". */
const RANK = { sent: 0, delivered_channel: 1, delivered_user: 2, read: 3, failed: 4 };
const SHOWN = { sent: "sent", delivered_channel: "delivered", delivered_user: "delivered", read: "read", failed: "failed" };

/** One line for the incoming list, from the SDK's event: `{ type, id, data }` or `{ type: "unknown", raw }`. */
function describe(e) {
  const d = e?.data ?? {};
  if (d.messageId && e.type in RANK) return { kind: e.type, text: `message ${d.messageId}` };
  if (e?.type === "message")
    return { kind: "pma message", text: `${d.contact?.name ?? d.contact?.id ?? "user"}: ${d.value?.content?.body ?? d.value?.type ?? ""}` };
  if (e?.type === "user_message")
    return { kind: "user message", text: `${d.names ?? d.userId ?? "user"}: ${d.bubble?.text ?? d.bubble?.type ?? ""}` };
  if (String(e?.type).startsWith("conversation."))
    return { kind: e.type, text: d.conversation?.id ? `conversation ${d.conversation.id}` : "" };
  return { kind: String(e?.type ?? "event"), text: "" };
}

/**
 * Adds the "Sent & incoming" panel after `anchor` and starts polling.
 * @returns {{ track(messageId: string, label: string): void }}
 */
export function initIncoming({ anchor, mock }) {
  const sentList = h("ul", { id: "sent-list", class: "sent-list" });
  const incoming = h("ul", { id: "incoming-list", class: "incoming-list" });
  const button =
    mock && h("button", { type: "button", id: "simulate-incoming", onclick: () => void simulate() }, "A user writes (mock PMA message)");
  const panel = h(
    "section",
    { class: "panel receive-panel", id: "receive", "aria-label": "Sent and incoming" },
    h("h2", {}, "Sent ", h("span", { class: "muted" }, "(ticks from delivery webhooks)")),
    sentList,
    h("h2", {}, "Incoming ", h("span", { class: "muted" }, "(signed → Worker → queue → consumer)")),
    button,
    incoming,
  );
  anchor.after(panel);

  /** messageId → { status, bubble } */
  const sent = new Map();
  const early = new Map(); // notifications that beat the send's answer
  let after = 0;

  function setStatus(messageId, event) {
    const s = sent.get(messageId);
    if (!s) {
      if ((RANK[event] ?? -1) > (RANK[early.get(messageId)] ?? -1)) early.set(messageId, event);
      return;
    }
    if ((RANK[event] ?? -1) <= RANK[s.status]) return;
    s.status = event;
    s.el.dataset.status = SHOWN[event];
    s.el.title = event;
    s.el.querySelector(".wa-ticks").replaceWith(ticks(SHOWN[event]));
  }

  async function poll() {
    try {
      const r = await fetch(`/api/events?after=${after}`);
      if (r.ok) {
        const { events } = await r.json();
        for (const { seq, at, event } of events) {
          after = Math.max(after, seq);
          if (event?.data?.messageId && event.type in RANK) setStatus(String(event.data.messageId), event.type);
          const d = describe(event);
          incoming.prepend(
            h(
              "li",
              { dataset: { kind: d.kind } },
              h("span", { class: "muted" }, new Date(at).toLocaleTimeString()),
              " ",
              h("strong", {}, d.kind),
              " ",
              d.text,
            ),
          );
        }
      }
    } catch {}
    setTimeout(poll, POLL_MS);
  }

  async function simulate() {
    await fetch("/api/incoming", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }).catch(() => {});
  }

  void poll();
  return {
    track(messageId, label) {
      const el = h(
        "li",
        { class: "wa-bubble sent", dataset: { messageId, status: "sent" }, title: "sent" },
        h("span", {}, label),
        h("span", { class: "wa-time" }, new Date().toTimeString().slice(0, 5), ticks("sent")),
      );
      sent.set(messageId, { status: "sent", el });
      sentList.prepend(el);
      const pending = early.get(messageId);
      if (pending) (setStatus(messageId, pending), early.delete(messageId));
    },
  };
}
