import { defineConfig } from 'vitest/config';

// Browser tests: the built app (apps/api/dist + apps/web/dist) driven by the system Chromium.
// Each file starts its own server (free port, fresh embedded database) and browser, so files
// run side by side, as many as the run's workers (two: see the root vitest.config.ts).
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // After the other projects: the browser suite gets the machine to itself.
    sequence: { groupOrder: 1 },
  },
});
