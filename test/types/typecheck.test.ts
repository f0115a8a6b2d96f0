// Runs the compiler over src/, generated/ and test/types/drift.ts, and proves the drift check
// bites: a copy of the tree whose text schema makes `text` optional must fail to compile. Also
// compiles the tests and the Worker with Node's types (tsconfig.test.json).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/spec.js";

const tsc = (cwd: string, project = "tsconfig.json") =>
  spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", project], { cwd, encoding: "utf8" });

describe("types", () => {
  it("src/ compiles and every schema's type equals the generated OpenAPI type", () => {
    const r = tsc(ROOT);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 60_000);

  it("the tests and the Worker compile (tsconfig.test.json)", () => {
    const r = tsc(ROOT, "tsconfig.test.json");
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 120_000);

  it("a schema that drifts from the spec fails to compile", () => {
    const dir = mkdtempSync(join(tmpdir(), "jelou-drift-"));
    try {
      for (const p of ["src", "generated", "test/types", "tsconfig.json"]) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
      symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
      const file = join(dir, "src/messages/text.ts");
      const src = readFileSync(file, "utf8");
      const drifted = src.replace("text: str(WHATS_APP_TEXT_MAX_LENGTH),", "text: v.optional(str(WHATS_APP_TEXT_MAX_LENGTH)),");
      expect(drifted).not.toBe(src);
      writeFileSync(file, drifted);
      const r = tsc(dir);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toMatch(/test\/types\/drift\.ts\(\d+,\d+\): error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
