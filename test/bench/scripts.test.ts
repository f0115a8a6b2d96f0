// `npm run size` and `npm run bench` run, print their figures, write valid JSON, and exit 1 past a
// budget. The budgets used to prove that are derived from this run's own figures (just below or
// far beyond them), so nothing here depends on how fast or small the SDK is today. The full
// `npm run bench` is not part of the suite; its validation part is.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const dir = mkdtempSync(join(tmpdir(), "jelou-size-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const committed = JSON.parse(readFileSync(join(ROOT, "bench/budgets.json"), "utf8"));
/** Writes a budgets file: the committed one with `change` applied. */
const budgets = (name: string, change: (b: typeof committed) => void) => {
  const b = structuredClone(committed);
  change(b);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(b));
  return file;
};
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });

describe("scripts/size.mjs", () => {
  it("prints the size table and the module breakdown, writes valid JSON, and exits 1 only past a budget", () => {
    const out = join(dir, "size-results.json");
    // --out keeps the committed bench/size-results.json untouched by test runs.
    const r = run("scripts/size.mjs", "--report-only", "--out", out);
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

    const gzip = (id: string) => json.bundles.find((b: { id: string }) => b.id === id).gzip as number;
    // Every budget 1 B above today's size: met, exit 0.
    const roomy = budgets("roomy.json", (b) => b.budgets.forEach((x: { id: string; gzip: number }) => (x.gzip = gzip(x.id) + 1)));
    const ok = run("scripts/size.mjs", "--budgets", roomy, "--out", join(dir, "ok.json"));
    expect(ok.stdout).toContain("all size budgets met");
    expect(ok.status).toBe(0);
    // The token entry's budget 1 B below its size: named, by how much, exit 1.
    const tight = budgets("tight.json", (b) => b.budgets.forEach((x: { id: string; gzip: number }) => (x.gzip = gzip(x.id) + (x.id === "token" ? -1 : 1))));
    const over = run("scripts/size.mjs", "--budgets", tight, "--out", join(dir, "over.json"));
    expect(over.stdout).toMatch(/budget exceeded: token \(.*\) is \d+ B gzip, budget \d+ B: over by 1 B/);
    expect(over.stdout).not.toMatch(/budget exceeded: full/);
    expect(over.status).toBe(1);
  }, 90_000);
});

describe("scripts/bench.mjs --only=validate", () => {
  it("prints validation and JWT figures, writes them as JSON, and exits 1 when a target is missed", () => {
    const out = join(dir, "bench.json");
    // No machine validates 10^12 messages a second: the target must be reported missed.
    const file = budgets("bench.json", (b) => (b.bench.list10ValidationsPerSecMin = 1e12));
    const r = run("scripts/bench.mjs", "--only=validate", "--budgets", file, "--out", out);
    expect(r.stdout).toMatch(/validateMessage \(ops\/s\)\s+list, 10 options with descriptions\s+[\d,]+/);
    expect(r.stdout).toMatch(/target missed: validateMessage \(ops\/s\), list, 10 options with descriptions: [\d,]+ \(target ≥ 1,000,000,000,000\/s\)/);
    expect(r.status).toBe(1);

    const json = JSON.parse(readFileSync(out, "utf8"));
    const list10 = json.validation.types.find((t: { list10: boolean }) => t.list10);
    expect(list10.opsPerSec).toBeGreaterThan(0);
    expect(json.validation.types.length).toBe(16);
    for (const k of ["mint", "verify", "mintCryptoKey", "verifyCryptoKey"]) expect(json.jwt[k].median).toBeGreaterThan(0);
    expect(json.missed).toHaveLength(1);
  }, 120_000);
});
