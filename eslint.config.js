// `pnpm lint`: ESLint with the import rules that hold the architecture together
// (docs/development/README.md#lint-and-format), then Prettier's check.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES_DIR = 'apps/web/src/features';
const features = readdirSync(new URL(`./${FEATURES_DIR}`, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// A web feature reaches another only through that feature's index.ts.
const featureZones = features.flatMap((feature) =>
  features
    .filter((other) => other !== feature)
    .map((other) => ({
      target: `./${FEATURES_DIR}/${feature}`,
      from: `./${FEATURES_DIR}/${other}`,
      except: ['./index.ts'],
      message: `Import from the "${other}" feature through @/features/${other} (its index.ts), not its inner files.`,
    })),
);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      'test-results/**',
      'packages/shared/reports/**',
      '**/.stryker-tmp/**',
      'apps/web/src/lib/api/openapi.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.base.json', 'apps/*/tsconfig.json', 'packages/*/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals or an `as const` object.' },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './packages/shared',
              from: './apps',
              message: 'packages/shared is the common vocabulary: it imports no app.',
            },
            {
              target: './apps/api/src/plugins',
              from: './apps/api/src/modules',
              message: 'Plugins never import feature modules: move what both need to apps/api/src/kernel or lib.',
            },
            {
              target: './apps/api/src/kernel',
              from: './apps/api/src/modules',
              message: 'The kernel is below the modules: it never imports them.',
            },
            {
              target: './apps/api/src/lib',
              from: ['./apps/api/src/modules', './apps/api/src/plugins'],
              message: 'lib/ holds leaf helpers: it imports no module or plugin.',
            },
            {
              target: './apps/web',
              from: './apps/api',
              message: 'The web talks to the API over HTTP only; its wire types come from apps/web/src/lib/api.',
            },
            {
              target: ['./apps/web/src/components', './apps/web/src/lib'],
              from: './apps/web/src/features',
              message: 'components/ and lib/ are below the features: they never import one (compose them in app/ or a feature).',
            },
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*'], message: 'Use the @/ alias (apps/web/src) instead of a ../../ chain.' },
            {
              group: ['**/packages/*', '**/apps/api/**', '@timekeeper/api', '@timekeeper/api/*'],
              message: 'The web imports only @timekeeper/shared from outside apps/web.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', '**/test/**', '**/e2e/**', 'tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
