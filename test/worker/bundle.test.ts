// The deployable Worker: `wrangler deploy --dry-run` bundles it (the SDK comes from dist/ through
// wrangler.toml's [alias], not from a copy), and it type-checks against the SDK's published types.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, repoRoot } from "../support/bundle";

const workerDir = join(repoRoot, "worker-example");
const toml = readFileSync(join(workerDir, "wrangler.toml"), "utf8");

beforeAll(() => {
  const error = ensureBuilt();
  if (error) throw new Error(error);
});

describe("worker-example", () => {
  it("wrangler.toml: fixed compatibility date, SDK aliased to dist/, vars, the Durable Object and its migration", () => {
    expect(toml).toMatch(/^compatibility_date = "\d{4}-\d{2}-\d{2}"$/m);
    expect(toml).toMatch(
      /^\[alias\]\n"jelou-sdk\/messages" = "\.\.\/dist\/messages\.js"\n"jelou-sdk\/token" = "\.\.\/dist\/token\.js"\n"jelou-sdk\/webhooks" = "\.\.\/dist\/webhooks\.js"$/m,
    );
    for (const v of ["ALLOWED_ORIGINS", "JELOU_BASE_URL", "TOKEN_AUDIENCE"]) expect(toml).toMatch(new RegExp(`^${v} = "`, "m"));
    expect(toml).toMatch(/^JELOU_BASE_URL = "https:\/\/api\.jelou\.ai"$/m);
    expect(toml).toMatch(/^TOKEN_AUDIENCE = "jelou-proxy"$/m);
    expect(toml).toMatch(/new_sqlite_classes = \["SendQuota"\]/);
    // Webhooks: the queue (producer, consumer with retries and a dead-letter queue) and the dedupe object.
    expect(toml).toMatch(/\[\[queues\.producers\]\]\nbinding = "WEBHOOK_QUEUE"\nqueue = "jelou-webhooks"/);
    expect(toml).toMatch(
      /\[\[queues\.consumers\]\]\nqueue = "jelou-webhooks"[^[]*max_retries = \d+[^[]*dead_letter_queue = "jelou-webhooks-dlq"/,
    );
    expect(toml).toMatch(/new_sqlite_classes = \["WebhookDedupe"\]/);
    expect(toml).not.toMatch(/^JELOU_WEBHOOK_SECRET\s*=/m);
    // Secrets are documented, never set here.
    expect(toml).not.toMatch(/^(JELOU_CLIENT_ID|JELOU_CLIENT_SECRET|TOKEN_SIGNING_KEY)\s*=/m);
  });

  it("imports the SDK by package name only: no copy, no path into src/ or dist/", () => {
    const specifiers = new Set<string>();
    for (const f of readdirSync(join(workerDir, "src")).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")))
      for (const m of readFileSync(join(workerDir, "src", f), "utf8").matchAll(/^(?:import|export)[^;]*? from "([^"]+)"/gms))
        specifiers.add(m[1]!);
    const external = [...specifiers].filter((s) => !s.startsWith("./"));
    expect(external.sort()).toEqual(["cloudflare:workers", "jelou-sdk/messages", "jelou-sdk/token", "jelou-sdk/webhooks"]);
  });

  it("`wrangler deploy --dry-run` bundles it with the SDK inlined", () => {
    const out = mkdtempSync(join(tmpdir(), "jelou-proxy-dry-run-"));
    try {
      const r = spawnSync(
        process.execPath,
        [
          join(repoRoot, "node_modules/wrangler/bin/wrangler.js"),
          "deploy",
          "--dry-run",
          "--outdir",
          out,
          "--config",
          join(workerDir, "wrangler.toml"),
        ],
        {
          cwd: repoRoot,
          encoding: "utf8",
          timeout: 60_000,
          env: { ...process.env, WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: out, CI: "true", NO_COLOR: "1" },
        },
      );
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/env\.QUOTA \(SendQuota\)\s+Durable Object/);
      const js = readFileSync(join(out, "index.js"), "utf8");
      // Each Durable Object module imports cloudflare:workers itself: count specifiers, not statements.
      expect([...new Set([...js.matchAll(/\bfrom\s*"([^"]+)"/g)].map((m) => m[1]))]).toEqual(["cloudflare:workers"]);
      expect(js).not.toContain('jelou-sdk"');
      expect(js).toContain("JelouValidationError"); // the SDK, bundled from dist/
      expect(js).toMatch(/export\s*\{[^}]*\bSendQuota\b/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it("type-checks against dist/*.d.ts", () => {
    const r = spawnSync(process.execPath, [join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", workerDir], {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 60_000);
});
