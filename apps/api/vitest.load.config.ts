import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `pnpm test:load`: load and fault scenarios against real server processes and a real PostgreSQL.
// Not part of `pnpm test` (the api project includes only src/ and test/). One file at a time:
// each scenario owns the machine while it measures.
export default defineConfig({
  test: {
    name: 'api-load',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['load/**/*.load.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
});
