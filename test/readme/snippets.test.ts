// Every JavaScript/TypeScript block of README.md and worker-example/README.md either runs here,
// against the local stack (mock Jelou on 127.0.0.1, the token proxy Worker in workerd, the app
// backend's /api/token), or is listed below with the reason it cannot. A new block that is neither
// fails the test, and so does a listed block that no longer exists.
//
// What a snippet may assume without writing it (its "prelude", set as globals): `env` with the
// mock's credentials, a `jelou` client pointed at the mock, the `jelou-sdk` exports (`messages`,
// `campaignCsv`, `JelouValidationError`…), and a `fetch` that sends Jelou's hosts, the proxy's
// example URL and relative `/api/…` URLs to the local stack (any other host is refused).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startStack } from "../../scripts/stack.mjs";
import { repoRoot } from "../support/bundle";
import { startMockJelou, type MockJelou, type RecordedRequest } from "../support/mock-jelou";
import { bundleSnippet, extractBlocks, importBundle, importDist, JS_LANGS, redirectingFetch, type Block } from "./snippets";

const CREDS = { clientId: "readme-client", clientSecret: "readme-sëcret", apiKey: "readme-project-key", signingSecret: "SIGNING_SECRET" };
const WEBHOOK_SECRET = "whsec_readme_test";
const README_FILES = ["README.md", "worker-example/README.md"];
const USER = "593987654321";

type Harness = { mock: MockJelou; stack: Awaited<ReturnType<typeof startStack>>; sdk: Record<string, any>; logs: unknown[][] };
interface Run {
  /** Globals this block uses beyond the common prelude. */
  globals?: (h: Harness) => Record<string, unknown>;
  /** process.env entries the block reads, set for its run. */
  processEnv?: Record<string, string>;
  /** Drives what the block exports (a handler) and checks what it did. */
  after?: (mod: Record<string, any>, h: Harness, block: Block) => Promise<void> | void;
  /** operationIds the mock Jelou must have seen (as a set); [] for a block that sends nothing. */
  ops: string[];
  /** operationIds the stack's own mock (behind the proxy Worker) must have seen. */
  stackOps?: string[];
}
type Plan = Run | { notRunnable: string };

const now = () => Date.now();
const readEvent = () => JSON.stringify({ event: "read", messageId: "msg_1", botId: "BOT_ID", userId: USER, timestamp: now() });
const pmaTextEvent = () => {
  const fixture = JSON.parse(readFileSync(join(repoRoot, "test/fixtures/webhooks/events.json"), "utf8")).valid.find(
    (e: { name: string }) => e.name === "PMA text message",
  );
  return JSON.stringify({ ...fixture.body, timestamp: now() });
};
/** A signed delivery, as Jelou posts it. */
async function delivery(body: string, secret = WEBHOOK_SECRET) {
  const { signPayload } = await nativeDist("webhooks");
  return new Request("https://app.example.com/jelou", {
    method: "POST",
    headers: { "content-type": "application/json", "x-jelou-signature": await signPayload(secret, body) },
    body,
  });
}
/** markRead / openTicket for the handle-event fragments: recorded calls. */
const handlerHelpers = () => {
  const calls: unknown[][] = [];
  const fns = {
    markRead: async (...a: unknown[]) => void calls.push(["markRead", ...a.slice(1)]),
    openTicket: async (...a: unknown[]) => void calls.push(["openTicket", ...a.slice(1)]),
  };
  return { calls, fns };
};
const handleEventRun = (): Run => {
  const helpers = handlerHelpers();
  return {
    globals: () => helpers.fns,
    async after(mod) {
      const { constructEvent, signPayload } = await nativeDist("webhooks");
      for (const body of [readEvent(), pmaTextEvent()])
        await mod.handleEvent(await constructEvent(body, await signPayload("s", body), "s"), {});
      expect(helpers.calls).toEqual([
        ["markRead", "msg_1"],
        ["openTicket", expect.any(String)],
      ]);
    },
    ops: [],
  };
};

const R = "README.md: ";
const W = "worker-example/README.md: ";
const PLAN: Record<string, Plan> = {
  [`${R}import { createJelou, messages, JelouApiError, JelouValidationError } from "jelou-sdk";`]: { ops: ["sendMessage"] },
  [`${R}try {`]: {
    ops: [],
    // What it logs is what its comment says it logs.
    after: (_m, h, block) => {
      const comment = /^\s*\/\/ (\[.*\])$/m.exec(block.code)?.[1] ?? "no comment";
      expect(h.logs).toEqual([[JSON.parse(comment.replace(/(\w+): /g, '"$1": '))]]);
    },
  },
  [`${R}const userId = "593987654321";`]: { ops: ["sendFlowMessage"] },
  [`${R}// One template to one or more numbers (POST /v2/whatsapp/{botId}/hsm) → [{ id, destination }]`]: {
    ops: [
      "sendTemplate",
      "listTemplates",
      "createTemplate",
      "sendBulkTemplate",
      "listCampaigns",
      "getChatHistory",
      "listAttendedConversations",
    ],
  },
  [`${R}await jelou.users.setState({ botId: "BOT_ID", userId: "593987654321", state: "manual", ttl: 3600 });`]: {
    ops: ["setUserState", "getUserState", "mergeUserCache", "getUserCache"],
  },
  [`${R}interface Ticket { ticketId: string; status: "open" | "closed" }`]: {
    ops: ["createRow", "updateRow", "listRows", "deleteRow", "listDatabases"],
  },
  [`${R}const { signedUrl } = await jelou.resources.refresh({ resourceUrl: "https://storage.jelou.ai/files/document.pdf", ttl: 900 });`]: {
    ops: ["refreshResource"],
  },
  [`${R}await jelou.rooms.send("ROOM_ID", { senderId: "agent-12345", messages: [{ type: "text", text: "Hello" }] });`]: {
    ops: ["sendRoomMessage", "createWidget", "createWidgetUser"],
  },
  [`${R}await jelou.memory.set({ userReferenceId: "593987654321", botId: "BOT_ID", values: { plan: { value: "premium", ttl: 3600 } } }, { hashTtlSeconds: 86_400 });`]:
    {
      ops: ["setMemory", "getAllMemory", "findOneMemory"],
    },
  [`${R}const { signingSecret } = await jelou.pma.integrations.create("PROJECT_ID", { webhookUrl: "https://support.example.com/jelou/webhook", authType: "bearer", authorization: "my-webhook-token" });`]:
    { ops: ["createPmaIntegration", "startPmaConversation", "sendPmaAgentMessage", "closePmaConversation"] },
  [`${R}const { data, error } = await jelou.api.GET("/v1/bots/{botId}/events/webhook", { params: { path: { botId: "BOT_ID" } } });`]: {
    ops: ["getWebhookConfig"],
  },
  [`${R}import { receiveWebhook } from "jelou-sdk/webhooks";`]: {
    ops: [],
    async after(mod, h) {
      const env = { JELOU_WEBHOOK_SECRET: WEBHOOK_SECRET };
      expect((await mod.default.fetch(await delivery(pmaTextEvent()), env)).status).toBe(200);
      expect((await mod.default.fetch(await delivery(pmaTextEvent(), "not-the-secret"), env)).status).toBe(401);
      expect(h.logs).toContainEqual(["message", "wamid.text"]);
    },
  },
  [`${R}// app/api/jelou/route.ts`]: {
    ops: [],
    processEnv: { JELOU_WEBHOOK_SECRET: WEBHOOK_SECRET },
    async after(mod, h) {
      expect((await mod.POST(await delivery(readEvent()))).status).toBe(200);
      expect(h.logs).toContainEqual(["read", "msg_1"]);
    },
  },
  [`${R}import { createServer } from "node:http";`]: {
    notRunnable:
      "a server on the fixed port 3000 that never exits; its constructEvent path is the one the Worker and Next.js blocks above run",
  },
  [`${R}// worker-example/src/handle-event.ts: the only file you edit`]: handleEventRun(),
  [`${R}import { describe, expect, it } from "vitest";`]: {
    // Its describe/it are collected and its tests run here, with vitest's expect.
    globals: () => ({ __snippetVitest: snippetVitest }),
    async after() {
      const tests = snippetVitest.collected.splice(0);
      expect(tests.map((t) => t.name)).toHaveLength(3);
      for (const t of tests) await t.fn();
    },
    ops: [],
  },
  [`${R}mock.on("sendTemplate", () => new Response(JSON.stringify({ message: ["Template not approved"] }), { status: 400 }));`]: {
    globals: (h) => ({ mock: h.sdk.createMockJelou() }),
    async after(_m, h) {
      const mock = (globalThis as any).mock;
      const jelou = h.sdk.createJelou({ clientId: "id", clientSecret: "secret", fetch: mock.fetch });
      const hsm = h.sdk.messages.template({ elementName: "order_update", language: "es", destinations: [USER] });
      await expect(jelou.templates.send("BOT_ID", hsm)).rejects.toMatchObject({ status: 400 });
    },
    ops: [],
  },
  [`${R}import { mintSendToken } from "jelou-sdk/token";`]: { ops: [] },
  [`${R}import { createJelou, messages } from "jelou-sdk/messages";`]: { ops: [], stackOps: ["sendMessage"] },
  [`${R}// deno add jsr:@jelou/sdk`]: {
    globals: () => ({ Deno: { env: { get: (k: string) => prelude.env[k] } } }),
    ops: ["sendMessage"],
  },
  [`${W}import { createJelou, messages } from "jelou-sdk";`]: { ops: [], stackOps: ["sendMessage"] },
  [`${W}import { startLocalProxy } from "../scripts/local-proxy.mjs";`]: {
    notRunnable: "repo tooling that starts workerd and leaves it running; scripts/stack.mjs (used by this test) starts it the same way",
  },
  [`${W}import type { JelouEvent } from "jelou-sdk/webhooks";`]: handleEventRun(),
};

const snippetVitest = {
  collected: [] as { name: string; fn: () => unknown }[],
  describe: (_name: string, fn: () => void) => fn(),
  it: (name: string, fn: () => unknown) => void snippetVitest.collected.push({ name, fn }),
  test: (name: string, fn: () => unknown) => void snippetVitest.collected.push({ name, fn }),
  expect,
};

/** An entry of the built package, the same module instance the snippets import. */
const nativeDist = (entry: string) => importDist([entry]);

const blocks: Block[] = README_FILES.flatMap((f) => extractBlocks(readFileSync(join(repoRoot, f), "utf8"), f)).filter((b) =>
  JS_LANGS.has(b.lang),
);
const prelude = { env: {} as Record<string, string> };
let h: Harness;
const realFetch = globalThis.fetch;
const refused: string[] = [];

beforeAll(async () => {
  const [mock, stack] = await Promise.all([startMockJelou({ credentials: CREDS }), startStack({ onProxyOutput: () => {} })]);
  const sdk = await importDist(["index", "testing"]);
  h = { mock, stack, sdk, logs: [] };
  const routes = {
    "https://api.jelou.ai": mock.url,
    "https://gateway.jelou.ai": mock.url,
    "https://chatbot.jelou.ai": mock.url,
    "https://jelou-proxy.example.workers.dev": stack.proxyUrl,
  };
  globalThis.fetch = redirectingFetch(realFetch, routes, stack.origin, refused);
  prelude.env = {
    JELOU_CLIENT_ID: CREDS.clientId,
    JELOU_CLIENT_SECRET: CREDS.clientSecret,
    JELOU_API_KEY: CREDS.apiKey,
    TOKEN_SIGNING_KEY: "readme-signing-key-0123456789abcdef0123456789",
    JELOU_WEBHOOK_SECRET: WEBHOOK_SECRET,
  };
}, 120_000);
afterAll(async () => {
  globalThis.fetch = realFetch;
  await Promise.all([h?.mock.close(), h?.stack.close()]);
});

/** Sets globals for one run and gives back a function that restores them. */
function setGlobals(values: Record<string, unknown>) {
  const g = globalThis as Record<string, unknown>;
  const before = Object.keys(values).map((k) => [k, Object.getOwnPropertyDescriptor(g, k)] as const);
  for (const [k, v] of Object.entries(values)) Object.defineProperty(g, k, { value: v, configurable: true, writable: true });
  return () => {
    for (const [k, d] of before) d ? Object.defineProperty(g, k, d) : delete g[k];
  };
}

const problems = (r: RecordedRequest) => ({
  op: r.operationId,
  contractErrors: r.contractErrors,
  authErrors: r.authErrors,
  wrongAuth: r.wrongAuth,
});

describe("README code blocks", () => {
  it("each block is either run or listed as not runnable, and each listed block exists", () => {
    const keys = blocks.map((b) => b.key);
    expect(
      keys.filter((k, i) => keys.indexOf(k) !== i),
      "two blocks share a first line: make one's first line distinct",
    ).toEqual([]);
    expect(
      keys.filter((k) => !(k in PLAN)),
      "blocks neither run nor listed: add them to PLAN in this file",
    ).toEqual([]);
    expect(
      Object.keys(PLAN).filter((k) => !keys.includes(k)),
      "PLAN entries for blocks that no longer exist",
    ).toEqual([]);
    expect(blocks.length).toBeGreaterThanOrEqual(20);
  });

  const runnable = blocks.filter((b) => {
    const plan = PLAN[b.key];
    return plan && !("notRunnable" in plan);
  });
  it.each(runnable.map((b) => [`${b.file}:${b.line} ${b.key.slice(b.file.length + 2, b.file.length + 72)}`, b] as const))(
    "runs %s",
    async (_name, block) => {
      const plan = PLAN[block.key] as Run;
      h.mock.reset();
      h.stack.mock!.reset();
      h.logs.length = 0;
      refused.length = 0;
      const jelou = h.sdk.createJelou({ ...CREDS, baseUrl: h.mock.url, gatewayUrl: h.mock.url, chatbotUrl: h.mock.url });
      const js = await bundleSnippet(block.code);
      const record = (...a: unknown[]) => void h.logs.push(a);
      const spies = [vi.spyOn(console, "log").mockImplementation(record), vi.spyOn(console, "error").mockImplementation(record)];
      const restore = setGlobals({ ...h.sdk, env: prelude.env, jelou, ...plan.globals?.(h) });
      for (const [k, v] of Object.entries(plan.processEnv ?? {})) vi.stubEnv(k, v);
      try {
        const mod = await importBundle(js);
        await plan.after?.(mod, h, block);
      } finally {
        restore();
        vi.unstubAllEnvs();
        for (const s of spies) s.mockRestore();
      }
      expect(refused, "the snippet tried to reach a host outside the local stack").toEqual([]);
      for (const [mock, ops] of [
        [h.mock, plan.ops],
        [h.stack.mock!, plan.stackOps ?? []],
      ] as const) {
        expect(
          mock.requests.map(problems).filter((p) => !p.op || p.contractErrors || p.authErrors || p.wrongAuth),
          "requests off the contract",
        ).toEqual([]);
        expect(new Set(mock.requests.map((r) => r.operationId))).toEqual(new Set(ops));
      }
    },
    20_000,
  );
});
