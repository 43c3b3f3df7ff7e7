/**
 * The calendar (docs/guides/tracking-time.md#calendar) as the demo user lives it in Tokyo, with the
 * browser in Tokyo too: an entry logged at 07:00 Tokyo sits on its day at 07:00; selecting a free
 * hour opens "Add time entry" with that day and hour; dragging an entry down an hour moves it by
 * exactly an hour (its seconds kept); last week's submitted Acme entries are locked: they do not
 * move and say why when opened. Sunday night's work ending after midnight is drawn at the top of
 * the next week's Monday. Each entry is reachable with the keyboard, and so are the scrolling
 * hours, which open at 06:00.
 */
import { addDays, instantAt, today, weekStartOf } from '@timekeeper/shared';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/app';
import { shouldSkipBrowserTests } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { useBrowserSuite } from './support/suite';

const skip = shouldSkipBrowserTests();
const ZONE = 'Asia/Tokyo';
const PROJECT = 'Acme Website Redesign';

/** A JSON call to the API as the signed-in page (its cookies and CSRF token). */
async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const session = await page.request.get('/api/v1/auth/session');
  const { csrf_token } = (await session.json()) as { csrf_token: string };
  const response = await page.request.fetch(`/api/v1${path}`, {
    method,
    headers: { 'X-CSRF-Token': csrf_token, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

interface Entry {
  id: number;
  start_time: string;
  end_time: string | null;
}

/** The top of the 30-minute row at `time` (HH:MM) and the middle of `day`'s column, on screen. */
async function slotPoint(page: Page, day: string, time: string): Promise<{ x: number; y: number }> {
  const lane = page.locator(`td.fc-timegrid-slot-lane[data-time="${time}:00"]`);
  await lane.scrollIntoViewIfNeeded();
  const column = (await page.locator(`td.fc-timegrid-col[data-date="${day}"]`).boundingBox())!;
  const row = (await lane.boundingBox())!;
  return { x: column.x + column.width / 2, y: row.y };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // In steps, so the calendar sees a drag rather than a click.
  await page.mouse.move(from.x, from.y + 5, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

const eventNamed = (page: Page, text: string | RegExp): Locator =>
  page.getByRole('region', { name: 'Calendar of your time entries' }).getByRole('button', { name: text });

describe.skipIf(skip)('calendar', () => {
  const suite = useBrowserSuite({ demo: true });

  it('places, adds and moves entries in the person’s zone; locked ones stay put', async () => {
    const page = await suite.signedIn('user', { timezoneId: ZONE });
    await page.setViewportSize({ width: 1440, height: 900 });
    await callApi(page, 'PATCH', '/users/me', { time_zone: ZONE, week_start: 'monday', time_format: '24h' });

    // Last week's Wednesday in Tokyo: in the past, and free of demo time before 17:00 Tokyo (08:00 UTC).
    const day = addDays(weekStartOf(today(ZONE), 'monday'), -5);
    const { projects } = await callApi<{ projects: { id: number; name: string }[] }>(page, 'GET', '/projects?per_page=100');
    const projectId = projects.find((p) => p.name === PROJECT)!.id;
    const at = (time: string, seconds = 0) => new Date(instantAt(day, time, ZONE).getTime() + seconds * 1000).toISOString();
    const early = await callApi<Entry>(page, 'POST', '/time-entries', {
      project_id: projectId,
      start_time: at('07:00', 33),
      end_time: at('08:00', 33),
      notes: 'Early call with the Osaka team',
    });
    // Sunday night's work before that week, ending at 02:00 on its Monday.
    const monday = addDays(day, -2);
    const sunday = addDays(day, -3);
    await callApi<Entry>(page, 'POST', '/time-entries', {
      project_id: projectId,
      start_time: instantAt(sunday, '22:00', ZONE).toISOString(),
      end_time: instantAt(monday, '02:00', ZONE).toISOString(),
      notes: 'Night shift release',
    });

    await openPage(page, '/calendar', 'Calendar');
    // The hours scroll in a region of their own, opened at 06:00 under the pinned dates row, and a
    // Tab stop: the keyboard scrolls them on a week without entries too. Another week opens at 06:00.
    const hours = page.getByRole('region', { name: /^Hours of / });
    const sixUnderDates = async () => {
      const region = (await hours.boundingBox())!;
      const dates = (await hours.locator('.fc-col-header').boundingBox())!;
      const six = (await hours.locator('td.fc-timegrid-slot-lane[data-time="06:00:00"]').boundingBox())!;
      return Math.abs(dates.y - region.y) <= 2 && Math.abs(six.y - (dates.y + dates.height)) <= 2;
    };
    await expect.poll(sixUnderDates).toBe(true);
    expect(await hours.getAttribute('tabindex')).toBe('0');
    await hours.focus();
    const top = await hours.evaluate((el) => el.scrollTop);
    await page.keyboard.press('PageDown');
    await expect.poll(() => hours.evaluate((el) => el.scrollTop)).toBeGreaterThan(top);
    // PageDown scrolls smoothly: let it end, or it would carry on past the new week's 06:00.
    await hours.evaluate(
      (el) =>
        new Promise<void>((resolve) => {
          let last = -1;
          const check = () => (el.scrollTop === last ? resolve() : ((last = el.scrollTop), setTimeout(check, 150)));
          check();
        }),
    );
    await page.getByRole('button', { name: 'Previous week' }).click();
    await expect.poll(sixUnderDates).toBe(true);

    // Held near the region's top edge while selecting, the hours scroll up (FullCalendar's drag
    // scrolling finds the region by its `fc-scroller` class).
    const free = await slotPoint(page, day, '09:30');
    const region = (await hours.boundingBox())!;
    const atSix = await hours.evaluate((el) => el.scrollTop);
    await page.mouse.move(free.x, free.y + 5);
    await page.mouse.down();
    await page.mouse.move(free.x, free.y - 10, { steps: 3 });
    await page.mouse.move(free.x, region.y + 15, { steps: 10 });
    await expect.poll(() => hours.evaluate((el) => el.scrollTop)).toBeLessThan(atSix);
    await page.mouse.up();
    await page.waitForTimeout(300);
    if (await page.getByRole('dialog', { name: 'Add time entry' }).count()) await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Add time entry' }).waitFor({ state: 'detached' });
    const early_ = eventNamed(page, /Early call with the Osaka team/);
    await early_.waitFor();

    // On its day, at 07:00 Tokyo (the row's top, to the pixel row).
    const seven = await slotPoint(page, day, '07:00');
    const box = (await early_.boundingBox())!;
    expect(Math.abs(box.y - seven.y)).toBeLessThanOrEqual(2);
    expect(box.x).toBeLessThan(seven.x);
    expect(box.x + box.width).toBeGreaterThan(seven.x);
    expect(await early_.textContent()).toContain('07:00');

    // The night's work crossing into the week shows its last two hours at the top of the Monday.
    const night = eventNamed(page, /Night shift release/);
    await night.waitFor();
    const midnight = await slotPoint(page, monday, '00:00');
    const nightBox = (await night.boundingBox())!;
    expect(Math.abs(nightBox.y - midnight.y)).toBeLessThanOrEqual(2);
    expect(nightBox.x).toBeLessThan(midnight.x);
    expect(nightBox.x + nightBox.width).toBeGreaterThan(midnight.x);
    // With its own times, not the day's part of them.
    expect(await night.locator('span[aria-hidden="true"]').first().textContent()).toBe('22:00–02:00');

    // Reachable with the keyboard: focused, Enter opens it for editing.
    await early_.focus();
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: 'Edit time entry' });
    expect(await edit.getByLabel('Start', { exact: true }).inputValue()).toBe('07:00');
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'detached' });

    // Dragged down an hour: start and end move by exactly an hour, seconds kept.
    const hour = (await slotPoint(page, day, '08:00')).y - (await slotPoint(page, day, '07:00')).y;
    const grip = (await early_.boundingBox())!;
    const moved = page.waitForResponse((r) => r.url().endsWith(`/time-entries/${early.id}`) && r.request().method() === 'PUT');
    // Held by its middle: near the scroller's top edge the calendar would scroll while dragging.
    const middle = { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 };
    await drag(page, middle, { x: middle.x, y: middle.y + hour });
    expect((await moved).ok()).toBe(true);
    const after = await callApi<Entry>(page, 'GET', `/time-entries/${early.id}`);
    expect(new Date(after.start_time).toISOString()).toBe(at('08:00', 33));
    expect(new Date(after.end_time!).toISOString()).toBe(at('09:00', 33));

    // Selecting 10:00–11:00 opens "Add time entry" on that day and hour.
    const ten = await slotPoint(page, day, '10:00');
    // From the top of 10:00 to the last quarter before 11:00 (the calendar snaps to 15 minutes).
    await drag(page, { x: ten.x, y: ten.y + 3 }, { x: ten.x, y: ten.y + hour - 3 });
    const add = page.getByRole('dialog', { name: 'Add time entry' });
    await add.waitFor();
    expect(await add.getByLabel('Date').inputValue()).toBe(day);
    expect(await add.getByLabel('Start', { exact: true }).inputValue()).toBe('10:00');
    expect(await add.getByLabel('End', { exact: true }).inputValue()).toBe('11:00');
    await add.getByRole('combobox', { name: 'Project' }).click();
    await page.keyboard.type('Acme');
    await page.getByRole('option', { name: new RegExp(PROJECT) }).click();
    await add.getByLabel('Notes', { exact: true }).fill('Planning from the calendar');
    await add.getByRole('button', { name: 'Add entry' }).click();
    await add.waitFor({ state: 'detached' });
    const added = eventNamed(page, /Planning from the calendar/);
    await added.waitFor();
    expect(Math.abs((await added.boundingBox())!.y - (await slotPoint(page, day, '10:00')).y)).toBeLessThanOrEqual(2);

    await saveScreenshot(page, 'calendar-1440');

    // Last week's Acme entries await approval: a drag leaves one where it was, and opening it says why.
    const locked = eventNamed(page, /locked$/).first();
    await locked.scrollIntoViewIfNeeded();
    const lockedBox = (await locked.boundingBox())!;
    let puts = 0;
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().includes('/time-entries/')) puts++;
    });
    await drag(
      page,
      { x: lockedBox.x + lockedBox.width / 2, y: lockedBox.y + 8 },
      { x: lockedBox.x + lockedBox.width / 2, y: lockedBox.y + 120 },
    );
    await page.waitForTimeout(300);
    expect(await locked.boundingBox()).toEqual(lockedBox);
    expect(puts).toBe(0);
    await page.keyboard.press('Escape');
    await locked.click();
    const details = page.getByRole('dialog', { name: 'Time entry' });
    await details.getByText(/Awaiting approval|Approved/).waitFor();
    await page.keyboard.press('Escape');

    // A phone shows one day, with the Day/Week switch; Previous / Next day lead to the entries' day.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('button', { name: 'Day', pressed: true }).waitFor();
    for (let i = 0; i < 7 && (await page.locator(`td.fc-timegrid-col[data-date="${day}"]`).count()) === 0; i++) {
      const shown = await page.locator('td.fc-timegrid-col').first().getAttribute('data-date');
      await page.getByRole('button', { name: shown! > day ? 'Previous day' : 'Next day' }).click();
    }
    await eventNamed(page, /Planning from the calendar/).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, 'calendar-375');

    // Submitted for approval elsewhere while the calendar still offered the drag: the API refuses,
    // the entry goes back to where it was and the page says why in the API's words.
    const { time_entries } = await callApi<{ time_entries: (Entry & { notes: string })[] }>(
      page,
      'GET',
      `/time-entries?start_date=${day}&end_date=${day}&per_page=100`,
    );
    const planning = time_entries.find((e) => e.notes === 'Planning from the calendar')!;
    await callApi(page, 'POST', `/time-entries/${planning.id}/request-approval`, {});
    const planned = eventNamed(page, /Planning from the calendar/);
    const before = (await planned.boundingBox())!;
    const refused = page.waitForResponse((r) => r.url().endsWith(`/time-entries/${planning.id}`) && r.request().method() === 'PUT');
    const grab = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
    await drag(page, grab, { x: grab.x, y: grab.y + hour });
    expect((await refused).status()).toBe(409);
    const alert = page.getByRole('alert').filter({ hasText: 'The entry was not moved' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/approval/i);
    // Back at 10:00 (the alert above the grid moved the whole grid down).
    await expect.poll(async () => Math.abs((await planned.boundingBox())!.y - (await slotPoint(page, day, '10:00')).y) <= 2).toBe(true);
  });
});
