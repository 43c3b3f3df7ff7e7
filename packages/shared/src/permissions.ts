/**
 * The account permission catalog (RBAC layer 1).
 *
 * Names are snake_case, action first (`edit_invoices`, not `invoices_edit`).
 * `implies` lists permissions that holding this one grants as well; the closure is
 * computed by `closePermissions` so "edit all" always includes "view all".
 *
 * Invariant (tested): every permission here guards at least one route or action, and
 * every check names a permission from here (the `Permission` type makes a typo a compile error).
 */

export const PERMISSION_CATEGORIES = {
  time_entries: { label: 'Time Entries' },
  projects: { label: 'Projects' },
  tasks: { label: 'Tasks' },
  clients: { label: 'Clients' },
  crm: { label: 'Sales (CRM)' },
  expenses: { label: 'Expenses' },
  invoices: { label: 'Invoices' },
  reports: { label: 'Reports' },
  user_management: { label: 'User Management' },
  api_tokens: { label: 'API Tokens' },
  system: { label: 'System' },
  administration: { label: 'Administration' },
} as const;

export type PermissionCategory = keyof typeof PERMISSION_CATEGORIES;

export interface PermissionDefinition {
  readonly category: PermissionCategory;
  readonly description: string;
  readonly implies?: readonly string[];
}

export const PERMISSIONS = {
  // Time entries
  view_own_time_entries: { category: 'time_entries', description: 'View your own time entries and timer' },
  view_all_time_entries: {
    category: 'time_entries',
    description: 'View time entries of all users on every project you can see (not their expenses)',
    implies: ['view_own_time_entries'],
  },
  create_time_entries: { category: 'time_entries', description: 'Log time and run the timer' },
  edit_own_time_entries: { category: 'time_entries', description: 'Edit your own time entries', implies: ['view_own_time_entries'] },
  edit_all_time_entries: {
    category: 'time_entries',
    description: 'Edit time entries of all users on every project you can see',
    implies: ['view_all_time_entries', 'edit_own_time_entries'],
  },
  delete_own_time_entries: { category: 'time_entries', description: 'Delete your own time entries', implies: ['view_own_time_entries'] },
  delete_all_time_entries: {
    category: 'time_entries',
    description: 'Delete time entries of all users on every project you can see',
    implies: ['view_all_time_entries', 'delete_own_time_entries'],
  },
  approve_time_entries: {
    category: 'time_entries',
    description: 'Approve or reject time entries submitted for approval on every project you can see',
    implies: ['view_all_time_entries'],
  },

  // Projects
  view_projects: { category: 'projects', description: 'View projects you participate in' },
  view_all_projects: { category: 'projects', description: 'See every project, its tasks and members', implies: ['view_projects'] },
  create_projects: {
    category: 'projects',
    description: 'Create projects (the creator becomes project administrator)',
    implies: ['view_projects'],
  },
  edit_projects: { category: 'projects', description: 'Edit project details of projects you administer', implies: ['view_projects'] },
  archive_projects: { category: 'projects', description: 'Archive and restore projects you administer', implies: ['view_projects'] },
  delete_projects: { category: 'projects', description: 'Permanently delete projects without data', implies: ['archive_projects'] },
  manage_project_costs: {
    category: 'projects',
    description: 'See and edit rates, budgets and cost rates on every project, and nothing beside them',
    implies: ['view_all_projects'],
  },

  // Tasks
  view_own_tasks: { category: 'tasks', description: 'View tasks assigned to you or created by you' },
  view_all_tasks: {
    category: 'tasks',
    description: 'View the tasks of every project (not the projects themselves)',
    implies: ['view_own_tasks'],
  },
  create_tasks: { category: 'tasks', description: 'Create tasks on projects where you may edit tasks', implies: ['view_own_tasks'] },
  edit_own_tasks: { category: 'tasks', description: 'Edit tasks you created or are assigned to', implies: ['view_own_tasks'] },
  edit_all_tasks: {
    category: 'tasks',
    description: 'Edit any task on projects where you may edit tasks',
    implies: ['view_all_tasks', 'edit_own_tasks'],
  },
  delete_own_tasks: { category: 'tasks', description: 'Delete tasks you created', implies: ['view_own_tasks'] },
  delete_all_tasks: {
    category: 'tasks',
    description: 'Delete any task on projects where you may edit tasks',
    implies: ['view_all_tasks', 'delete_own_tasks'],
  },
  assign_tasks: { category: 'tasks', description: 'Assign tasks to other project members', implies: ['view_own_tasks'] },

  // Clients
  view_clients: { category: 'clients', description: 'View clients' },
  create_clients: { category: 'clients', description: 'Create clients', implies: ['view_clients'] },
  edit_clients: { category: 'clients', description: 'Edit client details', implies: ['view_clients'] },
  delete_clients: { category: 'clients', description: 'Delete or archive clients', implies: ['view_clients'] },
  manage_client_notes: { category: 'clients', description: 'Read and write internal notes on clients', implies: ['view_clients'] },

  // Sales (CRM): leads and deals are owned (owner_id); contacts belong to a client and follow its visibility.
  view_own_leads: { category: 'crm', description: 'View leads you own' },
  view_all_leads: { category: 'crm', description: 'View the leads of every owner', implies: ['view_own_leads'] },
  create_leads: { category: 'crm', description: 'Create leads (you become their owner)', implies: ['view_own_leads'] },
  edit_own_leads: { category: 'crm', description: 'Edit leads you own', implies: ['view_own_leads'] },
  edit_all_leads: {
    category: 'crm',
    description: 'Edit the leads of every owner and hand leads to another owner',
    implies: ['view_all_leads', 'edit_own_leads'],
  },
  delete_leads: { category: 'crm', description: 'Delete leads you can see', implies: ['view_own_leads'] },
  convert_leads: {
    category: 'crm',
    description: 'Convert leads you can see into a client, a contact and optionally a deal',
    implies: ['view_own_leads'],
  },
  view_own_deals: { category: 'crm', description: 'View deals you own' },
  view_all_deals: { category: 'crm', description: 'View the deals of every owner', implies: ['view_own_deals'] },
  create_deals: { category: 'crm', description: 'Create deals (you become their owner)', implies: ['view_own_deals'] },
  edit_own_deals: { category: 'crm', description: 'Edit, win and lose deals you own', implies: ['view_own_deals'] },
  edit_all_deals: {
    category: 'crm',
    description: 'Edit, win and lose the deals of every owner and hand deals to another owner',
    implies: ['view_all_deals', 'edit_own_deals'],
  },
  delete_deals: { category: 'crm', description: 'Delete deals you can see', implies: ['view_own_deals'] },
  view_contacts: { category: 'crm', description: 'View the contacts of clients (and so the clients)', implies: ['view_clients'] },
  create_contacts: { category: 'crm', description: 'Add contacts to clients', implies: ['view_contacts'] },
  edit_contacts: { category: 'crm', description: 'Edit contacts', implies: ['view_contacts'] },
  delete_contacts: { category: 'crm', description: 'Delete contacts', implies: ['view_contacts'] },

  // Expenses
  view_own_expenses: { category: 'expenses', description: 'View your own expenses' },
  view_all_expenses: {
    category: 'expenses',
    description: 'View expenses of all users on every project you can see',
    implies: ['view_own_expenses'],
  },
  create_expenses: { category: 'expenses', description: 'Record expenses' },
  edit_own_expenses: { category: 'expenses', description: 'Edit your own expenses', implies: ['view_own_expenses'] },
  edit_all_expenses: {
    category: 'expenses',
    description: 'Edit expenses of all users on every project you can see',
    implies: ['view_all_expenses', 'edit_own_expenses'],
  },
  delete_own_expenses: { category: 'expenses', description: 'Delete your own expenses', implies: ['view_own_expenses'] },
  delete_all_expenses: {
    category: 'expenses',
    description: 'Delete expenses of all users on every project you can see',
    implies: ['view_all_expenses', 'delete_own_expenses'],
  },

  // Invoices
  view_own_invoices: { category: 'invoices', description: 'View invoices you created' },
  view_all_invoices: {
    category: 'invoices',
    description: 'View all invoices, and the rates, budgets and costs of every project you can see',
    implies: ['view_own_invoices'],
  },
  create_invoices: {
    category: 'invoices',
    description: 'Create draft invoices (with view_all_invoices: invoice every project you can see)',
    implies: ['view_own_invoices'],
  },
  edit_invoices: { category: 'invoices', description: 'Edit draft invoices and their line items', implies: ['view_own_invoices'] },
  delete_invoices: { category: 'invoices', description: 'Delete draft invoices and void sent ones', implies: ['view_own_invoices'] },
  send_invoices: { category: 'invoices', description: 'Mark invoices as sent', implies: ['view_own_invoices'] },
  manage_payments: { category: 'invoices', description: 'Record payments against invoices', implies: ['view_own_invoices'] },

  // Reports
  view_own_reports: { category: 'reports', description: 'View reports over your own time' },
  view_all_reports: { category: 'reports', description: 'View reports over all users', implies: ['view_own_reports'] },
  export_reports: { category: 'reports', description: 'Export reports as CSV', implies: ['view_own_reports'] },
  create_saved_reports: { category: 'reports', description: 'Save report filters for later', implies: ['view_own_reports'] },

  // User management
  view_users: { category: 'user_management', description: 'View the user directory and user details' },
  create_users: { category: 'user_management', description: 'Create user accounts', implies: ['view_users'] },
  edit_users: { category: 'user_management', description: 'Edit user accounts and reset passwords', implies: ['view_users'] },
  delete_users: { category: 'user_management', description: 'Deactivate or delete user accounts', implies: ['view_users'] },
  manage_user_roles: { category: 'user_management', description: 'Assign and remove roles of other users', implies: ['view_users'] },

  // API tokens
  manage_own_api_tokens: { category: 'api_tokens', description: 'Create, rotate and revoke your own API tokens' },
  manage_api_tokens: { category: 'api_tokens', description: "See and revoke every user's API tokens", implies: ['manage_own_api_tokens'] },

  // System
  manage_settings: { category: 'system', description: 'Change system settings' },
  view_system_info: { category: 'system', description: 'View system information (versions, database, counts)' },
  view_audit_logs: { category: 'system', description: 'Read the audit log' },

  // Administration (super admin only by default)
  view_permissions: { category: 'administration', description: 'View roles and the permission catalog' },
  manage_roles: { category: 'administration', description: 'Create, edit and delete custom roles', implies: ['view_permissions'] },
  manage_permissions: {
    category: 'administration',
    description: 'Edit the permissions of system roles and import role definitions',
    implies: ['manage_roles'],
  },
} as const satisfies Record<string, PermissionDefinition>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, value);
}

/**
 * A permission's name for people: the catalog name in words, `view_all_time_entries` →
 * "View all time entries", `manage_api_tokens` → "Manage API tokens". Screens show this (with the
 * description); the code itself only where an administrator needs it.
 */
export function permissionLabel(permission: Permission): string {
  const words = permission.replace(/_/g, ' ').replace(/\bapi\b/g, 'API');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function permissionCategory(permission: Permission): PermissionCategory {
  return PERMISSIONS[permission].category;
}

/** Permissions grouped by category, in catalog order (the shape `GET /permissions` returns). */
export function permissionsByCategory(): { name: PermissionCategory; label: string; permissions: Permission[] }[] {
  return (Object.keys(PERMISSION_CATEGORIES) as PermissionCategory[]).map((name) => ({
    name,
    label: PERMISSION_CATEGORIES[name].label,
    permissions: PERMISSION_NAMES.filter((p) => PERMISSIONS[p].category === name),
  }));
}

/** Closes a set of permissions under `implies`. Unknown names are dropped. */
export function closePermissions(granted: Iterable<string>): Set<Permission> {
  const out = new Set<Permission>();
  const stack: string[] = [...granted];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (!isPermission(name) || out.has(name)) continue;
    out.add(name);
    const implied: readonly string[] = (PERMISSIONS[name] as PermissionDefinition).implies ?? [];
    stack.push(...implied);
  }
  return out;
}
