/**
 * Project-level access (participations) in the project detail tabs, with demo data
 * (apps/api/src/demo/demo-org.ts) on "Acme Website Redesign":
 * - riley: view_tasks (+ the can_edit_time flag) → Tasks, but neither Time nor Financials;
 * - finn: view_financials → the Financials tab with the numbers, and no edit buttons.
 *
 * Finn's numbers, by hand from the demo definition: the budget is 60,000 EUR at 120 EUR an hour; the
 * project is billable and no member has a rate of their own, so every logged hour is billable at
 * 120; nobody has a cost rate, so the cost is 0; the month before last was invoiced and sent; time
 * covers the 91 days before today, so three to five calendar months. "Budget used" is billable
 * amount + expenses over the budget (docs/api/projects.md).
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();
const PROJECT = 'Acme Website Redesign';
const EDIT_BUTTONS =
  /^(Edit|Edit details|Edit financials|Archive|Save financials|Add member|Invite member|New task)$|^Change access of|^Remove /;

async function openProject(page: Page): Promise<number> {
  await openPage(page, '/projects', 'Projects');
  await page.getByRole('link', { name: PROJECT }).click();
  await page.getByRole('heading', { name: PROJECT, level: 1 }).waitFor();
  await page.getByRole('tablist', { name: 'Project sections' }).waitFor();
  return Number(/\/projects\/(\d+)/.exec(new URL(page.url()).pathname)![1]);
}

/** An amount or a number of hours as shown ("€51,450.00", "51.450,00 €", "428.75 h", "64.5%"). */
function amount(text: string | undefined): number {
  const digits = (text ?? '').replace(/[^\d.,-]/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
  const value = Number(decimal ? `${whole}.${decimal[1]}` : whole);
  if (!digits || Number.isNaN(value)) throw new Error(`not a number: ${text}`);
  return value;
}

async function tabNames(page: Page): Promise<string[]> {
  return (await page.getByRole('tablist', { name: 'Project sections' }).getByRole('tab').allTextContents()).map((t) => t.trim());
}

async function editButtons(scope: Locator): Promise<string[]> {
  const names = (await scope.getByRole('button').allTextContents()).map((t) => t.trim());
  const labels = await scope.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return [...names, ...labels].filter((n) => EDIT_BUTTONS.test(n));
}

describe.skipIf(skip)('project levels in the project tabs', () => {
  const suite = useBrowserSuite({ demo: true });

  describe('riley (view_tasks on the project)', () => {
    let page: Page;
    let projectId = 0;

    beforeAll(async () => {
      page = await suite.signedIn('riley');
      projectId = await openProject(page);
    });

    it('sees the Tasks tab, but neither Time nor Financials', async () => {
      const tabs = await tabNames(page);
      expect(tabs).toContain('Tasks');
      expect(tabs).not.toContain('Time');
      expect(tabs).not.toContain('Financials');
      await page.getByRole('tabpanel').getByText('Design system').waitFor();
      await saveScreenshot(page, 'project-riley-tasks');
    });

    it('gets the Tasks tab for a direct URL to the financials tab, and no figures', async () => {
      await page.goto(`/projects/${projectId}/financials`);
      await page.getByRole('tablist', { name: 'Project sections' }).waitFor();
      await page.waitForURL((url) => url.pathname === `/projects/${projectId}/tasks`);
      expect(await tabNames(page)).not.toContain('Financials');
      expect(await page.getByText('Hourly rate').count()).toBe(0);
    });
  });

  describe('finn (view_financials on the project)', () => {
    let page: Page;

    beforeAll(async () => {
      page = await suite.signedIn('finn');
      await openProject(page);
    });

    it('sees the Financials tab with the rate and the budget', async () => {
      expect(await tabNames(page)).toEqual(expect.arrayContaining(['Tasks', 'Time', 'Financials']));
      await page.getByRole('tab', { name: 'Financials' }).click();
      const panel = page.getByRole('tabpanel');
      await panel.getByText('Hourly rate').waitFor();
      const figures = await panel
        .getByRole('term')
        .evaluateAll((terms) => terms.map((t) => `${t.textContent}=${t.nextElementSibling?.textContent ?? ''}`));
      expect(figures.find((f) => f.startsWith('Hourly rate='))).toMatch(/120/);
      expect(figures.find((f) => f.startsWith('Budget='))).toMatch(/60[,.\s ]?000/);
      await saveScreenshot(page, 'project-finn-financials');
    });

    it('sees what the project consumed and the budget burn chart with its numbers', async () => {
      const panel = page.getByRole('tabpanel');
      const figures = Object.fromEntries(
        await panel
          .getByRole('term')
          .evaluateAll((terms) => terms.map((t) => [t.textContent ?? '', t.nextElementSibling?.firstChild?.textContent ?? ''])),
      ) as Record<string, string>;
      const hours = amount(figures['Hours logged']);
      const billable = amount(figures['Billable amount']);
      const expenses = amount(figures['Expenses']);
      expect(hours).toBeGreaterThan(100); // four people logging on most weekdays of 13 weeks
      expect(billable).toBeCloseTo(hours * 120, 2);
      expect(amount(figures['Cost'])).toBe(0);
      expect(expenses).toBeGreaterThanOrEqual(0);
      expect(amount(figures['Invoiced'])).toBeGreaterThan(0);
      const used = amount(figures['Budget used']);
      expect(Math.abs(used - ((billable + expenses) / 60_000) * 100)).toBeLessThan(0.06);
      expect(await panel.getByText('Over budget').count()).toBe(used > 100 ? 1 : 0);

      const chart = panel.getByRole('img', { name: 'Billable amount and expenses, cumulative by month' });
      await chart.locator('svg .recharts-area').first().waitFor();
      expect(await chart.locator('svg .recharts-reference-line').count()).toBe(1);
      expect(
        await chart
          .locator('svg')
          .getByText(/^Budget .*60[,.\s\u00a0\u202f]?000/)
          .count(),
      ).toBe(1);
      await chart.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'project-finn-budget-burn');

      await panel.getByText('Show the numbers as a table').click();
      const table = panel.getByRole('table');
      await table.waitFor();
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
      expect(rows.length).toBeGreaterThanOrEqual(3);
      expect(rows.length).toBeLessThanOrEqual(5);
      // Each month adds what it consumed; the last running total is all of it.
      let sum = 0;
      for (const [, inMonth, soFar] of rows) {
        expect(amount(inMonth)).toBeGreaterThanOrEqual(0);
        sum += amount(inMonth);
        expect(amount(soFar)).toBeCloseTo(sum, 1);
      }
      expect(amount(rows.at(-1)![2])).toBeCloseTo(billable + expenses, 1);
      expect(amount(rows.at(-1)![3])).toBe(Math.round(((billable + expenses) / 60_000) * 100));
    });

    it('has no edit buttons or inputs on the financials, and none in the header', async () => {
      const panel = page.getByRole('tabpanel');
      expect(await editButtons(panel)).toEqual([]);
      expect(await panel.getByRole('textbox').count()).toBe(0);
      expect(await panel.getByRole('spinbutton').count()).toBe(0);
      expect(await panel.locator('input, select, textarea').count()).toBe(0);
      expect(await panel.getByRole('form', { name: 'Edit financials' }).count()).toBe(0);
      expect(await panel.getByRole('heading', { name: 'Edit financials' }).count()).toBe(0);
      expect(await editButtons(page.getByRole('main'))).toEqual([]);
    });
  });
});
