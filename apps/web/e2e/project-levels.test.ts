/**
 * Project-level access (participations) in the project detail tabs, with demo data
 * (apps/api/src/demo/demo-org.ts) on "Acme Website Redesign":
 * - riley: view_tasks (+ the can_edit_time flag) → Tasks, but neither Time nor Financials;
 * - finn: view_financials → the Financials tab with the numbers, and no edit buttons.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, signedInPage } from './support/app';
import { demoEmail } from './support/auth';
import { launchBrowser, shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { startServer, type RunningServer } from './support/server';

const skip = shouldSkipBrowserTests();
const PROJECT = 'Acme Website Redesign';
const EDIT_BUTTONS = /^(Edit|Edit details|Archive|Save financials|Add member|Invite member|New task)$|^Change access of|^Remove /;

async function openProject(page: Page): Promise<number> {
  await openPage(page, '/projects', 'Projects');
  await page.getByRole('link', { name: PROJECT }).click();
  await page.getByRole('heading', { name: PROJECT, level: 1 }).waitFor();
  await page.getByRole('tablist', { name: 'Project sections' }).waitFor();
  return Number(/\/projects\/(\d+)/.exec(new URL(page.url()).pathname)![1]);
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
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ demo: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  describe('riley (view_tasks on the project)', () => {
    let page: Page;
    let projectId = 0;

    beforeAll(async () => {
      const signedIn = await signedInPage(browser!, server!.baseUrl, demoEmail('riley'));
      contexts.push(signedIn.context);
      page = signedIn.page;
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
      const signedIn = await signedInPage(browser!, server!.baseUrl, demoEmail('finn'));
      contexts.push(signedIn.context);
      page = signedIn.page;
      await openProject(page);
    });

    it('sees the Financials tab with the rate and the budget', async () => {
      expect(await tabNames(page)).toEqual(expect.arrayContaining(['Tasks', 'Time', 'Financials']));
      await page.getByRole('tab', { name: 'Financials' }).click();
      const panel = page.getByRole('tabpanel');
      await panel.getByText('Hourly rate').waitFor();
      const figures = await panel.getByRole('term').evaluateAll((terms) => terms.map((t) => `${t.textContent}=${t.nextElementSibling?.textContent ?? ''}`));
      expect(figures.find((f) => f.startsWith('Hourly rate='))).toMatch(/120/);
      expect(figures.find((f) => f.startsWith('Budget='))).toMatch(/60[,.\s ]?000/);
      await panel.getByText('Calculating budget consumption…').waitFor({ state: 'detached' });
      await saveScreenshot(page, 'project-finn-financials');
    });

    it('has no edit buttons or inputs on the financials, and none in the header', async () => {
      const panel = page.getByRole('tabpanel');
      expect(await editButtons(panel)).toEqual([]);
      expect(await panel.getByRole('textbox').count()).toBe(0);
      expect(await panel.getByRole('spinbutton').count()).toBe(0);
      expect(await editButtons(page.getByRole('main'))).toEqual([]);
    });
  });
});
