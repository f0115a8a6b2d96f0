// The Queues and Durable Object SQL types this Worker uses, declared here (like workers.d.ts) so
// that the example needs no @cloudflare/workers-types dependency.

interface QueueSendOptions {
  delaySeconds?: number;
}

/** A producer binding (`[[queues.producers]]`). */
interface Queue<Body = unknown> {
  send(body: Body, options?: QueueSendOptions): Promise<void>;
}

interface QueueRetryOptions {
  delaySeconds?: number;
}

/** One message of a consumer batch; `id` stays the same across its retries. */
interface Message<Body = unknown> {
  readonly id: string;
  readonly timestamp: Date;
  readonly body: Body;
  readonly attempts: number;
  ack(): void;
  retry(options?: QueueRetryOptions): void;
}

/** What the `queue()` handler receives (`[[queues.consumers]]`). */
interface MessageBatch<Body = unknown> {
  readonly queue: string;
  readonly messages: readonly Message<Body>[];
}

/** `ctx.storage.sql` of a SQLite-backed Durable Object: synchronous statements. */
interface SqlStorageCursor<T> {
  toArray(): T[];
}

interface SqlStorage {
  exec<T = Record<string, string | number | null>>(query: string, ...bindings: (string | number | null)[]): SqlStorageCursor<T>;
}

interface DurableObjectStorage {
  sql: SqlStorage;
}
