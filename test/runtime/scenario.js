// The one scenario every runtime runs against the built bundle. Plain ESM with no imports and no
// host APIs, so Node, Deno, workerd and Chromium execute the very same code; the results are
// JSON-serialisable so each host can hand them back to the Node test.

export const INVALID_CASE = "invalid: list with 11 options";

// try/await catches both synchronous throws and rejections, whichever the SDK chooses.
async function outcome(name, run) {
  try {
    return { name, ok: true, result: await run() };
  } catch (e) {
    return { name, ok: false, error: { name: e?.name, message: String(e?.message ?? e), status: e?.status } };
  }
}

export async function runScenario(sdk, { baseUrl, botId, cases, flow }) {
  // The ï makes Basic depend on UTF-8 encoding; a plain btoa() of the string would throw or differ.
  const client = sdk.createJelou({ clientId: "test-client-id", clientSecret: "test-clïent-secret", baseUrl });
  const results = [];
  for (const { name, payload } of cases) {
    results.push(await outcome(name, () => client.send(botId, payload)));
  }

  // Must be rejected before any request is made; the Node side checks the mock never saw it.
  const options = Array.from({ length: 11 }, (_, i) => ({ title: `Option ${i + 1}` }));
  const invalid = { type: "text", userId: "USER_ID", text: "Pick one", options };
  results.push(await outcome(INVALID_CASE, () => client.send(botId, invalid)));

  results.push(await outcome("flow", () => client.sendFlow(botId, flow.userId, flow.body)));
  return results;
}
