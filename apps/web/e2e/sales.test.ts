/**
 * Sales with the demo organisation (docs/guides/sales.md): the manager drags a deal across the
 * pipeline board and it stays there after a reload, converts a lead into a new client with a deal,
 * and wins a deal with a project; the user's board holds only their own deals, one of which they move
 * with the keyboard.
 *
 * Expectations are written by hand from apps/api/src/demo/demo-org.ts: Morgan Manager owns the open
 * deals "Initech data audit" (prospecting), "Globex mobile app" (proposal) and "Acme support renewal"
 * (negotiation) and the lead Nina Sharp of Massive Dynamic; Uma User owns the open deals "Initech
 * intranet refresh" and "Acme onboarding workshop". The manager sees every deal (view_all_deals),
 * the user only their own.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();

const column = (page: Page, stage: string) => page.locator(`section[data-stage="${stage}"]`);
const card = (scope: Page | Locator, name: string) => scope.locator('[data-deal-id]').filter({ hasText: name });

/** Drags `from` onto `to` with the mouse, in small steps as a hand would (the board starts a drag after 4 px). */
async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + 60, { steps: 15 });
  await page.mouse.up();
}

describe.skipIf(skip)('sales: the pipeline board, converting a lead, winning a deal', () => {
  const suite = useBrowserSuite({ demo: true });
  let manager: Page;

  it('lets the manager drag a deal to the next stage, and it is still there after a reload', async () => {
    manager = await suite.signedIn('manager', { viewport: { width: 1440, height: 900 } });
    await openPage(manager, '/deals', 'Deals');
    const deal = card(column(manager, 'prospecting'), 'Initech data audit');
    await deal.waitFor();
    expect(await card(manager, 'Initech intranet refresh').count()).toBe(1); // Uma's: the manager sees every deal
    await saveScreenshot(manager, 'sales-board-1440');

    const saved = manager.waitForResponse((r) => r.request().method() === 'PATCH' && /\/deals\/\d+$/.test(r.url()));
    await drag(manager, deal.getByRole('button', { name: 'Move Initech data audit' }), column(manager, 'qualification'));
    expect((await saved).status()).toBe(200);
    await card(column(manager, 'qualification'), 'Initech data audit').waitFor();

    await manager.reload();
    await card(column(manager, 'qualification'), 'Initech data audit').waitFor();
    expect(await card(column(manager, 'prospecting'), 'Initech data audit').count()).toBe(0);
  });

  it('moves a deal without dragging, through its Stage select', async () => {
    const deal = card(column(manager, 'proposal'), 'Globex mobile app');
    await deal.getByLabel('Stage of Globex mobile app').selectOption('negotiation');
    await card(column(manager, 'negotiation'), 'Globex mobile app').waitFor();
  });

  it('shows the board on a phone as columns that scroll sideways', async () => {
    const phone = await suite.signedIn('manager', { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    await openPage(phone, '/deals', 'Deals');
    await card(phone, 'Acme support renewal').waitFor();
    await saveScreenshot(phone, 'sales-board-375');
  });

  it('converts a lead into a new client with a deal, and the deal is on the board', async () => {
    await openPage(manager, '/leads', 'Leads');
    const row = manager.getByRole('row').filter({ hasText: 'Nina Sharp' });
    await row.waitFor();
    await saveScreenshot(manager, 'sales-leads-1440');
    await row.getByRole('button', { name: 'Convert Nina Sharp' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Convert Nina Sharp' });
    await dialog.getByLabel('Create a client “Massive Dynamic”').check();
    await dialog.getByLabel('Also create a deal').check();
    await dialog.getByRole('button', { name: 'Convert lead' }).click();
    await dialog.getByText('Lead converted').waitFor();
    await dialog.getByRole('link', { name: 'Massive Dynamic' }).first().waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await row.getByText('Converted leads are read-only').waitFor();

    await openPage(manager, '/deals', 'Deals');
    await card(column(manager, 'prospecting'), 'Massive Dynamic').waitFor();
  });

  it('wins a deal with a project and opens the project', async () => {
    const deal = card(column(manager, 'negotiation'), 'Acme support renewal');
    await deal.getByRole('button', { name: 'Win Acme support renewal' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Win Acme support renewal' });
    await dialog.getByLabel('Create a project for it').check();
    await dialog.getByRole('button', { name: 'Mark as won' }).click();
    await dialog.getByRole('link', { name: 'Open the new project' }).click();
    await manager.getByRole('heading', { name: 'Acme support renewal', level: 1 }).waitFor();

    await openPage(manager, '/deals?status=won', 'Deals');
    await manager.getByRole('row').filter({ hasText: 'Acme support renewal' }).getByRole('link', { name: 'Its project' }).waitFor();
    await openPage(manager, '/deals', 'Deals');
    await card(manager, 'Initech data audit').waitFor();
    expect(await card(manager, 'Acme support renewal').count()).toBe(0);
  });

  it('shows a client’s contacts, deals and projects on its page', async () => {
    await openPage(manager, '/clients', 'Clients');
    await manager.getByRole('link', { name: 'Massive Dynamic' }).click();
    await manager.getByRole('heading', { name: 'Massive Dynamic', level: 1 }).waitFor();
    const contacts = manager.getByRole('region', { name: 'Contacts' });
    await contacts.getByText('Nina Sharp').first().waitFor();
    await manager.getByRole('region', { name: 'Deals' }).getByText('Massive Dynamic').first().waitFor();

    // Acme has the demo's contacts, open and won deals, and the project just started from a won deal.
    await openPage(manager, '/clients', 'Clients');
    await manager.getByRole('link', { name: 'Acme Corporation' }).click();
    await manager.getByRole('heading', { name: 'Acme Corporation', level: 1 }).waitFor();
    await manager.getByRole('region', { name: 'Projects' }).getByRole('link', { name: 'Acme support renewal' }).waitFor();
    await manager.getByRole('region', { name: 'Contacts' }).getByRole('table').waitFor();
    await saveScreenshot(manager, 'client-detail-1440');
  });

  it('gives the user a board of their own deals only', async () => {
    const user = await suite.signedIn('user', { viewport: { width: 1440, height: 900 } });
    await openPage(user, '/deals', 'Deals');
    await card(user, 'Initech intranet refresh').waitFor();
    const names = await user.locator('[data-deal-id] p.font-medium').allTextContents();
    expect(names.sort()).toEqual(['Acme onboarding workshop', 'Initech intranet refresh']);

    // With the keyboard alone: pick the card up with Space, one column right, drop with Space.
    const saved = user.waitForResponse((r) => r.request().method() === 'PATCH' && /\/deals\/\d+$/.test(r.url()));
    await card(column(user, 'prospecting'), 'Acme onboarding workshop')
      .getByRole('button', { name: 'Move Acme onboarding workshop' })
      .focus();
    await user.keyboard.press('Space');
    await user.getByText('Over Prospecting.').waitFor({ state: 'attached' }); // the screen reader's words
    // dnd-kit starts listening for the arrow keys in a timer after the pick-up, which can run after
    // the announcement: give it that turn, as any person's next key press does.
    await user.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await user.keyboard.press('ArrowRight');
    await user.getByText('Over Qualification.').waitFor({ state: 'attached' });
    await user.keyboard.press('Space');
    expect((await saved).status()).toBe(200);
    await card(column(user, 'qualification'), 'Acme onboarding workshop').waitFor();
  });
});
