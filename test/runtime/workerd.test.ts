// workerd (the Cloudflare Workers runtime) via miniflare: the bundle and the scenario are loaded
// as real ES modules of a worker, whose fetch handler runs the scenario with workerd's fetch.
import { join } from "node:path";
import { describe } from "vitest";
import { repoRoot } from "../support/bundle";
import type { Outcome } from "./expected";
import { distModules, runtimeTest } from "./harness";

// Virtual entry (contents inline, nothing written); its path places it at the repo root so its
// relative imports resolve to the real files, all inside modulesRoot as miniflare requires.
const entry = `
import * as sdk from "./dist/index.js";
import { runScenario } from "./test/runtime/scenario.js";
export default {
  async fetch(request) {
    return Response.json(await runScenario(sdk, await request.json()));
  },
};`;

let missing: string | undefined;
const miniflare = await import("miniflare").catch((e: Error) => {
  missing = `miniflare could not be loaded: ${e.message}`;
  return undefined;
});

describe("runtime: workerd", () => {
  runtimeTest("workerd", missing, async (input) => {
    const mf = new miniflare!.Miniflare({
      modules: [
        { type: "ESModule", path: join(repoRoot, "__runtime-test-worker.js"), contents: entry },
        ...distModules().map((f) => ({ type: "ESModule" as const, path: join(repoRoot, f) })),
        { type: "ESModule", path: join(repoRoot, "test/runtime/scenario.js") },
      ],
      modulesRoot: repoRoot,
      compatibilityDate: "2025-01-01",
    });
    try {
      const res = await mf.dispatchFetch("http://worker.test/", { method: "POST", body: JSON.stringify(input) });
      const text = await res.text();
      if (!res.ok) throw new Error(`worker answered ${res.status}: ${text}`);
      return JSON.parse(text) as Outcome[];
    } finally {
      await mf.dispose();
    }
  });
});
