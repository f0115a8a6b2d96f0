// YOUR CODE GOES HERE. handleEvent gets each verified Jelou event once (duplicates never reach it).
// Return to acknowledge the event; throw to have the queue deliver it again later (after the
// queue's max_retries it goes to the dead-letter queue). Keep it idempotent anyway: if the Worker
// dies after your code finished but before the event is marked handled, it runs again.
import type { JelouEvent } from "jelou-sdk/webhooks";

export interface HandlerEnv {
  /** Where this example forwards events (e.g. your backend); unset: events are only counted in the log. */
  WEBHOOK_FORWARD_URL?: string;
  /** Sent as `Authorization: Bearer …` to WEBHOOK_FORWARD_URL, so your backend knows it is this Worker. */
  WEBHOOK_FORWARD_TOKEN?: string;
}

/**
 * The example: forwards the event as JSON to WEBHOOK_FORWARD_URL (`npm start` points it at the
 * playground's backend, which moves the ticks). Any non-2xx answer throws, so the queue retries.
 * @example
 * // A delivery notification updates your message store; a PMA message opens a ticket.
 * export async function handleEvent(event: JelouEvent, env: HandlerEnv) {
 *   if (event.type === "read" && event.data.messageId) await markRead(env, event.data.messageId);
 *   if (event.type === "message" && event.data.value.type === "text") await openTicket(env, event.data.value.content.body);
 * }
 */
export async function handleEvent(event: JelouEvent, env: HandlerEnv): Promise<void> {
  if (!env.WEBHOOK_FORWARD_URL) return;
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (env.WEBHOOK_FORWARD_TOKEN) headers.Authorization = `Bearer ${env.WEBHOOK_FORWARD_TOKEN}`;
  const r = await fetch(env.WEBHOOK_FORWARD_URL, { method: "POST", headers, body: JSON.stringify(event) });
  await r.body?.cancel();
  if (!r.ok) throw new Error(`forward answered ${r.status}`);
}
