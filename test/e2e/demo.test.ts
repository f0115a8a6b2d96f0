// `npm run demo` (scripts/start.mjs --once) end to end, as a user runs it: a child process starts
// the whole stack (mock Jelou, the Worker in workerd, the app backend), sends every documented
// example through the proxy with a send token, prints the table and exits 0.
import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { documentedExamples } from "../../scripts/demo.mjs";
import { repoRoot } from "../../scripts/fresh-bundle.mjs";

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
    const rows = new Map(lines.slice(head + 2).filter((l) => l.trim() && !/^\d+ answered/.test(l)).map((l) => [cells(l)[0]!, cells(l)]));

    const examples = documentedExamples();
    expect(examples.length).toBe(15); // 14 message types and the flow button
    for (const ex of examples) {
      const row = rows.get(ex.name);
      expect(row, `no row for ${ex.name}:\n${stdout}`).toBeDefined();
      const [, type, request, auth, body, status] = row!;
      const path = ex.type === "flow" ? `/v1/bots/BOT_ID/users/${ex.userId}/flow_message` : "/v1/bots/BOT_ID/messages";
      expect({ type, request, auth, body, status }, ex.name).toEqual({ type: ex.type, request: `POST ${path}`, auth: "Basic ok", body: "same", status: "200" });
    }
    expect(rows.get("11 options (invalid)")?.[2]).toBe("(nothing sent)");
    expect(stdout).toContain(`${examples.length} answered 200 through the proxy; 1 stopped by validation before the network.`);
  }, 120_000);
});
