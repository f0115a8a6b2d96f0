// The webhooks scenario every runtime runs, against the built dist/webhooks.js and against a bundle
// of src/webhooks/. Plain ESM with no imports, so Node, Deno, workerd and Chromium run the very same
// code; the results are JSON so each host hands them back to the Node test (webhooks.test.ts).

const enc = new TextEncoder();

/** A body's integer timestamps set to now, so that the replay check passes where it is not under test. */
function fresh(body, at = Date.now()) {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body;
  const b = { ...body };
  if (Number.isInteger(b.timestamp)) b.timestamp = at;
  if (Number.isInteger(b.received)) b.received = at;
  return b;
}

export async function runWebhookScenario(wh, JelouError, { secret, vectors, events }) {
  const out = { verdicts: [], signatures: [], events: [], checks: {}, receive: {} };
  const sign = (raw) => wh.signPayload(secret, raw);
  const attempt = async (run) => {
    try {
      const e = await run();
      return e.type === "unknown" ? { type: "unknown", raw: e.raw } : { type: e.type, id: e.id ?? null, data: e.data };
    } catch (e) {
      return { error: e?.name, reason: e?.reason, jelou: e instanceof JelouError, message: String(e?.message) };
    }
  };
  const construct = async (raw, options) => attempt(async () => wh.constructEvent(raw, await sign(raw), secret, options));

  // Signatures: the same body as a string, as bytes and as an ArrayBuffer.
  for (const v of vectors) {
    const bytes = enc.encode(v.body);
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    out.verdicts.push([
      v.name,
      await wh.verifySignature(secret, v.body, v.header),
      await wh.verifySignature(secret, bytes, v.header),
      await wh.verifySignature(secret, ab, v.header),
    ]);
    out.signatures.push(await sign(v.body));
  }
  out.checks.emptySecret = await wh.verifySignature("", "{}", `sha256=${"0".repeat(64)}`).then(
    () => "resolved",
    (e) => `rejected ${e?.name}`,
  );

  // Events: every case of test/fixtures/webhooks/events.json, signed as sent.
  for (const kind of ["valid", "unknown", "invalid"]) {
    for (const c of events[kind]) out.events.push([kind, c.name, await construct(JSON.stringify(fresh(c.body)))]);
  }
  const text = events.valid[0].body;
  const delivery = events.valid.find((c) => c.type === "read").body;
  const legacy = events.valid.find((c) => c.type === "user_message").body;
  const now = Date.now();
  out.checks.tooOld = await construct(JSON.stringify(fresh(text, now - 301_000)));
  out.checks.justInTime = await construct(JSON.stringify(fresh(text, now - 290_000)));
  out.checks.future = await construct(JSON.stringify(fresh(delivery, now + 301_000)));
  out.checks.legacyTooOld = await construct(JSON.stringify(fresh(legacy, now - 3_600_000)));
  out.checks.wideTolerance = await construct(JSON.stringify(fresh(legacy, now - 3_600_000)), { toleranceSeconds: 7200 });
  out.checks.noTolerance = await construct(JSON.stringify(fresh(text, 0)), { toleranceSeconds: Infinity });
  out.checks.notJson = await construct("read, not JSON");
  out.checks.badUtf8 = await attempt(async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]); // {"a":"<0xff>"}
    return wh.constructEvent(bytes, await sign(bytes), secret);
  });
  const raw = JSON.stringify(fresh(text));
  out.checks.missing = await attempt(() => wh.constructEvent(raw, null, secret));
  out.checks.blank = await attempt(() => wh.constructEvent(raw, "  ", secret));
  out.checks.forged = await attempt(async () => wh.constructEvent(raw, await wh.signPayload("not-the-secret", raw), secret));
  // Forged and not JSON: the signature is checked first, and says nothing about the body.
  out.checks.forgedNotJson = await attempt(() => wh.constructEvent("nope", `sha256=${"ab".repeat(32)}`, secret));

  // receiveWebhook: one Request per refusal, and one that passes.
  const post = async (body, headers = {}) => new Request("https://receiver.test/v1/webhooks/jelou", { method: "POST", body, headers });
  const receive = async (request, options) => {
    const got = await wh.receiveWebhook(request, secret, options);
    return "event" in got
      ? { event: got.event.type, id: got.event.id }
      : { status: got.response.status, reason: got.reason, body: await got.response.text() };
  };
  const signed = (body) => sign(body).then((s) => ({ "X-Jelou-Signature": s, "Content-Type": "application/json" }));
  out.receive.ok = await receive(await post(raw, await signed(raw)));
  out.receive.missing = await receive(await post(raw));
  out.receive.forged = await receive(await post(raw, { "X-Jelou-Signature": `sha256=${"00".repeat(32)}` }));
  out.receive.notJson = await receive(await post("nope", await signed("nope")));
  const broken = JSON.stringify(fresh(events.invalid[0].body));
  out.receive.invalid = await receive(await post(broken, await signed(broken)));
  const old = JSON.stringify(fresh(text, now - 3_600_000));
  out.receive.tooOld = await receive(await post(old, await signed(old)));
  out.receive.tooLarge = await receive(await post(raw, await signed(raw)), { maxBytes: 64 });
  out.receive.exactlyMax = await receive(await post(raw, await signed(raw)), { maxBytes: enc.encode(raw).byteLength });
  // A chunked body with no Content-Length: counted while read, and not read to the end.
  let pulled = 0;
  const endless = new ReadableStream({
    pull(c) {
      pulled++;
      c.enqueue(enc.encode("x".repeat(1024)));
      if (pulled >= 1000) c.close(); // bounded: 1 MB at most
    },
  });
  const streamed = new Request("https://receiver.test/v1/webhooks/jelou", {
    method: "POST",
    body: endless,
    duplex: "half",
    headers: { "X-Jelou-Signature": `sha256=${"00".repeat(32)}` },
  });
  out.receive.streamTooLarge = await receive(streamed, { maxBytes: 4096 });
  out.receive.streamPulledLessThan = pulled < 100;
  return out;
}
