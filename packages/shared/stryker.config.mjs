// Mutation testing of the authorization vocabulary (permissions, scopes, project levels, the decision
// function, route access declarations). Run `pnpm test:mutation` from the repository root; it fails
// below a 90 % mutation score. See docs/development/testing.md ("Mutation testing").
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'pnpm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/decide.ts',
    'src/scopes.ts',
    'src/project-access.ts',
    'src/access.ts',
    'src/permissions.ts',
    'src/roles.ts',
    'src/records.ts',
  ],
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  // The CI machine has two cores.
  concurrency: 2,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
