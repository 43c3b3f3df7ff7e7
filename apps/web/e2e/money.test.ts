/**
 * Project money with the demo organisation: a member submits a week of time, a manager approves it
 * in bulk, drafts an invoice from that time and sends it.
 *
 * Expectations are written by hand from apps/api/src/demo/demo-org.ts: Dana Developer logs time on
 * "Acme Website Redesign" (edit_time_and_expenses), whose hourly rate is 120 EUR and which Morgan
 * Manager administers (so may approve and invoice it). The week used lies before the demo's three
 * generated months, so it holds only the two entries logged here: 2 h + 1.5 h = 3.5 h × 120 = 420.00,
 * 19 % tax = 79.80, total 499.80.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/app';
import type { DemoUserKey } from './support/auth';
import { shouldSkipBrowserTests } from './support/browser';
import { pickProject } from './support/pickers';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();
const PROJECT = 'Acme Website Redesign';
const DAY_MS = 86_400_000;

/** The Monday 20 weeks back (UTC), as YYYY-MM-DD, and the days after it. */
const now = new Date();
const todayUtc = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
const monday = todayUtc - ((new Date(todayUtc).getUTCDay() + 6) % 7) * DAY_MS - 20 * 7 * DAY_MS;
const day = (offset: number) => new Date(monday + offset * DAY_MS).toISOString().slice(0, 10);
const WEEK = { start: day(0), end: day(6) };
const ENTRIES = [
  { date: day(0), start: '09:00', end: '11:00', notes: 'Money e2e: front-end build' },
  { date: day(2), start: '13:00', end: '14:30', notes: 'Money e2e: review with the client' },
];

describe.skipIf(skip)('money: a manager approves a member’s week and invoices it', () => {
  const suite = useBrowserSuite({ demo: true });

  /** Server and browser agree on UTC, so the week's days are the days the invoice bills. */
  const signedIn = (key: DemoUserKey) => suite.signedIn(key, { timezoneId: 'UTC', locale: 'en-US' });

  let dana: Page;
  let manager: Page;

  it('lets the member log two entries in the week and request approval of each', async () => {
    dana = await signedIn('dana');
    await openPage(dana, '/time-entries', 'Time entries');
    for (const entry of ENTRIES) {
      await dana.getByRole('button', { name: 'Add time entry' }).click();
      const dialog = dana.getByRole('dialog', { name: 'Add time entry' });
      await pickProject(dialog, PROJECT);
      await dialog.getByLabel('Date').fill(entry.date);
      await dialog.getByLabel('Start', { exact: true }).fill(entry.start);
      await dialog.getByLabel('End', { exact: true }).fill(entry.end);
      await dialog.getByLabel('Notes').fill(entry.notes);
      await dialog.getByRole('button', { name: 'Add entry' }).click();
      await dialog.waitFor({ state: 'detached' });
    }

    const filters = dana.getByRole('search', { name: 'Filters' });
    await filters.getByLabel('From', { exact: true }).fill(WEEK.start);
    await filters.getByLabel('To', { exact: true }).fill(WEEK.end);
    await dana.getByText('Total: 3:30 in 2 entries').waitFor();
    for (const entry of ENTRIES) {
      const row = dana.getByRole('row').filter({ hasText: entry.notes });
      const answer = dana.waitForResponse((r) => r.url().endsWith('/request-approval') && r.request().method() === 'POST');
      await row.getByRole('button', { name: /Request approval/ }).click();
      expect((await answer).status()).toBe(201);
    }
    await dana.getByRole('status').filter({ hasText: 'Submitted the entry' }).waitFor();
    await saveScreenshot(dana, 'money-member-week-submitted');

    // The confirmation links to the member's own requests.
    await dana.getByRole('status').getByRole('link', { name: 'Approvals' }).click();
    await dana.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    expect(await dana.getByLabel('Show').inputValue()).toBe('mine');
    for (const entry of ENTRIES) {
      const row = dana.getByRole('row').filter({ hasText: entry.notes });
      await row.waitFor();
      expect(await row.getByText('Pending').count()).toBe(1);
      expect(await row.getByRole('button', { name: /Cancel request/ }).count()).toBe(1);
    }
    // One's own requests are not decided by oneself: no checkboxes, no approve buttons here.
    expect(await dana.getByRole('button', { name: /Approve selected|^Approve / }).count()).toBe(0);
    await saveScreenshot(dana, 'money-member-requests');
  });

  /** Dana's time entries page filtered to the week. */
  async function danaWeek(): Promise<void> {
    await openPage(dana, '/time-entries', 'Time entries');
    const filters = dana.getByRole('search', { name: 'Filters' });
    await filters.getByLabel('From', { exact: true }).fill(WEEK.start);
    await filters.getByLabel('To', { exact: true }).fill(WEEK.end);
    await dana.getByText('Total: 3:30 in 2 entries').waitFor();
  }

  async function selectTheWeek(): Promise<void> {
    for (const entry of ENTRIES) {
      const row = manager.getByRole('row').filter({ hasText: entry.notes });
      await row.waitFor();
      expect(await row.textContent()).toContain('Dana Developer');
      await row.getByRole('checkbox').check();
    }
  }

  it('approves nothing when one selected request was withdrawn meanwhile, and says which one', async () => {
    manager = await signedIn('manager');
    await openPage(manager, '/approvals', 'Approvals');
    expect(await manager.getByLabel('Show').inputValue()).toBe('to_approve');
    await selectTheWeek();

    // Dana withdraws the second request while the manager has it selected.
    const withdrawn = dana.getByRole('row').filter({ hasText: ENTRIES[1]!.notes });
    await withdrawn.getByRole('button', { name: /Cancel request/ }).click();
    await withdrawn.waitFor({ state: 'detached' });

    await manager.getByRole('button', { name: 'Approve selected (2)' }).click();
    const refusal = manager.getByRole('alert').filter({ hasText: 'Nothing was approved' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('already cancelled');
    await saveScreenshot(manager, 'money-bulk-refused');
    // Nothing changed: the first request still waits.
    await manager.getByRole('row').filter({ hasText: ENTRIES[1]!.notes }).waitFor({ state: 'detached' });
    expect(await manager.getByRole('row').filter({ hasText: ENTRIES[0]!.notes }).getByText('Pending').count()).toBe(1);

    // Dana submits it again.
    await danaWeek();
    const answer = dana.waitForResponse((r) => r.url().endsWith('/request-approval') && r.request().method() === 'POST');
    await dana
      .getByRole('row')
      .filter({ hasText: ENTRIES[1]!.notes })
      .getByRole('button', { name: /Request approval/ })
      .click();
    expect((await answer).status()).toBe(201);
  });

  it('lets the manager select the week’s entries in the queue and approve them together', async () => {
    await openPage(manager, '/approvals', 'Approvals');
    await selectTheWeek();
    await saveScreenshot(manager, 'money-approvals-selected');
    await manager.getByRole('button', { name: 'Approve selected (2)' }).click();
    await manager.getByRole('status').filter({ hasText: 'Approved 2 requests' }).waitFor();
    for (const entry of ENTRIES) await manager.getByRole('row').filter({ hasText: entry.notes }).waitFor({ state: 'detached' });

    await manager.getByLabel('Show').selectOption('all');
    await manager.getByLabel('Status').selectOption('approved');
    for (const entry of ENTRIES) {
      const row = manager.getByRole('row').filter({ hasText: entry.notes });
      await row.waitFor();
      expect(await row.getByText('Approved').count()).toBe(1);
    }
    await saveScreenshot(manager, 'money-approvals-approved');
  });

  it('lets the manager draft an invoice from the approved time of that week, with the right total', async () => {
    await manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).click();
    await manager.getByRole('heading', { name: 'Invoices', level: 1 }).waitFor();
    await manager.getByRole('button', { name: 'New invoice from time' }).click();
    const form = manager.getByRole('form', { name: 'New invoice from time' });
    await pickProject(form, PROJECT);
    await form.getByLabel('From', { exact: true }).fill(WEEK.start);
    await form.getByLabel('To', { exact: true }).fill(WEEK.end);
    await form.getByLabel('Tax rate (%)').fill('19');
    await form.getByLabel('Only approved time').check();
    await saveScreenshot(manager, 'money-invoice-from-time');
    await form.getByRole('button', { name: 'Create draft' }).click();

    await manager.waitForURL(/\/invoices\/\d+$/);
    const heading = manager.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: /^INV-\d{4}-\d+/ }).waitFor();
    expect(await heading.textContent()).toContain('Draft');
    const lines = manager.getByRole('table', { name: 'Invoice lines' }).getByRole('row');
    expect(await lines.count()).toBe(1 + ENTRIES.length);
    for (const entry of ENTRIES) expect(await lines.filter({ hasText: entry.notes }).textContent()).toContain('Dana Developer');
    const totals = manager.getByLabel('Totals');
    expect(await totals.textContent()).toBe('Subtotal€420.00Tax (19 %)€79.80Total€499.80Paid€0.00Balance€499.80');
    await saveScreenshot(manager, 'money-invoice-draft');
  });

  it('lets an admin fill in the organisation’s details printed on invoices', async () => {
    const admin = await signedIn('admin');
    await openPage(admin, '/admin/settings', 'Settings');
    const form = admin.getByRole('form', { name: 'Organisation settings' });
    await form.getByLabel('Address', { exact: true }).fill('Example Studio GmbH\nHauptstraße 1\n10115 Berlin');
    await form.getByLabel('Tax ID (VAT number)').fill('DE123456789');
    await form.getByLabel('Billing email').fill('billing@studio.example');
    const saved = admin.waitForResponse((r) => r.url().endsWith('/settings') && r.request().method() === 'PATCH');
    await form.getByRole('button', { name: 'Save settings' }).click();
    expect((await saved).status()).toBe(200);
    await admin.context().close();
  });

  it('edits a line of the draft, then opens the print view with the organisation’s and client’s details', async () => {
    await manager.getByRole('button', { name: 'Edit draft' }).click();
    const form = manager.getByRole('form', { name: /^Edit INV-/ });
    const description = form.getByRole('textbox', { name: 'Description' }).first();
    const reviewed = `${await description.inputValue()} (reviewed)`;
    await description.fill(reviewed);
    expect(await form.getByLabel('Amount of line 1').textContent()).toMatch(/€\d/);
    await saveScreenshot(manager, 'invoice-edit-1440');
    const saved = manager.waitForResponse((r) => /\/invoices\/\d+$/.test(r.url()) && r.request().method() === 'PUT');
    await form.getByRole('button', { name: 'Save draft' }).click();
    expect((await saved).status()).toBe(200);
    await form.waitFor({ state: 'detached' });
    await manager.getByRole('table', { name: 'Invoice lines' }).getByText(reviewed).waitFor();
    expect(await manager.getByLabel('Totals').textContent()).toContain('€499.80');

    const invoiceUrl = manager.url();
    await manager.getByRole('link', { name: 'Print view' }).click();
    await manager.waitForURL(/\/invoices\/\d+\/print$/);
    const document = manager.getByRole('article', { name: 'Invoice' });
    await document.getByText(reviewed).waitFor();
    const text = await document.textContent();
    expect(text).toContain('Bill to');
    expect(text).toContain('Acme Corporation');
    expect(text).toContain('Hauptstraße 1');
    expect(text).toContain('Tax ID: DE123456789');
    expect(text).toContain('billing@studio.example');
    expect(text).toContain(PROJECT);
    expect(text).toContain('€499.80');
    // In print, only the document: no toolbar, no app frame.
    await manager.emulateMedia({ media: 'print' });
    expect(await manager.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await manager.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await saveScreenshot(manager, 'invoice-print');
    await manager.emulateMedia({ media: 'screen' });
    await manager.goto(invoiceUrl);
    await manager.getByRole('heading', { level: 1 }).filter({ hasText: 'Draft' }).waitFor();
  });

  it('sends the draft', async () => {
    await manager.getByRole('button', { name: 'Send' }).click();
    const dialog = manager.getByRole('dialog', { name: /^Send INV-/ });
    await dialog.getByRole('button', { name: 'Mark as sent' }).click();
    await dialog.waitFor({ state: 'detached' });
    await manager.getByRole('heading', { level: 1 }).filter({ hasText: 'Sent' }).waitFor();
    expect(await manager.getByRole('button', { name: 'Send' }).count()).toBe(0);
    await saveScreenshot(manager, 'money-invoice-sent');
  });

  it('says there is nothing left to invoice in that week', async () => {
    await openPage(manager, '/invoices', 'Invoices');
    await manager.getByRole('row').filter({ hasText: '€499.80' }).getByText('Sent').waitFor();
    await manager.getByRole('button', { name: 'New invoice from time' }).click();
    const form = manager.getByRole('form', { name: 'New invoice from time' });
    await pickProject(form, PROJECT);
    await form.getByLabel('From', { exact: true }).fill(WEEK.start);
    await form.getByLabel('To', { exact: true }).fill(WEEK.end);
    await form.getByRole('button', { name: 'Create draft' }).click();
    await form.getByRole('alert').filter({ hasText: 'Nothing to invoice' }).waitFor();
    expect(new URL(manager.url()).pathname).toBe('/invoices');
    await saveScreenshot(manager, 'money-nothing-to-invoice');
  });

  it('exports the week’s entries as CSV beside the summary export, and saves the filters as a report', async () => {
    await openPage(manager, '/reports', 'Reports');
    const settings = manager.getByRole('search', { name: 'Report settings' });
    await settings.getByLabel('From', { exact: true }).fill(WEEK.start);
    await settings.getByLabel('To', { exact: true }).fill(WEEK.end);
    const link = manager.getByRole('link', { name: 'Export entries CSV' });
    expect(await manager.getByRole('link', { name: 'Export summary CSV' }).count()).toBe(1);
    await expect.poll(async () => (await link.getAttribute('href')) ?? '').toContain(`start_date=${WEEK.start}`);
    const [download] = await Promise.all([manager.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`timekeeper-entries-${WEEK.start}-${WEEK.end}.csv`);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toBe('id,date,start,end,hours,billable,user,client,project,task,notes,amount,currency');
    for (const entry of ENTRIES)
      expect(rows.find((r) => r.includes(entry.notes))).toContain(`${entry.date},${entry.date}T${entry.start}:00+00:00`);

    const saved = manager.getByRole('region', { name: 'Saved reports' });
    await saved.getByRole('button', { name: 'Save these filters' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Save these filters' });
    await dialog.getByLabel('Name').fill('Money e2e week');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await saved.getByText('Money e2e week').waitFor();
    // The confirmation fades after a few seconds; the screenshots show the list without it.
    await manager.locator('[data-sonner-toast]').first().waitFor({ state: 'detached', timeout: 15_000 });
    await saveScreenshot(manager, 'saved-reports-1440');
    await manager.setViewportSize({ width: 375, height: 812 });
    await saved.getByRole('button', { name: 'Open Money e2e week' }).waitFor();
    await saveScreenshot(manager, 'saved-reports-375');
    await manager.setViewportSize({ width: 1440, height: 900 });

    // Renamed, then opened: the summary takes its week.
    await saved.getByRole('button', { name: 'Rename Money e2e week' }).click();
    const rename = manager.getByRole('dialog', { name: /^Rename/ });
    await rename.getByLabel('Name').fill('Money e2e week, renamed');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await rename.waitFor({ state: 'detached' });
    await settings.getByLabel('From', { exact: true }).fill(WEEK.end);
    await saved.getByRole('button', { name: 'Open Money e2e week, renamed' }).click();
    expect(await settings.getByLabel('From', { exact: true }).inputValue()).toBe(WEEK.start);
  });
});
