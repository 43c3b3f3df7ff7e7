/**
 * The weekly timesheet page against scripted answers in the API's shape (docs/api/timesheet.md):
 * totals, saving a typed duration cell by cell with PUT /timesheet, locked cells and a 409.
 */
import { SYSTEM_ROLES } from '@timekeeper/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { API, errorBody, meBody, routes, signedIn } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { setupTestApiServer } from '@test/setup-test-api-server';
import type { Timesheet } from './api/types';

const server = setupTestApiServer();
const DAYS = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];
const WEBSITE = { id: 3, name: 'Acme Website' };
const DESIGN = { id: 12, name: 'Design' };
const APP = { id: 4, name: 'Mobile App' };

const cells = (seconds: number[], locked: number[] = []) =>
  DAYS.map((date, i) => ({ date, seconds: seconds[i]!, entry_ids: seconds[i] ? [100 + i] : [], locked: locked.includes(i) }));

function week(rows: Timesheet['rows']): Timesheet {
  const days = DAYS.map((_, i) => rows.reduce((s, r) => s + r.days[i]!.seconds, 0));
  return { week_start: DAYS[0]!, days: DAYS, rows, totals: { days, week: days.reduce((s, d) => s + d, 0) } };
}

const WEEK = week([
  { project: WEBSITE, task: DESIGN, days: cells([5400, 3600, 0, 0, 0, 0, 0], [1]) },
  { project: APP, task: null, days: cells([1800, 0, 7200, 0, 0, 0, 0]) },
]);

function serve(putAnswer: (body: unknown) => [number, unknown] = () => [200, WEEK]) {
  server.respondWith(
    routes({
      ...signedIn([...SYSTEM_ROLES.user.permissions]),
      [`GET ${API}/users/me`]: () => [200, meBody({ locale: 'en-GB' })],
      [`GET ${API}/timesheet`]: () => [200, WEEK],
      [`PUT ${API}/timesheet`]: (request) => putAnswer(JSON.parse(request.body)),
    }),
  );
}

const cell = (name: string) => screen.findByRole('textbox', { name }, WAIT) as Promise<HTMLInputElement>;
const puts = () => server.requests.filter((r) => r.method === 'PUT' && r.url.startsWith(`${API}/timesheet`));

describe('weekly timesheet', { timeout: 20_000 }, () => {
  it('shows the week with row, day and week totals in h:mm', async () => {
    serve();
    renderApp('/timesheet?week=2026-12-02');

    const table = await screen.findByRole('table', undefined, WAIT);
    expect(within(table).getByRole('columnheader', { name: 'Mon 30 Nov' })).toBeTruthy();
    const website = within(table)
      .getByRole('rowheader', { name: /Acme Website/ })
      .closest('tr')!;
    expect(website.lastElementChild!.textContent).toBe('2:30');
    const totals = within(table).getByRole('rowheader', { name: 'Total' }).closest('tr')!;
    expect([...totals.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '2:00',
      '1:00',
      '2:00',
      '0:00',
      '0:00',
      '0:00',
      '0:00',
      '5:00',
    ]);
    expect((await cell('Acme Website — Design, Mon 30 Nov')).value).toBe('1:30');
    const request = server.requests.find((r) => r.url.startsWith(`${API}/timesheet`))!;
    expect(new URL(request.url, 'http://test').searchParams.get('week')).toBe('2026-11-30');
  });

  it('typing 1h30 in a cell sends PUT /timesheet with 5400 for that day, for that row only', async () => {
    serve((body) => {
      const row = (body as { rows: { days: number[] }[] }).rows[0]!;
      return [200, week([WEEK.rows[0]!, { project: APP, task: null, days: cells(row.days) }])];
    });
    const user = userEvent.setup();
    renderApp('/timesheet?week=2026-11-30');

    const wed = await cell('Mobile App, Wed 2 Dec');
    await user.click(await cell('Mobile App, Thu 3 Dec'));
    await user.keyboard('1h30{Enter}');
    await waitFor(() => expect(puts()).toHaveLength(1), WAIT);
    expect(JSON.parse(puts()[0]!.body)).toEqual({
      week: '2026-11-30',
      rows: [{ project_id: APP.id, task_id: null, days: [1800, 0, 7200, 5400, 0, 0, 0] }],
    });
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Mobile App, Thu 3 Dec' }) as HTMLInputElement).value).toBe('1:30'));
    expect(wed.value).toBe('2:00');
    const totals = screen.getByRole('rowheader', { name: 'Total' }).closest('tr')!;
    await waitFor(() => expect(totals.lastElementChild!.textContent).toBe('6:30'));
  });

  it('marks a locked cell and does not let it be edited', async () => {
    serve();
    const user = userEvent.setup();
    renderApp('/timesheet?week=2026-11-30');

    const locked = await cell('Acme Website — Design, Tue 1 Dec');
    expect(locked.readOnly).toBe(true);
    expect(locked.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getAllByRole('img', { name: 'Locked: approved or invoiced time' })).toHaveLength(1);
    await user.click(locked);
    await user.keyboard('5{Enter}');
    expect(locked.value).toBe('1:00');
    expect(puts()).toHaveLength(0);
  });

  it('shows a 409 for a cell in words next to that cell', async () => {
    serve(() => [
      409,
      errorBody('conflict', 'The cell of 2026-11-30, project 3, task 12 holds entries the timesheet does not change', {
        cell: { date: '2026-11-30', project_id: 3, task_id: 12 },
        minimum_seconds: 3600,
        time_entry_ids: [100],
      }),
    ]);
    const user = userEvent.setup();
    renderApp('/timesheet?week=2026-11-30');

    const mon = await cell('Acme Website — Design, Mon 30 Nov');
    await user.click(mon);
    await user.keyboard('0:30{Enter}');
    const alert = await screen.findByRole('alert', undefined, WAIT);
    expect(alert.textContent).toMatch(/^Locked: .*cannot go below 1:00/);
    expect(mon.getAttribute('aria-invalid')).toBe('true');
    expect(mon.getAttribute('aria-describedby')).toContain(alert.id);
    // The cell shows the saved time again.
    expect(mon.value).toBe('1:30');
  });

  it('shows the empty state for a week without time', async () => {
    server.respondWith(
      routes({
        ...signedIn([...SYSTEM_ROLES.user.permissions]),
        [`GET ${API}/users/me`]: () => [200, meBody()],
        [`GET ${API}/timesheet`]: () => [200, week([])],
      }),
    );
    renderApp('/timesheet');
    expect(await screen.findByText('No time this week — add a row or copy last week', undefined, WAIT)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy last week' })).toBeTruthy();
  });
});
