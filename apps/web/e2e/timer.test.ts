/**
 * The timer as the demo user: start it on a project on the timer page, see it run in the header
 * and the tab title of another page and on the dashboard, stop it from the header, and find the
 * new time entry.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { screenshotDir } from './support/paths';
import { pickProject } from './support/pickers';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();
const PROJECT = 'Acme Website Redesign';
const NOTES = `E2E timer run ${Date.now()}`;

const seconds = (clock: string) => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);

/** The header's running timer (docs/guides/tracking-time.md#the-timer). */
const headerTimer = (page: Page) => page.getByRole('banner').getByRole('group', { name: 'Running timer' });

/** Saves the header alone at `width` px as test-results/screenshots/<name>.png. */
async function saveHeaderScreenshot(page: Page, width: number, name: string): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await headerTimer(page).waitFor();
  await mkdir(screenshotDir, { recursive: true });
  await page.getByRole('banner').screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/**
 * Opens the project picker at 1440 and 375 px: the person's recent projects lead the list, which
 * stays on screen (docs/guides/tracking-time.md#picking-a-project); saves project-picker-<width>.png.
 */
async function showRecentProjects(page: Page, form: Locator): Promise<void> {
  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await form.getByRole('combobox', { name: 'Project', exact: true }).click();
    const recent = page.getByRole('group', { name: 'Recent' });
    await recent.getByRole('option').first().waitFor();
    await page.getByRole('listbox').getByText('Searching…').waitFor({ state: 'detached' });
    const list = (await page.getByRole('listbox').boundingBox())!;
    expect(list.x).toBeGreaterThanOrEqual(0);
    expect(list.x + list.width).toBeLessThanOrEqual(width);
    await saveScreenshot(page, `project-picker-${width}`);
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

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
    await showRecentProjects(page, form);
    await pickProject(form, PROJECT);
    await form.getByLabel(/What are you working on/).fill(NOTES);
    await form.getByRole('button', { name: /Start timer/ }).click();

    const clock = page.getByRole('timer', { name: 'Elapsed time' });
    await clock.waitFor();
    expect(await page.getByText(PROJECT, { exact: true }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'timer-running');
  });

  it('shows it in the header and the tab title on another page, ticking', async () => {
    await openPage(page, '/time-entries', 'Time entries');
    const timer = headerTimer(page);
    await timer.waitFor();
    await timer.getByRole('link', { name: PROJECT }).waitFor();
    const clock = timer.getByRole('timer');
    const first = seconds((await clock.textContent())!);
    await page.waitForTimeout(2100);
    const now = (await clock.textContent())!;
    expect(seconds(now)).toBeGreaterThanOrEqual(first + 2);
    expect(await page.title()).toMatch(new RegExp(`^▶ \\d+:\\d\\d:\\d\\d ${PROJECT} — Time entries — Timekeeper$`));

    await saveHeaderScreenshot(page, 1440, 'header-timer-1440');
    await saveHeaderScreenshot(page, 375, 'header-timer-375');
    // Compact on a phone: clock and Stop still on screen, nothing wider than the viewport.
    const box = (await timer.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await timer.getByRole('button', { name: 'Stop the timer' }).isVisible()).toBe(true);
    expect(await clock.isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });
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

  it('stops it from the header', async () => {
    const card = page.getByRole('region', { name: 'Timer' });
    await headerTimer(page).getByRole('button', { name: 'Stop the timer' }).click();
    await card.getByText('No timer is running.').waitFor();
    await headerTimer(page).waitFor({ state: 'detached' });
    expect(await page.title()).toBe('Dashboard — Timekeeper');
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
    // The project's name comes with the projects the list looks up beside the entries.
    await expect.poll(() => row.textContent()).toContain(PROJECT);
    await saveScreenshot(page, 'time-entries-after-timer');
  });
});
