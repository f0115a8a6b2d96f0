// What the benchmarks send: the 10-option list message with descriptions (and its
// whatsapp-api-js equivalent), the documented examples of openapi.yaml, and the stub fetch.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { repoRoot } from "../fresh-bundle.mjs";

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
/** The in-process stand-in for fetch: ignores the request, answers 200 with ANSWER. */
export const stubFetch = async () => new Response(ANSWER);

const options = Array.from({ length: 10 }, (_, i) => ({
  id: `option_${i + 1}`,
  title: `Option number ${i + 1}`,
  description: `A longer description of option ${i + 1}, as a shop would write`,
}));

/** A list message at its option limit: 10 options, each with an id, a title and a description. */
export const list10 = Object.freeze({ type: "text", userId: USER, text: "Which size would you like to order today?", options });

/** The same list through whatsapp-api-js: Interactive(ActionList(ListSection(rows)), Body). */
export async function waList() {
  const { Interactive, ActionList, ListSection, Row, Body } = await import("whatsapp-api-js/messages");
  return () =>
    new Interactive(
      new ActionList("Options", new ListSection("Options", ...options.map((o) => new Row(o.id, o.title, o.description)))),
      new Body(list10.text),
    );
}

/** The documented request examples of openapi.yaml, by name (the flow one is for the flow endpoint). */
export function documentedExamples() {
  const spec = parse(readFileSync(join(repoRoot, "openapi.yaml"), "utf8"));
  const of = (path) => spec.paths[path].post.requestBody.content["application/json"].examples;
  const out = {};
  for (const [name, ex] of Object.entries(of("/v1/bots/{botId}/messages"))) out[name] = ex.value;
  for (const [name, ex] of Object.entries(of("/v1/bots/{botId}/users/{userId}/flow_message"))) out[`flow:${name}`] = ex.value;
  return out;
}
