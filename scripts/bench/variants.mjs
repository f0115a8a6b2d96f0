// The send variants every runtime times, side by side. Runtime-neutral: the caller passes in the
// modules (two builds of the SDK, openapi-fetch, whatsapp-api-js), so Node, Deno and workerd run
// the very same code. Every variant sends the 10-option list (templates.send: one template) to an
// in-process stub fetch that ignores the request and answers 200 with a fresh JSON Response.
import {
  ANSWER,
  BASE_URL,
  BOT,
  CLIENT_ID,
  CLIENT_SECRET,
  TEMPLATE_ANSWER,
  USER,
  list10,
  stubFetch,
  stubFetchOf,
  templateSend,
  waListOf,
} from "./fixtures.mjs";

/** The SDK's default timeout: every variant with a signal uses the same one. */
const TIMEOUT_MS = 30_000;
const AUTH = `Basic ${btoa(`${CLIENT_ID}:${CLIENT_SECRET}`)}`;
const URL_ = `${BASE_URL}/v1/bots/${BOT}/messages`;

/** Variant ids in the order the tables print them, with what each one is. */
export const LABELS = {
  fetch: "raw fetch(url, init), no timeout",
  request: "raw fetch(new Request) + AbortSignal.timeout (floor)",
  "openapi-fetch": "bare openapi-fetch + the same signal",
  sdk: "jelou.send",
  control: "jelou.send, second build (control)",
  "sdk-novalidate": "jelou.send, validate: false",
  "sdk-builder": "jelou.send(messages.list(…)), built each send",
  "whatsapp-api-js": "whatsapp-api-js (no timeout, no Request)",
  templates: "templates.send",
};
/** The ratios' denominators. */
export const FLOOR = "request";
export const OPENAPI_FETCH = "openapi-fetch";
export const SDK = "sdk";
export const CONTROL = "control";

/**
 * The operations to time, one per variant id of LABELS.
 * @param {{ sdk: any, control: any, createClient: any, WhatsAppAPI: any, waMessages: any }} m
 */
export function makeVariants(m) {
  const headers = { Authorization: AUTH, "Content-Type": "application/json" };
  const api = m.createClient({ baseUrl: BASE_URL, fetch: stubFetch });
  const jelou = m.sdk.createJelou({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, fetch: stubFetch });
  const jelouControl = m.control.createJelou({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, fetch: stubFetch });
  const jelouTemplates = m.sdk.createJelou({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, fetch: stubFetchOf(TEMPLATE_ANSWER) });
  const wa = new m.WhatsAppAPI({ token: "bench", appSecret: "bench", v: "v20.0", ponyfill: { fetch: stubFetch } });
  const waList = waListOf(m.waMessages);
  const noValidate = { validate: false };
  return {
    // What a client with no timeout and no Request of its own costs (whatsapp-api-js's way).
    fetch: async () => (await stubFetch(URL_, { method: "POST", headers, body: JSON.stringify(list10) })).json(),
    // The floor of any client with an abortable timeout: a Request carrying a timeout signal.
    request: async () => {
      const init = { method: "POST", headers, body: JSON.stringify(list10), signal: AbortSignal.timeout(TIMEOUT_MS) };
      return (await stubFetch(new Request(URL_, init))).json();
    },
    "openapi-fetch": async () => {
      const { data } = await api.POST("/v1/bots/{botId}/messages", {
        params: { path: { botId: BOT } },
        body: list10,
        headers: { Authorization: AUTH },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      return data;
    },
    sdk: () => jelou.send(BOT, list10),
    control: () => jelouControl.send(BOT, list10),
    "sdk-novalidate": () => jelou.send(BOT, list10, noValidate),
    // The idiomatic path: the builder validates and freezes, and send does not validate again.
    "sdk-builder": () => jelou.send(BOT, m.sdk.messages.list({ userId: list10.userId, text: list10.text, options: list10.options })),
    // Its message classes check limits when built, so building is part of a send.
    "whatsapp-api-js": () => wa.sendMessage("PHONE_ID", USER, waList()),
    templates: () => jelouTemplates.templates.send(BOT, templateSend),
  };
}

/** Throws unless `answer` is what the stub said, so no figure times an error path. */
export function checkAnswer(name, answer) {
  const ok = Array.isArray(answer)
    ? answer[0]?.id === "m"
    : answer?.messageId === "m" || answer?.success === true || answer?.messages !== undefined;
  if (!ok) throw new Error(`${name}: unexpected answer ${JSON.stringify(answer)} (stub answered ${ANSWER})`);
}
