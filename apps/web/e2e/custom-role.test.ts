/**
 * A custom role, end to end: the super admin creates it on the roles page and assigns it to the
 * demo viewer on the users page; the viewer — signed in all along in another browser context —
 * gets the new page after a reload, without signing out (changes apply on the next request: docs/admin/security/roles-and-permissions.md).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { navLabels, openPage } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();
const ROLE = 'auditor';
const VIEWER_NAME = 'Val Viewer';

describe.skipIf(skip)('custom role: create, assign, see it take effect', () => {
  const suite = useBrowserSuite({ demo: true });
  let admin: Page;
  let viewer: Page;

  beforeAll(async () => {
    admin = await suite.signedIn('super');
    viewer = await suite.signedIn('viewer');
  });

  it('the viewer starts without the audit log', async () => {
    expect(await navLabels(viewer)).not.toContain('Audit log');
    await viewer.goto('/admin/audit');
    await viewer.getByRole('heading', { name: 'No access' }).waitFor();
  });

  it('the super admin creates a custom role with view_audit_logs', async () => {
    await openPage(admin, '/admin/roles', 'Roles & permissions');
    await admin.getByRole('button', { name: 'New role' }).click();
    const sheet = admin.getByRole('dialog', { name: 'New custom role' });
    await sheet.getByLabel('Name').fill(ROLE);
    await sheet.getByLabel('Description').fill('Reads the audit log');
    await sheet.getByRole('checkbox', { name: /^view_audit_logs/ }).check();
    await saveScreenshot(admin, 'custom-role-new');
    await sheet.getByRole('button', { name: 'Create role' }).click();
    await sheet.waitFor({ state: 'detached' });

    await admin.getByRole('list', { name: 'Roles' }).getByText(ROLE, { exact: true }).first().waitFor();
    await saveScreenshot(admin, 'admin-roles');
  });

  it('the super admin assigns it to the viewer', async () => {
    await openPage(admin, '/admin/users', 'Users');
    await admin.getByRole('button', { name: VIEWER_NAME }).click();
    const sheet = admin.getByRole('dialog', { name: VIEWER_NAME });
    await sheet.getByRole('tab', { name: 'Roles' }).click();
    const form = sheet.getByRole('form', { name: 'Role assignments' });
    await form.getByRole('checkbox', { name: ROLE, exact: true }).check();
    await form.getByRole('button', { name: 'Save roles' }).click();
    await form.getByText('Roles saved.').waitFor();
    await saveScreenshot(admin, 'admin-users-assign-role');
  });

  it('the viewer gets "Audit log" on reload, still signed in', async () => {
    await viewer.goto('/');
    await viewer.reload();
    await viewer.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(new URL(viewer.url()).pathname).toBe('/');
    expect(await navLabels(viewer)).toContain('Audit log');

    await viewer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await viewer.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    expect(await viewer.getByRole('heading', { name: 'No access' }).count()).toBe(0);
    await saveScreenshot(viewer, 'audit-log-viewer');
  });
});
