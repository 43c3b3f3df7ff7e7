/**
 * Time zones as a person lives them (docs/guides/tracking-time.md): the demo user sets their own
 * time zone on the profile's "Time and region" card, logs an entry by hand, and finds it on the
 * right day of the list and under "Today" — once in Tokyo (ahead of UTC) and once in Los Angeles
 * (behind it), with the browser in the same zone. Submitting the entry locks it: the list then
 * offers no Edit or Delete and says why.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { clockOf, dayOf } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { screenshotDir } from './support/paths';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();
const PROJECT = 'Acme Website Redesign';

/** The wall clock in `timeZone` of an instant: its day (YYYY-MM-DD) and time (HH:MM). */
function wallClock(instant: Date, timeZone: string): { day: string; time: string } {
  return { day: dayOf(instant, timeZone), time: clockOf(instant, timeZone) };
}

/** A finished half hour (at most) that ended a few minutes ago, on one calendar day of `timeZone`. */
function recentSpan(timeZone: string): { day: string; start: string; end: string } {
  const now = Date.now();
  const end = wallClock(new Date(now - 5 * 60_000), timeZone);
  const start = wallClock(new Date(now - 35 * 60_000), timeZone);
  // Just after midnight: start the span at the day's first minute instead of the day before.
  return { day: end.day, start: start.day === end.day ? start.time : '00:00', end: end.time === '00:00' ? '00:01' : end.time };
}

/** Saves one element at `width` px as test-results/screenshots/<name>.png. */
async function saveElementScreenshot(page: Page, element: Locator, width: number, name: string): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await element.waitFor();
  await mkdir(screenshotDir, { recursive: true });
  await element.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Sets the signed-in person's own time zone and a 24-hour clock on the profile page. */
async function setTimeZone(page: Page, timeZone: string): Promise<Locator> {
  await openPage(page, '/profile', 'Profile');
  const card = page.getByRole('region', { name: 'Time and region' });
  await card.getByLabel("Use the organisation's default time zone").setChecked(false);
  await card.getByRole('combobox', { name: 'Time zone' }).fill(timeZone);
  await card.getByLabel('Clock').selectOption({ label: '24-hour (13:00)' });
  await card.getByRole('button', { name: 'Save time settings' }).click();
  await card.getByText('Your time settings were saved.').waitFor();
  return card;
}

/** Logs `span` on the project through "Add time entry" with `notes`. */
async function logEntry(page: Page, span: { day: string; start: string; end: string }, notes: string): Promise<void> {
  await openPage(page, '/time-entries', 'Time entries');
  await page.getByRole('button', { name: 'Add time entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add time entry' });
  await dialog.getByLabel('Project', { exact: true }).selectOption({ label: PROJECT });
  // The form starts on the person's today.
  expect(await dialog.getByLabel('Date').inputValue()).toBe(span.day);
  await dialog.getByLabel('Start', { exact: true }).fill(span.start);
  await dialog.getByLabel('End', { exact: true }).fill(span.end);
  await dialog.getByLabel('Notes', { exact: true }).fill(notes);
  await dialog.getByRole('button', { name: 'Add entry' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The entry's row in the list after choosing the "Today" period. */
async function rowToday(page: Page, notes: string): Promise<Locator> {
  await page
    .getByRole('search', { name: /filters/i })
    .getByLabel('Period')
    .selectOption({ label: 'Today' });
  const row = page.getByRole('table', { name: 'Time entries' }).getByRole('row').filter({ hasText: notes });
  await row.waitFor();
  return row;
}

describe.skipIf(skip)('time zones: entries on the person’s own day', () => {
  const suite = useBrowserSuite({ demo: true });

  it('Tokyo: an entry logged now is listed on today’s date in Tokyo and under Today; submitted, it is locked', async () => {
    const page = await suite.signedIn('user', { timezoneId: 'Asia/Tokyo' });
    const card = await setTimeZone(page, 'Asia/Tokyo');
    await saveElementScreenshot(page, card, 1440, 'profile-time-and-region-1440');
    await saveElementScreenshot(page, card, 375, 'profile-time-and-region-375');
    await page.setViewportSize({ width: 1280, height: 800 });

    const span = recentSpan('Asia/Tokyo');
    const notes = `Tokyo stand-up ${Date.now()}`;
    await logEntry(page, span, notes);
    const row = await rowToday(page, notes);
    const [year, month, day] = span.day.split('-').map(Number);
    const expectedDay = new Intl.DateTimeFormat('en', { timeZone: 'UTC', day: 'numeric' }).format(Date.UTC(year!, month! - 1, day!));
    expect(await row.getByRole('cell').first().textContent()).toMatch(new RegExp(`\\b${expectedDay}\\b.*${year}`));
    expect(await row.textContent()).toContain(`${span.start}–${span.end}`);

    await row.getByRole('button', { name: /^Request approval/ }).click();
    await row.getByText('Awaiting approval — cancel the request to change it').waitFor();
    expect(await row.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0);
    const list = page.getByRole('region', { name: 'Time entries' });
    await saveElementScreenshot(page, list, 1440, 'time-entries-locked-1440');
    await saveElementScreenshot(page, list, 375, 'time-entries-locked-375');
  });

  it('Los Angeles: an entry logged now is listed on today’s date in Los Angeles and under Today', async () => {
    const page = await suite.signedIn('user', { timezoneId: 'America/Los_Angeles' });
    await setTimeZone(page, 'America/Los_Angeles');
    const span = recentSpan('America/Los_Angeles');
    const notes = `Los Angeles review ${Date.now()}`;
    await logEntry(page, span, notes);
    const row = await rowToday(page, notes);
    expect(await row.textContent()).toContain(`${span.start}–${span.end}`);
    const [year, month, day] = span.day.split('-').map(Number);
    const expectedDay = new Intl.DateTimeFormat('en', { timeZone: 'UTC', day: 'numeric' }).format(Date.UTC(year!, month! - 1, day!));
    expect(await row.getByRole('cell').first().textContent()).toMatch(new RegExp(`\\b${expectedDay}\\b.*${year}`));
  });
});
