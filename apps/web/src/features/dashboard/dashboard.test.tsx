import type { Permission } from '@timekeeper/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays } from '@timekeeper/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API, countRequests, errorBody, meBody, queryOf, routes, runningTimeEntry, signedIn, type RouteTable } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { browserDates } from '@/lib/dates';
import { dashboardRange } from './lib/weeks';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

const TRACKER: Permission[] = ['view_own_time_entries', 'create_time_entries', 'view_projects', 'view_own_reports'];
// Without an answer from GET /users/me, the browser's own settings apply.
const range = dashboardRange(browserDates());

const runningEntry = runningTimeEntry({ notes: 'Wireframes' });

const projects = {
  projects: [{ id: 3, name: 'Acme Website Redesign', client_id: 1, status: 'active', billable: true }],
  pagination: { page: 1, per_page: 100, total: 1, pages: 1 },
};

function summary(groups: { key: string; duration_seconds: number }[]) {
  const total = groups.reduce((sum, g) => sum + g.duration_seconds, 0);
  return {
    start_date: range.start,
    end_date: range.end,
    group_by: 'day',
    totals: { duration_seconds: total, billable_seconds: total, entries: groups.length },
    groups: groups.map((g) => ({ ...g, label: g.key, billable_seconds: g.duration_seconds, entries: 1 })),
    amounts_included: false,
  };
}

function dashboardApi(permissions: Permission[], extra: RouteTable = {}): RouteTable {
  return {
    ...signedIn(permissions),
    [`GET ${API}/timer/status`]: () => [200, { running: false, time_entry: null, elapsed_seconds: null }],
    [`GET ${API}/projects`]: () => [200, projects],
    // The running timer names its project by GET /projects/{id}.
    [`GET ${API}/projects/3`]: () => [200, projects.projects[0]],
    [`GET ${API}/reports/summary`]: () => [200, summary([])],
    ...extra,
  };
}

describe('dashboard: the running timer', { timeout: 20_000 }, () => {
  it('shows the project, a ticking clock and Stop; stopping it sends POST /timer/stop with the CSRF token', async () => {
    let running = true;
    server.respondWith(
      routes(
        dashboardApi(TRACKER, {
          [`GET ${API}/timer/status`]: () => [
            200,
            running
              ? { running: true, time_entry: runningEntry, elapsed_seconds: 65 }
              : { running: false, time_entry: null, elapsed_seconds: null },
          ],
          [`POST ${API}/timer/stop`]: () => {
            running = false;
            return [200, { ...runningEntry, end_time: new Date().toISOString(), duration_seconds: 66 }];
          },
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/');

    const timer = await screen.findByRole('timer', { name: 'Elapsed time' }, WAIT);
    expect(timer.textContent).toMatch(/^0:01:0\d$/);
    // The header shows the running timer's project too: look in the dashboard's card.
    const card = within(await screen.findByRole('region', { name: 'Timer' }, WAIT));
    expect(await card.findByText('Acme Website Redesign', undefined, WAIT)).toBeTruthy();
    expect(screen.getByText('Wireframes')).toBeTruthy();
    await waitFor(() => expect(timer.textContent).not.toBe('0:01:05'), { timeout: 3000 });

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('No timer is running.', undefined, WAIT)).toBeTruthy();
    const stop = server.requests.find((r) => r.method === 'POST' && r.url === `${API}/timer/stop`);
    expect(stop?.headers['x-csrf-token']).toBe('csrf-test');
    // Stopping refreshes the totals as well.
    await waitFor(() => expect(countRequests(server.requests, 'GET', `${API}/reports/summary`)).toBeGreaterThanOrEqual(2));
  });

  it('offers neither Stop nor "Start a timer" without create_time_entries', async () => {
    server.respondWith(
      routes(
        dashboardApi(['view_own_time_entries', 'view_projects', 'view_own_reports'], {
          [`GET ${API}/timer/status`]: () => [200, { running: true, time_entry: runningEntry, elapsed_seconds: 5 }],
        }),
      ),
    );
    renderApp('/');

    await screen.findByRole('timer', { name: 'Elapsed time' }, WAIT);
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Start a timer' })).toBeNull();
  });

  it('links to the timer page when none runs', async () => {
    server.respondWith(routes(dashboardApi(TRACKER)));
    renderApp('/');

    const link = await screen.findByRole('link', { name: 'Start a timer' }, WAIT);
    expect(link.getAttribute('href')).toBe('/timer');
  });
});

describe('dashboard: totals and chart', { timeout: 20_000 }, () => {
  it("adds up today's and this week's time from the day summary of the caller", async () => {
    const groups = [
      { key: range.today, duration_seconds: 3600 },
      ...(range.weekStart < range.today ? [{ key: range.weekStart, duration_seconds: 1800 }] : []),
      { key: addDays(range.weekStart, -7), duration_seconds: 7200 },
    ];
    server.respondWith(routes(dashboardApi(TRACKER, { [`GET ${API}/reports/summary`]: () => [200, summary(groups)] })));
    renderApp('/');

    const today = await screen.findByText('Today', undefined, WAIT);
    await waitFor(() => expect(today.nextElementSibling?.textContent).toBe('1:00'), WAIT);
    expect(screen.getByText('This week').nextElementSibling?.textContent).toBe(range.weekStart < range.today ? '1:30' : '1:00');
    const table = screen.getByRole('table', { name: /Hours per week/ });
    expect(within(table).getAllByRole('row')).toHaveLength(9);

    const request = server.requests.find((r) => r.url.startsWith(`${API}/reports/summary`));
    const query = queryOf(request!);
    expect(Object.fromEntries(query)).toEqual({ start_date: range.start, end_date: range.end, group_by: 'day', user_id: '7' });
  });

  it('sums the time entries, page by page, without view_own_reports', async () => {
    const entry = (id: number, day: string, seconds: number | null) => ({
      ...runningEntry,
      id,
      start_time: `${day}T09:00:00.000Z`,
      duration_seconds: seconds,
      end_time: seconds ? `${day}T10:00:00.000Z` : null,
    });
    server.respondWith(
      routes(
        dashboardApi(['view_own_time_entries', 'view_projects'], {
          [`GET ${API}/time-entries`]: (req) => {
            const page = Number(queryOf(req).get('page'));
            const entries = page === 1 ? [entry(1, range.today, 1200), entry(2, range.today, null)] : [entry(3, range.today, 600)];
            return [200, { time_entries: entries, pagination: { page, per_page: 100, total: 3, pages: 2 } }];
          },
        }),
      ),
    );
    renderApp('/');

    const today = await screen.findByText('Today', undefined, WAIT);
    await waitFor(() => expect(today.nextElementSibling?.textContent).toBe('0:30'), WAIT);
    expect(countRequests(server.requests, 'GET', `${API}/time-entries`)).toBe(2);
    expect(countRequests(server.requests, 'GET', `${API}/reports/summary`)).toBe(0);
  });

  it('shows an empty state without any time, and the error when the summary fails', async () => {
    server.respondWith(routes(dashboardApi(TRACKER)));
    const first = renderApp('/');
    expect(await screen.findByText('No time tracked in these weeks', undefined, WAIT)).toBeTruthy();
    first.unmount();

    server.respondWith(
      routes(
        dashboardApi(TRACKER, {
          [`GET ${API}/reports/summary`]: () => [400, errorBody('validation_error', 'end_date must not be before start_date')],
        }),
      ),
    );
    renderApp('/');
    // In words, without the field's code name.
    expect((await screen.findAllByText('End date must not be before start date', undefined, WAIT)).length).toBeGreaterThan(0);
  });

  it('offers quick links only to pages the permissions allow', async () => {
    server.respondWith(routes(dashboardApi(['view_own_time_entries', 'view_own_reports'])));
    renderApp('/');

    const region = await screen.findByRole('region', { name: 'Quick links' }, WAIT);
    expect(
      within(region)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Time entries', 'Reports', 'Profile', 'Help']);
  });
});

describe('dashboard: the person’s own week', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('D2 the week starts on Sunday for someone whose week_start is sunday', async () => {
    // Wednesday 2 December 2026, 03:00 UTC; the week since Sunday 29 November holds 30 min on Sunday and 1 h today.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T03:00:00Z'));
    const groups = [
      { key: '2026-11-28', duration_seconds: 7200 },
      { key: '2026-11-29', duration_seconds: 1800 },
      { key: '2026-12-02', duration_seconds: 3600 },
    ];
    server.respondWith(
      routes(
        dashboardApi(TRACKER, {
          [`GET ${API}/users/me`]: () => [200, meBody({ week_start: 'sunday' })],
          [`GET ${API}/reports/summary`]: () => [200, summary(groups)],
        }),
      ),
    );
    renderApp('/');

    const today = await screen.findByText('Today', undefined, WAIT);
    await waitFor(() => expect(today.nextElementSibling?.textContent).toBe('1:00'), WAIT);
    expect(screen.getByText('This week').nextElementSibling?.textContent).toBe('1:30');
    const request = server.requests.find((r) => r.url.startsWith(`${API}/reports/summary`));
    // Eight weeks, each from a Sunday: the oldest starts seven weeks before 29 November.
    expect(queryOf(request!).get('start_date')).toBe(addDays('2026-11-29', -49));
    expect(queryOf(request!).get('end_date')).toBe('2026-12-02');
    const table = screen.getByRole('table', { name: /Hours per week/ });
    expect(within(table).getAllByRole('row').at(-1)?.textContent).toContain('29 Nov');
  });
});
