// JSON value → JelouEvent. Which event a body is comes from its discriminators; a known event is
// held to its schema's required fields, its ids and its timestamp (what a receiver branches,
// de-duplicates and checks replays on). Fields the spec marks optional are passed as received: checking
// them all would cost more than this entry's whole size budget. test/webhooks/parse.test.ts holds these
// checks to the generated valibot schemas (generated/requests.ts, `<webhook>Event`) on the required fields.
import type { JelouEvent } from "./events.js";

type Obj = Record<string, any>;

const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === "string";
const isId = (x: unknown) => isStr(x) && x !== "";

const DELIVERY = ["delivered_channel", "delivered_user", "failed", "read", "reply"];
const CONTENT = /^(text|image|video|audio|document)$/;

/**
 * The event a parsed body is, or `undefined` when it is not an object or is a known event with a
 * broken shape. A body without a known discriminator is `{ type: "unknown", raw }`.
 */
export function toEvent(b: unknown): JelouEvent | undefined {
  // Every Jelou event is a JSON object: an array or a bare value is not a new event, it is broken.
  if (!isObj(b)) return undefined;
  const { event_type: e, value: v, event, messageId: m } = b;
  // [type, shape ok, de-duplication id]; no type: not an event this version knows.
  const [type, ok, id] =
    b.object === "message_event"
      ? // A message whose content type came after this version is a new event, not a broken one.
        e === "message" && (!isStr(v?.type) || CONTENT.test(v.type))
        ? [
            e,
            b.field === "messages" &&
              isStr(b.room_id) &&
              CONTENT.test(v?.type) &&
              isId(v.id) &&
              isObj(v.content) &&
              (v.type === "text" ? isStr(v.content.body) : isId(v.content.url) && isStr(v.content.mime_type)),
            v?.id,
          ]
        : e === "conversation.start" || e === "conversation.close"
          ? [e, b.field === "messages", b.conversation?.id && `${e}:${b.conversation.id}`]
          : []
      : DELIVERY.includes(event)
        ? [event, m === undefined || isId(m), m && `${event}:${m}`]
        : b.owner === "user"
          ? ["user_message", isId(m) && isId(b.bubble?.type) && Number.isInteger(b.received ?? 0), m]
          : [];
  if (!type) return { type: "unknown", raw: b };
  return ok && Number.isInteger(b.timestamp ?? 0) ? ({ type, id, data: b } as JelouEvent) : undefined;
}
