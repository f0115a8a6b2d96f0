// constructEvent against test/fixtures/webhooks/events.json and the spec's webhook examples: every
// event type, unknown events, broken ones, replays, non-JSON; and the hand-written checks of
// src/webhooks/parse.ts held to the generated valibot schemas (generated/requests.ts).
import { readFileSync } from "node:fs";
import * as v from "valibot";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import * as requests from "../../generated/requests.js";
import { JelouError } from "../../src/errors.js";
import { constructEvent, JelouWebhookError, signPayload, type JelouEvent } from "../../src/webhooks/index.js";
import fixture from "../fixtures/webhooks/events.json";

const secret = "whsec_events_test";
const spec = parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8"));

/** Timestamps set to `at` (default now), as a fresh delivery has them. */
function fresh<T>(body: T, at = Date.now()): T {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body;
  const b: any = { ...body };
  if (Number.isInteger(b.timestamp)) b.timestamp = at;
  if (Number.isInteger(b.received)) b.received = at;
  return b;
}
async function receive(body: unknown, options?: { toleranceSeconds?: number }): Promise<JelouEvent> {
  const raw = JSON.stringify(body);
  return constructEvent(raw, await signPayload(secret, raw), secret, options);
}
async function refusal(run: () => Promise<unknown>): Promise<string> {
  const e = await run().then(
    () => undefined,
    (e) => e,
  );
  expect(e).toBeInstanceOf(JelouWebhookError);
  expect(e).toBeInstanceOf(JelouError);
  return e.reason;
}
const schemaOf = (webhook: string) => (requests as Record<string, v.GenericSchema>)[`${webhook}Event`]!;

describe("constructEvent: known events", () => {
  it.each(fixture.valid)("$name → $type", async (c: any) => {
    const body = fresh(c.body);
    const event = await receive(body);
    expect(event).toEqual({ type: c.type, id: c.id, data: body });
  });

  it.each(fixture.valid)("$name: the generated valibot schema of webhook $webhook accepts it too", (c: any) => {
    expect(v.safeParse(schemaOf(c.webhook), c.body).success).toBe(true);
  });

  it("covers every webhook of openapi.yaml, and each example there parses to its event", async () => {
    const covered = new Set(fixture.valid.map((c: any) => c.webhook));
    expect([...covered].sort()).toEqual(Object.keys(spec.webhooks).sort());
    for (const [name, item] of Object.entries<any>(spec.webhooks)) {
      const example = item.post.requestBody.content["application/json"].example;
      expect(v.safeParse(schemaOf(name), example).success, name).toBe(true);
      const event = await receive(fresh(example));
      expect(event.type, name).not.toBe("unknown");
    }
  });

  it("keeps the exact data, accents and emoji included (no re-serialization)", async () => {
    const raw =
      '{"field":"messages","object":"message_event","event_type":"message","room_id":"R","value":{"id":"m","type":"text","content":{"body":"São João 🎉\\u00e7"}}}';
    const event = await constructEvent(new TextEncoder().encode(raw), await signPayload(secret, raw), secret);
    expect(event.type === "message" && event.data.value.type === "text" && event.data.value.content.body).toBe("São João 🎉ç");
  });
});

describe("constructEvent: unknown and broken events", () => {
  it.each(fixture.unknown)("$name → { type: 'unknown', raw }", async ({ body }) => {
    const b = fresh(body);
    expect(await receive(b)).toEqual({ type: "unknown", raw: b });
  });

  it.each(fixture.invalid)("$name → invalid_event", async ({ body }) => {
    expect(await refusal(() => receive(fresh(body)))).toBe("invalid_event");
  });

  it.each(fixture.invalid.filter((c: any) => c.webhook))(
    "$name: the generated valibot schema of webhook $webhook refuses it too",
    (c: any) => {
      expect(v.safeParse(schemaOf(c.webhook), c.body).success).toBe(false);
    },
  );
});

describe("constructEvent: refusals", () => {
  const text = fixture.valid[0]!.body;
  const legacy = fixture.valid.find((c: any) => c.type === "user_message")!.body;

  it("too_old beyond 300 s either way by default; within, accepted", async () => {
    const now = Date.now();
    expect(await refusal(() => receive(fresh(text, now - 301_000)))).toBe("too_old");
    expect(await refusal(() => receive(fresh(text, now + 301_000)))).toBe("too_old");
    expect((await receive(fresh(text, now - 290_000))).type).toBe("message");
  });

  it("reads the old user message's `received` as its timestamp; toleranceSeconds widens or turns the check off", async () => {
    const hourAgo = Date.now() - 3_600_000;
    expect(await refusal(() => receive(fresh(legacy, hourAgo)))).toBe("too_old");
    expect((await receive(fresh(legacy, hourAgo), { toleranceSeconds: 7200 })).type).toBe("user_message");
    expect((await receive(fresh(text, 0), { toleranceSeconds: Infinity })).type).toBe("message");
  });

  it("checks the timestamp of an unknown event too, when it has one", async () => {
    expect(await refusal(() => receive({ something: "new", timestamp: Date.now() - 3_600_000 }))).toBe("too_old");
    expect(await receive({ something: "new" })).toEqual({ type: "unknown", raw: { something: "new" } });
  });

  it("not_json for text that is not JSON and for bytes that are not UTF-8", async () => {
    expect(await refusal(async () => constructEvent("nope", await signPayload(secret, "nope"), secret))).toBe("not_json");
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
    expect(await refusal(async () => constructEvent(bytes, await signPayload(secret, bytes), secret))).toBe("not_json");
  });

  it("missing_signature, then bad_signature, before the body is even parsed", async () => {
    for (const header of [null, undefined, "", "  "])
      expect(await refusal(() => constructEvent("nope", header, secret))).toBe("missing_signature");
    expect(await refusal(() => constructEvent("nope", `sha256=${"ab".repeat(32)}`, secret))).toBe("bad_signature");
    const raw = JSON.stringify(fresh(text));
    expect(await refusal(async () => constructEvent(raw, await signPayload("other", raw), secret))).toBe("bad_signature");
  });

  it("the error says only the reason: never the secret, never the body", async () => {
    const raw = JSON.stringify(fresh(text));
    const e = await constructEvent(raw, `sha256=${"ab".repeat(32)}`, secret).catch((e) => e);
    expect(e).toMatchObject({ name: "JelouWebhookError", reason: "bad_signature", message: "bad_signature", maybeSent: false });
    expect(String(e.stack)).not.toContain(secret);
    expect(String(e.stack)).not.toContain("Puedo");
  });
});
