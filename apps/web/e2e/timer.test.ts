/**
 * The timer as the demo user: start it on a project on the timer page, see it run on the
 * dashboard, stop it there, and find the new time entry.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();
const PROJECT = 'Acme Website Redesign';
const NOTES = `E2E timer run ${Date.now()}`;

const seconds = (clock: string) => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);

describe.skipIf(skip)('timer: start, run, stop, entry', () => {
  const suite = useBrowserSuite({ demo: true });
  let page: Page;

  beforeAll(async () => {
    page = await suite.signedIn('user');
  });

  it('shows no running timer on the dashboard at first', async () => {
    await openPage(page, '/', 'Dashboard');
    await page.getByRole('region', { name: 'Timer' }).getByText('No timer is running.').waitFor();
  });

  it('starts the timer on a project from the timer page', async () => {
    await page.getByRole('region', { name: 'Timer' }).getByRole('link', { name: 'Start a timer' }).click();
    await page.getByRole('heading', { name: 'Timer', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Start the timer' });
    await form.waitFor();
    await form.getByLabel('Project').selectOption({ label: PROJECT });
    await form.getByLabel(/What are you working on/).fill(NOTES);
    await form.getByRole('button', { name: /Start timer/ }).click();

    const clock = page.getByRole('timer', { name: 'Elapsed time' });
    await clock.waitFor();
    expect(await page.getByText(PROJECT, { exact: true }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'timer-running');
  });

  it('shows it running on the dashboard, ticking', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    const card = page.getByRole('region', { name: 'Timer' });
    await card.getByText(`Running on ${PROJECT}`).waitFor();
    expect(await card.getByText(NOTES).isVisible()).toBe(true);
    const clock = card.getByRole('timer', { name: 'Elapsed time' });
    const first = seconds((await clock.textContent())!);
    await page.waitForTimeout(2100);
    expect(seconds((await clock.textContent())!)).toBeGreaterThanOrEqual(first + 2);
    await saveScreenshot(page, 'dashboard-timer-running');
  });

  it('stops it from the dashboard', async () => {
    const card = page.getByRole('region', { name: 'Timer' });
    await card.getByRole('button', { name: 'Stop' }).click();
    await card.getByText('No timer is running.').waitFor();
    await saveScreenshot(page, 'dashboard-timer-stopped');
  });

  it('lists the new time entry on the timer page and the time entries page', async () => {
    await openPage(page, '/timer', 'Timer');
    await page.getByRole('form', { name: 'Start the timer' }).waitFor();
    expect(await page.getByRole('timer').count()).toBe(0);
    await page.getByRole('region', { name: 'Today' }).getByRole('row').filter({ hasText: NOTES }).waitFor();

    await openPage(page, '/time-entries', 'Time entries');
    const row = page.getByRole('row').filter({ hasText: NOTES });
    await row.waitFor();
    expect(await row.textContent()).toContain(PROJECT);
    await saveScreenshot(page, 'time-entries-after-timer');
  });
});
