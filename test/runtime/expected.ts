// What the runtime scenario sends and what the mock must have received, derived from the
// contract (openapi.yaml) so a new example is exercised in every runtime without editing tests.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect } from "vitest";
import type { RecordedRequest } from "../support/mock-jelou";
import { INVALID_CASE } from "./scenario.js";

export interface Case {
  name: string;
  payload: unknown;
}
export interface Flow {
  userId: string;
  body: unknown;
}
export interface Outcome {
  name: string;
  ok: boolean;
  result?: unknown;
  error?: { name?: string; message: string; status?: number };
}

// "/" and a non-ASCII letter: both must be percent-encoded into a single path segment.
export const botId = "bot/1 ü";
export const userId = "593987654321";
const botPath = "/v1/bots/bot%2F1%20%C3%BC";
const basic = "Basic " + Buffer.from("test-client-id:test-clïent-secret", "utf8").toString("base64");

const spec = parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8"));

function examplesOf(path: string): Case[] {
  const media = spec.paths[path].post.requestBody.content["application/json"];
  if (media.example !== undefined) return [{ name: "example", payload: media.example }];
  return Object.entries<any>(media.examples ?? {}).map(([name, ex]) => {
    // Shared examples live under components/examples and are referenced.
    const resolved = ex.$ref ? spec.components.examples[ex.$ref.split("/").pop()] : ex;
    return { name, payload: resolved.value };
  });
}

export const cases = examplesOf("/v1/bots/{botId}/messages");
const [flowExample] = examplesOf("/v1/bots/{botId}/users/{userId}/flow_message");
export const flow: Flow = { userId, body: flowExample?.payload };

/** The JSON input handed to runScenario in every runtime; only baseUrl differs. */
export const scenarioInput = (baseUrl: string) => ({ baseUrl, botId, cases, flow });

export function assertArrivals(requests: RecordedRequest[], expectedCases: Case[], expectedFlow: Flow) {
  // Guards against a spec refactor that silently leaves nothing to check.
  expect(expectedCases.length).toBeGreaterThanOrEqual(10);
  expect(expectedFlow.body).toBeTypeOf("object");

  const want = [
    ...expectedCases.map((c) => ({ name: c.name, path: `${botPath}/messages`, payload: c.payload })),
    { name: "flow", path: `${botPath}/users/${encodeURIComponent(expectedFlow.userId)}/flow_message`, payload: expectedFlow.body },
  ];
  want.forEach((w, i) => {
    const got = requests[i];
    if (!got) throw new Error(`no request arrived for ${w.name}`);
    expect({ name: w.name, method: got.method, path: got.path }).toEqual({ name: w.name, method: "POST", path: w.path });
    expect(got.headers.authorization, `Authorization for ${w.name}`).toBe(basic);
    expect(String(got.headers["content-type"]), `Content-Type for ${w.name}`).toMatch(/^application\/json\b/);
    expect(got.json, `body for ${w.name}`).toEqual(w.payload);
  });
  // The invalid message must have been rejected in-runtime, before reaching the network.
  expect(requests.map((r) => `${r.method} ${r.path}`)).toHaveLength(want.length);
}

export function assertResults(results: Outcome[], expectedCases: Case[]) {
  expect(results.map((r) => r.name)).toEqual([...expectedCases.map((c) => c.name), INVALID_CASE, "flow"]);
  expectedCases.forEach((c, i) => {
    const r = results[i];
    expect(r, c.name).toMatchObject({ ok: true, result: { success: true, messageId: `msg_${i + 1}` } });
  });
  const invalid = results[expectedCases.length];
  if (!invalid) throw new Error("no outcome for the invalid message");
  expect(invalid.ok, "invalid message was accepted").toBe(false);
  expect(invalid.error?.name, invalid.error?.message).toBe("JelouValidationError");
  expect(results.at(-1)).toEqual({ name: "flow", ok: true, result: {} });
}
