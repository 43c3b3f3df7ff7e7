/**
 * The searchable pickers (project, task): a labelled button opens a list in a popover outside the
 * form, so the option is found on the page. Typing narrows the list on the server.
 */
import type { Locator, Page } from 'playwright-core';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens the picker labelled `label` inside `scope`, types `name` and chooses the first option starting with it. */
export async function pickOption(scope: Locator, label: string, name: string): Promise<void> {
  const page: Page = scope.page();
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('combobox', { name: `Search: ${label}` }).fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^${escape(name)}`) })
    .first()
    .click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

/** pickOption for the "Project" picker. */
export const pickProject = (scope: Locator, name: string) => pickOption(scope, 'Project', name);
