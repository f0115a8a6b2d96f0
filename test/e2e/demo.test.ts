// `npm run demo` (scripts/start.mjs --once) end to end, as a user runs it: a child process starts
// the whole stack (mock Jelou, the Worker in workerd, the app backend), sends every documented
// example through the proxy with a send token, sends one HSM template through the app backend
// (/api/templates/send → templates.send), prints what the mock received and exits 0; and any
// request the mock finds off-contract fails the demo.
import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DEMO_TEMPLATE, documentedExamples, runDemo } from "../../scripts/demo.mjs";
import { repoRoot } from "../../scripts/fresh-bundle.mjs";
import { startStack } from "../../scripts/stack.mjs";

const run = () =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    // The stack runs on the mock whatever the caller's environment says.
    const env = { ...process.env, JELOU_BASE_URL: "", JELOU_CLIENT_ID: "", JELOU_CLIENT_SECRET: "" };
    execFile(process.execPath, ["scripts/start.mjs", "--once"], { cwd: repoRoot, env, timeout: 90_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

describe("e2e: npm run demo", () => {
  it("lists every documented example as 200 through the proxy, with Basic credentials at Jelou and the same body", async () => {
    const started = Date.now();
    const { code, stdout, stderr } = await run();
    console.log(`npm run demo: ${Date.now() - started} ms`);
    expect(code, `${stdout}\n${stderr}`).toBe(0);

    const lines = stdout.split("\n");
    const head = lines.findIndex((l) => l.startsWith("example "));
    expect(head, stdout).toBeGreaterThan(-1);
    // Columns are padded to the widest cell: cut each row at the header's column starts.
    const starts = [...lines[head]!.matchAll(/\S+(?: \S+)*/g)].map((m) => m.index!);
    const cells = (l: string) => starts.map((s, i) => l.slice(s, starts[i + 1]).trim());
    const end = lines.indexOf("", head);
    const rows = new Map(lines.slice(head + 2, end).map((l) => [cells(l)[0]!, cells(l)]));

    const examples = documentedExamples();
    expect(examples.length).toBe(15); // 14 message types and the flow button
    for (const ex of examples) {
      const row = rows.get(ex.name);
      expect(row, `no row for ${ex.name}:\n${stdout}`).toBeDefined();
      const [, type, request, auth, body, status] = row!;
      const path = ex.type === "flow" ? `/v1/bots/BOT_ID/users/${ex.userId}/flow_message` : "/v1/bots/BOT_ID/messages";
      expect({ type, request, auth, body, status }, ex.name).toEqual({
        type: ex.type,
        request: `POST ${path}`,
        auth: "Basic ok",
        body: "same",
        status: "200",
      });
    }
    expect(rows.get("11 options (invalid)")?.[2]).toBe("(nothing sent)");
    expect(stdout).toContain(`${examples.length} answered 200 through the proxy; 1 stopped by validation before the network.`);

    // The template: what the mock received for it, as the demo printed it.
    const field = (label: string) => lines.find((l) => l.startsWith(`  ${label.padEnd(24)} `))?.slice(27);
    expect(stdout).toContain("One HSM template, sent by the app backend with the SDK (POST /api/templates/send");
    expect(field("request at Jelou (mock)")).toBe("POST /v2/whatsapp/BOT_ID/hsm");
    expect(field("auth")).toBe("Basic ok");
    const body = field("body") ?? "";
    expect(body.endsWith("  (same as sent)"), body).toBe(true);
    expect(JSON.parse(body.slice(0, -"  (same as sent)".length))).toEqual(DEMO_TEMPLATE);
    expect(DEMO_TEMPLATE.destinations).toHaveLength(2);
    expect(field("status")).toBe("200 (app backend answered 200)");
    expect(JSON.parse(field("answer") ?? "")).toEqual([{ id: expect.any(String), destination: expect.any(String) }]);
    expect(stdout).toMatch(/^Contract errors recorded by the mock: 0\./m);
  }, 120_000);

  it("fails when the mock recorded a contract error", async () => {
    const stack = await startStack({ onProxyOutput: () => {} });
    try {
      // As if an earlier request had broken openapi.yaml: the demo must not pass over it.
      stack.mock!.requests.push({
        method: "POST",
        path: "/v1/bots/BOT_ID/messages",
        headers: {},
        body: "{}",
        json: {},
        contractErrors: [{ instancePath: "/body", keyword: "required", message: "must have required property 'type'" }],
      } as any);
      const result = await runDemo(stack);
      expect(result.template.request).toBe("POST /v2/whatsapp/BOT_ID/hsm");
      expect(result.contractErrors).toBe(1);
      expect(result.failures).toEqual([expect.stringMatching(/^the mock found POST \/v1\/bots\/BOT_ID\/messages off-contract/)]);
    } finally {
      await stack.close();
    }
  }, 120_000);
});
