// What the Node-side benchmarks send (fixtures.mjs, shared with the Deno and workerd scripts) and
// the documented examples of openapi.yaml.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { repoRoot } from "../fresh-bundle.mjs";
import { waListOf } from "./fixtures.mjs";

export * from "./fixtures.mjs";

/** The list through whatsapp-api-js (see fixtures.mjs), its classes imported here. */
export const waList = async () => waListOf(await import("whatsapp-api-js/messages"));

/** The documented request examples of openapi.yaml, by name (the flow one is for the flow endpoint). */
export function documentedExamples() {
  const spec = parse(readFileSync(join(repoRoot, "openapi.yaml"), "utf8"));
  const of = (path) => spec.paths[path].post.requestBody.content["application/json"].examples;
  const out = {};
  for (const [name, ex] of Object.entries(of("/v1/bots/{botId}/messages"))) out[name] = ex.value;
  for (const [name, ex] of Object.entries(of("/v1/bots/{botId}/users/{userId}/flow_message"))) out[`flow:${name}`] = ex.value;
  return out;
}
