/**
 * When a call is tried again. Writes straight to Jelou retry only 429 and 503: Jelou has no
 * idempotency key. Sends through the proxy carry one, so they retry like reads.
 */
export interface RetryOptions {
  /** Extra attempts after the first. Default 2. */
  retries?: number;
  /** First backoff step; doubles each attempt, with full jitter. Default 500 ms. */
  baseDelayMs?: number;
  /** Longest wait. A `Retry-After` beyond it is not waited for: the error is returned at once. Default 10,000 ms. */
  maxDelayMs?: number;
}

export const RETRY_DEFAULTS: Required<RetryOptions> = {
  retries: 2,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
};

/**
 * 429 and 503 mean the server did not process the request, so sending again cannot duplicate it.
 * A request that may go `again` (a GET changes nothing; the proxy replays a keyed send's answer) is
 * also retried after 500, 502 and 504 (and after no answer), and after 409 (the proxy's "same key,
 * still in progress").
 */
export const isRetryable = (status: number, again: boolean): boolean =>
  status === 429 || status === 503 || (again && (status === 409 || status === 500 || status === 502 || status === 504));

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** How long to wait before attempt `attempt + 1`, or undefined when the server asks for longer than we wait. */
export function retryDelay(attempt: number, retryAfter: string | null, o: Required<RetryOptions>, now = Date.now()): number | undefined {
  const told = parseRetryAfter(retryAfter, now);
  if (told !== undefined) return told <= o.maxDelayMs ? told : undefined;
  return Math.min(Math.random() * o.baseDelayMs * 2 ** attempt, o.maxDelayMs);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const done = () => {
      clearTimeout(t);
      signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => (done(), reject(signal.reason));
    const t = setTimeout(() => (done(), resolve()), ms);
    signal.addEventListener("abort", onAbort);
  });
}
