import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { sendJson, type RecordedRequest } from '@test/test-api-server';
import { setupTestApiServer } from '@test/setup-test-api-server';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { ProjectPicker, TaskPicker } from './project-task-picker';

const server = setupTestApiServer();

const project = (id: number, name: string, clientId: number | null = null, status = 'active') => ({
  id,
  name,
  client_id: clientId,
  status,
  billable: true,
  description: '',
  access_level: 'time_logging',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
});
const PROJECTS = [project(3, 'Apollo', 1), project(4, 'Borealis'), project(5, 'Zeus', 1), project(6, 'Closed doors')];
/** Project 6 is visible but the caller may not log time there. */
const MAY_LOG = new Set([3, 4, 5]);
const TASKS: Record<number, { id: number; name: string; status: string }[]> = {
  3: [
    { id: 30, name: 'Design', status: 'todo' },
    { id: 31, name: 'Launch', status: 'done' },
  ],
  5: [{ id: 50, name: 'Thunder', status: 'in_progress' }],
};
const page = (total: number) => ({ page: 1, per_page: 50, total, pages: 1 });

/** User 7's API: recent entries on Zeus then Apollo; `failProjects` makes GET /projects refuse (403). */
function serveApi(options: { failProjects?: boolean; slowProjects?: boolean } = {}) {
  server.respondWith((req, res) => {
    const url = new URL(req.url, 'http://test');
    const path = url.pathname.replace('/api/v1', '');
    const id = Number(path.split('/')[2]);
    if (path === '/users/me/permissions')
      return sendJson(res, 200, { user_id: 7, is_admin: false, roles: [], permissions: ['view_clients'], scopes: null, version: 1 });
    if (path === '/time-entries') {
      const entries = [5, 3, 5, 6].map((projectId, i) => ({ id: 100 + i, project_id: projectId, user_id: 7 }));
      return sendJson(res, 200, { time_entries: entries, pagination: page(entries.length) });
    }
    if (path === '/projects') {
      if (options.failProjects)
        return sendJson(res, 403, { error: 'Forbidden', code: 'forbidden', message: 'This token may not read projects', request_id: 'r1' });
      const q = url.searchParams.get('q')?.toLowerCase() ?? '';
      const found = PROJECTS.filter((p) => p.name.toLowerCase().includes(q));
      const answer = () => sendJson(res, 200, { projects: found, pagination: page(found.length) });
      return options.slowProjects ? void setTimeout(answer, 600) : answer();
    }
    if (/^\/projects\/\d+\/access$/.test(path))
      return sendJson(res, 200, { project_id: id, actions: MAY_LOG.has(id) ? ['view_project', 'log_own_time'] : ['view_project'] });
    if (/^\/projects\/\d+$/.test(path))
      return sendJson(
        res,
        200,
        PROJECTS.find((p) => p.id === id),
      );
    if (path === '/clients/1') return sendJson(res, 200, { id: 1, name: 'Acme' });
    if (path === '/tasks') {
      const q = url.searchParams.get('q')?.toLowerCase() ?? '';
      const tasks = (TASKS[Number(url.searchParams.get('project_id'))] ?? []).filter((t) => t.name.toLowerCase().includes(q));
      return sendJson(res, 200, { tasks, pagination: page(tasks.length) });
    }
    if (/^\/tasks\/\d+$/.test(path))
      return sendJson(
        res,
        200,
        Object.values(TASKS)
          .flat()
          .find((t) => t.id === id),
      );
    sendJson(res, 404, { error: 'Not Found', code: 'not_found', message: `No route ${req.method} ${path}`, request_id: 'r' });
  });
}

function Harness({ onProject = vi.fn() }: { onProject?: (id: string) => void }) {
  const [projectId, setProjectId] = useState('');
  const [taskId, setTaskId] = useState('');
  return (
    <>
      <ProjectPicker
        value={projectId}
        onChange={(id) => {
          setProjectId(id);
          setTaskId('');
          onProject(id);
        }}
        action="log_own_time"
      />
      <TaskPicker projectId={projectId ? Number(projectId) : undefined} value={taskId} onChange={setTaskId} />
      <output aria-label="Chosen task">{taskId}</output>
    </>
  );
}

function renderPicker(onProject?: (id: string) => void) {
  render(
    <AppProviders queryClient={createQueryClient()}>
      <Harness onProject={onProject} />
    </AppProviders>,
  );
}

const projectSearches = () =>
  server.requests.filter((r: RecordedRequest) => r.method === 'GET' && r.url.split('?')[0] === '/api/v1/projects').map((r) => r.url);
const optionNames = () => screen.getAllByRole('option').map((o) => o.textContent);

describe('ProjectPicker and TaskPicker', { timeout: 20_000 }, () => {
  it('lists the recent projects first, then the others, only where the caller may log time, each with its client', async () => {
    serveApi();
    const user = userEvent.setup();
    renderPicker();
    await user.click(await screen.findByRole('combobox', { name: 'Project' }));

    const recent = await screen.findByRole('group', { name: 'Recent' });
    await waitFor(() =>
      expect(
        within(recent)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['ZeusAcme', 'ApolloAcme']),
    );
    const all = await screen.findByRole('group', { name: 'All projects' });
    // Recent projects are not repeated; Closed doors (no log_own_time) is not offered at all.
    expect(
      within(all)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Borealis']);
    expect(screen.queryByRole('option', { name: /Closed doors/ })).toBeNull();
    // One page of active projects, not every project.
    expect(projectSearches()).toEqual([expect.stringContaining('status=active')]);
    expect(projectSearches()[0]).toContain('per_page=50');
  });

  it('searches the server with q as the person types (once, after a pause)', async () => {
    serveApi();
    const user = userEvent.setup();
    renderPicker();
    await user.click(await screen.findByRole('combobox', { name: 'Project' }));
    await screen.findByRole('group', { name: 'Recent' });
    await user.keyboard('bor');

    await waitFor(() => expect(optionNames()).toEqual(['Borealis']));
    const searches = projectSearches();
    expect(searches.filter((u) => u.includes('q='))).toEqual([expect.stringContaining('q=bor')]);
    // The recent group follows the typed text too: none of them matches.
    expect(screen.queryByRole('group', { name: 'Recent' })).toBeNull();
  });

  it('is usable with the keyboard alone: open, type, arrows, Enter; the task list then follows the project', async () => {
    serveApi();
    const onProject = vi.fn();
    const user = userEvent.setup();
    renderPicker(onProject);
    const button = await screen.findByRole('combobox', { name: 'Project' });
    // The task picker starts again for each project (a new element).
    const task = () => screen.getByRole('combobox', { name: 'Task (optional)' }) as HTMLButtonElement;
    expect(task().disabled).toBe(true);

    await user.tab();
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Enter}');
    await screen.findByRole('group', { name: 'Recent' });
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(onProject).toHaveBeenCalledWith('3'));
    await waitFor(() => expect(button.textContent).toContain('Apollo'));

    // Apollo's open tasks (Launch is done), after "No task".
    await waitFor(() => expect(task().disabled).toBe(false));
    await user.click(task());
    await waitFor(() => expect(optionNames()).toEqual(['No task', 'Design']));
    await user.keyboard('des');
    await waitFor(() => expect(optionNames()).toEqual(['Design']));
    // The server searches the project's tasks by name.
    const taskSearch = (r: RecordedRequest) => r.url.startsWith('/api/v1/tasks?') && /project_id=3/.test(r.url) && /q=des/.test(r.url);
    await waitFor(() => expect(server.requests.filter(taskSearch)).toHaveLength(1));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Chosen task' }).textContent).toBe('30'));
    await waitFor(() => expect(task().textContent).toContain('Design'));

    // Another project: its own tasks, and the task chosen before is cleared.
    await user.click(button);
    await user.click(await screen.findByRole('option', { name: /Zeus/ }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Chosen task' }).textContent).toBe(''));
    await user.click(task());
    await waitFor(() => expect(optionNames()).toEqual(['No task', 'Thunder']));
  });

  it('says when nothing matches, while it searches, and when the projects cannot be loaded', async () => {
    serveApi({ slowProjects: true });
    const user = userEvent.setup();
    renderPicker();
    await user.click(await screen.findByRole('combobox', { name: 'Project' }));
    expect(await screen.findByText('Searching…')).toBeTruthy();
    await user.keyboard('xyz');
    expect(await screen.findByText('No project matches.', undefined, { timeout: 5000 })).toBeTruthy();
    await user.keyboard('{Escape}');

    serveApi({ failProjects: true });
    renderPicker();
    const [, second] = await screen.findAllByRole('combobox', { name: 'Project' });
    await user.click(second!);
    expect(await screen.findByText(/This token may not read projects/, undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
