/**
 * The demo organisation, as data: one user per system role plus a few team members, clients,
 * projects with mixed participations and flags. `demo-seed.ts` writes it (and three months of
 * generated time entries and expenses); the demo test reads it to know what each user should see.
 */
import type { ProjectFlag, ProjectLevel, SystemRoleName } from '@timekeeper/shared';

export const DEMO_PASSWORD = 'timekeeper-demo';
export const DEMO_DOMAIN = 'demo.timekeeper.test';

export interface DemoUser {
  key: string;
  name: string;
  roles: (SystemRoleName | 'billing_clerk')[];
}

export const DEMO_USERS = [
  { key: 'super', name: 'Sam Super', roles: ['super_admin'] },
  { key: 'admin', name: 'Alex Admin', roles: ['admin'] },
  { key: 'manager', name: 'Morgan Manager', roles: ['manager'] },
  { key: 'user', name: 'Uma User', roles: ['user'] },
  { key: 'viewer', name: 'Val Viewer', roles: ['viewer'] },
  { key: 'dana', name: 'Dana Developer', roles: ['user'] },
  { key: 'riley', name: 'Riley Designer', roles: ['user'] },
  { key: 'finn', name: 'Finn Controller', roles: ['user', 'billing_clerk'] },
] as const satisfies readonly DemoUser[];

export type DemoUserKey = (typeof DEMO_USERS)[number]['key'];

export const demoEmail = (key: string) => `${key}@${DEMO_DOMAIN}`;

/** A custom role, to show that roles are more than the five presets. */
export const DEMO_CUSTOM_ROLES = [
  {
    name: 'billing_clerk',
    description: 'Prepares and sends invoices, reads all reports',
    permissions: [
      'view_all_invoices',
      'create_invoices',
      'edit_invoices',
      'send_invoices',
      'manage_payments',
      'view_all_reports',
      'export_reports',
      'view_clients',
    ],
  },
] as const;

export const DEMO_CLIENTS = [
  { key: 'acme', name: 'Acme Corporation', email: 'billing@acme.example', notes: 'Pays within 14 days; prefers PDF invoices.' },
  { key: 'globex', name: 'Globex', email: 'ap@globex.example', notes: 'Purchase order number required on every invoice.' },
  { key: 'initech', name: 'Initech', email: 'finance@initech.example', notes: '' },
] as const;

export interface DemoMember {
  user: DemoUserKey;
  level: ProjectLevel;
  flags?: Partial<Record<ProjectFlag, boolean>>;
}

export interface DemoProject {
  key: string;
  name: string;
  client: (typeof DEMO_CLIENTS)[number]['key'] | null;
  status: 'active' | 'archived';
  billable: boolean;
  hourlyRate: number | null;
  budgetAmount: number | null;
  members: DemoMember[];
  tasks: { name: string; status: 'todo' | 'in_progress' | 'done'; assignee: DemoUserKey | null }[];
}

export const DEMO_PROJECTS: DemoProject[] = [
  {
    key: 'acme-web',
    name: 'Acme Website Redesign',
    client: 'acme',
    status: 'active',
    billable: true,
    hourlyRate: 120,
    budgetAmount: 60000,
    members: [
      { user: 'manager', level: 'admin' },
      { user: 'user', level: 'edit_time_and_expenses' },
      { user: 'dana', level: 'edit_time_and_expenses', flags: { can_post: true } },
      { user: 'riley', level: 'view_tasks', flags: { can_edit_time: true } },
      { user: 'viewer', level: 'view_tasks' },
      { user: 'finn', level: 'view_financials' },
    ],
    tasks: [
      { name: 'Discovery workshop', status: 'done', assignee: 'manager' },
      { name: 'Information architecture', status: 'done', assignee: 'riley' },
      { name: 'Design system', status: 'in_progress', assignee: 'riley' },
      { name: 'Front-end build', status: 'in_progress', assignee: 'dana' },
      { name: 'Content migration', status: 'todo', assignee: 'user' },
      { name: 'Launch checklist', status: 'todo', assignee: null },
    ],
  },
  {
    key: 'globex-app',
    name: 'Globex Mobile App',
    client: 'globex',
    status: 'active',
    billable: true,
    hourlyRate: 140,
    budgetAmount: 90000,
    members: [
      { user: 'manager', level: 'admin' },
      { user: 'dana', level: 'edit_financials' },
      { user: 'user', level: 'view_time_and_expenses', flags: { can_edit_time: true } },
      { user: 'finn', level: 'edit_financials', flags: { can_invite: true } },
    ],
    tasks: [
      { name: 'API integration', status: 'in_progress', assignee: 'dana' },
      { name: 'Offline mode', status: 'todo', assignee: 'dana' },
      { name: 'App store release', status: 'todo', assignee: 'user' },
    ],
  },
  {
    key: 'internal',
    name: 'Internal Tooling',
    client: null,
    status: 'active',
    billable: false,
    hourlyRate: null,
    budgetAmount: null,
    members: [
      { user: 'user', level: 'admin' },
      { user: 'riley', level: 'edit_tasks', flags: { can_post: true, can_schedule_their_hours: true } },
      { user: 'viewer', level: 'view_time_and_expenses' },
    ],
    tasks: [
      { name: 'Time tracking onboarding', status: 'done', assignee: 'user' },
      { name: 'Holiday calendar', status: 'todo', assignee: 'riley' },
    ],
  },
  {
    key: 'initech-migration',
    name: 'Initech Data Migration',
    client: 'initech',
    status: 'archived',
    billable: true,
    hourlyRate: 110,
    budgetAmount: 20000,
    members: [
      { user: 'manager', level: 'admin' },
      { user: 'dana', level: 'edit_time_and_expenses' },
    ],
    tasks: [{ name: 'Legacy export', status: 'done', assignee: 'dana' }],
  },
];

export const DEMO_EXPENSE_CATEGORIES = ['travel', 'software', 'hardware', 'meals'] as const;

/** Sales: a few contacts of the clients, and leads and deals of the manager and the user in several stages. */
export const DEMO_CONTACTS = [
  { client: 'acme', first_name: 'Wile', last_name: 'Coyote', title: 'Head of Purchasing', email: 'wile@acme.example', is_primary: true },
  { client: 'acme', first_name: 'Road', last_name: 'Runner', title: 'Operations', email: 'road@acme.example', is_primary: false },
  { client: 'globex', first_name: 'Hank', last_name: 'Scorpio', title: 'CEO', email: 'hank@globex.example', is_primary: true },
  { client: 'initech', first_name: 'Bill', last_name: 'Lumbergh', title: 'Division VP', email: 'bill@initech.example', is_primary: true },
] as const;

export interface DemoLead {
  owner: DemoUserKey;
  name: string;
  company: string;
  email: string;
  source: string;
  status: 'new' | 'contacted' | 'qualified' | 'lost';
  estimated_value: number | null;
  /** Converted into this client when set. */
  convert_into?: (typeof DEMO_CLIENTS)[number]['key'];
}

export const DEMO_LEADS: DemoLead[] = [
  {
    owner: 'manager',
    name: 'Nina Sharp',
    company: 'Massive Dynamic',
    email: 'nina@massive.example',
    source: 'conference',
    status: 'qualified',
    estimated_value: 45000,
  },
  {
    owner: 'manager',
    name: 'Peter Gibbons',
    company: 'Penetrode',
    email: 'peter@penetrode.example',
    source: 'referral',
    status: 'new',
    estimated_value: 8000,
  },
  {
    owner: 'manager',
    name: 'Milton Waddams',
    company: 'Initech',
    email: 'milton@initech.example',
    source: 'website',
    status: 'qualified',
    estimated_value: 3000,
    convert_into: 'initech',
  },
  {
    owner: 'user',
    name: 'Jamie Vega',
    company: 'Vega Bakery',
    email: 'jamie@vegabakery.example',
    source: 'website',
    status: 'contacted',
    estimated_value: 4500,
  },
  {
    owner: 'user',
    name: 'Chris Park',
    company: 'Park & Sons',
    email: 'chris@parkandsons.example',
    source: 'cold call',
    status: 'new',
    estimated_value: null,
  },
  {
    owner: 'user',
    name: 'Robin Hale',
    company: 'Hale Logistics',
    email: 'robin@hale.example',
    source: 'newsletter',
    status: 'lost',
    estimated_value: 12000,
  },
];

export interface DemoDeal {
  owner: DemoUserKey;
  name: string;
  client: (typeof DEMO_CLIENTS)[number]['key'] | null;
  stage: string;
  value_amount: number;
  probability: number;
  /** Days from today. */
  closes_in_days: number;
  outcome?: { won: true } | { lost: string };
}

export const DEMO_DEALS: DemoDeal[] = [
  {
    owner: 'manager',
    name: 'Acme support renewal',
    client: 'acme',
    stage: 'negotiation',
    value_amount: 24000,
    probability: 70,
    closes_in_days: 14,
  },
  {
    owner: 'manager',
    name: 'Globex mobile app',
    client: 'globex',
    stage: 'proposal',
    value_amount: 60000,
    probability: 40,
    closes_in_days: 45,
  },
  {
    owner: 'manager',
    name: 'Initech data audit',
    client: 'initech',
    stage: 'prospecting',
    value_amount: 9000,
    probability: 10,
    closes_in_days: 90,
  },
  {
    owner: 'manager',
    name: 'Acme staff training',
    client: 'acme',
    stage: 'negotiation',
    value_amount: 6000,
    probability: 90,
    closes_in_days: -10,
    outcome: { won: true },
  },
  {
    owner: 'manager',
    name: 'Globex website redesign',
    client: 'globex',
    stage: 'proposal',
    value_amount: 30000,
    probability: 30,
    closes_in_days: -20,
    outcome: { lost: 'They chose an in-house team' },
  },
  {
    owner: 'user',
    name: 'Initech intranet refresh',
    client: 'initech',
    stage: 'qualification',
    value_amount: 8000,
    probability: 25,
    closes_in_days: 30,
  },
  {
    owner: 'user',
    name: 'Acme onboarding workshop',
    client: 'acme',
    stage: 'prospecting',
    value_amount: 2500,
    probability: 20,
    closes_in_days: 60,
  },
];
