// What makes two deliveries "the same event": the SDK's event id (the same on every redelivery:
// the message id, or `<type>:<messageId>` / `<type>:<conversation id>`), so a redelivery is
// recognised even if a field such as a timestamp differs. An event without an id falls back to
// its content. The key is a SHA-256 digest: fixed length, and no user id in storage.
import type { JelouEvent } from "jelou-sdk/webhooks";

/** The identity of an event, before hashing. */
export function identity(event: JelouEvent): string {
  if (event.type !== "unknown" && typeof event.id === "string" && event.id) return `${event.type}|${event.id}`;
  return `body|${JSON.stringify(event)}`;
}

/** SHA-256 hex of the identity: the key the de-duplication store sees. */
export async function dedupeKey(event: JelouEvent): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(identity(event))));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** One word naming the kind of event, for log lines: never an id, a name or message content. */
export function kindOf(event: unknown): string {
  const type = (event as { type?: unknown } | null)?.type;
  return typeof type === "string" && /^[a-z_.]{1,40}$/.test(type) ? type : "other";
}
