import { defineConfig } from 'vitest/config';

// Browser tests: the built app (apps/api/dist + apps/web/dist) driven by the system Chromium.
// One file at a time: each file starts its own server and browser.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // After the other projects: the browser suite gets the machine to itself.
    sequence: { groupOrder: 1 },
  },
});
