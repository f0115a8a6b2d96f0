// The consumer of the `jelou-webhooks` queue: claim the batch's events in the dedupe store (one
// call per dedupe object per batch), hand each claimed event to handleEvent, record the handled
// ones (again one call per object), and ack. A duplicate is acked without calling the handler. A
// handler that throws gives its claim back and the message is retried by the queue itself
// (message.retry()); after max_retries the queue moves it to the dead-letter queue. There is no
// retry loop here.
import type { JelouEvent } from "jelou-sdk/webhooks";
import type { Claim, Ticket } from "./dedupe.js";
import { kindOf } from "./webhook-key.js";

/** What the receiver puts on the queue. */
export interface QueuedWebhook {
  /** SHA-256 of the event's identity (see webhook-key.ts). */
  key: string;
  /** The verified event, as the SDK's constructEvent returned it. */
  event: JelouEvent;
  /** When the receiver accepted it (ms). */
  receivedAt: number;
}

/** One dedupe object as the consumer sees it (the WebhookDedupe stub of a shard). */
export interface DedupeStore {
  /** Claims each ticket in order; the answers line up with `tickets`. */
  claimAll(tickets: Ticket[]): Promise<Claim[]>;
  finishAll(tickets: Ticket[], ttlSeconds: number): Promise<void>;
  release(key: string, owner: string): Promise<void>;
}

export interface ConsumeDeps {
  /** Which dedupe object holds `key`. */
  shard(key: string): string;
  store(shard: string): DedupeStore;
  handle(event: JelouEvent): Promise<void>;
  ttlSeconds: number;
  /** Seconds before a failed message is delivered again (default: the queue's retry_delay). */
  retryDelaySeconds?: number;
  /** One line per message: event kind, outcome, attempt. Never an id or content. */
  log(line: string): void;
}

export type Outcome = "handled" | "duplicate" | "in_flight" | "retry_handler" | "retry_store";

type Msg = Message<QueuedWebhook>;
const ticket = (m: Msg): Ticket => ({ key: m.body.key, owner: m.id });

/** Messages grouped by the dedupe object that holds their key. */
function byShard(messages: readonly Msg[], deps: ConsumeDeps): Map<string, Msg[]> {
  const groups = new Map<string, Msg[]>();
  for (const m of messages) {
    const s = deps.shard(m.body.key);
    const g = groups.get(s);
    if (g) g.push(m);
    else groups.set(s, [m]);
  }
  return groups;
}

export async function consumeBatch(batch: MessageBatch<QueuedWebhook>, deps: ConsumeDeps): Promise<Outcome[]> {
  const outcomes = new Map<Msg, Outcome>();
  const retry = (m: Msg, why: Outcome) => {
    m.retry(deps.retryDelaySeconds === undefined ? undefined : { delaySeconds: deps.retryDelaySeconds });
    outcomes.set(m, why);
  };
  // Messages of one batch are independent: shards are claimed, and events handled, in parallel.
  await Promise.all(
    [...byShard(batch.messages, deps)].map(async ([shard, messages]) => {
      const store = deps.store(shard);
      let claims: Claim[];
      try {
        claims = await store.claimAll(messages.map(ticket));
      } catch {
        for (const m of messages) retry(m, "retry_store");
        return;
      }
      const handled: Msg[] = [];
      await Promise.all(
        messages.map(async (m, i) => {
          const claim = claims[i] ?? "in_flight";
          if (claim !== "claimed") {
            m.ack();
            outcomes.set(m, claim);
            return;
          }
          try {
            await deps.handle(m.body.event);
            handled.push(m);
          } catch {
            await store.release(m.body.key, m.id).catch(() => {});
            retry(m, "retry_handler");
          }
        }),
      );
      // Handled: ack even if the records cannot be written; a retry would run the handler twice.
      if (handled.length) await store.finishAll(handled.map(ticket), deps.ttlSeconds).catch(() => {});
      for (const m of handled) {
        m.ack();
        outcomes.set(m, "handled");
      }
    }),
  );
  return batch.messages.map((m) => {
    const outcome = outcomes.get(m) ?? "retry_store";
    try {
      deps.log(`${kindOf(m.body.event)} ${outcome} attempt ${m.attempts}`);
    } catch {}
    return outcome;
  });
}
