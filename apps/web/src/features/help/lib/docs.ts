/**
 * The documentation, organised by who reads it (docs/README.md: docs/guides for users, docs/admin for
 * administrators, docs/development and docs/api for developers). The files ship in the repository
 * and in every release archive, so the help page names their paths.
 */
import { PERMISSION_NAMES, PERMISSIONS, type Permission } from '@timekeeper/shared';

export interface DocLink {
  path: string;
  title: string;
  description: string;
}

export const DOCS_INDEX = 'docs/README.md';

export const USER_DOCS: DocLink[] = [
  { path: 'docs/guides/', title: 'User guides', description: 'Day-to-day use: tracking time, projects, reports.' },
  { path: 'docs/guides/api-tokens.md', title: 'API tokens', description: 'Connect other apps: create, scope, rotate and revoke tokens.' },
];

export const ADMIN_DOCS: DocLink[] = [
  { path: 'docs/admin/', title: 'Administration overview', description: 'Where to start when you run a Timekeeper instance.' },
  {
    path: 'docs/admin/configuration/',
    title: 'Configuration',
    description: 'Environment variables, the data directory, the secret, the CLI.',
  },
  {
    path: 'docs/admin/deployment/',
    title: 'Deployment',
    description: 'From source, Docker, Compose with PostgreSQL, proxies, backups, upgrades.',
  },
  { path: 'docs/admin/security/', title: 'Security', description: 'Defaults and hardening; roles and permissions, the audit log.' },
  { path: 'docs/admin/monitoring/', title: 'Monitoring', description: 'The health endpoint, JSON logs and request ids.' },
];

export const DEVELOPER_DOCS: DocLink[] = [
  {
    path: 'docs/development/',
    title: 'Development guide',
    description: 'Setup, repository layout, scripts, tests, the authorization model.',
  },
  { path: 'docs/api/', title: 'REST API', description: 'Authentication, token scopes, errors, pagination, request ids.' },
];

/**
 * Permissions that make someone an administrator of the instance: user management, system and
 * administration, and managing everyone's API tokens. Derived from the catalog, never from role names.
 */
export const ADMIN_PERMISSIONS: Permission[] = PERMISSION_NAMES.filter(
  (p) => ['user_management', 'system', 'administration'].includes(PERMISSIONS[p].category) || p === 'manage_api_tokens',
);
