import { describe, expect, it, vi } from "vitest";
import {
  createJelou,
  JelouApiError,
  JelouError,
  JelouNetworkError,
  JelouTimeoutError,
  JelouValidationError,
  messages,
} from "../../src/index.js";
import { createMockJelou } from "../../src/testing/index.js";
import { json, ok, stubFetch } from "./stub-fetch.js";

const creds = { clientId: "test-id", clientSecret: "test-sëcret", baseUrl: "https://jelou.test" };
const hello = messages.text({ userId: "593987654321", text: "Hello" });
const fast = { retry: { baseDelayMs: 1, maxDelayMs: 50 } };

describe("send", () => {
  it("POSTs the message unchanged with Basic auth of the UTF-8 credentials", async () => {
    const mock = createMockJelou();
    const r = await createJelou({ ...creds, fetch: mock.fetch }).send("BOT", hello);
    expect(r).toEqual({ success: true, messageId: "msg_1" });
    // The mock checks method, path, JSON content type and body against the contract (issues: []).
    expect(mock.calls).toMatchObject([
      { method: "POST", url: "https://jelou.test/v1/bots/BOT/messages", operationId: "sendMessage", json: hello, issues: [] },
    ]);
    expect(mock.calls[0]!.headers.authorization).toBe("Basic " + Buffer.from("test-id:test-sëcret", "utf8").toString("base64"));
  });

  it("URL-encodes path params", async () => {
    const { fetch, seen } = stubFetch(ok(), json(200, {}));
    const jelou = createJelou({ ...creds, fetch });
    await jelou.send("a/b ü?#", hello);
    await jelou.sendFlow("a/b", "593987654321", { text: "t", parameters: { flow_name: "f", flow_cta: "Go" } });
    expect(seen[0]!.url).toBe("https://jelou.test/v1/bots/a%2Fb%20%C3%BC%3F%23/messages");
    expect(seen[1]!.url).toBe("https://jelou.test/v1/bots/a%2Fb/users/593987654321/flow_message");
  });

  it.each([".", "..", ""])("refuses the path-escaping botId %j without sending", async (botId) => {
    const { fetch, seen } = stubFetch(ok());
    await expect(createJelou({ ...creds, fetch }).send(botId, hello)).rejects.toThrow(JelouValidationError);
    expect(seen).toHaveLength(0);
  });

  it("validates hand-written payloads and sends nothing when invalid", async () => {
    const { fetch, seen } = stubFetch(ok());
    const bad = { type: "text", userid: "593987654321", text: "hi" } as never;
    const err = await createJelou({ ...creds, fetch })
      .send("BOT", bad)
      .catch((e) => e);
    expect(err).toBeInstanceOf(JelouValidationError);
    expect(err).toBeInstanceOf(JelouError);
    expect(err.maybeSent).toBe(false);
    expect(err.issues).toEqual(
      expect.arrayContaining([
        { path: "userId", message: "is required" },
        { path: "userid", message: "is not a known field" },
      ]),
    );
    expect(seen).toHaveLength(0);
  });

  it("sends an invalid payload as is with { validate: false }", async () => {
    const { fetch, seen } = stubFetch(ok());
    const odd = { type: "text", userId: "u", text: "hi", extra: 1 } as never;
    await createJelou({ ...creds, fetch }).send("BOT", odd, { validate: false });
    expect(JSON.parse(seen[0]!.body)).toEqual(odd);
  });

  it("rejects a body botId that differs from the path", async () => {
    const { fetch, seen } = stubFetch(ok());
    const err = await createJelou({ ...creds, fetch })
      .send("BOT", { ...hello, botId: "OTHER" })
      .catch((e) => e);
    expect(err.issues[0].path).toBe("botId");
    expect(seen).toHaveLength(0);
  });

  it("calls fetch unbound, as Workers require", async () => {
    const fetch = vi.fn(function (this: unknown) {
      if (this !== undefined) throw new TypeError("Illegal invocation");
      return Promise.resolve(ok());
    });
    await createJelou({ ...creds, fetch }).send("BOT", hello);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe("errors", () => {
  it("parses the documented error envelope", async () => {
    const body = {
      message: ["The Bot could not be found at the moment."],
      statusMessage: "failed",
      status: 0,
      error: { code: "E1019", key: "BOT_NOT_FOUND", description: "Error to be thrown when trying to get a Bot." },
    };
    const { fetch, seen } = stubFetch(json(404, body));
    const err = await createJelou({ ...creds, fetch })
      .send("BOT", hello)
      .catch((e) => e);
    expect(err).toBeInstanceOf(JelouApiError);
    expect(err).toMatchObject({ status: 404, code: "E1019", key: "BOT_NOT_FOUND", maybeSent: false, body });
    expect(err.message).toContain("The Bot could not be found");
    expect(seen).toHaveLength(1);
  });

  it("keeps a non-JSON error body as text", async () => {
    const { fetch } = stubFetch(new Response("<html>Bad Gateway</html>", { status: 502 }));
    const err = await createJelou({ ...creds, fetch })
      .send("BOT", hello)
      .catch((e) => e);
    expect(err).toMatchObject({ status: 502, body: "<html>Bad Gateway</html>", maybeSent: true, code: undefined });
  });

  it("treats a 200 whose body is not JSON as maybe sent", async () => {
    const { fetch } = stubFetch(new Response("OK", { status: 200 }));
    const err = await createJelou({ ...creds, fetch })
      .send("BOT", hello)
      .catch((e) => e);
    expect(err).toBeInstanceOf(JelouApiError);
    expect(err).toMatchObject({ status: 200, maybeSent: true });
  });

  it("wraps network failures, saying the message may have been sent", async () => {
    const mock = createMockJelou();
    mock.failNext("network");
    const err = await createJelou({ ...creds, fetch: mock.fetch })
      .send("BOT", hello)
      .catch((e) => e);
    expect(err).toBeInstanceOf(JelouNetworkError);
    expect(err.maybeSent).toBe(true);
  });
});

describe("retries", () => {
  it.each([429, 503])("retries %i and then succeeds", async (status) => {
    const mock = createMockJelou();
    mock.failNext({ status });
    await expect(createJelou({ ...creds, ...fast, fetch: mock.fetch }).send("BOT", hello)).resolves.toMatchObject({ success: true });
    expect(mock.calls).toHaveLength(2);
  });

  it.each([500, 502, 400, 422])("does not retry %i", async (status) => {
    const { fetch, seen } = stubFetch(json(status, {}), ok());
    await expect(createJelou({ ...creds, ...fast, fetch }).send("BOT", hello)).rejects.toMatchObject({ status });
    expect(seen).toHaveLength(1);
  });

  it("gives up after `retries` extra attempts with Jelou's answer, not sent", async () => {
    const mock = createMockJelou();
    mock.failNext({ status: 429, body: { message: "slow down" } }, 3);
    const err = await createJelou({ ...creds, ...fast, fetch: mock.fetch })
      .send("BOT", hello)
      .catch((e) => e);
    expect(err).toMatchObject({ status: 429, maybeSent: false, body: { message: "slow down" } });
    expect(mock.calls).toHaveLength(3);
  });

  it("honours Retry-After in seconds and as an HTTP date", async () => {
    // HTTP dates have whole seconds: +1.5 s waits 0.5–1.5 s, never less than the 100 ms asserted.
    const date = new Date(Date.now() + 1500).toUTCString();
    const mock = createMockJelou();
    mock.failNext({ status: 429, retryAfter: 0 });
    mock.failNext({ status: 503, retryAfter: date });
    const t = Date.now();
    await createJelou({ ...creds, retry: { maxDelayMs: 5000 }, fetch: mock.fetch }).send("BOT", hello);
    expect(mock.calls).toHaveLength(3);
    expect(Date.now() - t).toBeGreaterThanOrEqual(100);
    expect(Date.now() - t).toBeLessThan(2500);
  });

  it("does not wait past the time budget: answers with the 429 at once", async () => {
    const { fetch, seen } = stubFetch(json(429, {}, { "retry-after": "60" }));
    const t = Date.now();
    const err = await createJelou({ ...creds, retry: { maxDelayMs: 60_000 }, timeoutMs: 500, fetch })
      .send("BOT", hello)
      .catch((e) => e);
    expect(err).toMatchObject({ status: 429 });
    expect(seen).toHaveLength(1);
    expect(Date.now() - t).toBeLessThan(400);
  });

  it("stops a pending retry sleep when the caller aborts", async () => {
    const { fetch, seen } = stubFetch(json(503, {}, { "retry-after": "5" }));
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 50);
    const t = Date.now();
    const err = await createJelou({ ...creds, fetch })
      .send("BOT", hello, { signal: ctrl.signal })
      .catch((e) => e);
    expect(err).toBeInstanceOf(JelouNetworkError);
    expect(err.maybeSent).toBe(false);
    expect(seen).toHaveLength(1);
    expect(Date.now() - t).toBeLessThan(1000);
  });

  it("turns retries off with retry: false", async () => {
    const { fetch, seen } = stubFetch(json(503, {}));
    await expect(createJelou({ ...creds, retry: false, fetch }).send("BOT", hello)).rejects.toMatchObject({ status: 503 });
    expect(seen).toHaveLength(1);
  });
});

describe("timeouts and aborts", () => {
  const hang = (req: Request) =>
    new Promise<Response>((_, reject) => req.signal.addEventListener("abort", () => reject(req.signal.reason)));

  it("times out within timeoutMs with maybeSent", async () => {
    const mock = createMockJelou();
    mock.failNext("hang");
    const t = Date.now();
    const err = await createJelou({ ...creds, timeoutMs: 100, fetch: mock.fetch })
      .send("BOT", hello)
      .catch((e) => e);
    expect(err).toBeInstanceOf(JelouTimeoutError);
    expect(err).toMatchObject({ maybeSent: true, timeoutMs: 100 });
    expect(Date.now() - t).toBeLessThan(200);
  });

  it("per-call timeoutMs wins", async () => {
    const err = await createJelou({ ...creds, timeoutMs: 10_000, fetch: hang })
      .send("BOT", hello, { timeoutMs: 50 })
      .catch((e) => e);
    expect(err).toMatchObject({ name: "JelouTimeoutError", timeoutMs: 50 });
  });

  it("an already aborted signal sends nothing", async () => {
    const { fetch, seen } = stubFetch(ok());
    const err = await createJelou({ ...creds, fetch })
      .send("BOT", hello, { signal: AbortSignal.abort() })
      .catch((e) => e);
    expect(err).toMatchObject({ name: "JelouNetworkError", maybeSent: false });
    expect(seen).toHaveLength(0);
  });
});

describe("token auth", () => {
  it("sends Bearer and asks the token function again once after a 401", async () => {
    let n = 0;
    const token = vi.fn(async () => `tok${++n}`);
    const { fetch, seen } = stubFetch(json(401, { message: "expired" }), ok());
    await createJelou({ baseUrl: "https://proxy.test", token, fetch }).send("BOT", hello);
    expect(seen.map((s) => s.headers.get("authorization"))).toEqual(["Bearer tok1", "Bearer tok2"]);
    expect(token).toHaveBeenCalledTimes(2);
  });

  it("gives up after the second 401", async () => {
    const { fetch, seen } = stubFetch(json(401, { message: "no" }));
    await expect(createJelou({ baseUrl: "https://p.test", token: async () => "t", fetch }).send("BOT", hello)).rejects.toMatchObject({
      status: 401,
    });
    expect(seen).toHaveLength(2);
  });

  it("a static token is not retried on 401", async () => {
    const { fetch, seen } = stubFetch(json(401, {}));
    await expect(createJelou({ baseUrl: "https://p.test", token: "t", fetch }).send("BOT", hello)).rejects.toMatchObject({ status: 401 });
    expect(seen).toHaveLength(1);
  });

  it("refuses ambiguous or missing credentials", () => {
    expect(() => createJelou({ token: "t", clientId: "a", clientSecret: "b" } as never)).toThrow(/either/);
    expect(() => createJelou({} as never)).toThrow(/clientId and clientSecret/);
  });
});

describe("hooks", () => {
  it("see requests and responses but never a credential, and cannot fail a send", async () => {
    const { fetch } = stubFetch(ok());
    const logs: string[] = [];
    const hooks = {
      onRequest: (i: unknown) => logs.push(JSON.stringify(i)),
      onResponse: (i: unknown) => {
        logs.push(JSON.stringify(i));
        throw new Error("logger broke");
      },
    };
    await expect(createJelou({ ...creds, fetch, hooks }).send("BOT", hello)).resolves.toMatchObject({ success: true });
    expect(logs).toHaveLength(2);
    const all = logs.join("\n");
    expect(all).toContain('"status":200');
    for (const secret of ["test-sëcret", Buffer.from("test-id:test-sëcret").toString("base64"), "Basic"]) expect(all).not.toContain(secret);
  });
});

describe("token function that never settles", () => {
  it("is bounded by timeoutMs and nothing is sent", async () => {
    const { fetch, seen } = stubFetch(ok());
    const t = Date.now();
    const err = await createJelou({ baseUrl: "https://p.test", token: () => new Promise<string>(() => {}), timeoutMs: 100, fetch })
      .send("BOT", hello)
      .catch((e) => e);
    expect(err).toMatchObject({ name: "JelouTimeoutError", maybeSent: false });
    expect(Date.now() - t).toBeLessThan(300);
    expect(seen).toHaveLength(0);
  });
});

describe("Retry-After beyond the cap", () => {
  it("is not waited for: Jelou's 429 comes back at once", async () => {
    const { fetch, seen } = stubFetch(json(429, {}, { "retry-after": "300" }), ok());
    const t = Date.now();
    await expect(createJelou({ ...creds, fetch }).send("BOT", hello)).rejects.toMatchObject({ status: 429, maybeSent: false });
    expect(seen).toHaveLength(1);
    expect(Date.now() - t).toBeLessThan(200);
  });
});

describe("what is validated is what is sent", () => {
  it("a getter's value is validated and sent (valibot's checked copy goes on the wire)", async () => {
    class Hello {
      type = "text" as const;
      userId = "593987654321";
      get text() {
        return "Hello";
      }
    }
    const { fetch, seen } = stubFetch(ok());
    await createJelou({ ...creds, fetch }).send("BOT", new Hello() as never);
    expect(JSON.parse(seen[0]!.body)).toEqual({ type: "text", userId: "593987654321", text: "Hello" });
  });

  it("an id that cannot be URL-encoded (lone surrogate) is a validation error, nothing sent", async () => {
    const { fetch, seen } = stubFetch(ok());
    await expect(createJelou({ ...creds, fetch }).send("\ud800", hello)).rejects.toMatchObject({
      name: "JelouValidationError",
      maybeSent: false,
    });
    expect(seen).toHaveLength(0);
  });

  it.each(["abc", "+593987654321", "123", "0593987654321"])("sendFlow refuses the userId %j the spec's pattern forbids", async (userId) => {
    const { fetch, seen } = stubFetch(json(200, {}));
    const flow = { text: "t", parameters: { flow_name: "f", flow_cta: "Go" } };
    const err = await createJelou({ ...creds, fetch })
      .sendFlow("BOT", userId, flow)
      .catch((e) => e);
    expect(err).toBeInstanceOf(JelouValidationError);
    expect(err.issues[0].path).toBe("userId");
    expect(seen).toHaveLength(0);
  });

  it("a list's buttonText may not be an array", async () => {
    const { fetch, seen } = stubFetch(ok());
    const bad = { type: "text", userId: "u", text: "t", options: [{ title: "a" }], buttonText: [] } as never;
    const err = await createJelou({ ...creds, fetch })
      .send("BOT", bad)
      .catch((e) => e);
    expect(err.issues).toEqual([{ path: "buttonText", message: "must be an object" }]);
    expect(seen).toHaveLength(0);
  });
});
