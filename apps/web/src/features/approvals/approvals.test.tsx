import { SYSTEM_ROLES, type Permission, type ProjectAction } from '@timekeeper/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  API,
  countRequests,
  errorBody,
  meBody,
  queryOf,
  routes,
  signedIn,
  type RouteTable,
  ACME_PROJECT,
  projectsRoute,
} from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import type { Approval } from './api/types';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

const page = (total: number) => ({ page: 1, per_page: 50, total, pages: 1 });
const PROJECT = ACME_PROJECT;

function approval(id: number, name: string, day: string, notes: string): Approval {
  return {
    id,
    time_entry_id: 100 + id,
    status: 'pending',
    requested_by: 20 + id,
    requested_at: `${day}T18:00:00.000Z`,
    decided_by: null,
    decided_at: null,
    reason: null,
    comment: '',
    time_entry: {
      id: 100 + id,
      user_id: 20 + id,
      user: { id: 20 + id, name },
      project_id: 3,
      project: { id: 3, name: PROJECT.name },
      start_time: `${day}T09:00:00.000Z`,
      end_time: `${day}T11:00:00.000Z`,
      duration_seconds: 7200,
      billable: true,
      notes,
    },
  };
}

function api(permissions: readonly Permission[], actions: ProjectAction[], extra: RouteTable): RouteTable {
  return {
    ...signedIn([...permissions]),
    ...projectsRoute(),
    [`GET ${API}/projects/3/access`]: () => [
      200,
      {
        project_id: 3,
        level: 'edit_time_and_expenses',
        access_level: 'time_logging',
        permissions_label: 'edit',
        level_source: 'participation',
        is_member: true,
        flags: {},
        actions,
      },
    ],
    ...extra,
  };
}

describe('approvals page', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('D1 steps through the person’s own weeks: a Los Angeles user whose week starts on Sunday asks for 29 Nov – 5 Dec', async () => {
    // Wednesday 2 December 18:00 in Los Angeles is already Thursday 3 December in UTC.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T02:00:00Z'));
    server.respondWith(
      routes({
        ...api(SYSTEM_ROLES.user.permissions, ['view_project', 'log_own_time'], {
          [`GET ${API}/time-entry-approvals`]: () => [200, { time_entry_approvals: [], pagination: page(0) }],
        }),
        [`GET ${API}/users/me`]: () => [200, meBody({ time_zone: 'America/Los_Angeles', week_start: 'sunday', locale: 'en-US' })],
      }),
    );
    const user = userEvent.setup();
    renderApp('/approvals');
    const week = await screen.findByRole('group', { name: 'Week' }, WAIT);
    expect(within(week).getByRole('status').textContent).toBe('All weeks');

    await user.click(within(week).getByRole('button', { name: 'This week' }));
    await waitFor(() => expect(within(week).getByRole('status').textContent).toBe('Nov 29 – Sat, Dec 5, 2026'));
    await user.click(within(week).getByRole('button', { name: 'Previous week' }));
    await waitFor(() => expect(within(week).getByRole('status').textContent).toMatch(/^Nov 22 – /));
    await user.click(within(week).getByRole('button', { name: 'All weeks' }));
    await waitFor(() => expect(within(week).getByRole('status').textContent).toBe('All weeks'));

    const weeks = server.requests
      .filter((r) => r.method === 'GET' && r.url.startsWith(`${API}/time-entry-approvals`))
      .map((r) => queryOf(r).get('week'));
    // Back to all weeks is the first answer again, from the cache.
    expect(weeks).toEqual([null, '2026-11-29', '2026-11-22']);
  });

  it('shows a member only their own requests, without the decision queue, and an empty state', async () => {
    server.respondWith(
      routes(
        api(SYSTEM_ROLES.user.permissions, ['view_project', 'log_own_time'], {
          [`GET ${API}/time-entry-approvals`]: () => [200, { time_entry_approvals: [], pagination: page(0) }],
        }),
      ),
    );
    renderApp('/approvals');

    expect(await screen.findByText('No requests', undefined, WAIT)).toBeTruthy();
    const show = screen.getByLabelText('Show') as HTMLSelectElement;
    expect([...show.options].map((o) => o.textContent)).toEqual(['My requests']);
    expect(screen.queryByRole('button', { name: /Approve selected/ })).toBeNull();
    const listCalls = server.requests.filter((r) => r.method === 'GET' && r.url.startsWith(`${API}/time-entry-approvals`));
    expect(listCalls.map((r) => [queryOf(r).get('queue'), queryOf(r).get('status')])).toEqual([['mine', 'pending']]);
  });

  it('gives "No access" to someone who can neither submit nor approve time', async () => {
    server.respondWith(routes(api(SYSTEM_ROLES.viewer.permissions, ['view_project'], {})));
    renderApp('/approvals');
    expect(await screen.findByRole('heading', { name: 'No access' }, WAIT)).toBeTruthy();
    expect(countRequests(server.requests, 'GET', `${API}/time-entry-approvals`)).toBe(0);
  });

  it('bulk-approves the selection and, when the API refuses the batch, names the item that failed and why', async () => {
    const rows = [
      approval(1, 'Dana Developer', '2026-03-02', 'Front-end build'),
      approval(2, 'Riley Designer', '2026-03-03', 'Design review'),
    ];
    const bodies: unknown[] = [];
    server.respondWith(
      routes(
        api(SYSTEM_ROLES.manager.permissions, ['view_project', 'approve_time'], {
          [`GET ${API}/time-entry-approvals`]: () => [200, { time_entry_approvals: rows, pagination: page(2) }],
          [`POST ${API}/time-entry-approvals/bulk-approve`]: (request) => {
            bodies.push(JSON.parse(request.body));
            return [
              409,
              errorBody('conflict', '1 of 2 approvals could not be approved; nothing was changed', {
                results: [
                  { id: 1, status: 'would_approve' },
                  { id: 2, status: 'failed', code: 'conflict', message: 'This approval is already approved' },
                ],
              }),
            ];
          },
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/approvals');

    const table = await screen.findByRole('table', { name: 'Approval requests' }, WAIT);
    expect(within(table).getByText('Front-end build')).toBeTruthy();
    const approveSelected = screen.getByRole('button', { name: 'Approve selected (0)' }) as HTMLButtonElement;
    expect(approveSelected.disabled).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /Select Dana Developer/ }));
    await user.click(screen.getByRole('checkbox', { name: /Select Riley Designer/ }));
    await user.click(screen.getByRole('button', { name: 'Approve selected (2)' }));

    const alert = await screen.findByRole('alert', undefined, WAIT);
    expect(within(alert).getByText('Nothing was approved')).toBeTruthy();
    expect(alert.textContent).toContain('Riley Designer');
    expect(alert.textContent).toContain('This approval is already approved');
    expect(alert.textContent).not.toContain('Dana Developer');
    expect(bodies).toEqual([{ ids: [1, 2] }]);
    // Nothing changed, so the selection stays for another try.
    expect(screen.getByRole('button', { name: 'Approve selected (2)' })).toBeTruthy();
  });

  it('asks for a reason before rejecting, and sends it', async () => {
    const rows = [approval(1, 'Dana Developer', '2026-03-02', 'Front-end build')];
    const bodies: unknown[] = [];
    server.respondWith(
      routes(
        api(SYSTEM_ROLES.manager.permissions, ['view_project', 'approve_time'], {
          [`GET ${API}/time-entry-approvals`]: () => [200, { time_entry_approvals: rows, pagination: page(1) }],
          [`POST ${API}/time-entry-approvals/1/reject`]: (request) => {
            bodies.push(JSON.parse(request.body));
            return [200, { ...rows[0], status: 'rejected', reason: 'Split the call' }];
          },
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/approvals');

    await user.click(await screen.findByRole('button', { name: /Reject Dana Developer/ }, WAIT));
    const dialog = await screen.findByRole('dialog', { name: 'Reject this time entry?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(within(dialog).getByText('Give a reason: the requester sees it.')).toBeTruthy();
    expect(bodies).toEqual([]);
    await user.type(within(dialog).getByLabelText(/Reason/), 'Split the call');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), WAIT);
    expect(bodies).toEqual([{ reason: 'Split the call' }]);
  });
});
