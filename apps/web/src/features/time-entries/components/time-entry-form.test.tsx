import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { sendJson, type RecordedRequest } from '@test/test-api-server';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import type { TimeEntry } from '../api/types';
import { TimeEntryForm } from './time-entry-form';
import { pickOption } from '@test/pick-option';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

const pagination = { page: 1, per_page: 100, total: 1, pages: 1 };
const project = { id: 3, name: 'Apollo', client_id: null, status: 'active', billable: true };

/** The API the form talks to: one project where time may be logged; `onCreate` answers POST /time-entries (and PUT). */
function serveApi(onCreate: (req: RecordedRequest) => [number, unknown]) {
  server.respondWith((req, res) => {
    const path = req.url.split('?')[0];
    if (req.method === 'GET' && path === '/api/v1/projects') return sendJson(res, 200, { projects: [project], pagination });
    if (req.method === 'GET' && path === '/api/v1/projects/3/access')
      return sendJson(res, 200, { project_id: 3, actions: ['view_project', 'log_own_time'] });
    if (req.method === 'GET' && path === '/api/v1/tasks') return sendJson(res, 200, { tasks: [], pagination: { ...pagination, total: 0 } });
    if ((req.method === 'POST' && path === '/api/v1/time-entries') || (req.method === 'PUT' && path === '/api/v1/time-entries/9')) {
      const [status, body] = onCreate(req);
      return sendJson(res, status, body);
    }
    sendJson(res, 404, { error: 'Not found', code: 'not_found', message: `No route ${req.method} ${path}`, request_id: 'r' });
  });
}

function renderForm(onSaved = vi.fn(), entry?: TimeEntry) {
  const wrapper = ({ children }: { children: ReactNode }) => <AppProviders queryClient={createQueryClient()}>{children}</AppProviders>;
  render(<TimeEntryForm entry={entry} onSaved={onSaved} onCancel={() => {}} />, { wrapper });
  return onSaved;
}

async function fillBasics() {
  const user = userEvent.setup();
  await pickOption(user, 'Project', /Apollo/);
  fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-03-04' } });
  fireEvent.change(screen.getByLabelText('Start'), { target: { value: '09:00' } });
  return user;
}

const posted = () => server.requests.filter((r) => r.method === 'POST');

// A loaded CI machine renders the first form slowly: allow more than the 5 s default.
describe('TimeEntryForm', { timeout: 20_000 }, () => {
  it('sends start and end as start_time and end_time, with an Idempotency-Key', async () => {
    serveApi((req) => [201, { id: 1, ...JSON.parse(req.body) }]);
    const onSaved = renderForm();
    const user = await fillBasics();
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '10:30' } });
    await user.type(screen.getByLabelText('Notes'), 'Planning');
    await user.click(screen.getByRole('button', { name: 'Add entry' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [request] = posted();
    expect(JSON.parse(request!.body)).toEqual({
      project_id: 3,
      task_id: null,
      start_time: new Date(2026, 2, 4, 9, 0).toISOString(),
      end_time: new Date(2026, 2, 4, 10, 30).toISOString(),
      billable: true,
      notes: 'Planning',
    });
    expect(request!.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('sends a typed duration as duration_seconds instead of an end', async () => {
    serveApi((req) => [201, { id: 2, ...JSON.parse(req.body) }]);
    const onSaved = renderForm();
    const user = await fillBasics();
    await user.click(screen.getByLabelText('Duration'));
    const duration = screen.getByRole('textbox', { name: 'Duration' });
    await user.clear(duration);
    await user.type(duration, '1h45m');
    await user.click(screen.getByRole('button', { name: 'Add entry' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const body = JSON.parse(posted()[0]!.body) as Record<string, unknown>;
    expect(body.duration_seconds).toBe(6300);
    expect(body).not.toHaveProperty('end_time');
  });

  it('does not send a duration it cannot read, and says why next to the field', async () => {
    serveApi(() => [500, {}]);
    renderForm();
    const user = await fillBasics();
    await user.click(screen.getByLabelText('Duration'));
    const duration = screen.getByRole('textbox', { name: 'Duration' });
    await user.clear(duration);
    await user.type(duration, 'a while');
    await user.click(screen.getByRole('button', { name: 'Add entry' }));

    expect(await screen.findByText(/Enter a duration such as/)).toBeTruthy();
    expect(duration.getAttribute('aria-invalid')).toBe('true');
    expect(posted()).toHaveLength(0);
  });

  it('shows the API field error for an end before the start next to End, and stays open', async () => {
    serveApi(() => [
      400,
      {
        error: 'Validation failed',
        code: 'validation_error',
        message: 'body.end_time must be after start_time',
        request_id: 'req-1',
        errors: [{ path: 'body.end_time', message: 'must be after start_time' }],
      },
    ]);
    const onSaved = renderForm();
    const user = await fillBasics();
    fireEvent.change(screen.getByLabelText('Start'), { target: { value: '17:00' } });
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '08:00' } });
    await user.click(screen.getByRole('button', { name: 'Add entry' }));

    const message = await screen.findByText('Must be after start time');
    const end = screen.getByLabelText('End');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(end.getAttribute('aria-describedby')).toBe(message.id);
    expect(screen.getByRole('alert').textContent).toContain('Please correct the fields marked below.');
    expect(onSaved).not.toHaveBeenCalled();
    // the request really went out: the API, not the form, judged the times
    const body = JSON.parse(posted()[0]!.body) as { start_time: string; end_time: string };
    expect(new Date(body.end_time) < new Date(body.start_time)).toBe(true);
  });

  it('D6 the duration field shows what it understood, and says when it cannot read it', async () => {
    serveApi((req) => [201, { id: 3, ...JSON.parse(req.body) }]);
    const onSaved = renderForm();
    const user = await fillBasics();
    await user.click(screen.getByLabelText('Duration'));
    const duration = screen.getByRole('textbox', { name: 'Duration' });
    await user.clear(duration);
    await user.type(duration, '90');
    expect(screen.getByText('= 1:30 h')).toBeTruthy();
    await user.clear(duration);
    await user.type(duration, 'lunch');
    expect(screen.getByText(/Cannot read “lunch” as a duration/)).toBeTruthy();
    await user.clear(duration);
    await user.type(duration, '1 hour 15 minutes');
    expect(screen.getByText('= 1:15 h')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add entry' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect((JSON.parse(posted()[0]!.body) as { duration_seconds: number }).duration_seconds).toBe(4500);
  });

  it('D3 saving an edit of a short timer entry sends only the changed notes, not 10:00–10:00', async () => {
    const entry: TimeEntry = {
      id: 9,
      user_id: 2,
      user: { id: 2, name: 'Uma' },
      project_id: 3,
      task_id: null,
      start_time: new Date(2026, 2, 4, 10, 0, 30).toISOString(),
      end_time: new Date(2026, 2, 4, 10, 0, 50).toISOString(),
      duration_seconds: 20,
      billable: true,
      notes: 'Call',
      approval_status: null,
      invoice_id: null,
      created_at: '2026-03-04T10:00:50Z',
      updated_at: '2026-03-04T10:00:50Z',
    };
    serveApi((req) => [200, { ...entry, ...JSON.parse(req.body) }]);
    const onSaved = renderForm(vi.fn(), entry);
    const user = userEvent.setup();
    const notes = await screen.findByLabelText('Notes');
    await user.type(notes, ' with Ann');
    await user.click(screen.getByRole('button', { name: /Save/ }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const puts = server.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(JSON.parse(puts[0]!.body)).toEqual({ notes: 'Call with Ann' });
  });
});

/** A participation as GET /participations lists it. */
function member(id: number, name: string, level: string, canEditTime = false) {
  return {
    id: 100 + id,
    project_id: 3,
    user_id: id,
    user: { id, name, email: `${name.toLowerCase()}@example.test` },
    access_level: 'time_logging',
    permissions_label: 'edit',
    level,
    can_invite: false,
    can_post: false,
    can_edit_time: canEditTime,
    can_edit_expense: false,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  };
}

/** The API of someone (user 7) with `actions` on project 3, whose members are Uma, Vic (Track Time) and Wes (tasks only). */
function serveTeamApi(actions: string[]) {
  server.respondWith((req, res) => {
    const path = req.url.split('?')[0];
    if (req.method === 'GET' && path === '/api/v1/users/me/permissions')
      return sendJson(res, 200, { user_id: 7, is_admin: false, roles: [], permissions: ['create_time_entries'], scopes: null, version: 1 });
    if (req.method === 'GET' && path === '/api/v1/projects') return sendJson(res, 200, { projects: [project], pagination });
    if (req.method === 'GET' && path === '/api/v1/projects/3/access') return sendJson(res, 200, { project_id: 3, actions });
    if (req.method === 'GET' && path === '/api/v1/tasks') return sendJson(res, 200, { tasks: [], pagination: { ...pagination, total: 0 } });
    if (req.method === 'GET' && path === '/api/v1/participations') {
      const participations = [
        member(7, 'Ada', 'edit_financials'),
        member(8, 'Uma', 'edit_time_and_expenses'),
        member(9, 'Vic', 'view_tasks', true),
        member(10, 'Wes', 'edit_tasks'),
      ];
      return sendJson(res, 200, { participations, pagination: { ...pagination, total: participations.length } });
    }
    if (req.method === 'POST' && path === '/api/v1/time-entries') return sendJson(res, 201, { id: 5, ...JSON.parse(req.body) });
    sendJson(res, 404, { error: 'Not found', code: 'not_found', message: `No route ${req.method} ${path}`, request_id: 'r' });
  });
}

describe('TimeEntryForm: logging time for someone else', { timeout: 20_000 }, () => {
  it('D8 with edit_others_time on the project, a Person select lists the members who may log time there and sends user_id', async () => {
    serveTeamApi(['view_project', 'log_own_time', 'edit_others_time', 'edit_financials']);
    const onSaved = renderForm();
    const user = await fillBasics();
    const person = await screen.findByLabelText('Person', undefined, { timeout: 5000 });
    await waitFor(() =>
      expect(
        within(person)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Me', 'Uma', 'Vic']),
    );
    await user.selectOptions(person, 'Uma');
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '10:00' } });
    await user.click(screen.getByRole('button', { name: 'Add entry' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(JSON.parse(posted()[0]!.body)).toMatchObject({ project_id: 3, user_id: 8 });
  });

  it('D8 without edit_others_time there is no Person field and the entry is the caller’s own', async () => {
    serveTeamApi(['view_project', 'log_own_time']);
    const onSaved = renderForm();
    const user = await fillBasics();
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '10:00' } });
    await user.click(screen.getByRole('button', { name: 'Add entry' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(screen.queryByLabelText('Person')).toBeNull();
    expect(JSON.parse(posted()[0]!.body)).not.toHaveProperty('user_id');
  });
});
