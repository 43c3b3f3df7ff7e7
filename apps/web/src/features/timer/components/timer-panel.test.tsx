import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { runningTimeEntry } from '@test/fake-api';
import { sendJson } from '@test/test-api-server';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { TimerPanel } from './timer-panel';
import { pickOption } from '@test/pick-option';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

const pagination = { page: 1, per_page: 100, total: 1, pages: 1 };

const project = { id: 3, name: 'Apollo', client_id: null, status: 'active', billable: true };
const runningEntry = (notes = '') => runningTimeEntry({ notes });

/**
 * A small timer API with state: `running` says whether a timer runs; `conflict` makes the next
 * start answer 409 as when a timer was started in another tab.
 */
function serveTimer(state: { running: boolean; conflict?: boolean; notes?: string; patchRefused?: boolean }) {
  server.respondWith((req, res) => {
    const path = req.url.split('?')[0];
    const route = `${req.method} ${path}`;
    if (route === 'GET /api/v1/projects') return sendJson(res, 200, { projects: [project], pagination });
    if (route === 'GET /api/v1/projects/3') return sendJson(res, 200, project);
    if (route === 'GET /api/v1/projects/3/access') return sendJson(res, 200, { project_id: 3, actions: ['log_own_time'] });
    if (route === 'GET /api/v1/tasks') return sendJson(res, 200, { tasks: [], pagination });
    if (route === 'GET /api/v1/timer/status') {
      return sendJson(
        res,
        200,
        state.running
          ? { running: true, time_entry: runningEntry(state.notes ?? 'Started elsewhere'), elapsed_seconds: 65 }
          : { running: false, time_entry: null, elapsed_seconds: null },
      );
    }
    if (route === 'POST /api/v1/timer/start') {
      if (state.conflict || state.running) {
        state.running = true;
        return sendJson(res, 409, {
          error: 'Conflict',
          code: 'conflict',
          message: 'A timer is already running: stop it before starting another',
          request_id: 'r',
          time_entry_id: 41,
        });
      }
      state.running = true;
      return sendJson(res, 201, runningEntry());
    }
    if (route === 'PATCH /api/v1/timer') {
      if (state.patchRefused)
        return sendJson(res, 403, {
          error: 'Forbidden',
          code: 'forbidden',
          message: 'You may no longer log time on this project',
          request_id: 'r',
        });
      state.notes = (JSON.parse(req.body) as { notes: string }).notes;
      return sendJson(res, 200, runningEntry(state.notes));
    }
    if (route === 'POST /api/v1/timer/stop') {
      state.running = false;
      return sendJson(res, 200, { ...runningEntry(), end_time: new Date().toISOString(), duration_seconds: 65 });
    }
    sendJson(res, 404, { error: 'Not found', code: 'not_found', message: `No route ${route}`, request_id: 'r' });
  });
}

const calls = (route: string) => server.requests.filter((r) => `${r.method} ${r.url.split('?')[0]}` === route);

function renderPanel() {
  render(
    <AppProviders queryClient={createQueryClient()}>
      <TimerPanel />
    </AppProviders>,
  );
}

// A loaded CI machine renders the first form slowly: allow more than the 5 s default.
describe('TimerPanel keyboard shortcut', { timeout: 20_000 }, () => {
  it('starts with "s" and stops with Alt+S, ticking while it runs', async () => {
    serveTimer({ running: false });
    renderPanel();
    await pickOption(userEvent, 'Project', /Apollo/);
    fireEvent.keyDown(document.body, { key: 's', code: 'KeyS' });

    await waitFor(() => expect(calls('POST /api/v1/timer/start')).toHaveLength(1));
    expect(JSON.parse(calls('POST /api/v1/timer/start')[0]!.body)).toEqual({
      project_id: 3,
      task_id: null,
      start_time: expect.any(String),
    });
    const clock = await screen.findByRole('timer', { name: 'Elapsed time' });
    expect(clock.textContent).toMatch(/^0:01:\d\d$/);

    // Alt+S works even while typing in the notes field
    fireEvent.keyDown(screen.getByLabelText('Notes'), { key: 'ß', code: 'KeyS', altKey: true });
    await waitFor(() => expect(calls('POST /api/v1/timer/stop')).toHaveLength(1));
    expect(await screen.findByText(/Stopped after 0:01:05: logged on Apollo/)).toBeTruthy();
  });

  it('does not start on "s" typed into the notes, and asks for a project when none is chosen', async () => {
    serveTimer({ running: false });
    renderPanel();
    const notes = await screen.findByLabelText(/What are you working on/);
    await userEvent.type(notes, 'specs');
    expect(calls('POST /api/v1/timer/start')).toHaveLength(0);

    fireEvent.keyDown(document.body, { key: 's', code: 'KeyS' });
    expect(await screen.findByText('Choose a project to start the timer')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Project'));
    expect(calls('POST /api/v1/timer/start')).toHaveLength(0);
  });

  it('shows the running timer after a 409 "already running"', async () => {
    serveTimer({ running: false, conflict: true });
    renderPanel();
    await pickOption(userEvent, 'Project', /Apollo/);
    await userEvent.click(screen.getByRole('button', { name: 'Start timer' }));

    expect(await screen.findByText(/A timer is already running/)).toBeTruthy();
    expect(await screen.findByRole('timer', { name: 'Elapsed time' })).toBeTruthy();
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Started elsewhere');
    expect(screen.getByRole('button', { name: 'Stop timer' })).toBeTruthy();
  });
});

describe('TimerPanel without the server', { timeout: 20_000 }, () => {
  afterEach(() => onlineManager.setOnline(true));

  it('D5 starting while the server cannot be reached shows an error with Try again, not "Starting…" for ever', async () => {
    serveTimer({ running: false });
    renderPanel();
    await pickOption(userEvent, 'Project', /Apollo/);
    // The browser says it is offline and the server drops the connection.
    onlineManager.setOnline(false);
    server.respondWith((req, res) => {
      if (req.method === 'POST') return void res.socket?.destroy();
      sendJson(res, 200, { running: false, time_entry: null, elapsed_seconds: null });
    });
    await userEvent.click(screen.getByRole('button', { name: 'Start timer' }));

    expect(await screen.findByText(/Could not reach the server/, {}, { timeout: 5000 })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Start timer' }) as HTMLButtonElement).disabled).toBe(false);

    // Back online: Try again starts it.
    onlineManager.setOnline(true);
    serveTimer({ running: false });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('timer', { name: 'Elapsed time' })).toBeTruthy();
    expect(screen.queryByText(/Could not reach the server/)).toBeNull();
  });
});

describe('TimerPanel D5', { timeout: 20_000 }, () => {
  it('D5 click time: the start sends start_time, the moment of the click', async () => {
    serveTimer({ running: false });
    renderPanel();
    await pickOption(userEvent, 'Project', /Apollo/);
    const before = Date.now();
    await userEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    const after = Date.now();
    await waitFor(() => expect(calls('POST /api/v1/timer/start')).toHaveLength(1));
    const body = JSON.parse(calls('POST /api/v1/timer/start')[0]!.body) as { start_time: string };
    const clicked = Date.parse(body.start_time);
    expect(body.start_time).toBe(new Date(clicked).toISOString());
    expect(clicked).toBeGreaterThanOrEqual(before);
    expect(clicked).toBeLessThanOrEqual(after);
  });

  it('D5 notes kept: notes typed while the timer runs are saved with PATCH /timer once typing pauses, and a reload shows them', async () => {
    const state = { running: true, notes: '' };
    serveTimer(state);
    renderPanel();
    const notes = await screen.findByLabelText('Notes');
    await userEvent.type(notes, 'Design review');
    // One save for the whole burst of typing, after the pause.
    await waitFor(() => expect(calls('PATCH /api/v1/timer')).toHaveLength(1), { timeout: 3000 });
    expect(JSON.parse(calls('PATCH /api/v1/timer')[0]!.body)).toEqual({ notes: 'Design review' });
    expect(await screen.findByText('Saved')).toBeTruthy();
    cleanup();

    // A reload: the running timer comes back with its notes.
    renderPanel();
    expect(((await screen.findByLabelText('Notes')) as HTMLTextAreaElement).value).toBe('Design review');
  });

  it('D5 notes kept: leaving the notes field saves at once', async () => {
    serveTimer({ running: true, notes: '' });
    renderPanel();
    const notes = await screen.findByLabelText('Notes');
    await userEvent.type(notes, 'Call');
    await userEvent.tab();
    await waitFor(() => expect(calls('PATCH /api/v1/timer')).toHaveLength(1), { timeout: 500 });
    expect(JSON.parse(calls('PATCH /api/v1/timer')[0]!.body)).toEqual({ notes: 'Call' });
  });

  it('D5 notes kept: a refused save says so', async () => {
    serveTimer({ running: true, notes: '', patchRefused: true });
    renderPanel();
    await userEvent.type(await screen.findByLabelText('Notes'), 'x');
    await userEvent.tab();
    expect(await screen.findByText('Could not save the notes')).toBeTruthy();
    expect(screen.getByText(/You may no longer log time on this project/)).toBeTruthy();
  });
});
