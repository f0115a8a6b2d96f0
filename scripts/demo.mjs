// `npm run demo` (= `npm start -- --once`): every documented example of openapi.yaml sent through
// the whole local stack the way a browser app would: a send token from the app backend's
// /api/token, then the built SDK → the Worker proxy (Bearer) → the mock Jelou (Basic). Prints
// what the mock received for each, and whether its body deep-equals the example. Then one HSM
// template, sent the way the playground's Template tab sends it: the app backend's
// /api/templates/send, which calls the SDK's templates.send server-side (the proxy has no
// templates route). Any request the mock found off-contract fails the demo.
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";
import { bundlePath, repoRoot } from "./fresh-bundle.mjs";

const FLOW_USER = "593987654321";

/** The request-body examples of the two POST operations, as [name, type, value, userId] rows. */
export function documentedExamples() {
  const spec = parse(readFileSync(`${repoRoot}/openapi.yaml`, "utf8"));
  const examples = (path) => Object.entries(spec.paths[path].post.requestBody.content["application/json"].examples);
  return [
    ...examples("/v1/bots/{botId}/messages").map(([name, ex]) => ({ name, type: ex.value.type, value: ex.value, userId: ex.value.userId })),
    ...examples("/v1/bots/{botId}/users/{userId}/flow_message").map(([name, ex]) => ({
      name,
      type: "flow",
      value: ex.value,
      userId: FLOW_USER,
    })),
  ];
}

/**
 * Sends every example through `stack` (from startStack, with the mock) and returns the table.
 * @returns {Promise<{ head: string[], rows: string[][], failures: string[], template: TemplateReport, contractErrors: number }>}
 */
export async function runDemo(stack) {
  if (!stack.mock) throw new Error("the demo needs the mock Jelou: it checks what arrived");
  const { createJelou, messages, JelouValidationError } = await import(bundlePath);
  const botId = "BOT_ID";
  const rows = [];
  const failures = [];

  /** The app backend's token endpoint, exactly as the playground calls it. */
  const tokenFor = (type, sub) => async () => {
    const r = await fetch(`${stack.origin}/api/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ bot: botId, sub, types: [type], max: 1 }),
    });
    const j = await r.json();
    if (!r.ok) throw new Error(`/api/token answered ${r.status}: ${JSON.stringify(j)}`);
    return j.token;
  };

  const row = async (name, type, expected, send) => {
    const before = stack.mock.requests.length;
    let status = "";
    const hooks = { onResponse: (info) => (status = String(info.status)) };
    let answer;
    try {
      const r = await send(hooks);
      answer = r.messageId ?? JSON.stringify(r);
    } catch (e) {
      answer = e instanceof JelouValidationError ? `not sent: ${e.issues[0].path}: ${e.issues[0].message}` : `${e.name}: ${e.message}`;
    }
    const arrived = stack.mock.requests.slice(before);
    const req = arrived[0];
    const auth = req ? (req.headers.authorization === stack.secrets.basicAuthorization ? "Basic ok" : "WRONG") : "";
    const body = req ? (isDeepStrictEqual(req.json, expected) ? "same" : "DIFFERENT") : "";
    rows.push([name, type, req ? `${req.method} ${req.path}` : "(nothing sent)", auth, body, status, answer]);
    if (expected !== undefined && (status !== "200" || auth !== "Basic ok" || body !== "same" || arrived.length !== 1))
      failures.push(
        `${name}: status ${status || "none"}, ${arrived.length} request(s) at the mock, auth ${auth || "-"}, body ${body || "-"}`,
      );
    if (expected === undefined && arrived.length) failures.push(`${name}: an invalid message reached the mock`);
  };

  for (const ex of documentedExamples()) {
    const client = (hooks) => createJelou({ baseUrl: stack.proxyUrl, token: tokenFor(ex.type, ex.userId), hooks });
    await row(ex.name, ex.type, ex.value, (hooks) =>
      ex.type === "flow" ? client(hooks).sendFlow(botId, ex.userId, ex.value) : client(hooks).send(botId, ex.value),
    );
  }
  // And one the SDK stops before the network: no token is even asked for.
  const options = Array.from({ length: 11 }, (_, i) => ({ title: `Option ${i + 1}` }));
  await row("11 options (invalid)", "text", undefined, (hooks) =>
    createJelou({ baseUrl: stack.proxyUrl, token: tokenFor("text", "USER_ID"), hooks }).send(
      botId,
      messages.list({ userId: "USER_ID", text: "Pick", options }),
    ),
  );

  const template = await sendTemplate(stack, botId, failures);
  // Every request of the run, messages and template, against openapi.yaml (the mock checks each).
  const contractErrors = stack.mock.requests.filter((r) => r.contractErrors?.length);
  for (const r of contractErrors) failures.push(`the mock found ${r.method} ${r.path} off-contract: ${JSON.stringify(r.contractErrors)}`);

  return {
    head: ["example", "type", "request at Jelou (mock)", "auth", "body", "status", "answer"],
    rows,
    failures,
    template,
    contractErrors: contractErrors.length,
  };
}

/** The demo template: one approved template to two numbers, with two body parameters. */
export const DEMO_TEMPLATE = {
  elementName: "order_update",
  destinations: ["593987654321", "593912345678"],
  type: "text",
  language: "es",
  parameters: ["Ana", "A-17"],
};

/**
 * @typedef {{ request: string, auth: string, body: string, same: boolean, backend: number, status: string, answer: string }} TemplateReport
 *   What the mock received for the template (`body`: its JSON text) and what the backend answered.
 */

/** Sends DEMO_TEMPLATE through the app backend (POST /api/templates/send) and reports what the mock received. */
async function sendTemplate(stack, botId, failures) {
  const before = stack.mock.requests.length;
  const r = await fetch(`${stack.origin}/api/templates/send`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ botId, hsm: DEMO_TEMPLATE }),
  });
  const answer = await r.json().catch(() => ({ ok: false, error: { message: `not JSON (${r.status})` } }));
  const arrived = stack.mock.requests.slice(before);
  const req = arrived[0];
  const t = {
    request: req ? `${req.method} ${req.path}` : "(nothing sent)",
    auth: req ? (req.headers.authorization === stack.secrets.basicAuthorization ? "Basic ok" : "WRONG") : "",
    body: req ? JSON.stringify(req.json) : "",
    same: req ? isDeepStrictEqual(req.json, DEMO_TEMPLATE) : false,
    backend: r.status,
    status: String(answer.jelouStatus ?? ""),
    answer: answer.ok ? JSON.stringify(answer.result) : `${answer.error?.name}: ${answer.error?.message}`,
  };
  if (
    !answer.ok ||
    t.status !== "200" ||
    t.auth !== "Basic ok" ||
    !t.same ||
    arrived.length !== 1 ||
    t.request !== `POST /v2/whatsapp/${botId}/hsm`
  )
    failures.push(
      `template: backend ${r.status}, Jelou ${t.status || "none"}, ${arrived.length} request(s) at the mock (${t.request}), auth ${t.auth || "-"}, body ${t.same ? "same" : "DIFFERENT"}: ${t.answer}`,
    );
  return t;
}

/** The template's report, one "label  value" line each. */
export function formatTemplate(t) {
  const lines = [
    ["request at Jelou (mock)", t.request],
    ["auth", t.auth],
    ["body", `${t.body}${t.body ? (t.same ? "  (same as sent)" : "  (DIFFERENT from what was sent)") : ""}`],
    ["status", `${t.status || "-"} (app backend answered ${t.backend})`],
    ["answer", t.answer],
  ];
  return lines.map(([k, v]) => `  ${k.padEnd(24)} ${v}`).join("\n");
}

/** The table as aligned text. */
export function formatTable({ head, rows }) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
