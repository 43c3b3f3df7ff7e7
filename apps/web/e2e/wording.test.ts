/**
 * Words for people (docs/guides/README.md): a reversed date range is kept out of the filters and
 * cannot be submitted as an invoice period; a server failure says so and offers Retry, which works
 * once the server answers again; deleting a time entry is confirmed by a toast whose Undo logs it
 * again; Help opens the guides in the app. Demo data (apps/api/src/demo/demo-org.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();

/** The time-entry list requests this page sent, as their start and end dates. */
function listRequests(page: Page): { start: string | null; end: string | null }[] {
  const seen: { start: string | null; end: string | null }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'GET' && url.pathname === '/api/v1/time-entries') {
      seen.push({ start: url.searchParams.get('start_date'), end: url.searchParams.get('end_date') });
    }
  });
  return seen;
}

describe.skipIf(skip)('wording: ranges, server failures, toasts and help', () => {
  const suite = useBrowserSuite({ demo: true });

  for (const width of [1440, 375]) {
    it(`keeps a reversed range out of the time entry filter and says why, at ${width} px`, async () => {
      const page = await suite.signedIn('dana', { viewport: { width, height: 900 } });
      const requests = listRequests(page);
      await openPage(page, '/time-entries', 'Time entries');
      const filters = page.getByRole('search', { name: 'Filters' });
      const from = filters.getByLabel('From', { exact: true });
      const to = filters.getByLabel('To', { exact: true });
      await from.fill('2026-11-10');
      await to.fill('2026-11-20');
      await to.fill('2026-11-02');

      await expect(filters.getByText(/^Ends before it starts: pick .+ or later\.$/).isVisible()).resolves.toBe(true);
      expect(await to.getAttribute('aria-invalid')).toBe('true');
      expect(await to.getAttribute('min')).toBe('2026-11-10');
      await saveScreenshot(page, `wording-reversed-range-${width}`);
      // The list asked for the usable range and never for the reversed one.
      expect(requests).toContainEqual({ start: '2026-11-10', end: '2026-11-20' });
      expect(requests.filter((r) => r.start && r.end && r.end < r.start)).toEqual([]);
      expect(await page.getByText(/querystring|end_date/).count()).toBe(0);
    });
  }

  it('cannot create an invoice from time for a period that ends before it starts', async () => {
    const page = await suite.signedIn('manager');
    await openPage(page, '/invoices', 'Invoices');
    await page.getByRole('button', { name: 'New invoice from time' }).click();
    const form = page.getByRole('form', { name: 'New invoice from time' });
    await form.getByLabel('From', { exact: true }).fill('2026-10-20');
    await form.getByLabel('To', { exact: true }).fill('2026-10-01');

    await form.getByText(/^Ends before it starts/).waitFor();
    expect(await form.getByRole('button', { name: 'Create draft' }).isDisabled()).toBe(true);
    await form.getByLabel('To', { exact: true }).fill('2026-10-31');
    expect(await form.getByRole('button', { name: 'Create draft' }).isDisabled()).toBe(false);
  });

  for (const width of [1440, 375]) {
    it(`says the server failed, without its text, and Retry loads the page once it answers, at ${width} px`, async () => {
      const page = await suite.signedIn('manager', { viewport: { width, height: 900 } });
      await page.route('**/api/v1/projects?**', (route) =>
        route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({
            error: 'Internal server error',
            code: 'internal_error',
            message: 'An unexpected error occurred; quote the request_id when reporting it',
            request_id: 'req-e2e-500',
          }),
        }),
      );
      await openPage(page, '/projects', 'Projects');
      const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong on the server' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('req-e2e-500');
      expect(await alert.textContent()).not.toContain('quote the request_id');
      await saveScreenshot(page, `wording-server-failed-${width}`);

      await page.unroute('**/api/v1/projects?**');
      await alert.getByRole('button', { name: 'Retry' }).click();
      await page.getByRole('link', { name: 'Acme Website Redesign' }).first().waitFor();
      expect(await alert.count()).toBe(0);
    });
  }

  it('confirms a deleted time entry in a toast, and Undo logs it again', async () => {
    const page = await suite.signedIn('dana');
    await openPage(page, '/time-entries', 'Time entries');
    const list = page.getByRole('table', { name: 'Time entries' });
    await list.waitFor();
    // The list's total ("… in 12 entries", "57 in total"): a page refills from the next, so rows are not counted.
    const totalText = page.getByText(/ in \d+ entr(y|ies)$|\d+ in total$/);
    const total = async () => {
      const match = /in (\d+) entr|(\d+) in total/.exec((await totalText.textContent()) ?? '');
      return Number(match?.[1] ?? match?.[2]);
    };
    await expect.poll(total).toBeGreaterThan(0);
    const before = await total();
    await list
      .getByRole('button', { name: /^Delete / })
      .first()
      .click();
    await page.getByRole('button', { name: 'Delete entry' }).click();

    await page.getByText('Time entry deleted').waitFor();
    await expect.poll(total).toBe(before - 1);
    await saveScreenshot(page, 'wording-toast-undo-1440');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Time entry restored').waitFor();
    await expect.poll(total).toBe(before);
  });

  it('opens the guides from Help in the app, by role, with no repository folder named', async () => {
    const page = await suite.signedIn('dana');
    await openPage(page, '/help', 'Help');
    expect(await page.getByText(/docs\//).count()).toBe(0);
    await page.getByRole('link', { name: 'Tracking time and expenses' }).click();
    await page.getByRole('heading', { name: 'Tracking time and expenses', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/help/docs/guides/tracking-time');
    await saveScreenshot(page, 'wording-help-guide-1440');
  });
});
