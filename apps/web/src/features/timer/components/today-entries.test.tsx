import type { Permission } from '@timekeeper/shared';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { API, countRequests, errorBody, meBody, routes, runningTimeEntry, signedIn } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { setupTestApiServer } from '@test/setup-test-api-server';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { TimerPanel } from './timer-panel';
import { TodayEntries } from './today-entries';

const server = setupTestApiServer();

const TRACKER: Permission[] = ['view_own_time_entries', 'create_time_entries', 'view_projects'];
const pagination = { page: 1, per_page: 100, total: 1, pages: 1 };

/** This morning's finished entry on Apollo, with the task and notes a continue copies. */
const morning = {
  ...runningTimeEntry({ notes: 'Wireframes' }),
  id: 12,
  end_time: new Date(Date.now() - 5_000).toISOString(),
  duration_seconds: 60,
};

/** The timer page of a person holding `permissions`; `running` says whether a timer already runs. */
function serveTimerPage(permissions: Permission[], state: { running: boolean }) {
  server.respondWith(
    routes({
      ...signedIn(permissions),
      [`GET ${API}/users/me`]: () => [200, meBody()],
      [`GET ${API}/time-entries`]: () => [200, { time_entries: [morning], pagination }],
      [`GET ${API}/projects`]: () => [
        200,
        { projects: [{ id: 3, name: 'Apollo', client_id: null, status: 'active', billable: true }], pagination },
      ],
      [`GET ${API}/projects/3/access`]: () => [200, { project_id: 3, actions: ['log_own_time'] }],
      [`GET ${API}/tasks`]: () => [200, { tasks: [], pagination }],
      [`GET ${API}/timer/status`]: () => [
        200,
        state.running
          ? { running: true, time_entry: runningTimeEntry({ notes: 'Wireframes' }), elapsed_seconds: 65 }
          : { running: false, time_entry: null, elapsed_seconds: null },
      ],
      [`POST ${API}/time-entries/12/continue`]: () => {
        if (state.running)
          return [409, errorBody('conflict', 'A timer is already running: stop it before starting another', { time_entry_id: 41 })];
        state.running = true;
        return [201, runningTimeEntry({ notes: 'Wireframes' })];
      },
    }),
  );
}

function renderTimerPage() {
  render(
    <AppProviders queryClient={createQueryClient()}>
      <TimerPanel />
      <TodayEntries />
    </AppProviders>,
  );
}

describe('TodayEntries Continue', { timeout: 20_000 }, () => {
  it('continue ▶ starts the timer like the entry and shows the running timer', async () => {
    serveTimerPage(TRACKER, { running: false });
    renderTimerPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Continue Apollo' }));

    await waitFor(() => expect(countRequests(server.requests, 'POST', `${API}/time-entries/12/continue`)).toBe(1));
    expect(await screen.findByRole('timer', { name: 'Elapsed time' })).toBeTruthy();
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Wireframes');
  });

  it('continue while a timer runs shows the API message', async () => {
    const state = { running: false };
    serveTimerPage(TRACKER, state);
    renderTimerPage();
    const button = await screen.findByRole('button', { name: 'Continue Apollo' });
    state.running = true; // started in another tab
    await userEvent.click(button);

    expect(await screen.findByText('Could not continue the entry')).toBeTruthy();
    expect(screen.getByText('A timer is already running: stop it before starting another')).toBeTruthy();
  });

  it('continue is not offered to someone who may not create time entries', async () => {
    serveTimerPage(['view_own_time_entries', 'view_projects'], { running: false });
    renderTimerPage();
    expect(await screen.findByText('Wireframes')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Continue/ })).toBeNull();
  });
});

describe('Continue on the time entries page', { timeout: 20_000 }, () => {
  it('each finished entry has Continue ▶, which starts the timer like it (the header shows it running)', async () => {
    serveTimerPage(TRACKER, { running: false });
    renderApp('/time-entries');
    const row = (await screen.findByText('Wireframes', undefined, WAIT)).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Continue Apollo' }));

    await waitFor(() => expect(countRequests(server.requests, 'POST', `${API}/time-entries/12/continue`)).toBe(1));
    expect(await screen.findByRole('button', { name: /^Stop/ }, WAIT)).toBeTruthy();
  });

  it('a refusal (a timer already runs) is shown in the API’s words', async () => {
    const state = { running: false };
    serveTimerPage(TRACKER, state);
    renderApp('/time-entries');
    const button = await screen.findByRole('button', { name: 'Continue Apollo' }, WAIT);
    state.running = true;
    await userEvent.click(button);
    expect(await screen.findByText('Could not continue the entry')).toBeTruthy();
    expect(screen.getByText('A timer is already running: stop it before starting another')).toBeTruthy();
  });

  it('is not offered to someone who may not create time entries', async () => {
    serveTimerPage(['view_own_time_entries', 'view_projects'], { running: false });
    renderApp('/time-entries');
    expect(await screen.findByText('Wireframes', undefined, WAIT)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Continue/ })).toBeNull();
  });
});
