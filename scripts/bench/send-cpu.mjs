// One per-send CPU variant, in its own process (so no variant warms or pollutes another's inline
// caches): `node scripts/bench/send-cpu.mjs <variant> [rounds]` warms up, then prints one JSON
// line with µs/op per round. bench.mjs runs one round per process, variants interleaved.
// Every variant sends the 10-option list message to the same in-process stub fetch, which
// answers each call with a fresh `new Response('{"success":true,"messageId":"m"}')`.
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { repoRoot } from "../fresh-bundle.mjs";
import { ANSWER, BASE_URL, BOT, CLIENT_ID, CLIENT_SECRET, USER, list10, stubFetch, waList } from "./payloads.mjs";
import { timePerOp } from "./stats.mjs";

const AUTH = `Basic ${btoa(`${CLIENT_ID}:${CLIENT_SECRET}`)}`;
const url = `${BASE_URL}/v1/bots/${BOT}/messages`;
const sdk = () => import(pathToFileURL(join(repoRoot, "dist/index.js")).href);

/** Each variant: a setup returning the operation to time. */
export const VARIANTS = {
  // The floor of any fetch client: build the Request, stringify the body, read the JSON answer.
  floor: async () => async () => {
    const init = { method: "POST", headers: { Authorization: AUTH, "Content-Type": "application/json" }, body: JSON.stringify(list10) };
    return (await stubFetch(new Request(url, init))).json();
  },
  // openapi-fetch with nothing around it: no validation, no timeout, no retries.
  "openapi-fetch": async () => {
    const { default: createClient } = await import("openapi-fetch");
    const client = createClient({ baseUrl: BASE_URL, fetch: stubFetch });
    return async () => {
      const { data } = await client.POST("/v1/bots/{botId}/messages", { params: { path: { botId: BOT } }, body: list10, headers: { Authorization: AUTH } });
      return data;
    };
  },
  // openapi-fetch plus what a send needs for its timeout: an AbortController's signal on the Request.
  "openapi-fetch+signal": async () => {
    const { default: createClient } = await import("openapi-fetch");
    const client = createClient({ baseUrl: BASE_URL, fetch: stubFetch });
    return async () => {
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), 30_000);
      const { data } = await client.POST("/v1/bots/{botId}/messages", { params: { path: { botId: BOT } }, body: list10, headers: { Authorization: AUTH }, signal: ctrl.signal });
      clearTimeout(timer);
      return data;
    };
  },
  // The SDK as documented: validation on, default timeout and retry settings.
  sdk: async () => {
    const jelou = (await sdk()).createJelou({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, fetch: stubFetch });
    return () => jelou.send(BOT, list10);
  },
  // The same without validation, to split the SDK's cost into validation and client.
  "sdk-novalidate": async () => {
    const jelou = (await sdk()).createJelou({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, fetch: stubFetch });
    return () => jelou.send(BOT, list10, { validate: false });
  },
  // whatsapp-api-js: its message classes check limits when built, so building is part of a send.
  "whatsapp-api-js": async () => {
    const { WhatsAppAPI } = await import("whatsapp-api-js");
    const api = new WhatsAppAPI({ token: "bench", appSecret: "bench", v: "v20.0", ponyfill: { fetch: stubFetch } });
    const build = await waList();
    return () => api.sendMessage("PHONE_ID", USER, build());
  },
  // The same with a stub that builds the Request a real fetch(url, init) builds first.
  "whatsapp-api-js+request": async () => {
    const { WhatsAppAPI } = await import("whatsapp-api-js");
    const fetch = async (input, init) => (new Request(input, init), new Response(ANSWER));
    const api = new WhatsAppAPI({ token: "bench", appSecret: "bench", v: "v20.0", ponyfill: { fetch } });
    const build = await waList();
    return () => api.sendMessage("PHONE_ID", USER, build());
  },
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const name = process.argv[2];
  const op = await VARIANTS[name]?.();
  if (!op) throw new Error(`unknown variant ${name}; one of ${Object.keys(VARIANTS).join(", ")}`);
  const answer = await op();
  if (answer?.messageId !== "m" && answer?.success !== true) throw new Error(`${name}: unexpected answer ${JSON.stringify(answer)}`);
  const rounds = Number(process.argv[3] ?? 5);
  console.log(JSON.stringify({ variant: name, ...(await timePerOp(op, { rounds, warmupMs: 300, roundMs: 400 })) }));
}
