import { SYSTEM_ROLES } from '@timekeeper/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API, meBody, projectAccessBody, queryOf, routes, signedIn, testUser, ACME_PROJECT, projectsRoute } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { setupTestApiServer } from '@test/setup-test-api-server';
import type { TimeEntry } from './api/types';

const server = setupTestApiServer();
const PROJECT = ACME_PROJECT;

/** 07:00–08:00 on 2 December in Tokyo: still 1 December in UTC. */
const TOKYO_MORNING: TimeEntry = {
  id: 1,
  user_id: testUser.id,
  user: { id: testUser.id, name: testUser.name },
  project_id: PROJECT.id,
  task_id: null,
  start_time: '2026-12-01T22:00:00.000Z',
  end_time: '2026-12-01T23:00:00.000Z',
  duration_seconds: 3600,
  billable: true,
  notes: 'Stand-up',
  approval_status: null,
  invoice_id: null,
  created_at: '2026-12-01T23:00:00.000Z',
  updated_at: '2026-12-01T23:00:00.000Z',
};

describe('time entries in the person’s time zone', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('D1 a Tokyo user’s entry at 07:00 local on 2 Dec shows on 2 Dec and in "today" on that day', async () => {
    // 08:30 on 2 December in Tokyo, 23:30 on 1 December in UTC (and in this test's browser zone or not: it does not matter).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T23:30:00Z'));
    server.respondWith(
      routes({
        ...signedIn([...SYSTEM_ROLES.user.permissions]),
        [`GET ${API}/users/me`]: () => [200, meBody({ time_zone: 'Asia/Tokyo', locale: 'en-GB', time_format: '24h' })],
        ...projectsRoute(),
        [`GET ${API}/projects/${PROJECT.id}/access`]: () => [
          200,
          projectAccessBody(PROJECT.id, {
            level: 'edit_time_and_expenses',
            access_level: 'time_logging',
            permissions_label: 'edit',
            actions: ['view_project', 'log_own_time'],
          }),
        ],
        [`GET ${API}/time-entries`]: () => [
          200,
          { time_entries: [TOKYO_MORNING], pagination: { page: 1, per_page: 50, total: 1, pages: 1 } },
        ],
      }),
    );
    const user = userEvent.setup();
    renderApp('/time-entries');

    const period = await screen.findByLabelText('Period', undefined, WAIT);
    await user.selectOptions(period, 'Today');
    await waitFor(() => {
      const last = server.requests.filter((r) => r.method === 'GET' && r.url.startsWith(`${API}/time-entries`)).at(-1)!;
      expect([queryOf(last).get('start_date'), queryOf(last).get('end_date')]).toEqual(['2026-12-02', '2026-12-02']);
    }, WAIT);
    expect((period as HTMLSelectElement).value).toBe('today');

    const table = await screen.findByRole('table', { name: 'Time entries' }, WAIT);
    const row = within(table).getByText('Stand-up').closest('tr')!;
    expect(within(row).getByText('Wed, 2 Dec 2026')).toBeTruthy();
    expect(row.textContent).toContain('07:00–08:00');

    // A new entry starts on their today too.
    await user.click(screen.getByRole('button', { name: 'Add time entry' }));
    expect(((await screen.findByLabelText('Date', undefined, WAIT)) as HTMLInputElement).value).toBe('2026-12-02');
  });
});
