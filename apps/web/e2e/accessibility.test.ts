/**
 * Accessibility, checked by axe-core (WCAG 2.1 A and AA rules) in Chromium on the demo organisation:
 * every page each demo user may open (its navigation), a project's tabs and an invoice, the public
 * pages and a few open dialogs — in the light and the dark colour scheme (see DARK_ROLES). Any serious or critical
 * violation fails, listed by rule, role, page and element. Then the keyboard: the skip link, and
 * focus back on the opener after a dialog closes. How to run it: docs/development/README.md
 * ("Accessibility").
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/app/pages';
import { navLabels } from './support/app';
import { type DemoUserKey } from './support/auth';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { settled } from './support/settled';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();

const ROLES: DemoUserKey[] = ['super', 'admin', 'manager', 'user', 'viewer', 'dana', 'riley', 'finn'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);
const SCHEMES = ['light', 'dark'] as const;
/** Generous: a loaded machine runs axe several times slower; the whole file takes a few minutes on an idle one. */
const ROLE_TIMEOUT_MS = 300_000;
/**
 * The dark scheme changes colours only, so it is checked on every page once: by the super
 * administrator, who sees every page and every project tab (and on the public pages and the open
 * dialogs). Every role is checked in the light scheme.
 */
const DARK_ROLES = new Set<DemoUserKey>(['super']);

interface Finding {
  rule: string;
  impact: string;
  where: string;
  target: string;
  detail: string;
}

/** One line per element: what a person fixing it needs (rule, where, which element, why). */
function report(findings: Finding[]): string {
  return findings.map((f) => `${f.rule} (${f.impact}) on ${f.where}: ${f.target} — ${f.detail}`).join('\n');
}

/**
 * Runs axe on what is on screen now, in the light scheme and, with `dark`, in the dark one too;
 * returns the serious and critical findings and the page's heading outline problems.
 */
async function audit(page: Page, where: string, { dark = false } = {}): Promise<Finding[]> {
  await settled(page);
  const findings = await headingProblems(page, where);
  for (const scheme of dark ? SCHEMES : (['light'] as const)) {
    await page.emulateMedia({ colorScheme: scheme });
    // Only violations are read: axe then skips writing up every element that passed.
    const results = await new AxeBuilder({ page })
      .withTags(WCAG_TAGS)
      .options({ resultTypes: ['violations'] })
      .analyze();
    for (const violation of results.violations) {
      if (!violation.impact || !BLOCKING.has(violation.impact)) continue;
      for (const node of violation.nodes) {
        const check = [...node.any, ...node.all, ...node.none][0];
        findings.push({
          rule: violation.id,
          impact: violation.impact,
          where: `${where} [${scheme}]`,
          target: node.target.join(' '),
          detail: check?.message ?? violation.help,
        });
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return findings;
}

/**
 * The page's outline, which axe rates only "moderate": one h1, first; no level skipped on the way
 * down (an h3 straight under the h1). Dialogs are outside `main` and have their own title.
 */
async function headingProblems(page: Page, where: string): Promise<Finding[]> {
  const levels = await page.evaluate(() =>
    Array.from(document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)'))
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => ({ level: Number(h.tagName[1]), text: (h.textContent ?? '').trim().slice(0, 40) })),
  );
  const problems: string[] = [];
  if (levels.filter((h) => h.level === 1).length !== 1) problems.push(`${levels.filter((h) => h.level === 1).length} h1`);
  if (levels[0] && levels[0].level !== 1) problems.push(`starts with h${levels[0].level} "${levels[0].text}"`);
  levels.forEach((h, i) => {
    const before = levels[i - 1];
    if (before && h.level > before.level + 1) problems.push(`h${h.level} "${h.text}" under h${before.level} "${before.text}"`);
  });
  return problems.map((detail) => ({ rule: 'heading outline', impact: 'serious', where, target: 'main', detail }));
}

/** The one page heading, once the page has rendered it. */
async function pageHeading(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
}

describe.skipIf(skip)('accessibility: axe on every page for every demo role', () => {
  const suite = useBrowserSuite({ demo: true });

  it('the public pages: sign in, set-up already done, an unknown page signed out', async () => {
    const page = await suite.newPage();
    const findings: Finding[] = [];
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Sign in to Timekeeper' }).waitFor();
    findings.push(...(await audit(page, 'signed out /login', { dark: true })));
    // Set-up is done in the demo: /setup sends people on to sign in.
    await page.goto('/setup');
    await page.waitForURL((url) => url.pathname !== '/setup');
    await page.locator('h1').first().waitFor();
    findings.push(...(await audit(page, `signed out /setup → ${new URL(page.url()).pathname}`, { dark: true })));
    expect(findings, report(findings)).toEqual([]);
  });

  for (const role of ROLES) {
    it(
      `${role}: every page in the navigation, a project's tabs, an invoice and an unknown page`,
      async () => {
        const page = await suite.signedIn(role, { viewport: { width: 1440, height: 900 } });
        const dark = DARK_ROLES.has(role);
        const findings: Finding[] = [];
        const nav = page.getByRole('navigation', { name: 'Main' });
        const labels = await navLabels(page);
        expect(labels.length).toBeGreaterThan(0);

        const visited: string[] = [];
        for (const label of labels) {
          const link = nav.getByRole('link', { name: label, exact: true });
          const path = (await link.getAttribute('href')) ?? '';
          visited.push(path);
          await link.click();
          await page.waitForURL((url) => url.pathname === path);
          await pageHeading(page);
          findings.push(...(await audit(page, `${role} ${path}`, { dark })));
        }

        // The super administrator holds every permission: every page of the page table is visited.
        if (role === 'super') expect(visited).toEqual(expect.arrayContaining(Object.values(PAGES).map((p) => p.path)));

        if (labels.includes('Projects')) {
          await nav.getByRole('link', { name: 'Projects', exact: true }).click();
          await pageHeading(page);
          await settled(page);
          await page.locator('main a[href^="/projects/"]').first().click();
          const tablist = page.getByRole('tablist', { name: 'Project sections' });
          await tablist.waitFor();
          const tabs = (await tablist.getByRole('tab').allTextContents()).map((t) => t.trim());
          for (const tab of tabs) {
            await tablist.getByRole('tab', { name: tab, exact: true }).click();
            await page.getByRole('tabpanel').waitFor();
            findings.push(...(await audit(page, `${role} project tab ${tab}`, { dark })));
          }
        }

        if (labels.includes('Invoices')) {
          await nav.getByRole('link', { name: 'Invoices', exact: true }).click();
          await pageHeading(page);
          await settled(page);
          const invoice = page.locator('main a[href^="/invoices/"]').first();
          if ((await invoice.count()) > 0) {
            await invoice.click();
            await page.waitForURL((url) => /^\/invoices\/\d+/.test(url.pathname));
            await pageHeading(page);
            findings.push(...(await audit(page, `${role} ${new URL(page.url()).pathname}`, { dark })));
          }
        }

        await page.goto('/no-such-page');
        await page.getByRole('heading', { name: 'Page not found' }).waitFor();
        findings.push(...(await audit(page, `${role} /no-such-page`, { dark })));

        expect(findings, report(findings)).toEqual([]);
      },
      ROLE_TIMEOUT_MS,
    );
  }

  it('open dialogs: adding a time entry, confirming a delete', async () => {
    const page = await suite.signedIn('dana', { viewport: { width: 1440, height: 900 } });
    const findings: Finding[] = [];
    await openTimeEntries(page);

    await page.getByRole('button', { name: 'Add time entry' }).click();
    await page.getByRole('dialog', { name: 'Add time entry' }).waitFor();
    findings.push(...(await audit(page, 'dana /time-entries, Add time entry dialog', { dark: true })));
    await page.keyboard.press('Escape');

    await firstDelete(page).click();
    await page.getByRole('dialog', { name: 'Delete this time entry?' }).waitFor();
    findings.push(...(await audit(page, 'dana /time-entries, Delete confirmation', { dark: true })));
    await page.keyboard.press('Escape');

    expect(findings, report(findings)).toEqual([]);
  });

  describe('the keyboard', () => {
    it('the first Tab reaches "Skip to main content"; Enter moves focus to the page', async () => {
      const page = await suite.signedIn('user', { viewport: { width: 1440, height: 900 } });
      await page.goto('/time-entries');
      await pageHeading(page);
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: 'Skip to main content' });
      expect(await skipLink.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await skipLink.isVisible()).toBe(true);
      await saveScreenshot(page, 'skip-link-focused');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      // The next Tab continues inside the page, not in the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    });

    it('focus returns to the button that opened a dialog, closed by Escape or by Cancel', async () => {
      const page = await suite.signedIn('dana', { viewport: { width: 1440, height: 900 } });
      await openTimeEntries(page);
      const isFocused = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => el === document.activeElement);

      const add = page.getByRole('button', { name: 'Add time entry' });
      for (const close of ['Escape', 'Cancel'] as const) {
        await add.focus();
        await page.keyboard.press('Enter');
        const dialog = page.getByRole('dialog', { name: 'Add time entry' });
        await dialog.waitFor();
        expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
        if (close === 'Escape') await saveScreenshot(page, 'dialog-focus-inside');
        if (close === 'Escape') await page.keyboard.press('Escape');
        else await dialog.getByRole('button', { name: 'Cancel' }).click();
        await dialog.waitFor({ state: 'detached' });
        expect(await isFocused(add), `Add time entry, closed with ${close}`).toBe(true);
        if (close === 'Escape') await saveScreenshot(page, 'dialog-focus-returned');
      }

      const remove = firstDelete(page);
      for (const close of ['Escape', 'Cancel'] as const) {
        await remove.click();
        const dialog = page.getByRole('dialog', { name: 'Delete this time entry?' });
        await dialog.waitFor();
        if (close === 'Escape') await page.keyboard.press('Escape');
        else await dialog.getByRole('button', { name: 'Cancel' }).click();
        await dialog.waitFor({ state: 'detached' });
        expect(await isFocused(remove), `Delete confirmation, closed with ${close}`).toBe(true);
      }
    });
  });
});

/** The time entries page, its list loaded. */
async function openTimeEntries(page: Page): Promise<void> {
  await page.goto('/time-entries');
  await page.getByRole('heading', { name: 'Time entries', level: 1 }).waitFor();
  await settled(page);
}

/** The Delete button of the first time entry that may still be deleted. */
function firstDelete(page: Page) {
  return page
    .getByRole('main')
    .getByRole('button', { name: /^Delete / })
    .first();
}
