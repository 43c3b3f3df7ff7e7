import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { startServer, type RunningServer } from './support/server';

const skip = shouldSkipBrowserTests();

describe.skipIf(skip)('smoke: the built app in Chromium', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext();
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  function url(path: string): string {
    if (!server) throw new Error('server not started');
    return `${server.baseUrl}${path}`;
  }

  it('sends / to /login and shows the sign-in form', async () => {
    await page.goto(url('/'));
    await page.waitForURL((current) => current.pathname === '/login');

    await page.getByRole('heading', { name: 'Sign in to Timekeeper' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByLabel('Email').getAttribute('type')).toBe('email');
    expect(await page.getByLabel('Password').getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);
    expect(await page.getByRole('link', { name: 'Timekeeper' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'login');
  });

  it('shows the API error message when sign-in fails', async () => {
    await page.goto(url('/login'));
    await page.getByLabel('Email').fill('nobody@example.com');
    await page.getByLabel('Password').fill('not-the-password-123');

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);

    // Whatever client error the API answers (404 before the endpoint exists, 401 after), the page
    // shows the API's own message.
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    const body = (await response.json()) as { message: string };
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(body.message);
    await saveScreenshot(page, 'login-error');
  });

  it('shows "Page not found" for an unknown client route', async () => {
    const response = await page.goto(url('/no-such-page'));

    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/no-such-page');
    await saveScreenshot(page, 'not-found');
  });
});
