// Issue 14, SDK: what a hostile upstream or a careless caller must not do to a send — redirects,
// huge bodies, a 2xx without messageId, failures before anything left, token refreshes, hooks that
// mutate, timers that cannot hold the budget, and exactly-once retries behind the proxy.
import { describe, expect, it, vi } from "vitest";
import {
  createJelou,
  JelouApiError,
  JelouConfigError,
  JelouError,
  JelouNetworkError,
  JelouTimeoutError,
  messages,
} from "../../src/index.js";
import { createJelou as createMessagesOnly } from "../../src/entries/messages.js";
import { json, ok, stubFetch } from "./stub-fetch.js";

const creds = {
  clientId: "id",
  clientSecret: "secret",
  baseUrl: "https://api.test",
};
const proxy = { baseUrl: "https://proxy.test", token: async () => "tok" };
const fast = { retry: { baseDelayMs: 1, maxDelayMs: 20 } };
const hello = messages.text({ userId: "593987654321", text: "Hello" });
const list = (jelou: ReturnType<typeof createJelou>) => jelou.templates.list("BOT");

describe("redirects are never followed", () => {
  it("asks fetch for redirect: manual", async () => {
    const redirects: string[] = [];
    const { fetch } = stubFetch((req) => (redirects.push(req.redirect), ok()));
    await createJelou({ ...creds, fetch }).send("BOT", hello);
    expect(redirects).toEqual(["manual"]);
  });

  it.each([301, 302, 303, 307, 308])(
    "a %i is a JelouApiError naming the Location, maybe sent for a write, not for a read",
    async (status) => {
      const redirect = () =>
        new Response(null, {
          status,
          headers: { Location: "https://elsewhere.test/steal" },
        });
      const { fetch, seen } = stubFetch(redirect);
      const jelou = createJelou({ ...creds, ...fast, fetch });
      const e = await jelou.send("BOT", hello).catch((x) => x);
      expect(e).toBeInstanceOf(JelouApiError);
      expect(e).toMatchObject({ status, maybeSent: true });
      expect(e.message).toContain("https://elsewhere.test/steal");
      await expect(list(jelou)).rejects.toMatchObject({
        status,
        maybeSent: false,
      });
      expect(seen.map((s) => s.url).filter((u) => u.includes("elsewhere"))).toEqual([]);
    },
  );

  it("a browser's opaque redirect (status 0) is an error too", async () => {
    // What a browser's fetch gives for redirect: "manual" (Node's returns the 3xx itself).
    const fetch = async () =>
      Object.defineProperties(new Response(null), {
        status: { value: 0 },
        type: { value: "opaqueredirect" },
        ok: { value: false },
      });
    await expect(createJelou({ ...creds, fetch }).send("BOT", hello)).rejects.toMatchObject({
      name: "JelouApiError",
      status: 0,
      maybeSent: true,
    });
  });
});

describe("response bodies are capped", () => {
  const big = (status: number) => () => new Response("x".repeat(2 ** 20 + 1), { status });

  it.each([200, 500])("a %i body over 1 MiB is abandoned with a JelouApiError, maybe sent", async (status) => {
    const { fetch } = stubFetch(big(status));
    const e = await createJelou({ ...creds, fetch })
      .send("BOT", hello)
      .catch((x) => x);
    expect(e).toBeInstanceOf(JelouApiError);
    expect(e).toMatchObject({ status, maybeSent: true });
    expect(e.message).toMatch(/1048576 bytes/);
  });

  it("maxResponseBytes sets the cap; a read over it is not sent, and not retried", async () => {
    const { fetch, seen } = stubFetch(json(200, { data: [{ id: "a-long-enough-body" }] }));
    const jelou = createJelou({
      ...creds,
      ...fast,
      maxResponseBytes: 16,
      fetch,
    });
    await expect(list(jelou)).rejects.toMatchObject({
      name: "JelouApiError",
      status: 200,
      maybeSent: false,
      message: expect.stringMatching(/16 bytes/),
    });
    expect(seen).toHaveLength(1);
    await expect(createJelou({ ...creds, fetch }).templates.list("BOT")).resolves.toHaveLength(1);
  });

  // Reading Response.body builds a stream (in Deno, the getter alone costs more than the rest of the
  // check), so an answer that states a small, uncompressed length is handed on untouched.
  it.each([
    ["states a small length, not compressed", { "Content-Length": "33" }, 0],
    ["states no length", {}, 1],
    ["is compressed", { "Content-Length": "33", "Content-Encoding": "gzip" }, 1],
    ["states a length over the cap", { "Content-Length": String(2 ** 21) }, 1],
  ] as [string, Record<string, string>, number][])(
    "an answer that %s: its body is read through the counter only when it must be",
    async (_what, headers, reads) => {
      let bodyReads = 0;
      const answer = () => {
        const r = new Response('{"success":true,"messageId":"m"}', { status: 200, headers });
        const body = r.body;
        Object.defineProperty(r, "body", { get: () => (bodyReads++, body) });
        return r;
      };
      await expect(createJelou({ ...creds, fetch: async () => answer() }).send("BOT", hello)).resolves.toMatchObject({ messageId: "m" });
      expect(bodyReads).toBe(reads);
    },
  );

  it("a body at the cap is read", async () => {
    const body = JSON.stringify({ success: true, messageId: "m" });
    const { fetch } = stubFetch(() => new Response(body, { status: 200 }));
    await expect(createJelou({ ...creds, maxResponseBytes: body.length, fetch }).send("BOT", hello)).resolves.toMatchObject({
      messageId: "m",
    });
  });
});

describe("a 2xx without messageId", () => {
  it.each([{}, { success: true }, { messageId: 42 }])("%j from send is a JelouApiError, maybe sent", async (body) => {
    const { fetch } = stubFetch(json(200, body));
    await expect(createJelou({ ...creds, fetch }).send("BOT", hello)).rejects.toMatchObject({
      name: "JelouApiError",
      status: 200,
      maybeSent: true,
    });
  });

  it("sendFlow's documented {} stays a success", async () => {
    const { fetch } = stubFetch(json(200, {}));
    const flow = messages.flow({
      text: "t",
      parameters: { flow_name: "f", flow_cta: "Go" },
    });
    await expect(createJelou({ ...creds, fetch }).sendFlow("BOT", "593987654321", flow)).resolves.toEqual({});
  });
});

describe("maybeSent is false when nothing reached fetch", () => {
  it("a token the platform refuses as a header value", async () => {
    const { fetch, seen } = stubFetch(ok());
    const e = await createJelou({
      baseUrl: "https://p.test",
      token: "a\nb",
      fetch,
    })
      .send("BOT", hello)
      .catch((x) => x);
    expect(e).toBeInstanceOf(JelouError);
    expect(e.maybeSent).toBe(false);
    expect(seen).toHaveLength(0);
  });

  const cyclic = () => {
    const o: Record<string, unknown> = { type: "text", userId: "u", text: "t" };
    o.self = o;
    return o;
  };
  const deep = () => {
    let d: unknown[] = [];
    for (let i = 0; i < 1e5; i++) d = [d];
    return { type: "text", userId: "u", text: "t", deep: d };
  };
  it.each([
    ["cyclic", cyclic],
    ["too deep", deep],
  ])("a payload that cannot be serialized (%s)", async (_, make) => {
    const { fetch, seen } = stubFetch(ok());
    const e = await createJelou({ ...creds, fetch })
      .send("BOT", make() as never, { validate: false })
      .catch((x) => x);
    expect(e).toBeInstanceOf(JelouError);
    expect(e.maybeSent).toBe(false);
    expect(seen).toHaveLength(0);
  });
});

describe("the token function", () => {
  it("is asked again at most once per send, after the first 401 (401 → 503 → 503 → 200)", async () => {
    let n = 0;
    const token = vi.fn(async () => `tok${++n}`);
    const { fetch, seen } = stubFetch(json(401, {}), json(503, {}), json(503, {}), ok());
    await createJelou({
      baseUrl: "https://p.test",
      token,
      ...fast,
      fetch,
    }).send("BOT", hello);
    expect(seen.map((s) => s.headers.get("authorization"))).toEqual(["Bearer tok1", "Bearer tok2", "Bearer tok2", "Bearer tok2"]);
    expect(token).toHaveBeenCalledTimes(2);
  });
});

describe("hooks cannot change what is sent", () => {
  it("a hook that mutates info.body changes neither this attempt nor the retry", async () => {
    const { fetch, seen } = stubFetch(json(503, {}), ok());
    const onRequest = (info: { body: unknown }) => {
      (info.body as { text: string }).text = "hijacked";
      (info.body as { userId: string }).userId = "000";
    };
    await createJelou({ ...creds, ...fast, fetch, hooks: { onRequest } }).send("BOT", hello);
    expect(seen.map((s) => JSON.parse(s.body))).toEqual([hello, hello]);
    expect(hello.text).toBe("Hello");
  });

  it("hooks still see the body", async () => {
    const bodies: unknown[] = [];
    const { fetch } = stubFetch(ok());
    await createJelou({
      ...creds,
      fetch,
      hooks: {
        onRequest: (i) => bodies.push(i.body),
        onResponse: (i) => bodies.push(i.body),
      },
    }).send("BOT", hello);
    expect(bodies).toEqual([hello, hello]);
  });
});

describe("timeoutMs is checked", () => {
  const bad = [2 ** 31, 2 ** 40, Infinity, -1, 0, 1.5, NaN, "5000", {}];
  it.each(bad)("createJelou refuses timeoutMs %s", (timeoutMs) => {
    for (const create of [createJelou, createMessagesOnly]) {
      expect(() => create({ ...creds, timeoutMs } as never)).toThrow(JelouConfigError);
      expect(() => create({ ...creds, timeoutMs } as never)).toThrow(/timeoutMs/);
    }
  });

  it.each(bad)("a call refuses timeoutMs %s before sending", async (timeoutMs) => {
    const { fetch, seen } = stubFetch(ok());
    const e = await createJelou({ ...creds, fetch })
      .send("BOT", hello, { timeoutMs } as never)
      .catch((x) => x);
    expect(e).toBeInstanceOf(JelouConfigError);
    expect(e.maybeSent).toBe(false);
    expect(seen).toHaveLength(0);
  });

  it("accepts 2^31 - 1", () => {
    expect(() => createJelou({ ...creds, timeoutMs: 2 ** 31 - 1 })).not.toThrow();
  });
});

describe("behind the proxy (token auth), sends are exactly-once", () => {
  const key = (s: { headers: Headers }) => s.headers.get("idempotency-key");

  it("one Idempotency-Key per send, the same on every retry", async () => {
    const { fetch, seen } = stubFetch(json(503, {}), json(429, {}), ok(), ok());
    const jelou = createJelou({ ...proxy, ...fast, fetch });
    await jelou.send("BOT", hello);
    await jelou.send("BOT", hello);
    const keys = seen.map(key);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys.slice(0, 3)).toEqual([keys[0], keys[0], keys[0]]);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it("no key without token auth, nor on a read", async () => {
    const { fetch, seen } = stubFetch(ok(), json(200, { data: [] }));
    await createJelou({ ...creds, fetch }).send("BOT", hello);
    await createJelou({ ...proxy, fetch }).templates.list("BOT");
    expect(seen.map(key)).toEqual([null, null]);
  });

  it.each([
    ["a network failure", new TypeError("fetch failed")],
    ["a 500", json(500, {})],
    ["a 502", json(502, {})],
    ["a 409 (the same key still in progress)", json(409, {})],
  ])("retries %s with the same key, and resolves", async (_, first) => {
    const { fetch, seen } = stubFetch(first, ok("m_replayed"));
    await expect(createJelou({ ...proxy, ...fast, fetch }).send("BOT", hello)).resolves.toMatchObject({ messageId: "m_replayed" });
    expect(seen).toHaveLength(2);
    expect(key(seen[1]!)).toBe(key(seen[0]!));
  });

  it("retries an attempt that times out, within the call's budget", async () => {
    let n = 0;
    const hangOnce = (req: Request) =>
      n++ === 0 ? new Promise<Response>((_, reject) => req.signal.addEventListener("abort", () => reject(req.signal.reason))) : ok("m2");
    const { fetch, seen } = stubFetch(hangOnce);
    const t = Date.now();
    // 700 ms over 3 attempts: a share that is not a whole number of ms.
    await expect(createJelou({ ...proxy, ...fast, timeoutMs: 700, fetch }).send("BOT", hello)).resolves.toMatchObject({ messageId: "m2" });
    expect(seen).toHaveLength(2);
    expect(Date.now() - t).toBeLessThan(700);
  });

  it("stays maybe sent only when the retries are exhausted", async () => {
    const { fetch, seen } = stubFetch(new TypeError("fetch failed"));
    const e = await createJelou({ ...proxy, ...fast, fetch })
      .send("BOT", hello)
      .catch((x) => x);
    expect(e).toBeInstanceOf(JelouNetworkError);
    expect(e.maybeSent).toBe(true);
    expect(seen).toHaveLength(3);
    const hang = (req: Request) =>
      new Promise<Response>((_, reject) => req.signal.addEventListener("abort", () => reject(req.signal.reason)));
    const t = await createJelou({
      ...proxy,
      ...fast,
      timeoutMs: 300,
      fetch: hang,
    })
      .send("BOT", hello)
      .catch((x) => x);
    expect(t).toBeInstanceOf(JelouTimeoutError);
    expect(t).toMatchObject({ maybeSent: true, timeoutMs: 300 });
    const busy = stubFetch(
      json(409, {
        message: "a request with this Idempotency-Key is in progress",
      }),
    );
    await expect(createJelou({ ...proxy, ...fast, fetch: busy.fetch }).send("BOT", hello)).rejects.toMatchObject({
      status: 409,
      maybeSent: true,
    });
  });

  it("without token auth nothing changes: a write is not retried after a network failure or a 500", async () => {
    for (const first of [new TypeError("fetch failed"), json(500, {})]) {
      const { fetch, seen } = stubFetch(first, ok());
      await expect(createJelou({ ...creds, ...fast, fetch }).send("BOT", hello)).rejects.toMatchObject({ maybeSent: true });
      expect(seen).toHaveLength(1);
    }
  });
});

describe("a network error says why", () => {
  it("includes the cause chain (undici's code and address, and AggregateError's errors)", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    const both = Object.assign(new AggregateError([new Error("connect ECONNREFUSED ::1:9"), refused], ""), { code: "ECONNREFUSED" });
    for (const cause of [refused, both]) {
      const { fetch } = stubFetch(new TypeError("fetch failed", { cause }));
      const e = await createJelou({ ...creds, fetch })
        .send("BOT", hello)
        .catch((x) => x);
      expect(e).toBeInstanceOf(JelouNetworkError);
      expect(e.message).toContain("fetch failed");
      expect(e.message).toContain("ECONNREFUSED 127.0.0.1:9");
    }
  });
});
