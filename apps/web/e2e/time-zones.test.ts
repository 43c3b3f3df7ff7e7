/**
 * Time zones as a person lives them (docs/guides/tracking-time.md): the demo user sets their own
 * time zone on the profile's "Time and region" card, logs an entry by hand, and finds it on the
 * right day of the list and under "Today" — once in Tokyo (ahead of UTC) and once in Los Angeles
 * (behind it), with the browser in the same zone. Submitting the entry locks it: the list then
 * offers no Edit or Delete and says why.
 *
 * Then an entry near midnight, whose UTC day is another (07:00 in Tokyo is the day before in UTC,
 * 18:00 in Los Angeles the day after), on a day two days back that the browser's clock takes for
 * today: the list filtered by that day holds it (with Continue ▶), the report by day counts it on
 * that day and not on the UTC one, the timesheet in that day's column, the dashboard under Today.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { addDays, clockOf, dayOf, daysBetween, instantAt, weekStartOf, type WeekStart } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/app';
import { pickProject } from './support/pickers';
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

/** Sets the signed-in person's own time zone, a 24-hour clock and (given) their week start on the profile page. */
async function setTimeZone(page: Page, timeZone: string, weekStart?: string): Promise<Locator> {
  await openPage(page, '/profile', 'Profile');
  const card = page.getByRole('region', { name: 'Time and region' });
  await card.getByLabel("Use the organisation's default time zone").setChecked(false);
  await card.getByRole('combobox', { name: 'Time zone' }).fill(timeZone);
  await card.getByLabel('Clock').selectOption({ label: '24-hour (13:00)' });
  if (weekStart) await card.getByLabel('Week starts on').selectOption({ label: weekStart });
  await card.getByRole('button', { name: 'Save time settings' }).click();
  await card.getByText('Your time settings were saved.').waitFor();
  return card;
}

/** Logs `span` on the project through "Add time entry" with `notes`. */
async function logEntry(page: Page, span: { day: string; start: string; end: string }, notes: string): Promise<void> {
  await openPage(page, '/time-entries', 'Time entries');
  await page.getByRole('button', { name: 'Add time entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add time entry' });
  await pickProject(dialog, PROJECT);
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

/** "1:30" → 90 (minutes); an empty cell or "—" is 0. */
const minutes = (text: string | null) => {
  const m = /(\d+):(\d{2})/.exec(text ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
};

/** Near midnight on the person's day `day`: the day their browser's clock is on, and the day it is in UTC. */
interface MidnightCase {
  key: 'user' | 'dana';
  timeZone: string;
  weekStart: { label: string; value: WeekStart };
  /** The browser's clock and the entry, wall-clock times on the person's day. */
  now: string;
  start: string;
  end: string;
  /** Days from the person's day to the entry's UTC day (−1 in Tokyo, +1 in Los Angeles). */
  utcShift: number;
}

/** The report grouped by day over `from` … `to`: its total in minutes, once the page shows that range's answer. */
async function reportTotal(page: Page, from: string, to: string): Promise<number> {
  const bar = page.getByRole('search', { name: 'Report settings' });
  await bar.getByLabel('Group by').selectOption({ label: 'Day' });
  const answer = page.waitForResponse((r) => {
    const url = new URL(r.url());
    const q = url.searchParams;
    return (
      url.pathname.endsWith('/reports/summary') && q.get('group_by') === 'day' && q.get('start_date') === from && q.get('end_date') === to
    );
  });
  await bar.getByLabel('From').fill(from);
  await bar.getByLabel('To').fill(to);
  const seconds = ((await (await answer).json()) as { totals: { duration_seconds: number } }).totals.duration_seconds;
  const shown = async () => {
    const table = page.getByRole('table', { name: 'Summary by day' });
    if ((await table.count()) === 0) return (await page.getByText('No finished time entries in this period').count()) > 0 ? 0 : -1;
    return minutes(
      await table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Total' }) })
        .getByRole('cell')
        .first()
        .textContent(),
    );
  };
  await expect.poll(shown).toBe(Math.floor(seconds / 60));
  return seconds / 60;
}

/** The minutes of each day of the project's row (no task) on the timesheet of the week holding `day`. */
async function timesheetRow(page: Page, day: string): Promise<number[]> {
  await openPage(page, `/timesheet?week=${day}`, 'Timesheet');
  const grid = page.getByRole('region', { name: 'Weekly timesheet' });
  await grid.getByRole('table').or(grid.getByText('No time this week')).first().waitFor();
  const row = grid.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: PROJECT, exact: true }) });
  if ((await row.count()) === 0) return Array<number>(7).fill(0);
  return (await row.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).map(minutes);
}

/** The dashboard's Today, in minutes. */
async function dashboardToday(page: Page): Promise<number> {
  await openPage(page, '/', 'Dashboard');
  const today = page.locator('dt', { hasText: /^Today$/ }).locator('xpath=following-sibling::dd[1]');
  await today.waitFor();
  return minutes(await today.textContent());
}

async function nearMidnight(
  suite: ReturnType<typeof useBrowserSuite>,
  c: MidnightCase,
  screenshots: { report?: string; timesheet?: string },
) {
  // Two days back, so the entry has passed for the server whatever the time.
  const day = dayOf(new Date(Date.now() - 2 * 86_400_000), c.timeZone);
  const utcDay = addDays(day, c.utcShift);
  const start = instantAt(day, c.start, c.timeZone);
  expect(dayOf(start, 'UTC')).toBe(utcDay);

  const page = await suite.signedIn(c.key, { timezoneId: c.timeZone });
  // The browser's clock starts at `now` on that day and runs from there (animations too).
  await page.clock.install({ time: instantAt(day, c.now, c.timeZone) });
  await page.clock.resume();
  await setTimeZone(page, c.timeZone, c.weekStart.label);
  await page.setViewportSize({ width: 1440, height: 900 });

  await openPage(page, '/reports', 'Reports');
  const before = { day: await reportTotal(page, day, day), utc: await reportTotal(page, utcDay, utcDay) };
  const sheetBefore = await timesheetRow(page, day);
  const todayBefore = await dashboardToday(page);

  const notes = `Near midnight in ${c.timeZone} ${Date.now()}`;
  await logEntry(page, { day, start: c.start, end: c.end }, notes);

  // The list filtered by that one day holds it, dated that day, with Continue.
  const filters = page.getByRole('search', { name: /filters/i });
  await filters.getByLabel('From').fill(day);
  await filters.getByLabel('To').fill(day);
  const row = page.getByRole('table', { name: 'Time entries' }).getByRole('row').filter({ hasText: notes });
  await row.waitFor();
  expect(await row.textContent()).toContain(`${c.start}–${c.end}`);
  const dayOfMonth = String(Number(day.slice(8)));
  expect(await row.getByRole('cell').first().textContent()).toMatch(new RegExp(`\\b${dayOfMonth}\\b`));
  await row.getByRole('button', { name: `Continue ${PROJECT}` }).waitFor();
  // …and filtered by its UTC day, it is not there.
  await filters.getByLabel('From').fill(utcDay);
  await filters.getByLabel('To').fill(utcDay);
  await page.getByRole('table', { name: 'Time entries' }).or(page.getByText('No time entries in this period')).first().waitFor();
  await expect.poll(() => row.count()).toBe(0);

  // The report by day: one more hour on the person's day, none on the UTC day.
  await openPage(page, '/reports', 'Reports');
  expect(await reportTotal(page, utcDay, utcDay)).toBe(before.utc);
  expect(await reportTotal(page, day, day)).toBe(before.day + 60);
  const reportRows = page.getByRole('table', { name: 'Summary by day' }).locator('tbody').getByRole('rowheader');
  expect(await reportRows.allTextContents()).toEqual([expect.stringMatching(new RegExp(`\\b${dayOfMonth}\\b`))]);
  if (screenshots.report) {
    await reportTotal(page, addDays(day, -1), addDays(day, 1));
    await page.getByRole('heading', { name: 'Reports', level: 1 }).click(); // leaves the date field
    await page.waitForTimeout(1500); // the chart's bars grow into place
    await saveElementScreenshot(page, page.getByRole('main'), 1440, screenshots.report);
  }

  // The timesheet: one more hour in that day's column of the person's week, nothing else changed.
  const column = daysBetween(weekStartOf(day, c.weekStart.value), day);
  const expected = sheetBefore.map((m, i) => (i === column ? m + 60 : m));
  expect(await timesheetRow(page, day)).toEqual(expected);
  if (screenshots.timesheet) {
    const sheet = page.getByRole('region', { name: 'Weekly timesheet' });
    await page.setViewportSize({ width: 375, height: 900 });
    // On a phone the grid scrolls sideways: show the entry's day.
    const ours = sheet.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: PROJECT, exact: true }) });
    await ours.locator('input').nth(column).scrollIntoViewIfNeeded();
    await saveElementScreenshot(page, sheet, 375, screenshots.timesheet);
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // The dashboard: one more hour today.
  expect(await dashboardToday(page)).toBe(todayBefore + 60);
}

describe.skipIf(skip)('time zones: an entry near midnight is on the person’s day everywhere', () => {
  const suite = useBrowserSuite({ demo: true });

  it('Tokyo: 07:00–08:00 (the day before in UTC) is on the Tokyo day in the list, the report, the timesheet and the dashboard', async () => {
    await nearMidnight(
      suite,
      {
        key: 'user',
        timeZone: 'Asia/Tokyo',
        weekStart: { label: 'Monday', value: 'monday' },
        now: '12:00',
        start: '07:00',
        end: '08:00',
        utcShift: -1,
      },
      { report: 'zones-tokyo-report-1440' },
    );
  });

  it('Los Angeles: 18:00–19:00 (the day after in UTC) is on the Los Angeles day in the list, the report, the timesheet and the dashboard', async () => {
    await nearMidnight(
      suite,
      {
        key: 'dana',
        timeZone: 'America/Los_Angeles',
        weekStart: { label: 'Sunday', value: 'sunday' },
        now: '20:00',
        start: '18:00',
        end: '19:00',
        utcShift: 1,
      },
      { timesheet: 'zones-la-timesheet-375' },
    );
  });
});
