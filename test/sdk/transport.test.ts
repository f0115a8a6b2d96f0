// The typed transport under every method: hosts and credentials per path, retries by method, typed
// errors and their predicates, `client.api` as the escape hatch, and lazy pagination.
import { describe, expect, it } from "vitest";
import { createJelou, JelouApiError, JelouConfigError, JelouNetworkError } from "../../src/index.js";
import { createJelou as createMessagesOnly } from "../../src/entries/messages.js";
import { json, stubFetch } from "./stub-fetch.js";

const creds = {
  clientId: "id",
  clientSecret: "secret",
  baseUrl: "https://api.test",
  gatewayUrl: "https://gw.test",
  chatbotUrl: "https://bot.test",
};
const fast = { retry: { baseDelayMs: 1, maxDelayMs: 20 } };
const state = { id: "593987654321", names: "Ana", botId: "BOT", state: "auto" };

describe("client.api", () => {
  it("calls any path of the contract with the client's base URL and Basic credentials", async () => {
    const { fetch, seen } = stubFetch(json(200, state));
    const { data, error } = await createJelou({ ...creds, fetch }).api.GET("/v1/users/{userId}/state", {
      params: { path: { userId: "593987654321" } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(state);
    expect(seen[0]!.url).toBe("https://api.test/v1/users/593987654321/state");
    expect(seen[0]!.headers.get("authorization")).toMatch(/^Basic /);
    expect(seen[0]!.headers.get("x-api-key")).toBeNull();
  });

  it("sends gateway paths to the gateway with x-api-key and never the Basic credential", async () => {
    const { fetch, seen } = stubFetch(json(200, {}));
    const jelou = createJelou({ ...creds, apiKey: "key-1", fetch });
    await jelou.api.POST("/workflows/v2/memory/users/get-all", { body: { userReferenceId: "u1", botId: "BOT" } });
    expect(seen[0]!.url).toBe("https://gw.test/workflows/v2/memory/users/get-all");
    expect(seen[0]!.headers.get("x-api-key")).toBe("key-1");
    expect(seen[0]!.headers.get("authorization")).toBeNull();
  });

  it("drops a credential the caller put on the wrong host", async () => {
    const { fetch, seen } = stubFetch(json(200, state), json(200, {}));
    const jelou = createJelou({ ...creds, apiKey: "key-1", fetch });
    await jelou.api.GET("/v1/users/{userId}/state", { params: { path: { userId: "593987654321" } }, headers: { "x-api-key": "key-1" } });
    await jelou.api.POST("/workflows/v2/memory/users/get-all", {
      body: { userReferenceId: "u1", botId: "BOT" },
      headers: { Authorization: "Basic eA==" },
    });
    expect(seen[0]!.headers.get("x-api-key")).toBeNull();
    expect(seen[1]!.headers.get("authorization")).toBeNull();
  });

  it("passes the caller's other openapi-fetch options through (headers, serializers), but never its fetch, signal or redirect", async () => {
    const { fetch: record, seen } = stubFetch(json(200, state));
    let redirect: string | undefined;
    const fetch = (r: Request) => ((redirect = r.redirect), record(r));
    let serialized = 0;
    const ignored = () => {
      throw new Error("the transport's fetch must be the one used");
    };
    await createJelou({ ...creds, fetch }).api.GET("/v1/users/{userId}/state", {
      params: { path: { userId: "593987654321" } },
      headers: { "X-Trace": "t-1" },
      pathSerializer: (url: string, path: Record<string, unknown>) => (serialized++, url.replace("{userId}", `${path.userId}`)),
      fetch: ignored,
      redirect: "follow",
    } as never);
    expect(serialized).toBe(1);
    expect(seen[0]!.url).toBe("https://api.test/v1/users/593987654321/state");
    expect(seen[0]!.headers.get("x-trace")).toBe("t-1");
    expect(seen[0]!.headers.get("authorization")).toMatch(/^Basic /);
    expect(redirect).toBe("manual");
  });

  it("names the missing option before any request: apiKey for the gateway, credentials for api.jelou.ai", async () => {
    const { fetch, seen } = stubFetch(json(200, {}));
    const basicOnly = createJelou({ ...creds, fetch });
    await expect(basicOnly.api.POST("/workflows/v2/memory/users/get-all", { body: { userReferenceId: "u", botId: "B" } })).rejects.toThrow(
      /apiKey/,
    );
    const keyOnly = createJelou({ apiKey: "k", fetch });
    const e = await keyOnly.templates.list("BOT").catch((x) => x);
    expect(e).toBeInstanceOf(JelouConfigError);
    expect(e.message).toMatch(/clientId and clientSecret/);
    expect(e.maybeSent).toBe(false);
    expect(seen).toHaveLength(0);
    expect(() => createJelou({} as never)).toThrow(JelouConfigError);
  });

  it("returns openapi-fetch's { error, response } for an error status, with the envelope parsed", async () => {
    const envelope = { message: ["The Bot could not be found at the moment."], error: { code: "E1019", key: "BOT_NOT_FOUND" } };
    const { fetch } = stubFetch(json(404, envelope));
    const r = await createJelou({ ...creds, fetch }).api.GET("/v1/bots/{botId}/templates", { params: { path: { botId: "X" } } });
    expect(r.data).toBeUndefined();
    expect(r.error).toEqual(envelope);
    expect(r.response.status).toBe(404);
  });
});

describe("retries by method", () => {
  it.each([500, 502, 504])("retries a GET after %i, and succeeds", async (status) => {
    const { fetch, seen } = stubFetch(json(status, {}), json(200, { data: [] }));
    await expect(createJelou({ ...creds, ...fast, fetch }).templates.list("BOT")).resolves.toEqual([]);
    expect(seen).toHaveLength(2);
  });

  it("retries a GET after a network error", async () => {
    const { fetch, seen } = stubFetch(new TypeError("fetch failed"), json(200, { data: [] }));
    await expect(createJelou({ ...creds, ...fast, fetch }).templates.list("BOT")).resolves.toEqual([]);
    expect(seen).toHaveLength(2);
  });

  it("gives up on a GET after the retries, with maybeSent false (a read changes nothing)", async () => {
    const { fetch, seen } = stubFetch(json(502, { message: "bad gateway" }));
    const e = await createJelou({ ...creds, ...fast, fetch })
      .templates.list("BOT")
      .catch((x) => x);
    expect(e).toBeInstanceOf(JelouApiError);
    expect(e).toMatchObject({ status: 502, maybeSent: false });
    expect(seen).toHaveLength(3);
  });

  it.each([500, 502, 504])("never retries a POST after %i: one request, maybeSent", async (status) => {
    const { fetch, seen } = stubFetch(json(status, {}));
    const e = await createJelou({ ...creds, ...fast, fetch })
      .templates.send("BOT", { elementName: "t", destinations: ["593987654321"] })
      .catch((x) => x);
    expect(e).toMatchObject({ status, maybeSent: true });
    expect(seen).toHaveLength(1);
  });

  it("never retries a POST after a network error", async () => {
    const { fetch, seen } = stubFetch(new TypeError("fetch failed"));
    const e = await createJelou({ ...creds, ...fast, fetch })
      .templates.send("BOT", { elementName: "t", destinations: ["593987654321"] })
      .catch((x) => x);
    expect(e).toBeInstanceOf(JelouNetworkError);
    expect(e.maybeSent).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it("retries a POST after 429 and 503", async () => {
    const { fetch, seen } = stubFetch(json(429, {}), json(503, {}), json(200, [{ id: "1", destination: "593987654321" }]));
    const r = await createJelou({ ...creds, ...fast, fetch }).templates.send("BOT", { elementName: "t", destinations: ["593987654321"] });
    expect(r).toEqual([{ id: "1", destination: "593987654321" }]);
    expect(seen).toHaveLength(3);
  });
});

describe("JelouApiError predicates", () => {
  it.each([
    [429, "isRateLimit"],
    [401, "isAuth"],
    [403, "isAuth"],
    [400, "isValidation"],
    [422, "isValidation"],
    [404, "isNotFound"],
  ] as const)("%i → %s() and no other", (status, yes) => {
    const e = new JelouApiError(status, {}, false);
    for (const p of ["isRateLimit", "isAuth", "isValidation", "isNotFound"] as const) expect(e[p](), p).toBe(p === yes);
  });
});

describe("the messages-only entry", () => {
  it("sends messages with the same options and has nothing else", async () => {
    const { fetch, seen } = stubFetch(json(200, { success: true, messageId: "m1" }));
    const jelou = createMessagesOnly({ ...creds, fetch });
    await expect(jelou.send("BOT", { type: "text", userId: "u", text: "hi" })).resolves.toEqual({ success: true, messageId: "m1" });
    expect(seen[0]!.url).toBe("https://api.test/v1/bots/BOT/messages");
    expect(Object.keys(jelou).sort()).toEqual(["send", "sendFlow"]);
  });
});
