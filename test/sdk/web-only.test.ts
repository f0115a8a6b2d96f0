// The SDK must run unchanged on Workers, Deno and browsers: only web-standard APIs in src/,
// and a built bundle with nothing left to import.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/spec.js";

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe("web-standard only", () => {
  const sources = files(join(ROOT, "src")).map((f) => [f.slice(ROOT.length), readFileSync(f, "utf8")] as const);

  it.each(sources)("%s uses no Node built-in", (_f, text) => {
    expect(text).not.toMatch(/from\s+["']node:|require\(|\bprocess\.|\bBuffer\b|\b__dirname\b/);
    // TSDoc examples show users' imports (`from "jelou-sdk/messages"`); only code counts.
    const code = text.replace(/^\s*(\/\/|\*).*$/gm, "");
    const imports = [...code.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]!);
    for (const i of imports) expect(i, `unexpected import ${i}`).toMatch(/^(\.{1,2}\/|valibot$|openapi-fetch$)/);
  });

  it("package.json has no runtime dependencies and declares its entry points", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    // npm drops an empty "dependencies" object whenever it rewrites package.json; absent means none.
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.type).toBe("module");
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports["."]).toEqual({ types: "./dist/index.d.ts", import: "./dist/index.js" });
    expect(pkg.exports["./token"]).toEqual({ types: "./dist/token.d.ts", import: "./dist/token.js" });
  });
});
