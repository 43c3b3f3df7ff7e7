import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits until the page has stopped loading: its data answered, and no spinner ("Loading…") nor the
 * route's loading bar is left. With `charts`, for a picture of the page, also checks that its
 * charts are drawn: the page must run with reduced motion (the context's `reducedMotion: 'reduce'`),
 * where the app's charts draw at once, so their bars and areas read twice, 250 ms apart, are the same.
 */
export async function settled(page: Page, { charts = false }: { charts?: boolean } = {}): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.animate-spin, [aria-label="Loading the page"]'), undefined, {
    timeout: 15_000,
  });
  if (!charts || (await page.locator('.recharts-surface').count()) === 0) return;
  expect(
    await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches),
    'a picture of a chart needs reduced motion',
  ).toBe(true);
  const shapes = () => page.locator('.recharts-rectangle, .recharts-area-area').evaluateAll((els) => els.map((e) => e.getAttribute('d')));
  const first = await shapes();
  await page.waitForTimeout(250);
  expect(await shapes(), 'the charts are still moving').toEqual(first);
}
