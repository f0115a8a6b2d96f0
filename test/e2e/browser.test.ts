// End to end in headless Chromium: a page on 127.0.0.1 (the playground origin) loads the built
// bundle, gets send tokens from the app backend (/api/token), and sends through the Worker proxy
// in workerd to the mock Jelou. Checks what Jelou received, and that the page's traffic never
// carries the client secret, the Basic string or the signing key.
import { afterAll, beforeAll, describe, expect } from "vitest";
import { startStack } from "../../scripts/stack.mjs";
import { chromiumTest, expectNoSecrets, recordTraffic, trafficText, watchErrors } from "./support";

const USER = "593987654321";
const BOT = "BOT_ID";
const LIST = {
  type: "text",
  userId: USER,
  title: "Sizes",
  text: "What size?",
  buttonText: { text: "Choose" },
  options: [
    { id: "s", title: "Small" },
    { id: "l", title: "Large", description: "Serves two" },
  ],
};
const CALL = {
  type: "voice_call",
  userId: USER,
  header: "Support",
  text: "Tap to talk to an agent",
  parameters: { display_text: "Call Support" },
};

let stack: Awaited<ReturnType<typeof startStack>>;
let mock: NonNullable<typeof stack.mock>; // the tests never point the stack at the real API
const proxyLog: string[] = [];
beforeAll(async () => {
  stack = await startStack({ onProxyOutput: (t: string) => void proxyLog.push(t) });
  if (!stack.mock) throw new Error("startStack() without JELOU_BASE_URL must run the mock Jelou");
  mock = stack.mock;
});
afterAll(async () => {
  await stack?.close();
});

// Runs in the page: token scopes come from the page, the Basic credentials never do.
type InPage = { proxyUrl: string; list: typeof LIST; call: typeof CALL; bot: string; user: string };

/** A fresh page on the stack's origin, with its errors and traffic recorded, and an empty mock. */
async function openPlayground(browser: Parameters<Parameters<typeof chromiumTest>[1]>[0]) {
  const page = await (await browser.newContext()).newPage();
  const errors = watchErrors(page);
  const traffic = recordTraffic(page);
  await page.goto(stack.url);
  await page.waitForSelector("body[data-ready]");
  mock.reset();
  return { page, errors, traffic };
}

describe("e2e: browser → app backend → Worker proxy → Jelou", () => {
  chromiumTest("a page sends a list and a call button through the Worker; the secret never reaches the browser", async (browser) => {
    const { page, errors, traffic } = await openPlayground(browser);

    const result = await page.evaluate(
      async ({ proxyUrl, list, call, bot, user }: InPage) => {
        const sdk = (window as any).jelouSdk;
        const tokens: string[] = [];
        const token = async () => {
          const r = await fetch("/api/token", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ bot, sub: user, types: ["text", "voice_call"], max: 2 }),
          });
          if (!r.ok) throw new Error(`/api/token: ${r.status} ${await r.text()}`);
          const t = (await r.json()).token as string;
          tokens.push(t);
          return t;
        };
        const jelou = sdk.createJelou({ baseUrl: proxyUrl, token });
        // Built with the SDK's builders in the page, so they are validated there too.
        const built = { list: sdk.messages.list(list), call: sdk.messages.callButton(call) };
        const sent = [await jelou.send(bot, built.list), await jelou.send(bot, built.call)];
        return { sent, built, tokenCalls: tokens.length, token: tokens[0] };
      },
      { proxyUrl: stack.proxyUrl, list: LIST, call: CALL, bot: BOT, user: USER },
    );

    expect(result.sent).toEqual([
      { success: true, messageId: expect.any(String) },
      { success: true, messageId: expect.any(String) },
    ]);
    expect(result.tokenCalls).toBe(1); // cached by the SDK across sends

    // Jelou (the mock) got exactly the two messages, with Basic credentials, not the token.
    const basic = `Basic ${Buffer.from(`${stack.secrets.clientId}:${stack.secrets.clientSecret}`, "utf8").toString("base64")}`;
    const arrived = mock.requests;
    expect(arrived).toHaveLength(2);
    expect(arrived.map((r: any) => [r.method, r.path, r.headers.authorization])).toEqual([
      ["POST", `/v1/bots/${BOT}/messages`, basic],
      ["POST", `/v1/bots/${BOT}/messages`, basic],
    ]);
    expect(arrived.map((r: any) => r.json)).toEqual([LIST, CALL]);
    expect(result.built).toEqual({ list: LIST, call: CALL });

    // Everything the page sent and received, headers and bodies included.
    const log = await traffic.done();
    const toProxy = log.filter((e) => e.url.startsWith(stack.proxyUrl) && e.method === "POST");
    expect(toProxy).toHaveLength(2);
    for (const e of toProxy) expect(e.requestHeaders.authorization).toBe(`Bearer ${result.token}`); // headers really were captured
    expect(log.some((e) => e.url.endsWith("/api/token") && e.responseBody?.includes(String(result.token)))).toBe(true);
    expect(log.some((e) => e.url.endsWith("/sdk/index.js") && (e.responseBody?.length ?? 0) > 10_000)).toBe(true);
    expect(stack.secrets.basicAuthorization).toBe(basic);
    expectNoSecrets(stack.secrets, log, await page.content());
    errors.check();
  });

  chromiumTest(
    "a refused token (401 from the proxy) makes the SDK ask the token function once more, and the send succeeds",
    async (browser) => {
      const { page, errors, traffic } = await openPlayground(browser);

      const result = await page.evaluate(
        async ({ proxyUrl, list, bot, user }: InPage) => {
          const sdk = (window as any).jelouSdk;
          const fresh = async () => {
            const r = await fetch("/api/token", {
              method: "POST",
              headers: { "Content-Type": "application/json" },
              body: JSON.stringify({ bot, sub: user, types: ["text"], max: 1 }),
            });
            return (await r.json()).token as string;
          };
          // A forged token: a real one whose claims were edited (max 1 → 1000), signature kept.
          const forge = (t: string) => {
            const [h, p, s] = t.split(".");
            const claims = JSON.parse(atob(p!.replace(/-/g, "+").replace(/_/g, "/")));
            const edited = btoa(JSON.stringify({ ...claims, max: 1000 }))
              .replace(/\+/g, "-")
              .replace(/\//g, "_")
              .replace(/=+$/, "");
            return `${h}.${edited}.${s}`;
          };
          let calls = 0;
          const statuses: number[] = [];
          const token = async () => (++calls === 1 ? forge(await fresh()) : fresh());
          // The proxy's refusal, read in the page itself: CDP cannot always hand back a body the page already read.
          let refusedBody = "";
          const jelou = sdk.createJelou({
            baseUrl: proxyUrl,
            token,
            hooks: { onResponse: (i: { status: number }) => statuses.push(i.status) },
            fetch: async (r: Request) => {
              const res = await fetch(r);
              if (res.status === 401) refusedBody = await res.clone().text();
              return res;
            },
          });
          const sent = await jelou.send(bot, sdk.messages.list(list));
          return { sent, calls, statuses, refusedBody };
        },
        { proxyUrl: stack.proxyUrl, list: LIST, call: CALL, bot: BOT, user: USER },
      );

      expect(result.calls).toBe(2);
      expect(result.statuses).toEqual([401, 200]);
      expect(result.sent).toEqual({ success: true, messageId: expect.any(String) });
      expect(mock.requests).toHaveLength(1); // the forged token never got past the proxy
      expect(mock.requests[0]?.json).toEqual(LIST);

      const log = await traffic.done();
      expect(log.some((e) => e.url.startsWith(stack.proxyUrl) && e.status === 401)).toBe(true);
      expect(JSON.parse(result.refusedBody)).toMatchObject({ error: { key: "INVALID_TOKEN" } });
      expect(trafficText(log).includes(stack.secrets.signingKey)).toBe(false);
      errors.check(/status of 401/); // Chromium logs the refused request; it is the point of the test
    },
  );
});
