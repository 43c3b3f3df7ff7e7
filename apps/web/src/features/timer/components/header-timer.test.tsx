import type { Permission } from '@timekeeper/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { API, countRequests, routes, runningTimeEntry, signedIn } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

const TRACKER: Permission[] = ['view_own_time_entries', 'create_time_entries', 'view_projects'];

const runningEntry = runningTimeEntry({ notes: 'Wireframes' });

/** A signed-in tracker whose timer runs on Acme until POST /timer/stop. */
function serveRunningTimer(permissions: Permission[] = TRACKER) {
  let running = true;
  server.respondWith(
    routes({
      ...signedIn(permissions),
      [`GET ${API}/timer/status`]: () => [
        200,
        running
          ? { running: true, time_entry: runningEntry, elapsed_seconds: 3723 }
          : { running: false, time_entry: null, elapsed_seconds: null },
      ],
      [`GET ${API}/projects`]: () => [
        200,
        {
          projects: [{ id: 3, name: 'Acme', client_id: 1, status: 'active', billable: true }],
          pagination: { page: 1, per_page: 100, total: 1, pages: 1 },
        },
      ],
      // The header names the project by GET /projects/{id}.
      [`GET ${API}/projects/3`]: () => [200, { id: 3, name: 'Acme', client_id: 1, status: 'active', billable: true }],
      [`POST ${API}/timer/stop`]: () => {
        running = false;
        return [200, { ...runningEntry, end_time: new Date().toISOString(), duration_seconds: 3725 }];
      },
    }),
  );
}

describe('the running timer in the header', { timeout: 20_000 }, () => {
  beforeEach(() => {
    document.title = 'Timekeeper';
  });

  it('shows project, a ticking clock and Stop on every page and in the tab title, and stops from there', async () => {
    serveRunningTimer();
    const user = userEvent.setup();
    renderApp('/profile');

    const header = within(await screen.findByRole('banner', undefined, WAIT));
    const timer = await header.findByRole('group', { name: 'Running timer' }, WAIT);
    expect(await within(timer).findByText('Acme', undefined, WAIT)).toBeTruthy();
    const clock = within(timer).getByRole('timer');
    // 3,723 s when the status answered, plus the seconds a loaded machine took to get here.
    expect(clock.textContent).toMatch(/^1:02:\d\d$/);
    // The title follows the clock on its next render: compare them once both have settled.
    await waitFor(() => expect(document.title).toBe(`▶ ${clock.textContent} Acme — Profile — Timekeeper`));
    const first = clock.textContent;
    await waitFor(() => expect(clock.textContent).not.toBe(first), { timeout: 3000 });
    await waitFor(() => expect(document.title).toBe(`▶ ${clock.textContent} Acme — Profile — Timekeeper`));

    await user.click(within(timer).getByRole('button', { name: 'Stop the timer' }));
    await waitFor(() => expect(header.queryByRole('group', { name: 'Running timer' })).toBeNull(), WAIT);
    expect(countRequests(server.requests, 'POST', `${API}/timer/stop`)).toBe(1);
    expect(server.requests.find((r) => r.method === 'POST')?.headers['x-csrf-token']).toBe('csrf-test');
    expect(document.title).toBe('Profile — Timekeeper');
  });

  it('offers no Stop in the header without create_time_entries', async () => {
    serveRunningTimer(['view_own_time_entries']);
    renderApp('/profile');
    const timer = await within(await screen.findByRole('banner', undefined, WAIT)).findByRole('group', { name: 'Running timer' }, WAIT);
    // Without view_projects the project is not asked for, and never shown by its id.
    expect(within(timer).getByText('A project you cannot see')).toBeTruthy();
    expect(countRequests(server.requests, 'GET', `${API}/projects/3`)).toBe(0);
    expect(within(timer).queryByRole('button')).toBeNull();
  });
});
