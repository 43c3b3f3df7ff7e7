import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotDir } from './paths';

/** Saves `<repo root>/test-results/screenshots/<name>.png` (`name` may hold folders) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join(screenshotDir, `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}
