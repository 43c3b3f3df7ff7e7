/**
 * On a phone (375 × 812): the lists people act on are cards with their buttons on the screen (no
 * sideways scrolling), the navigation is a drawer behind the Menu button, and the header timer
 * stays usable (docs/guides/README.md#on-a-phone). Saves phone-<list>-375.png for each list.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillReadOnlyTokenForm, openPage } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { screenshotDir } from './support/paths';
import { pickProject } from './support/pickers';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();
const PHONE = { width: 375, height: 812 };

/** The cards of the list named `name` (DataTable below 640 px). */
const cards = (page: Page, name: string) => page.getByRole('list', { name, exact: true }).locator('> li');

/** Nothing on the page is wider than the screen. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/** `locator` is entirely within the screen's width. */
async function expectOnScreen(locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${String(locator)} is not on the page`);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
}

/** The first card offering Edit (the most recent ones may be locked, saying why instead). */
const firstEditable = (list: Locator) => list.filter({ has: list.page().getByRole('button', { name: /^Edit / }) }).first();

/** Every button of the first `count` cards is on the screen; answers how many there were. */
async function expectButtonsOnScreen(list: Locator, count = 3): Promise<number> {
  let seen = 0;
  for (let i = 0; i < Math.min(count, await list.count()); i++) {
    for (const button of await list.nth(i).getByRole('button').all()) {
      await expectOnScreen(button);
      seen++;
    }
  }
  return seen;
}

/** Creates a read-only API token named `name`, valid 30 days, on the API tokens page (its secret is then put away). */
async function createReadOnlyToken(page: Page, name: string): Promise<void> {
  const tokenForm = await fillReadOnlyTokenForm(page, name);
  await tokenForm.getByRole('button', { name: 'Create token' }).click();
  await page.getByRole('button', { name: 'I have stored it' }).click();
}

describe.skipIf(skip)('on a phone at 375 px', () => {
  const suite = useBrowserSuite({ demo: true });

  it('time entries are cards with Edit, Delete and Continue on the screen; the header timer starts and stops', async () => {
    const page = await suite.signedIn('user', { viewport: PHONE });
    await openPage(page, '/time-entries', 'Time entries');
    const list = cards(page, 'Time entries');
    await list.first().waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    // Entries waiting for approval are locked and say why; the first open one offers all three.
    const open = firstEditable(list);
    for (const name of [/^Edit /, /^Delete /, /^Continue/]) await expectOnScreen(open.getByRole('button', { name }));
    expect(await expectButtonsOnScreen(list)).toBeGreaterThan(0);
    await expectNoSidewaysScroll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'phone-time-entries-375');

    await open.getByRole('button', { name: /^Continue/ }).click();
    const timer = page.getByRole('banner').getByRole('group', { name: 'Running timer' });
    await timer.waitFor();
    await expectOnScreen(timer);
    await expectOnScreen(timer.getByRole('timer'));
    await page.getByRole('banner').screenshot({ path: join(screenshotDir, 'phone-header-timer-375.png') });
    await expectNoSidewaysScroll(page);
    await timer.getByRole('button', { name: 'Stop the timer' }).click();
    await timer.waitFor({ state: 'detached' });
  });

  it('the navigation is a drawer: it opens from Menu, closes on Escape and on a link, and gives focus back', async () => {
    const page = await suite.signedIn('user', { viewport: PHONE });
    await openPage(page, '/time-entries', 'Time entries');
    // While the drawer is open the rest of the page is hidden from assistive technology: find the button by its markup.
    const menu = page.locator('header button[aria-haspopup="dialog"]', { hasText: 'Menu' });
    // No navigation beside the page on a phone, and the page is not hidden behind one.
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await menu.click();
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await drawer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expectOnScreen(drawer);
    await saveScreenshot(page, 'phone-drawer-375');

    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    // Focus stays inside while it is open: Tab from the last link comes back into the drawer.
    await menu.click();
    const links = drawer.getByRole('link');
    await links.last().focus();
    await page.keyboard.press('Tab');
    expect(await drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    await drawer.getByRole('link', { name: 'Expenses' }).click();
    await page.getByRole('heading', { name: 'Expenses', level: 1 }).waitFor();
    await drawer.waitFor({ state: 'detached' });
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoSidewaysScroll(page);

    // Left open while the window widens, it gives way to the navigation beside the page, and stays shut after.
    await menu.click();
    await drawer.waitFor();
    await page.setViewportSize({ width: 1024, height: 812 });
    await drawer.waitFor({ state: 'detached' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).waitFor();
    await page.setViewportSize(PHONE);
    await menu.waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('expenses, API tokens and project members are cards with their buttons on the screen', async () => {
    const page = await suite.signedIn('user', { viewport: PHONE });
    await openPage(page, '/expenses', 'Expenses');
    const expenses = cards(page, 'Expenses');
    // The demo's expenses are few: Uma records one on the phone, then finds it with Edit and Delete.
    await page.getByRole('button', { name: 'Add expense' }).click();
    const form = page.getByRole('dialog', { name: 'Add expense' });
    await pickProject(form, 'Internal Tooling');
    await form.getByLabel('Amount').fill('18.40');
    await form.getByLabel('Category').fill('travel');
    await form.getByLabel('Description').fill('Train to the client');
    await form.getByRole('button', { name: 'Add expense' }).click();
    await form.waitFor({ state: 'detached' });
    const mine = expenses.filter({ hasText: 'Train to the client' });
    for (const name of [/^Edit /, /^Delete /]) await expectOnScreen(mine.getByRole('button', { name }));
    await expectButtonsOnScreen(expenses);
    await expectNoSidewaysScroll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'phone-expenses-375');

    await createReadOnlyToken(page, 'Phone timer');
    const tokens = cards(page, 'Your API tokens');
    await tokens.first().waitFor();
    for (const name of ['Rotate Phone timer', 'Revoke Phone timer']) await expectOnScreen(tokens.first().getByRole('button', { name }));
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'phone-tokens-375');

    // Uma is Project Administrator of Internal Tooling: she may change and remove its members.
    await openPage(page, '/projects', 'Projects');
    await page.getByRole('link', { name: 'Internal Tooling' }).first().waitFor();
    await saveScreenshot(page, 'phone-projects-375');
    await page.getByRole('link', { name: 'Internal Tooling' }).first().click();
    await page.getByRole('tab', { name: 'Members' }).click();
    const members = cards(page, 'Project members');
    await members.first().waitFor();
    expect(await expectButtonsOnScreen(members)).toBeGreaterThan(0);
    await expectNoSidewaysScroll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'phone-members-375');
  });

  it("an administrator's list of every API token is cards with Revoke on the screen", async () => {
    const page = await suite.signedIn('admin', { viewport: PHONE });
    await createReadOnlyToken(page, 'Admin export');

    await openPage(page, '/admin/tokens', 'All API tokens');
    const list = cards(page, 'API tokens of every user');
    await list.first().waitFor();
    await expectOnScreen(list.first().getByRole('button', { name: /^Revoke / }));
    expect(await expectButtonsOnScreen(list)).toBeGreaterThan(0);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'phone-admin-tokens-375');
  });

  it('approvals are cards with Approve, Reject and a checkbox on the screen', async () => {
    const page = await suite.signedIn('manager', { viewport: PHONE });
    await openPage(page, '/approvals', 'Approvals');
    const list = cards(page, 'Approval requests');
    const first = list.first();
    await first.waitFor();
    await expectOnScreen(first.getByRole('button', { name: /^Approve / }));
    await expectOnScreen(first.getByRole('button', { name: /^Reject / }));
    expect(await expectButtonsOnScreen(list)).toBeGreaterThan(1);
    const select = first.getByRole('checkbox', { name: /^Select / });
    await expectOnScreen(select);
    await select.check();
    await page.getByRole('button', { name: 'Approve selected (1)' }).waitFor();
    await select.uncheck();
    await expectNoSidewaysScroll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'phone-approvals-375');
  });

  it('invoices are cards that open the invoice', async () => {
    const page = await suite.signedIn('finn', { viewport: PHONE });
    await openPage(page, '/invoices', 'Invoices');
    const first = cards(page, 'Invoices').first();
    await first.waitFor();
    const link = first.getByRole('link', { name: /^INV-/ });
    await expectOnScreen(link);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'phone-invoices-375');
    await link.click();
    await page.getByRole('heading', { name: /^(Invoice )?INV-/, level: 1 }).waitFor();
  });
});
