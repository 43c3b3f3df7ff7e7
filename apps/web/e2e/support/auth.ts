/**
 * Signing in and out through the UI, the way a person does. The demo logins come from
 * apps/api/src/demo/demo-org.ts (started with `startServer({ demo: true })`).
 */
import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'timekeeper-demo';
export const DEMO_DOMAIN = 'demo.timekeeper.test';

export type DemoUserKey = 'super' | 'admin' | 'manager' | 'user' | 'viewer' | 'dana' | 'riley' | 'finn';

export function demoEmail(key: DemoUserKey): string {
  return `${key}@${DEMO_DOMAIN}`;
}

const onLogin = (url: URL) => url.pathname === '/login';

/** Goes to /login, fills the form, and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  const origin = new URL(page.url()).origin;
  const loginUrl = origin && origin !== 'null' ? `${origin}/login` : '/login';
  await page.goto(loginUrl);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !onLogin(url));
}

/** Clicks "Sign out" in the header and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(onLogin);
}
