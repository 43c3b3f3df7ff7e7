import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root, from apps/web/e2e/support. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export const apiServerEntry = join(repoRoot, 'apps/api/dist/server.js');
export const webIndexHtml = join(repoRoot, 'apps/web/dist/index.html');
export const screenshotDir = join(repoRoot, 'test-results/screenshots');
