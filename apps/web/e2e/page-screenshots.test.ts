/**
 * A picture of every page, light and dark, at 1440 px and 375 px: the pages of the navigation
 * (src/app/pages.ts) as the demo administrator — a page the administrator does not have, as the
 * first demo user who has it — sign-in, a project with its financials, an invoice, an unknown address, and
 * the pages that show one's own time again as a person who has some. Each must show its
 * heading and no error. Written to test-results/screenshots/pages/<page>-<light|dark>-<1440|375>.png
 * for people to look at (docs/development/README.md#themes).
 *
 * Dark comes from the device's setting at 1440 px and from the profile's Appearance switch (on a
 * light device) at 375 px, so both ways into the dark theme are exercised.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES, type PageKey } from '../src/app/pages';
import { navLabels } from './support/app';
import { type DemoUserKey } from './support/auth';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { settled } from './support/settled';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();

const THEMES = ['light', 'dark'] as const;
const SIZES = [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
] as const;
/** Who shows a page: the administrator first, then whoever else has it in their navigation. */
const ROLES: DemoUserKey[] = ['admin', 'super', 'user', 'manager'];
/** Pages shot again as a demo user with a full week of time, so entries, cells and bars are on them. */
const WITH_TIME: { role: DemoUserKey; pages: PageKey[] } = { role: 'dana', pages: ['dashboard', 'timeEntries', 'timesheet', 'calendar'] };
const COMBO_TIMEOUT_MS = 300_000;

type Theme = (typeof THEMES)[number];

/** The page shows its own heading and no error, in the theme asked for; then its picture is taken. */
async function shoot(page: Page, name: string, theme: Theme, width: number): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await settled(page, { charts: true });
  expect(await page.locator('main h1').first().textContent(), name).not.toMatch(/something went wrong/i);
  expect(await page.locator('main [role="alert"]').allTextContents(), `${name}: an error on the page`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark')), `${name} in ${theme}`).toBe(theme === 'dark');
  await saveScreenshot(page, `pages/${name}-${theme}-${width}`);
}

describe.skipIf(skip)('screenshots of every page, light and dark, 1440 and 375 px', () => {
  const suite = useBrowserSuite({ demo: true });

  // Which demo user shows which page, read once from their navigation at desktop width (on a phone
  // it is in a closed drawer): the administrator first, the others for what the administrator lacks.
  let assignment: Promise<Map<DemoUserKey, PageKey[]>> | undefined;
  const pagesByRole = () => {
    assignment ??= (async () => {
      const remaining = new Set(Object.keys(PAGES) as PageKey[]);
      const byRole = new Map<DemoUserKey, PageKey[]>();
      for (const role of ROLES) {
        if (remaining.size === 0) break;
        const page = await suite.signedIn(role, { viewport: SIZES[0] });
        const labels = new Set(await navLabels(page));
        await page.context().close();
        const keys = [...remaining].filter((key) => labels.has(PAGES[key].label));
        keys.forEach((key) => remaining.delete(key));
        if (role === 'admin' || keys.length > 0) byRole.set(role, keys);
      }
      expect([...remaining], 'pages no demo user could open').toEqual([]);
      return byRole;
    })();
    return assignment;
  };

  for (const theme of THEMES) {
    for (const size of SIZES) {
      const viaSwitch = theme === 'dark' && size.width < 640;
      it(
        `${theme} at ${size.width} px${viaSwitch ? ' (chosen on the profile)' : ''}`,
        async () => {
          // Reduced motion: the charts draw at once (support/settled.ts).
          const options: BrowserContextOptions = { viewport: size, colorScheme: viaSwitch ? 'light' : theme, reducedMotion: 'reduce' };
          const chooseDarkOnProfile = async (page: Page) => {
            if (!viaSwitch) return;
            await page.goto('/profile');
            await page.getByText('Always dark').click();
            expect(await page.getByRole('radio', { name: /Dark/ }).isChecked()).toBe(true);
          };

          const signedOut = await suite.newPage(options);
          if (viaSwitch) await signedOut.addInitScript(() => localStorage.setItem('timekeeper.theme', 'dark'));
          await signedOut.goto('/login');
          await shoot(signedOut, 'login', theme, size.width);

          for (const [role, keys] of await pagesByRole()) {
            const page = await suite.signedIn(role, options);
            await chooseDarkOnProfile(page);
            for (const key of keys) {
              await page.goto(PAGES[key].path);
              await shoot(page, key, theme, size.width);
            }
            if (role === 'admin') {
              await page.goto(PAGES.projects.path);
              await settled(page, { charts: true });
              await page.locator('main a[href^="/projects/"]').first().click();
              await page.getByRole('tablist', { name: 'Project sections' }).waitFor();
              await shoot(page, 'project', theme, size.width);
              await page.getByRole('tab', { name: 'Financials', exact: true }).click();
              await page.getByRole('tabpanel').waitFor();
              await shoot(page, 'project-financials', theme, size.width);
              await page.goto(PAGES.invoices.path);
              await settled(page, { charts: true });
              await page.locator('main a[href^="/invoices/"]').first().click();
              await page.waitForURL((url) => /^\/invoices\/\d+/.test(url.pathname));
              await shoot(page, 'invoice', theme, size.width);
              await page.goto('/no-such-page');
              await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
              await shoot(page, 'not-found', theme, size.width);
            }
          }

          const withTime = await suite.signedIn(WITH_TIME.role, options);
          await chooseDarkOnProfile(withTime);
          for (const key of WITH_TIME.pages) {
            await withTime.goto(PAGES[key].path);
            await shoot(withTime, `${key}-${WITH_TIME.role}`, theme, size.width);
          }
        },
        COMBO_TIMEOUT_MS,
      );
    }
  }
});
