import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Runtime tests start Deno, workerd and Chromium; each has its own, larger timeout.
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
