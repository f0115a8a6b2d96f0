#!/usr/bin/env node
// `npm start`: the main job. Builds the SDK if needed, starts a mock Jelou on 127.0.0.1, sends every
// documented example in openapi.yaml through the built SDK and prints what was sent and answered.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { ensureBuilt, bundlePath } from "./fresh-bundle.mjs";
import { startMockJelou } from "./mock-jelou.mjs";

const failure = ensureBuilt();
if (failure) {
  console.error(failure);
  process.exit(1);
}
const { createJelou, messages, JelouValidationError } = await import(bundlePath);
const spec = parse(readFileSync(new URL("../openapi.yaml", import.meta.url), "utf8"));
const examples = (path) => Object.entries(spec.paths[path].post.requestBody.content["application/json"].examples);

const mock = await startMockJelou();
// Demo credentials for the local mock only; nothing leaves this machine.
let status = "";
const jelou = createJelou({
  clientId: "demo-client",
  clientSecret: "demo-secret",
  baseUrl: mock.url,
  hooks: { onResponse: (info) => (status = String(info.status)) },
});
const expectedAuth = `Basic ${Buffer.from("demo-client:demo-secret").toString("base64")}`;
const botId = "BOT_ID";
const rows = [];
const row = async (name, type, send) => {
  const before = mock.requests.length;
  status = "";
  let answer;
  try {
    const r = await send();
    answer = r.messageId ?? JSON.stringify(r);
  } catch (e) {
    answer = e instanceof JelouValidationError ? `not sent: ${e.issues[0].path}: ${e.issues[0].message}` : `${e.name}: ${e.message}`;
  }
  const req = mock.requests[before];
  const auth = req ? (req.headers.authorization === expectedAuth ? "Basic ok" : "WRONG") : "";
  rows.push([name, type, req ? `${req.method} ${req.path}` : "(nothing sent)", req ? `${Buffer.byteLength(req.body)} B` : "", auth, status, answer]);
};

for (const [name, ex] of examples("/v1/bots/{botId}/messages")) await row(name, ex.value.type, () => jelou.send(botId, ex.value));
for (const [name, ex] of examples("/v1/bots/{botId}/users/{userId}/flow_message"))
  await row(name, "flow", () => jelou.sendFlow(botId, "593987654321", ex.value));
const options = Array.from({ length: 11 }, (_, i) => ({ title: `Option ${i + 1}` }));
await row("11 options (invalid)", "text", async () => jelou.send(botId, messages.list({ userId: "USER_ID", text: "Pick", options })));
await mock.close();

const head = ["example", "type", "request", "body", "auth", "status", "answer"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
console.log(`\nSent ${rows.length} messages through dist/index.js to a mock Jelou at ${mock.url}:\n`);
console.log(line(head));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
const sent = rows.filter((r) => r[5] === "200").length;
console.log(`\n${sent} answered 200 by the mock (${mock.requests.length} requests received); ${rows.length - mock.requests.length} stopped by validation before the network.`);
if (rows.some((r) => r[4] === "WRONG")) process.exitCode = 1;
