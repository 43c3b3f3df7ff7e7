/**
 * Every page once: its path, label, navigation section and the permission it needs.
 * The navigation shows a page only when `can(permission)`; the router wraps the same page in
 * the same check, so a direct URL to a page one may not use shows "no access".
 */
import type { PermissionRequirement } from '@timekeeper/shared';

export type NavSection = 'track' | 'work' | 'sales' | 'money' | 'insights' | 'account' | 'admin';

export interface PageDef {
  path: string;
  label: string;
  section: NavSection | null;
  permission?: PermissionRequirement;
}

export const PAGES = {
  dashboard: { path: '/', label: 'Dashboard', section: 'track', permission: 'view_own_time_entries' },
  timer: { path: '/timer', label: 'Timer', section: 'track', permission: 'create_time_entries' },
  timeEntries: { path: '/time-entries', label: 'Time entries', section: 'track', permission: 'view_own_time_entries' },
  timesheet: { path: '/timesheet', label: 'Timesheet', section: 'track', permission: 'view_own_time_entries' },
  calendar: { path: '/calendar', label: 'Calendar', section: 'track', permission: 'view_own_time_entries' },
  expenses: { path: '/expenses', label: 'Expenses', section: 'track', permission: 'view_own_expenses' },
  projects: { path: '/projects', label: 'Projects', section: 'work', permission: 'view_projects' },
  tasks: { path: '/tasks', label: 'Tasks', section: 'work', permission: 'view_own_tasks' },
  clients: { path: '/clients', label: 'Clients', section: 'work', permission: 'view_clients' },
  leads: { path: '/leads', label: 'Leads', section: 'sales', permission: 'view_own_leads' },
  deals: { path: '/deals', label: 'Deals', section: 'sales', permission: 'view_own_deals' },
  // Submitting one's own time (create_time_entries) or approving on every project. Someone who may
  // approve only through a project level (≥ edit_financials) but holds neither does not see the page.
  approvals: {
    path: '/approvals',
    label: 'Approvals',
    section: 'money',
    permission: { anyOf: ['approve_time_entries', 'create_time_entries'] },
  },
  invoices: { path: '/invoices', label: 'Invoices', section: 'money', permission: { anyOf: ['view_own_invoices', 'view_all_invoices'] } },
  reports: { path: '/reports', label: 'Reports', section: 'insights', permission: 'view_own_reports' },
  tokens: { path: '/tokens', label: 'API tokens', section: 'account', permission: 'manage_own_api_tokens' },
  profile: { path: '/profile', label: 'Profile', section: 'account' },
  help: { path: '/help', label: 'Help', section: 'account' },
  adminUsers: { path: '/admin/users', label: 'Users', section: 'admin', permission: 'view_users' },
  adminRoles: {
    path: '/admin/roles',
    label: 'Roles & permissions',
    section: 'admin',
    permission: { anyOf: ['view_permissions', 'manage_roles', 'manage_user_roles'] },
  },
  adminTokens: { path: '/admin/tokens', label: 'All API tokens', section: 'admin', permission: 'manage_api_tokens' },
  adminAudit: { path: '/admin/audit', label: 'Audit log', section: 'admin', permission: 'view_audit_logs' },
  adminExplain: {
    path: '/admin/explain',
    label: 'Why can / can’t',
    section: 'admin',
    permission: { anyOf: ['manage_user_roles', 'view_permissions'] },
  },
  adminSettings: {
    path: '/admin/settings',
    label: 'Settings',
    section: 'admin',
    permission: { anyOf: ['manage_settings', 'view_system_info'] },
  },
} as const satisfies Record<string, PageDef>;

export type PageKey = keyof typeof PAGES;

/**
 * The name of every page outside the navigation. With the labels above they are the document titles
 * ("Time entries — Timekeeper"): the router gives each route its name, `useRouteTitle` shows it.
 */
export const OTHER_PAGES = {
  login: 'Sign in',
  setup: 'First-run setup',
  project: 'Project',
  invoice: 'Invoice',
  invoicePrint: 'Print invoice',
  client: 'Client',
  helpDoc: 'Help',
  notFound: 'Page not found',
  error: 'Something went wrong',
} as const;

export const APP_NAME = 'Timekeeper';

/** The document title of a page: its name, then the app's ("Time entries — Timekeeper"). */
export function documentTitle(pageName?: string): string {
  return pageName ? `${pageName} — ${APP_NAME}` : APP_NAME;
}

export const NAV_SECTIONS: { key: NavSection; label: string }[] = [
  { key: 'track', label: 'Track' },
  { key: 'work', label: 'Work' },
  { key: 'sales', label: 'Sales' },
  { key: 'money', label: 'Money' },
  { key: 'insights', label: 'Insights' },
  { key: 'account', label: 'Account' },
  { key: 'admin', label: 'Administration' },
];
