// Smoke test of `npm run size`: it runs, prints its figures and writes valid JSON with numeric
// gzip sizes. No timing and no budget assertions (--report-only): budgets are the script's job.
// The full `npm run bench` is not part of the test suite.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const dir = mkdtempSync(join(tmpdir(), "jelou-size-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scripts/size.mjs", () => {
  it("prints the size table and the module breakdown, and writes valid JSON with numeric gzip sizes", () => {
    const out = join(dir, "size-results.json");
    // --out keeps the committed bench/size-results.json untouched by test runs.
    const r = spawnSync(process.execPath, ["scripts/size.mjs", "--report-only", "--out", out], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    for (const label of ["dist/index.js", "dist/token.js", "send path: createJelou + messages.text", "openapi-fetch alone", "whatsapp-api-js", "gzip B", "brotli B", "by module"])
      expect(r.stdout).toContain(label);

    const json = JSON.parse(readFileSync(out, "utf8"));
    expect(Number.isNaN(Date.parse(json.date))).toBe(false);
    const ids = json.bundles.map((b: { id: string }) => b.id);
    expect(ids).toEqual(expect.arrayContaining(["full", "token", "send-text", "openapi-fetch", "whatsapp-api-js"]));
    for (const b of json.bundles) {
      expect(Number.isInteger(b.gzip) && b.gzip > 0).toBe(true);
      expect(Number.isInteger(b.brotli) && b.brotli > 0).toBe(true);
      expect(b.gzip).toBeLessThan(b.raw);
    }
    for (const id of ["full", "send-text", "token"]) expect(typeof json.bundles.find((b: { id: string }) => b.id === id).budgetGzip).toBe("number");
    const modules = json.breakdown["dist/index.js"].modules;
    expect(modules.length).toBeGreaterThan(0);
    for (const m of modules) expect(Number.isInteger(m.gzipAlone)).toBe(true);
  }, 90_000);
});
