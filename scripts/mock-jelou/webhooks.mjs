// The mock Jelou's webhook side: it signs each delivery like Jelou (`X-Jelou-Signature:
// sha256=<hex HMAC-SHA256(secret, exact body)>`) and posts it to the configured URL. After each
// message send it posts the delivery notifications delivered_channel → delivered_user → read for
// that messageId, and `deliver(event)` posts any event on demand (a PMA message, a replay, a
// forgery for tests). A delivery answered with anything but 2xx is tried again, a few times.
import { randomUUID } from "node:crypto";
import { sign } from "./auth.mjs";

/** The notification sequence after a send, in order. */
export const DELIVERY_STEPS = ["delivered_channel", "delivered_user", "read"];

/**
 * @typedef {{ url?: string, secret?: string, stepMs?: number, attempts?: number }} WebhookConfig
 *   `url`: where to deliver (unset: nothing is delivered); `secret`: the signing secret;
 *   `stepMs`: pause before each notification of a send (default 250 ms, so ticks visibly move);
 *   `attempts`: tries per delivery (default 3).
 * @typedef {{ body: string, status: number | "error", attempts: number, at: number }} Delivery
 */

/** @param {WebhookConfig} [initial] */
export function webhookDeliverer(initial = {}) {
  /** @type {WebhookConfig} */
  const config = { stepMs: 250, attempts: 3, ...initial };
  /** @type {Delivery[]} */
  const deliveries = [];
  /** @type {Set<Promise<unknown>>} */
  const pending = new Set();
  let closed = false;

  /** @template T @param {Promise<T>} p @returns {Promise<T>} */
  const track = (p) => {
    pending.add(p);
    p.finally(() => pending.delete(p)).catch(() => {});
    return p;
  };

  /**
   * Signs and posts `event` (an object, serialized once, or a string sent as is). `signature`
   * overrides the header (tests: forgeries); `null` omits it.
   * @param {unknown} event @param {{ signature?: string | null, url?: string }} [o]
   * @returns {Promise<Delivery>}
   */
  async function deliver(event, o = {}) {
    const url = o.url ?? config.url;
    if (!url) throw new Error("mock Jelou: no webhook URL configured");
    const body = typeof event === "string" ? event : JSON.stringify(event);
    const signature = o.signature === undefined ? sign(config.secret ?? "", body) : o.signature;
    /** @type {Delivery} */
    const d = { body, status: "error", attempts: 0, at: Date.now() };
    deliveries.push(d);
    for (let i = 0; i < (config.attempts ?? 3) && !closed; i++) {
      d.attempts++;
      try {
        const r = await fetch(url, {
          method: "POST",
          headers: { "Content-Type": "application/json", ...(signature !== null && { "X-Jelou-Signature": signature }) },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        await r.arrayBuffer();
        d.status = r.status;
        if (r.ok || (r.status >= 400 && r.status < 500)) break; // a refusal is final
      } catch {
        d.status = "error";
      }
      await new Promise((ok) => setTimeout(ok, 100 * 2 ** i));
    }
    return d;
  }

  /**
   * After a send: delivered_channel, delivered_user, read for `messageId`, one after another.
   * @param {{ messageId: string, botId?: string, userId?: string }} sent
   */
  function afterSend(sent) {
    if (!config.url || closed) return;
    track(
      (async () => {
        for (const event of DELIVERY_STEPS) {
          await new Promise((ok) => setTimeout(ok, config.stepMs));
          if (closed) return;
          await deliver({ event, messageId: sent.messageId, botId: sent.botId, userId: sent.userId, timestamp: Date.now() });
        }
      })(),
    );
  }

  /**
   * A PMA message event, as Jelou posts a user's message to the panel; fields given override.
   * @param {{ text?: string, botId?: string, userId?: string, name?: string }} [o]
   */
  const pmaMessage = (o = {}) => ({
    field: "messages",
    object: "message_event",
    event_type: "message",
    timestamp: Date.now(),
    project_id: "PROJECT_ID",
    room_id: `room-${o.userId ?? "593987654321"}`,
    contact: { id: o.userId ?? "593987654321", name: o.name ?? "María José" },
    conversation: { id: "CONVERSATION_ID" },
    bot: { id: o.botId ?? "BOT_ID", name: "Soporte" },
    value: { id: `wamid.${randomUUID()}`, type: "text", content: { body: o.text ?? "¿Puedo pagar en línea? 🙏" } },
  });

  return {
    config,
    deliveries,
    /** @param {unknown} event @param {{ signature?: string | null, url?: string }} [o] */
    deliver: (event, o) => track(deliver(event, o)),
    afterSend,
    pmaMessage,
    /** @param {WebhookConfig} c */
    configure(c) {
      Object.assign(config, c);
    },
    /** Waits until every delivery under way has finished (bounded by their own timeouts). */
    async settle() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
    close() {
      closed = true;
    },
  };
}
