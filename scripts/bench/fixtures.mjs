// What every benchmark sends and the stub it sends to, with no Node built-in, so the same module
// is bundled into the Node, Deno and workerd benchmark scripts.
export const BOT = "BOT_BENCH";
export const USER = "593987654321";
export const CLIENT_ID = "bench_client_id";
export const CLIENT_SECRET = "bench_client_secret";
export const SIGNING_KEY = "bench-signing-key-at-least-32-bytes-long!";
export const AUDIENCE = "jelou-proxy";
export const ORIGIN = "https://app.bench.test";
export const BASE_URL = "https://api.jelou.ai";

/** Jelou's answer to a send; the stub builds a fresh Response from it on every call. */
export const ANSWER = '{"success":true,"messageId":"m"}';
/** Jelou's answer to a template send: one `{ id, destination }` per recipient. */
export const TEMPLATE_ANSWER = `[{"id":"m","destination":"${USER}"}]`;
// As a real server answers: the length is stated (Jelou's answers are small, uncompressed JSON).
const init = (answer) => ({
  status: 200,
  headers: { "Content-Type": "application/json", "Content-Length": String(new TextEncoder().encode(answer).length) },
});

/** An in-process stand-in for fetch: ignores the request, answers 200 with `answer` as JSON. */
export const stubFetchOf = (answer) => {
  const i = init(answer);
  return async () => new Response(answer, i);
};
/** The stub every send variant uses. */
export const stubFetch = stubFetchOf(ANSWER);

export const options = Array.from({ length: 10 }, (_, i) => ({
  id: `option_${i + 1}`,
  title: `Option number ${i + 1}`,
  description: `A longer description of option ${i + 1}, as a shop would write`,
}));

/** A list message at its option limit: 10 options, each with an id, a title and a description. */
export const list10 = Object.freeze({ type: "text", userId: USER, text: "Which size would you like to order today?", options });

/** The template send of the `templates.send` variant. */
export const templateSend = Object.freeze({ elementName: "order_update", destinations: [USER], parameters: ["Ana", "A-17"] });

/** The same list through whatsapp-api-js: Interactive(ActionList(ListSection(rows)), Body). */
export const waListOf =
  ({ Interactive, ActionList, ListSection, Row, Body }) =>
  () =>
    new Interactive(
      new ActionList("Options", new ListSection("Options", ...options.map((o) => new Row(o.id, o.title, o.description)))),
      new Body(list10.text),
    );
