/**
 * Adding a project member by name (docs/api/people.md): Uma (the `user` role, no view_users)
 * administers "Internal Tooling" in the demo organisation (apps/api/src/demo/demo-org.ts). The
 * member dialog asks for no user id: two letters of a name find the person in the people
 * directory, and the new member is listed. At 375 px the picker's list stays on the screen.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();
const PROJECT = 'Internal Tooling';

async function openMembers(page: Page): Promise<void> {
  await openPage(page, '/projects', 'Projects');
  await page.getByRole('link', { name: PROJECT }).click();
  await page.getByRole('heading', { name: PROJECT, level: 1 }).waitFor();
  await page.getByRole('tab', { name: 'Members' }).click();
  await page.getByRole('tabpanel').getByText('Riley Designer').waitFor();
}

describe.skipIf(skip)('adding a project member by name', () => {
  const suite = useBrowserSuite({ demo: true });
  let page: Page;

  beforeAll(async () => {
    page = await suite.signedIn('user');
    await openMembers(page);
  });

  it('finds Finn by typing two letters, without a user id, and adds him', async () => {
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a member' });
    await dialog.waitFor();
    expect(await dialog.getByLabel(/user id/i).count()).toBe(0);

    await dialog.getByRole('combobox', { name: 'Person' }).click();
    const search = page.getByRole('combobox', { name: 'Search: Person' });
    await search.fill('f');
    await page.getByText('Type at least 2 characters to search.').waitFor();
    await search.fill('fi');
    const finn = page.getByRole('option', { name: 'Finn Controller' });
    await finn.waitFor();
    // Riley is already a member: listed, not selectable.
    await search.fill('ri');
    await page.getByRole('option', { name: 'Riley Designer · already a member' }).waitFor();
    await saveScreenshot(page, 'add-member-picker-1440');
    await search.fill('finn');
    await page.getByRole('option', { name: 'Finn Controller' }).click();
    expect(await dialog.getByRole('combobox', { name: 'Person' }).textContent()).toContain('Finn Controller');

    await dialog.getByRole('button', { name: 'Add to project' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('tabpanel').getByText('Finn Controller').waitFor();
  });

  it('keeps the picker on screen at 375 px', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a member' });
    await dialog.getByRole('combobox', { name: 'Person' }).click();
    await page.getByRole('combobox', { name: 'Search: Person' }).fill('da');
    await page.getByRole('option', { name: 'Dana Developer' }).waitFor();
    const box = await page.getByRole('listbox').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, 'add-member-picker-375');
    await page.keyboard.press('Escape');
  });
});
