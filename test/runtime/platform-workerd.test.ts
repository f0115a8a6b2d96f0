// The platform methods through the built bundle in workerd (miniflare), against the mock Jelou:
// hosts, credentials, Datum paging and the Web Crypto signature as a Worker runs them.
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { ensureBuilt, repoRoot } from "../support/bundle";
import { startMockJelou } from "../support/mock-jelou";
import type { Outcome } from "./expected";
import { distModules, RUNTIME_TIMEOUT } from "./harness";

const entry = `
import * as sdk from "./dist/index.js";
import { runPlatformScenario } from "./test/runtime/platform-scenario.js";
export default {
  async fetch(request) {
    return Response.json(await runPlatformScenario(sdk, await request.json()));
  },
};`;
const CREDS = { clientId: "client-id", clientSecret: "client-sëcret", apiKey: "project-key", signingSecret: "signing-secret" };

let missing: string | undefined;
const miniflare = await import("miniflare").catch((e: Error) => {
  missing = `miniflare could not be loaded: ${e.message}`;
  return undefined;
});

describe("runtime: workerd, platform methods", () => {
  const title =
    "templates, campaigns (multipart CSV), conversations, users, Datum rows, Memory and PMA Custom through the bundle in workerd";
  if (missing && process.env.CI !== "true") {
    console.warn(`\n*** SKIPPING workerd platform test: ${missing} (this would fail under CI=true) ***\n`);
    it.skip(title);
    return;
  }
  it(
    title,
    async () => {
      if (missing) throw new Error(`workerd is unavailable under CI=true: ${missing}`);
      const provided = inject("bundleError");
      const error = provided === undefined ? ensureBuilt() : provided;
      if (error) throw new Error(error);
      const mock = await startMockJelou({ credentials: CREDS, pages: { "/v2/databases/{databaseId}/rows": 25, "/v1/campaigns": 25 } });
      const mf = new miniflare!.Miniflare({
        modules: [
          { type: "ESModule", path: join(repoRoot, "__platform-test-worker.js"), contents: entry },
          ...distModules().map((f) => ({ type: "ESModule" as const, path: join(repoRoot, f) })),
          { type: "ESModule", path: join(repoRoot, "test/runtime/platform-scenario.js") },
        ],
        modulesRoot: repoRoot,
        compatibilityDate: "2025-01-01",
      });
      try {
        const res = await mf.dispatchFetch("http://worker.test/", { method: "POST", body: JSON.stringify({ url: mock.url, ...CREDS }) });
        const text = await res.text();
        if (!res.ok) throw new Error(`worker answered ${res.status}: ${text}`);
        const results = JSON.parse(text) as Outcome[];
        const byName = Object.fromEntries(results.map((r) => [r.name, r]));
        for (const name of [
          "templates.send",
          "campaigns.send file",
          "campaigns.list",
          "conversations.history",
          "users.getState",
          "datum.rows.list",
          "memory.set",
          "pma.integrations.get",
          "pma.sendAgentMessage",
        ])
          expect(byName[name], name).toMatchObject({ ok: true });
        expect(byName["datum.rows.list"]!.result).toEqual(Array.from({ length: 25 }, (_, i) => `item_${String(i + 1).padStart(5, "0")}`));
        expect(byName["campaigns.list"]!.result).toEqual(Array.from({ length: 25 }, (_, i) => `item_${String(i + 1).padStart(5, "0")}`));
        expect(byName["templates.send +phone"]).toMatchObject({ ok: false, error: { name: "JelouValidationError" } });
        expect(byName["memory.set unwrapped"]).toMatchObject({ ok: false, error: { name: "JelouValidationError" } });
        // Each on its operation, with its own credential only; the refused calls never arrive.
        expect(mock.requests.map((r) => r.operationId)).toEqual([
          "sendTemplate",
          "sendBulkTemplate",
          "listCampaigns",
          "listCampaigns",
          "listCampaigns",
          "getChatHistory",
          "getUserState",
          "listRows",
          "listRows",
          "listRows",
          "setMemory",
          "getPmaIntegration",
          "sendPmaAgentMessage",
        ]);
        for (const r of mock.requests)
          expect([r.operationId, r.contractErrors, r.authErrors, r.wrongAuth]).toEqual([r.operationId, undefined, undefined, undefined]);
        expect(mock.requests.find((r) => r.operationId === "setMemory")!.headers["x-hash-ttl"]).toBe("600");
      } finally {
        await mf.dispose();
        await mock.close();
      }
    },
    RUNTIME_TIMEOUT,
  );
});
