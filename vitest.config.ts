import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/support/tsxLoader.ts"],
    globalSetup: ["tests/support/scratchRoot.ts"],
    // The build and browser tests run Eleventy, Pagefind and Chromium for real.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
