/**
 * The documentation, rendered in the app under /help/docs/… and organised by who reads it
 * (docs/README.md): the guides for everyone who tracks time, the administration pages for those
 * who run the organisation, the REST API pages for integrators. The Markdown is bundled lazily
 * (one small chunk per page, loaded when opened), so none of it is in the first load.
 */
import { PERMISSION_NAMES, PERMISSIONS, type Permission, type PermissionRequirement } from '@timekeeper/shared';

/** The repository's docs/ folder, from this file. */
const DOCS = '../../../../../../docs/';

const SOURCES = {
  ...import.meta.glob('../../../../../../docs/guides/*.md', { query: '?raw', import: 'default' }),
  ...import.meta.glob('../../../../../../docs/admin/**/*.md', { query: '?raw', import: 'default' }),
  ...import.meta.glob('../../../../../../docs/api/*.md', { query: '?raw', import: 'default' }),
} as Record<string, () => Promise<string>>;

/**
 * The app path of a docs file: `guides/tracking-time.md` → `/help/docs/guides/tracking-time`,
 * `admin/security/README.md` → `/help/docs/admin/security`.
 */
export function docPath(file: string): string {
  return `/help/docs/${file.replace(/(^|\/)README\.md$/, '').replace(/\.md$/, '')}`.replace(/\/$/, '');
}

/** Every rendered page: its app path → its file under docs/ and its loader. */
const BY_PATH = new Map(
  Object.entries(SOURCES).map(([key, load]) => {
    const file = key.slice(DOCS.length);
    return [docPath(file), { file, load }] as const;
  }),
);

export function findDoc(path: string): { file: string; load: () => Promise<string> } | undefined {
  return BY_PATH.get(path.replace(/\/+$/, ''));
}

export function renderedDocPaths(): string[] {
  return [...BY_PATH.keys()];
}

/**
 * Where a link inside the docs file `from` leads in the app: another rendered page (with its
 * #section), an anchor on the same page, or a web address as it is. `null` for anything else (a
 * repository file, a page not rendered here): the link's text is shown without a link.
 */
export function resolveDocLink(from: string, href: string): string | null {
  if (/^(https?:|mailto:)/.test(href)) return href;
  if (href.startsWith('#')) return href;
  if (href.startsWith('/')) return href.startsWith('/api/') ? href : null;
  const [target = '', hash] = href.split('#');
  const parts = from.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  const file = parts.join('/');
  const path = docPath(file.endsWith('.md') ? file : `${file}/README.md`);
  if (!BY_PATH.has(path)) return null;
  return hash ? `${path}#${hash}` : path;
}

/** A heading's anchor as GitHub writes it, so `page.md#a-section` links keep working. */
export function headingId(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export interface DocLink {
  path: string;
  title: string;
  description: string;
}

export interface DocSectionDef {
  /** Names the section for the Help page, which adds a paragraph of links into the app to some. */
  id: 'users' | 'admins' | 'integrations' | 'sales';
  title: string;
  audience: string;
  /** Who sees the section (from effective permissions, never role names); everyone when absent. */
  permission?: PermissionRequirement;
  docs: DocLink[];
}

export const USER_DOCS: DocLink[] = [
  { path: '/help/docs/guides', title: 'Getting started', description: 'Signing in, the navigation, using Timekeeper on a phone.' },
  {
    path: '/help/docs/guides/tracking-time',
    title: 'Tracking time and expenses',
    description: 'The timer, the timesheet, entries, durations, your time zone.',
  },
  {
    path: '/help/docs/guides/projects-and-members',
    title: 'Projects and members',
    description: 'Project permission levels, adding members, tasks.',
  },
  {
    path: '/help/docs/guides/approvals',
    title: 'Approving time',
    description: 'Submitting entries, approving and rejecting, what approval locks.',
  },
  { path: '/help/docs/guides/invoicing', title: 'Invoicing', description: 'Invoices from time, sending, payments, corrections.' },
  { path: '/help/docs/guides/profile', title: 'Your profile', description: 'Name, password, time zone, week start, sessions.' },
];

/**
 * Permissions that make someone an administrator of the instance: user management, system and
 * administration, and managing everyone's API tokens. Derived from the catalog, never from role names.
 */
export const ADMIN_PERMISSIONS: Permission[] = PERMISSION_NAMES.filter(
  (p) => ['user_management', 'system', 'administration'].includes(PERMISSIONS[p].category) || p === 'manage_api_tokens',
);

export const ADMIN_DOCS: DocLink[] = [
  { path: '/help/docs/admin', title: 'Administration overview', description: 'Where to start when you run a Timekeeper instance.' },
  {
    path: '/help/docs/admin/configuration',
    title: 'Configuration',
    description: 'Settings of the server, the data directory, the command line.',
  },
  { path: '/help/docs/admin/deployment', title: 'Deployment', description: 'Installing, Docker, PostgreSQL, proxies, backups, upgrades.' },
  { path: '/help/docs/admin/security', title: 'Security', description: 'Defaults and hardening, the audit log.' },
  {
    path: '/help/docs/admin/security/roles-and-permissions',
    title: 'Roles and permissions',
    description: 'What each role and permission allows.',
  },
  { path: '/help/docs/admin/monitoring', title: 'Monitoring', description: 'The health check, logs and request ids.' },
];

export const INTEGRATION_DOCS: DocLink[] = [
  {
    path: '/help/docs/guides/api-tokens',
    title: 'API tokens',
    description: 'Connect other apps: create, scope, rotate and revoke tokens.',
  },
  { path: '/help/docs/api', title: 'REST API guide', description: 'Authentication, token scopes, errors, pagination, each resource.' },
];

/** The Help page's sections, in order. */
export const DOC_SECTIONS: DocSectionDef[] = [
  {
    id: 'users',
    title: 'Tracking time and expenses',
    audience: 'For everyone who tracks time, works in projects or approves work.',
    docs: USER_DOCS,
  },
  {
    id: 'admins',
    title: 'Running the organisation',
    audience: 'For administrators who manage people, roles and this Timekeeper instance.',
    permission: { anyOf: ADMIN_PERMISSIONS },
    docs: ADMIN_DOCS,
  },
  {
    id: 'integrations',
    title: 'Integrations',
    audience: 'For connecting other tools to Timekeeper with an API token.',
    permission: { anyOf: ['manage_own_api_tokens', 'manage_api_tokens'] },
    docs: INTEGRATION_DOCS,
  },
  {
    id: 'sales',
    title: 'Sales',
    audience: 'For people who work with leads, deals and client contacts.',
    permission: { anyOf: ['view_own_leads', 'view_own_deals'] },
    docs: [
      {
        path: '/help/docs/guides/sales',
        title: 'Sales: leads, deals and contacts',
        description: 'The pipeline board, converting a lead, winning or losing a deal, contacts.',
      },
    ],
  },
];
