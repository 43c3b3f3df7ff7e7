/**
 * The weekly timesheet (docs/guides/tracking-time.md#weekly-timesheet) as the demo user lives it:
 * last week, a row for a project, two durations typed with the keyboard only (Tab to the cell,
 * type, Tab on, type, Enter), kept after a reload, with row, day and week totals that add up.
 * The demo's last week of the Acme project is submitted: its cells show the lock.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { pickProject } from './support/pickers';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();
const PROJECT = 'Acme Website Redesign';

/** "1:30" → 90 minutes; an empty cell is 0. */
const minutes = (text: string) => {
  const [h, m] = (text.trim() || '0:00').split(':').map(Number);
  return h! * 60 + m!;
};

/** The grid as text: day headers, each row's cell values and total, the totals row. */
async function readGrid(table: Locator) {
  const headers = (await table.locator('thead th').allTextContents()).slice(1, 8);
  const rows: { name: string; cells: string[]; total: string }[] = [];
  for (const row of await table.locator('tbody tr').all()) {
    const cells = await row.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    rows.push({ name: (await row.locator('th').textContent()) ?? '', cells, total: (await row.locator('td').last().textContent()) ?? '' });
  }
  const totals = await table.locator('tfoot td').allTextContents();
  return { headers, rows, totals };
}

/** Every row total is the sum of its cells, every day total the sum of its column, the week the sum of all. */
function expectTotalsAddUp(grid: Awaited<ReturnType<typeof readGrid>>) {
  for (const row of grid.rows) expect(minutes(row.total)).toBe(row.cells.reduce((s, c) => s + minutes(c), 0));
  for (let d = 0; d < 7; d++) expect(minutes(grid.totals[d]!)).toBe(grid.rows.reduce((s, r) => s + minutes(r.cells[d]!), 0));
  expect(minutes(grid.totals[7]!)).toBe(grid.rows.reduce((s, r) => s + minutes(r.total), 0));
}

async function waitSaved(page: Page) {
  await page.getByRole('status').filter({ hasText: 'Saving…' }).first().waitFor({ state: 'detached' });
}

describe.skipIf(skip)('weekly timesheet', () => {
  const suite = useBrowserSuite({ demo: true });

  it('durations typed with the keyboard in two cells of last week are kept after a reload, with totals that add up', async () => {
    const page = await suite.signedIn('user', { timezoneId: 'UTC' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timesheet' }).click();
    await page.getByRole('heading', { name: 'Timesheet', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Previous week' }).click();
    await page.waitForURL(/week=/);
    const weekUrl = new URL(page.url()).pathname + new URL(page.url()).search;

    // A row for the project without a task; its first cell takes the focus.
    await page.getByRole('button', { name: 'Add row' }).click();
    const form = page.getByRole('form', { name: 'Add a row' });
    await pickProject(form, PROJECT);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    const table = page.getByRole('table');
    const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: PROJECT, exact: true }) });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell')?.endsWith(':0'))).toBe(true);

    // The weekend is free of demo time: Tab along the row to Saturday, type, Tab to Sunday, type, Enter.
    const { headers } = await readGrid(table);
    const saturday = headers.findIndex((h) => h.startsWith('Sat'));
    const sunday = headers.findIndex((h) => h.startsWith('Sun'));
    expect(sunday).toBe(saturday + 1);
    for (let i = 0; i < saturday; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('1h30');
    await page.keyboard.press('Tab');
    await page.keyboard.type('45');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    const cells = row.locator('input');
    await expect.poll(() => cells.nth(saturday).inputValue()).toBe('1:30');
    await expect.poll(() => cells.nth(sunday).inputValue()).toBe('0:45');
    // Enter moved down the Sunday column (or stayed on the last row); ArrowLeft goes to that row's Saturday.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(await focused()).toMatch(new RegExp(`, ${headers[sunday]}$`));
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toMatch(new RegExp(`, ${headers[saturday]}$`));

    await page.reload();
    await page.waitForURL((url) => url.pathname + url.search === weekUrl);
    await expect.poll(() => cells.nth(saturday).inputValue()).toBe('1:30');
    expect(await cells.nth(sunday).inputValue()).toBe('0:45');
    const grid = await readGrid(table);
    expectTotalsAddUp(grid);
    expect(minutes(grid.totals[saturday]!)).toBe(90);
    expect(minutes(grid.totals[sunday]!)).toBe(45);

    // Last week's Acme entries are submitted: their cells are locked.
    expect(await page.getByRole('img', { name: 'Locked: approved or invoiced time' }).count()).toBeGreaterThan(0);

    await saveScreenshot(page, 'timesheet-1440');
    await page.setViewportSize({ width: 375, height: 800 });
    await table.waitFor();
    await saveScreenshot(page, 'timesheet-375');
    // At 375 px the grid scrolls inside its card, the page does not, and the first column stays put.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const firstColumn = table.getByRole('rowheader', { name: PROJECT, exact: true });
    const before = await firstColumn.boundingBox();
    await table.evaluate((t) => t.parentElement!.scrollBy({ left: 300 }));
    await saveScreenshot(page, 'timesheet-375-scrolled');
    expect((await firstColumn.boundingBox())!.x).toBe(before!.x);
  });

  it('opens on this week from the link', async () => {
    const page = await suite.signedIn('user');
    await openPage(page, '/timesheet', 'Timesheet');
    await page.getByRole('button', { name: 'This week' }).waitFor();
    expect(await page.getByRole('button', { name: 'This week' }).isDisabled()).toBe(true);
  });
});
