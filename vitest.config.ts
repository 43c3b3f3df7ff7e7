import { defineConfig } from 'vitest/config';

// One run covers every package. Each project has its own config next to its code.
export default defineConfig({
  test: {
    // Two workers: the CI machine has two cores, and each PGlite instance is memory-hungry.
    maxWorkers: 2,
    projects: [
      'packages/shared/vitest.config.ts',
      'apps/api/vitest.config.ts',
      'apps/web/vitest.config.ts',
      'apps/web/vitest.e2e.config.ts',
      {
        test: {
          name: 'repo',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
