/**
 * Each system role of the demo organisation, signed in through the UI: which navigation entries
 * and key action buttons it gets. The expectations are written by hand from docs/admin/security/roles-and-permissions.md and
 * packages/shared/src/roles.ts — not computed with the app's own gating code.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navLabels, openPage, signedInPage } from './support/app';
import { demoEmail, type DemoUserKey } from './support/auth';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();

/** The user role's navigation; the manager adds Users, the administrators the administration pages. */
const USER_NAV = [
  'Dashboard',
  'Timer',
  'Time entries',
  'Timesheet',
  'Calendar',
  'Expenses',
  'Projects',
  'Tasks',
  'Clients',
  'Leads',
  'Deals',
  'Approvals',
  'Invoices',
  'Reports',
  'API tokens',
  'Profile',
  'Help',
];
const MANAGER_NAV = [...USER_NAV, 'Users'];
const ALL_NAV = [...MANAGER_NAV, 'Roles & permissions', 'All API tokens', 'Audit log', 'Why can / can’t', 'Settings'];

interface RoleExpectation {
  nav: string[];
  /** create_projects */
  newProject: boolean;
  /** create_clients */
  addClient: boolean;
  /** create_users */
  newUser: boolean;
  /** manage_roles */
  newRole: boolean;
  /** create_time_entries */
  startTimer: boolean;
  /** create_invoices */
  newInvoice: boolean;
  /** create_deals */
  addDeal: boolean;
}

const EXPECTED: Record<'super' | 'admin' | 'manager' | 'user' | 'viewer', RoleExpectation> = {
  // Every permission.
  super: {
    nav: ALL_NAV,
    newProject: true,
    addClient: true,
    newUser: true,
    newRole: true,
    startTimer: true,
    newInvoice: true,
    addDeal: true,
  },
  // Everything but the Administration category; manage_user_roles still opens the roles page
  // (whoever assigns roles must see them) and "Why can / can't".
  admin: {
    nav: ALL_NAV,
    newProject: true,
    addClient: true,
    newUser: true,
    newRole: false,
    startTimer: true,
    newInvoice: true,
    addDeal: true,
  },
  // All time, projects, tasks, clients, reports, view_users; approves time, sees and creates
  // invoices; no role management, audit log or settings.
  manager: {
    nav: MANAGER_NAV,
    newProject: true,
    addClient: true,
    newUser: false,
    newRole: false,
    startTimer: true,
    newInvoice: true,
    addDeal: true,
  },
  // Logs time (so submits it for approval) and sees own invoices, creates none.
  user: {
    nav: USER_NAV,
    newProject: false,
    addClient: false,
    newUser: false,
    newRole: false,
    startTimer: true,
    newInvoice: false,
    addDeal: true,
  },
  // Read-only: own time entries, tasks, reports, the projects they take part in.
  viewer: {
    // view_own_leads, view_own_deals and view_contacts, which implies view_clients (packages/shared/src/permissions.ts):
    // the clients list and a client's contacts, read-only; nothing to create.
    nav: [
      'Dashboard',
      'Time entries',
      'Timesheet',
      'Calendar',
      'Projects',
      'Tasks',
      'Clients',
      'Leads',
      'Deals',
      'Reports',
      'Profile',
      'Help',
    ],
    newProject: false,
    addClient: false,
    newUser: false,
    newRole: false,
    startTimer: false,
    newInvoice: false,
    addDeal: false,
  },
};

describe.skipIf(skip)('roles walk: what each system role sees', () => {
  const suite = useBrowserSuite({ demo: true });

  describe.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])('%s', (key: DemoUserKey & keyof typeof EXPECTED) => {
    const expected = EXPECTED[key];
    let context: BrowserContext | undefined;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await signedInPage(suite.browser, suite.server.baseUrl, demoEmail(key)));
    });

    afterAll(async () => {
      await context?.close();
    });

    it('has exactly the expected navigation entries', async () => {
      await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
      expect(await navLabels(page)).toEqual(expected.nav);
      await page.getByRole('region', { name: 'Your time' }).getByText('Today').waitFor();
      await saveScreenshot(page, `dashboard-${key}`);
    });

    it(`${expected.startTimer ? 'offers' : 'does not offer'} the timer on the dashboard`, async () => {
      const timer = page.getByRole('region', { name: 'Timer' });
      await timer.getByText(/No timer is running|Running on/).waitFor();
      const controls = timer.getByRole('link', { name: 'Start a timer' }).or(timer.getByRole('button', { name: 'Stop' }));
      expect(await controls.count()).toBe(expected.startTimer ? 1 : 0);
    });

    /** Opens a list page and waits for its table, or for the text it shows when empty. */
    async function openList(path: string, heading: string, empty: RegExp) {
      await openPage(page, path, heading);
      await page.getByRole('table').or(page.getByText(empty)).first().waitFor();
    }

    it(`${expected.newProject ? 'shows' : 'hides'} "New project"`, async () => {
      await openList('/projects', 'Projects', /No projects/);
      expect(await page.getByRole('button', { name: 'New project' }).count()).toBe(expected.newProject ? 1 : 0);
      await saveScreenshot(page, `projects-${key}`);
    });

    /** Pages outside the navigation must answer a direct URL with "No access", never the page. */
    async function expectNoAccess(path: string) {
      await page.goto(path);
      await page.getByRole('heading', { name: 'No access' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(path);
    }

    it(`${expected.nav.includes('Clients') ? (expected.addClient ? 'shows' : 'hides') + ' "Add client"' : 'gets "No access" on the clients page'}`, async () => {
      if (!expected.nav.includes('Clients')) return expectNoAccess('/clients');
      await openList('/clients', 'Clients', /No clients/);
      expect(await page.getByRole('button', { name: 'Add client' }).count()).toBe(expected.addClient ? 1 : 0);
    });

    it(`${expected.addDeal ? 'shows' : 'hides'} "Add deal" on the deals page`, async () => {
      await openPage(page, '/deals', 'Deals');
      await page.getByRole('region', { name: 'Pipeline' }).waitFor();
      expect(await page.getByRole('button', { name: 'Add deal' }).count()).toBe(expected.addDeal ? 1 : 0);
    });

    it(`${expected.nav.includes('Approvals') ? 'opens' : 'gets "No access" on'} the approvals page`, async () => {
      if (!expected.nav.includes('Approvals')) return expectNoAccess('/approvals');
      await openList('/approvals', 'Approvals', /No requests|Nothing waits/);
      await saveScreenshot(page, `approvals-${key}`);
    });

    it(`${expected.nav.includes('Invoices') ? (expected.newInvoice ? 'shows' : 'hides') + ' "New invoice from time"' : 'gets "No access" on the invoices page'}`, async () => {
      if (!expected.nav.includes('Invoices')) return expectNoAccess('/invoices');
      await openList('/invoices', 'Invoices', /No invoices/);
      expect(await page.getByRole('button', { name: 'New invoice from time' }).count()).toBe(expected.newInvoice ? 1 : 0);
      await saveScreenshot(page, `invoices-${key}`);
    });

    it(`${expected.nav.includes('Users') ? (expected.newUser ? 'shows' : 'hides') + ' "New user" on the users page' : 'gets "No access" on the users page'}`, async () => {
      if (!expected.nav.includes('Users')) {
        await expectNoAccess('/admin/users');
        return saveScreenshot(page, `no-access-${key}`);
      }
      await openPage(page, '/admin/users', 'Users');
      await page.getByRole('table').first().waitFor();
      expect(await page.getByRole('button', { name: 'New user' }).count()).toBe(expected.newUser ? 1 : 0);
      await saveScreenshot(page, `admin-users-${key}`);
    });

    it(`${expected.nav.includes('Roles & permissions') ? (expected.newRole ? 'shows' : 'hides') + ' "New role" on the roles page' : 'gets "No access" on the roles page'}`, async () => {
      if (!expected.nav.includes('Roles & permissions')) return expectNoAccess('/admin/roles');
      await openPage(page, '/admin/roles', 'Roles & permissions');
      await page.getByRole('list', { name: 'Roles' }).waitFor();
      expect(await page.getByRole('button', { name: 'New role' }).count()).toBe(expected.newRole ? 1 : 0);
      await saveScreenshot(page, `admin-roles-${key}`);
    });
  });

  it('renders every page of the navigation for the super admin (and screenshots it)', async () => {
    const { context, page } = await signedInPage(suite.browser, suite.server.baseUrl, demoEmail('super'));
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`${new URL(page.url()).pathname}: ${error.message}`));
    try {
      for (const label of await navLabels(page)) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
        const path = new URL(page.url()).pathname;
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const heading = (await page.getByRole('heading', { level: 1 }).first().textContent())?.trim();
        if (heading === 'No access' || heading === 'Something went wrong') problems.push(`${path}: ${heading}`);
        const alerts = await page.getByRole('main').getByRole('alert').allTextContents();
        if (alerts.length > 0) problems.push(`${path}: alert ${alerts.join(' | ')}`);
        await saveScreenshot(page, `page${path === '/' ? '-dashboard' : path.replace(/\//g, '-')}`);
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('is usable at 375 px: the menu opens the navigation', async () => {
    const { context, page } = await signedInPage(suite.browser, suite.server.baseUrl, demoEmail('user'));
    try {
      await page.setViewportSize({ width: 375, height: 800 });
      await openPage(page, '/', 'Dashboard');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await saveScreenshot(page, 'dashboard-mobile');
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
      await page.getByRole('heading', { name: 'Profile', level: 1 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await saveScreenshot(page, 'profile-mobile');
    } finally {
      await context.close();
    }
  });
});
