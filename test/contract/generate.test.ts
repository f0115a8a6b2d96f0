// The generator and the spec linter, run as a user (or CI) would run them.
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TIMEOUT = 60_000;

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
  });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", output: `${r.stdout}\n${r.stderr}\n${r.error ?? ""}` };
}
const generate = (...args: string[]) => run(process.execPath, ["scripts/generate.mjs", ...args]);

describe("scripts/generate.mjs", () => {
  const tmp = mkdtempSync(join(tmpdir(), "jelou-generate-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("--check passes on the repository (generated/ matches openapi.yaml)", { timeout: TIMEOUT }, () => {
    const r = generate("--check");
    expect(r.status, r.output).toBe(0);
  });

  it("--check fails, saying stale, once a limit in the spec changes", { timeout: TIMEOUT }, () => {
    const spec = join(tmp, "openapi.yaml");
    const out = join(tmp, "generated");
    copyFileSync(join(ROOT, "openapi.yaml"), spec);

    const fresh = generate("--spec", spec, "--out", out);
    expect(fresh.status, fresh.output).toBe(0);
    const clean = generate("--check", "--spec", spec, "--out", out);
    expect(clean.status, clean.output).toBe(0);

    const text = readFileSync(spec, "utf8");
    expect(text).toContain("maxLength: 24");
    writeFileSync(spec, text.replace("maxLength: 24", "maxLength: 25"));

    const stale = generate("--check", "--spec", spec, "--out", out);
    expect(stale.status, stale.output).not.toBe(0);
    expect(stale.stderr).toMatch(/stale/);
  });

  it("--check covers every file it writes (TypeScript and JSON twins alike)", { timeout: TIMEOUT }, () => {
    const out = join(tmp, "every");
    const fresh = generate("--out", out);
    expect(fresh.status, fresh.output).toBe(0);
    const written = readdirSync(out).sort();
    expect(written).toEqual(expect.arrayContaining(["limits.json", "limits.ts", "messages.json", "messages.ts", "openapi.ts"]));
    for (const f of written) writeFileSync(join(out, f), readFileSync(join(out, f), "utf8") + " ");
    const stale = generate("--check", "--out", out);
    expect(stale.status, stale.output).not.toBe(0);
    for (const f of written) expect(stale.stderr, f).toContain(f);
  });
});

describe("openapi.yaml", () => {
  it("passes redocly lint with redocly.yaml", { timeout: TIMEOUT }, () => {
    const r = run(join(ROOT, "node_modules/.bin/redocly"), ["lint", "openapi.yaml", "--config", "redocly.yaml"]);
    expect(r.status, r.output).toBe(0);
  });
});
