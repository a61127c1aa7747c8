import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "e2e/**/*.test.ts"],
    globalSetup: ["./scripts/test-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
