// `npm run size` and `npm run bench` run, print their figures, write valid JSON, and exit 1 past a
// budget. The budgets used to prove that are derived from this run's own figures (just below or
// far beyond them), so nothing here depends on how fast or small the SDK is today. `npm run bench`
// runs here with --quick (few, short rounds) and without its proxy-latency part, which has no target.
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
  spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: "utf8", timeout: 180_000 });

describe("scripts/size.mjs", () => {
  it("prints the size table and the module breakdown, writes valid JSON, and exits 1 only past a budget", () => {
    const out = join(dir, "size-results.json");
    // --out keeps the committed bench/size-results.json untouched by test runs.
    const r = run("scripts/size.mjs", "--report-only", "--out", out);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    for (const label of [
      "dist/index.js",
      "dist/token.js",
      "send path: createJelou + messages.text",
      "openapi-fetch alone",
      "whatsapp-api-js",
      "gzip B",
      "brotli B",
      "by module",
    ])
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
    // Every entry with a budget in bench/budgets.json is measured against it; the send path is reported only.
    for (const id of ["full", "messages", "templates", "token", "webhooks"])
      expect(typeof json.bundles.find((b: { id: string }) => b.id === id).budgetGzip).toBe("number");
    expect(json.bundles.find((b: { id: string }) => b.id === "send-text").budgetGzip).toBeUndefined();
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
    const tight = budgets("tight.json", (b) =>
      b.budgets.forEach((x: { id: string; gzip: number }) => (x.gzip = gzip(x.id) + (x.id === "token" ? -1 : 1))),
    );
    const over = run("scripts/size.mjs", "--budgets", tight, "--out", join(dir, "over.json"));
    expect(over.stdout).toMatch(/budget exceeded: token \(.*\) is \d+ B gzip, budget \d+ B: over by 1 B/);
    expect(over.stdout).not.toMatch(/budget exceeded: full/);
    expect(over.status).toBe(1);
  }, 90_000);
});

type Summary = { median: number; min: number; max: number };
type RuntimeFigures = {
  variants: Record<string, { usPerSend: Summary; vsFloor: Summary; vsOpenapiFetch: Summary; vsControl: Summary }>;
  noise: Summary;
  sdkVsOpenapiFetch: Summary;
  best: { sdkVsOpenapiFetch: number; controlVsOpenapiFetch: number; noise: number };
  clock: string;
  list10Validation: { opsPerSec: number; opsPerSecMin: number };
  bulk?: { n: number; sendsPer10msCpu: Summary };
};
const RUNTIMES = ["node", "workerd", "deno"] as const;
const VARIANTS = ["fetch", "request", "openapi-fetch", "sdk", "control", "sdk-novalidate", "sdk-builder", "whatsapp-api-js", "templates"];

describe("scripts/bench.mjs --quick", () => {
  it("times every variant in Node, workerd and Deno, writes the figures, and exits 1 only when a target is missed", () => {
    // 1. Report only, with the committed targets (today's SDK may miss them): exit 0 either way.
    const out = join(dir, "bench.json");
    const r = run("scripts/bench.mjs", "--quick", "--report-only", "--only=send,validate,workerd", "--out", out);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    for (const rt of ["node v", "workerd (compatibility date", "deno "]) expect(r.stdout).toContain(rt);
    for (const label of [
      "raw fetch(url, init)",
      "AbortSignal.timeout (floor)",
      "bare openapi-fetch + the same signal",
      "jelou.send, second build (control)",
      "jelou.send, validate: false",
      "built each send",
      "whatsapp-api-js",
      "templates.send",
    ])
      expect(r.stdout).toContain(label);
    expect(r.stdout).toMatch(/noise floor: jelou\.send ÷ its control build ranged [\d.]+–[\d.]+×/);
    expect(r.stdout).toMatch(/µs per send \(fastest block\)\s+node\s+workerd\s+deno/);
    expect(r.stdout).toMatch(/bulk \(workerd\)\s+sends per 10 ms of Worker CPU/);

    const json = JSON.parse(readFileSync(out, "utf8"));
    expect(Number.isNaN(Date.parse(json.date))).toBe(false);
    const figures = json.send.runtimes as Record<string, RuntimeFigures>;
    for (const rt of RUNTIMES) {
      const f = figures[rt]!;
      expect(Object.keys(f.variants)).toEqual(VARIANTS);
      for (const v of Object.values(f.variants)) {
        expect(v.usPerSend.median).toBeGreaterThan(0);
        expect(v.usPerSend.min).toBeLessThanOrEqual(v.usPerSend.median);
      }
      // Ratios are per round: each variant against itself is exactly 1.
      expect(f.variants.request!.vsFloor.median).toBe(1);
      expect(f.variants["openapi-fetch"]!.vsOpenapiFetch.median).toBe(1);
      expect(f.variants.control!.vsControl.max).toBe(1);
      expect(f.noise).toEqual(f.variants.sdk!.vsControl);
      // Fastest block against fastest block.
      expect(f.best.sdkVsOpenapiFetch).toBeCloseTo(f.variants.sdk!.usPerSend.min / f.variants["openapi-fetch"]!.usPerSend.min, 10);
      expect(f.best.noise).toBeCloseTo(f.variants.sdk!.usPerSend.min / f.variants.control!.usPerSend.min, 10);
      // Node and Deno time the JavaScript thread, not the runtime's helper threads.
      if (rt !== "workerd") expect(f.clock).toMatch(/^CPU of the JavaScript thread/);
      expect(f.list10Validation.opsPerSec).toBeGreaterThan(0);
      expect(Number.isFinite(f.list10Validation.opsPerSec)).toBe(true);
    }
    expect(figures.workerd!.bulk!.sendsPer10msCpu.median).toBeGreaterThan(0);
    expect(json.validation.types.length).toBe(16);
    for (const k of ["mint", "verify", "mintCryptoKey", "verifyCryptoKey"]) expect(json.jwt[k].median).toBeGreaterThan(0);
    expect(json.workerCpu.usHandlerOnly.median).toBeGreaterThan(0);

    // 2. Every target a hundredfold looser than this run's own figures: met, exit 0. The figures
    // of the next run differ, but not by 100×.
    const worker = json.workerCpu.usWorkerdProcessCpu ?? json.workerCpu.usHandlerOnly;
    const loose = (b: typeof committed, tightNode = false) => {
      for (const rt of RUNTIMES) {
        b.bench.sendVsOpenapiFetchMax[rt] = figures[rt]!.sdkVsOpenapiFetch.max * 100;
        b.bench.list10ValidationsPerSecMin[rt] = figures[rt]!.list10Validation.opsPerSecMin / 100;
      }
      b.bench.bulkSendsPer10msMin = figures.workerd!.bulk!.sendsPer10msCpu.min / 100;
      b.bench.workerCpuUsMax = worker.max * 100;
      // A hundredfold tighter than the fastest round: missed.
      if (tightNode) b.bench.sendVsOpenapiFetchMax.node = figures.node!.sdkVsOpenapiFetch.min / 100;
    };
    const ok = run(
      "scripts/bench.mjs",
      "--quick",
      "--only=send",
      "--budgets",
      budgets("bench-roomy.json", (b) => loose(b)),
      "--out",
      join(dir, "ok.json"),
    );
    expect(ok.stdout).toContain("all bench targets met");
    expect(ok.status).toBe(0);

    // 3. Node's send ratio target a hundredfold below its figure: named, exit 1 (Node alone, for speed).
    const tight = budgets("bench-tight.json", (b) => loose(b, true));
    const missed = run(
      "scripts/bench.mjs",
      "--quick",
      "--only=send",
      "--runtimes=node",
      "--budgets",
      tight,
      "--out",
      join(dir, "missed.json"),
    );
    expect(missed.stdout).toMatch(
      /target missed: send ratio, node: jelou\.send ÷ bare openapi-fetch, same signal: [\d.]+× \(target ≤ [\d.]+×\)/,
    );
    expect(missed.status).toBe(1);
    const m = JSON.parse(readFileSync(join(dir, "missed.json"), "utf8"));
    expect(m.missed).toHaveLength(1);
    expect(Object.keys(m.send.runtimes)).toEqual(["node"]);
  }, 400_000);
});

describe("poolRuns", () => {
  it("lays each variant's rounds from several processes end to end, and keeps the first run's labels", async () => {
    const { poolRuns } = await import("../../scripts/bench/runtimes.mjs");
    const run = (k: number) => ({
      runtime: { name: "node", run: k },
      clock: "c",
      send: { us: { a: [k, k + 1], b: [k * 10] }, wallUs: { a: [k] }, processUs: {}, ops: { a: 5 } },
      validate: { us: { validate: [k] }, wallUs: {}, processUs: {}, ops: { validate: 7 } },
      bulk: { n: 10, cpuMs: [k], loopMs: [k * 2] },
    });
    const pooled = poolRuns([run(1), run(2), run(3)]);
    expect(pooled.processes).toBe(3);
    expect(pooled.runtime).toEqual({ name: "node", run: 1 });
    expect(pooled.send.us).toEqual({ a: [1, 2, 2, 3, 3, 4], b: [10, 20, 30] });
    expect(pooled.send.wallUs).toEqual({ a: [1, 2, 3] });
    expect(pooled.send.ops).toEqual({ a: 5 });
    expect(pooled.validate.us.validate).toEqual([1, 2, 3]);
    expect(pooled.bulk).toEqual({ n: 10, cpuMs: [1, 2, 3], loopMs: [2, 4, 6] });
  });
});
