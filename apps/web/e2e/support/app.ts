/**
 * Small helpers over the app's own landmarks: the main navigation, page headings, "No access".
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signIn } from './auth';

/** The labels of the main navigation, in order (waits until the permissions have loaded). */
export async function navLabels(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Profile' }).waitFor();
  return (await nav.getByRole('link').allTextContents()).map((t) => t.trim());
}

/** Opens `path` and waits for its page heading (h1). */
export async function openPage(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** A fresh browser context (own cookies) on the app, signed in as `email`. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  email: string,
  password?: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto('/login');
  await signIn(page, email, password);
  return { context, page };
}

/**
 * The API tokens page's "New API token" form, filled for a read-only token named `name` that
 * expires in 30 days, not yet sent; returns the dialog.
 */
export async function fillReadOnlyTokenForm(page: Page, name: string) {
  await openPage(page, '/tokens', 'API tokens');
  await page.getByRole('button', { name: 'New token' }).click();
  const form = page.getByRole('dialog', { name: 'New API token' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel(/^Expires/).selectOption({ label: 'In 30 days' });
  await form.getByRole('button', { name: 'Read-only access' }).click();
  return form;
}
