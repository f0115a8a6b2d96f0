// receiveWebhook: a Request in, the event or a ready 401/400/413 Response out.
import { describe, expect, it } from "vitest";
import { receiveWebhook, signPayload } from "../../src/webhooks/index.js";
import fixture from "../fixtures/webhooks/events.json";

const secret = "whsec_receive_test";
const url = "https://receiver.test/v1/webhooks/jelou";
const body = JSON.stringify({ ...fixture.valid[0]!.body, timestamp: Date.now() });
const post = async (raw: BodyInit, signature?: string) =>
  new Request(url, {
    method: "POST",
    body: raw,
    headers: signature === undefined ? {} : { "X-Jelou-Signature": signature },
    duplex: "half",
  } as RequestInit);

async function refused(request: Request, options?: Parameters<typeof receiveWebhook>[2]) {
  const got = await receiveWebhook(request, secret, options);
  if (!("response" in got)) throw new Error(`expected a refusal, got ${got.event.type}`);
  return { status: got.response.status, reason: got.reason, text: await got.response.text() };
}

describe("receiveWebhook", () => {
  it("gives the event of a signed delivery", async () => {
    const got = await receiveWebhook(await post(body, await signPayload(secret, body)), secret);
    expect(got).toMatchObject({ event: { type: "message", id: "wamid.text" } });
  });

  it("401 for a missing, forged or replayed delivery; 400 for signed non-JSON or a broken event", async () => {
    const old = JSON.stringify({ ...fixture.valid[0]!.body, timestamp: Date.now() - 600_000 });
    const broken = JSON.stringify(fixture.invalid[0]!.body);
    expect(await refused(await post(body))).toEqual({ status: 401, reason: "missing_signature", text: "missing_signature" });
    expect(await refused(await post(body, `sha256=${"0".repeat(64)}`))).toEqual({
      status: 401,
      reason: "bad_signature",
      text: "bad_signature",
    });
    expect(await refused(await post(old, await signPayload(secret, old)))).toEqual({ status: 401, reason: "too_old", text: "too_old" });
    expect(await refused(await post("nope", await signPayload(secret, "nope")))).toEqual({
      status: 400,
      reason: "not_json",
      text: "not_json",
    });
    expect(await refused(await post(broken, await signPayload(secret, broken)))).toEqual({
      status: 400,
      reason: "invalid_event",
      text: "invalid_event",
    });
  });

  it("passes toleranceSeconds on", async () => {
    const old = JSON.stringify({ ...fixture.valid[0]!.body, timestamp: Date.now() - 600_000 });
    const got = await receiveWebhook(await post(old, await signPayload(secret, old)), secret, { toleranceSeconds: 3600 });
    expect("event" in got && got.event.type).toBe("message");
  });

  it("413 over maxBytes (default 256 KiB); exactly maxBytes is read", async () => {
    const size = new TextEncoder().encode(body).byteLength;
    const signature = await signPayload(secret, body);
    expect(await refused(await post(body, signature), { maxBytes: size - 1 })).toMatchObject({ status: 413, reason: "too_large" });
    expect("event" in (await receiveWebhook(await post(body, signature), secret, { maxBytes: size }))).toBe(true);
    const big = "x".repeat(256 * 1024 + 1);
    expect(await refused(await post(big, await signPayload(secret, big)))).toMatchObject({ status: 413 });
  });

  it("stops reading a chunked body without Content-Length once it is over maxBytes", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024));
        if (pulled >= 10_000) c.close(); // bounded: 10 MB at most
      },
    });
    expect(await refused(await post(stream, `sha256=${"0".repeat(64)}`), { maxBytes: 8 * 1024 })).toMatchObject({ status: 413 });
    expect(pulled).toBeLessThan(50);
  });

  it("an empty body is read as empty (and then refused by its signature)", async () => {
    expect(await refused(new Request(url, { method: "POST", headers: { "X-Jelou-Signature": `sha256=${"0".repeat(64)}` } }))).toMatchObject(
      { status: 401, reason: "bad_signature" },
    );
  });

  it("throws on an empty secret rather than answering 401 to everything", async () => {
    await expect(receiveWebhook(await post(body, await signPayload(secret, body)), "")).rejects.toThrow();
  });
});
