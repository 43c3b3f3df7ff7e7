import type { Page } from 'playwright-core';

/**
 * Waits until the page has stopped loading: its data answered, and no spinner ("Loading…") nor the
 * route's loading bar is left. With `charts`, also until recharts has drawn its bars and areas
 * (about a second), for a picture of the page.
 */
export async function settled(page: Page, { charts = false }: { charts?: boolean } = {}): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.animate-spin, [aria-label="Loading the page"]'), undefined, {
    timeout: 15_000,
  });
  if (charts && (await page.locator('.recharts-surface').count()) > 0) await page.waitForTimeout(1_600);
}
