// The app backend's side of receiving: the Worker's queue consumer (its example handleEvent)
// posts each verified, de-duplicated event to POST /api/events with a per-run bearer token; the
// playground polls GET /api/events?after=<seq> for the ticks and the "incoming" panel. The page
// never sees the webhook secret or the forward token: it only reads what was recorded.
import { timingSafeEqual } from "node:crypto";

/** Events kept for the page (oldest dropped first). */
export const MAX_EVENTS = 500;

/** @param {{ forwardToken: string }} o */
export function eventStore(o) {
  /** @type {{ seq: number, at: number, event: unknown }[]} */
  const events = [];
  let seq = 0;
  const want = Buffer.from(`Bearer ${o.forwardToken}`);

  return {
    events,
    /** Whether a request carries the Worker's token. @param {string | undefined} authorization */
    fromWorker(authorization) {
      const got = Buffer.from(authorization ?? "");
      return got.length === want.length && timingSafeEqual(got, want);
    },
    /** @param {unknown} event */
    record(event) {
      events.push({ seq: ++seq, at: Date.now(), event });
      if (events.length > MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
      return seq;
    },
    /** Events after `after` (a seq the page already has), oldest first. @param {number} after */
    since(after) {
      return { events: events.filter((e) => e.seq > after), last: seq };
    },
  };
}
