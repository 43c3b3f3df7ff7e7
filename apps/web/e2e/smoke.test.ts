/**
 * Smoke: a fresh install in Chromium — first-run setup, signed-in shell, unknown page, sign-out,
 * and the API's message for a wrong password.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, signOut } from './support/auth';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();

const ADMIN = { name: 'Ada Admin', email: 'ada@example.test', password: 'a-long-enough-password' };

describe.skipIf(skip)('smoke: a fresh install in Chromium', () => {
  const suite = useBrowserSuite();
  let page: Page;

  beforeAll(async () => {
    page = await suite.newPage();
  });

  const path = () => new URL(page.url()).pathname;

  it('sends / on a new install to /setup', async () => {
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/setup');
    await page.getByRole('heading', { name: 'Create the first administrator' }).waitFor();
    await saveScreenshot(page, 'setup');
  });

  it('creates the first administrator and lands on the dashboard, signed in', async () => {
    await page.getByLabel('Your name').fill(ADMIN.name);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create administrator' }).click();

    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    expect(await page.getByRole('banner').getByText(ADMIN.name).isVisible()).toBe(true);
    expect(await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'dashboard-first-admin');
  });

  it('no longer offers setup once the administrator exists', async () => {
    await page.goto('/setup');
    await page.waitForURL((url) => url.pathname !== '/setup');
    expect(path()).not.toBe('/setup');
  });

  it('shows "Page not found" for an unknown path, inside the signed-in frame', async () => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(path()).toBe('/no-such-page');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).waitFor();
    await saveScreenshot(page, 'not-found');
  });

  it('signs out to /login; the dashboard then asks to sign in again', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await signOut(page);
    await page.getByRole('heading', { name: 'Sign in to Timekeeper' }).waitFor();

    await page.goto('/profile');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/profile');
  });

  it('shows the API message for a wrong password', async () => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not-the-password-123');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    expect(response.status()).toBe(401);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The email or password is incorrect');
    expect(path()).toBe('/login');
    await saveScreenshot(page, 'login-error');
  });

  it('signs in again with the right password and follows ?next=', async () => {
    await page.goto('/login?next=%2Fhelp');
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/help');
    await signOut(page);
    await signIn(page, ADMIN.email, ADMIN.password);
    expect(path()).toBe('/');
  });
});
