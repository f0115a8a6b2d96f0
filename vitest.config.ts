import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds dist/index.js once, before any worker starts, for the runtime tests.
    globalSetup: ["test/support/global-setup.ts"],
    // Runtime tests start Deno, workerd and Chromium; each has its own, larger timeout.
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
