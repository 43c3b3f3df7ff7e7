/**
 * API tokens: the secret is shown once — with a copy button and a warning — and never again;
 * afterwards only its prefix is listed, also after a reload.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillReadOnlyTokenForm } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();
const TOKEN_NAME = 'Nightly export';

describe.skipIf(skip)('API tokens: the secret is shown once', () => {
  const suite = useBrowserSuite({ demo: true });
  let page: Page;
  let secret = '';

  beforeAll(async () => {
    page = await suite.signedIn('user', { permissions: ['clipboard-read', 'clipboard-write'] });
  });

  it('creates a token and shows its secret once, with a warning and a copy button', async () => {
    const form = await fillReadOnlyTokenForm(page, TOKEN_NAME);
    expect(await form.getByRole('checkbox', { name: 'read:projects' }).isChecked()).toBe(true);
    await saveScreenshot(page, 'tokens-new');
    await form.getByRole('button', { name: 'Create token' }).click();

    const created = page.getByRole('dialog', { name: 'Token created' });
    await created.waitFor();
    expect(await created.getByRole('alert').textContent()).toContain('It will not be shown again');
    secret = await created.getByLabel('API token').inputValue();
    expect(secret).toMatch(/^tk_[0-9A-Za-z]{30,}$/);

    await created.getByRole('button', { name: 'Copy' }).click();
    await created.getByText(/Copied to the clipboard|token is selected/).waitFor();
    if (await created.getByText('Copied to the clipboard.').isVisible()) {
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    }
    await saveScreenshot(page, 'tokens-secret-once');
  });

  it('works against the API with its scopes', async () => {
    const projects = await fetch(`${suite.server.baseUrl}/api/v1/projects`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(projects.status).toBe(200);
    const write = await fetch(`${suite.server.baseUrl}/api/v1/timer/start`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ project_id: 1 }),
    });
    expect(write.status).toBe(403);
  });

  it('lists only the prefix once the dialog is closed', async () => {
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const row = page.getByRole('row').filter({ hasText: TOKEN_NAME });
    await row.waitFor();
    const prefix = (await row.getByText(/^tk_.*…$/).textContent())!.replace('…', '');
    expect(secret.startsWith(prefix)).toBe(true);
    expect(prefix.length).toBeLessThan(secret.length / 2);
    expect(await page.content()).not.toContain(secret);
  });

  it('never shows the secret again after a reload, in the page or in the API answers', async () => {
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/v1/api-tokens')) bodies.push(response.text());
    });

    await page.reload();
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    await page.getByRole('row').filter({ hasText: TOKEN_NAME }).waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of await Promise.all(bodies)) expect(body).not.toContain(secret);
    await saveScreenshot(page, 'tokens-list');
  });
});
