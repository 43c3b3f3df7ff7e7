import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SYSTEM_ROLES, type ProjectAction } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { permissionsBody, projectAccessBody, testProject } from '@test/fake-api';
import { renderApp } from '@test/render-app';
import { sendJson } from '@test/test-api-server';
import { ProjectDetailRoute } from '@/app/routes/project-detail';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

const PROJECT = testProject();

function serve(actions: ProjectAction[], level = 'view_tasks') {
  server.respondWith((req, res) => {
    const path = req.url.split('?')[0];
    if (path === '/api/v1/users/me/permissions') return sendJson(res, 200, permissionsBody(SYSTEM_ROLES.user.permissions));
    if (path === '/api/v1/projects/5') return sendJson(res, 200, PROJECT);
    if (path === '/api/v1/projects/5/access') {
      const access = { level, access_level: 'collaboration', permissions_label: 'view_with_custom', actions };
      return sendJson(res, 200, projectAccessBody(5, access, { can_edit_time: true }));
    }
    if (path === '/api/v1/tasks') return sendJson(res, 200, { tasks: [], pagination: { page: 1, per_page: 25, total: 0, pages: 1 } });
    if (path === '/api/v1/clients') return sendJson(res, 200, { clients: [], pagination: { page: 1, per_page: 100, total: 0, pages: 1 } });
    if (path === '/api/v1/participations')
      return sendJson(res, 200, { participations: [], pagination: { page: 1, per_page: 100, total: 0, pages: 1 } });
    return sendJson(res, 404, { error: 'Not found', code: 'not_found', message: 'Project not found', request_id: 'r' });
  });
}

function renderAt(path: string) {
  return renderApp(path, [
    { path: '/projects/:projectId/*', element: <ProjectDetailRoute /> },
    { path: '/projects', element: <p>list</p> },
  ]).router;
}

describe('project detail', { timeout: 20_000 }, () => {
  it('shows only the tabs the project access allows; a forbidden tab in the URL falls back to the first allowed one', async () => {
    serve(['view_project', 'view_tasks', 'log_own_time']);
    const router = renderAt('/projects/5/financials');

    expect(await screen.findByRole('heading', { name: 'Acme Website Redesign' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Tasks', 'Members']);
    expect(screen.getByRole('tab', { name: 'Tasks' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/5/tasks'));
    expect(screen.getByText('View Tasks')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit details' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();
  });

  it('opens the tab named in the URL when allowed, and switches tabs through the URL', async () => {
    serve(['view_project', 'view_tasks', 'view_team_time', 'view_financials'], 'view_financials');
    const user = userEvent.setup();
    const router = renderAt('/projects/5/members');

    expect((await screen.findByRole('tab', { name: 'Members' })).getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Tasks', 'Time', 'Members', 'Financials']);
    await user.click(screen.getByRole('tab', { name: 'Tasks' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/5/tasks'));
  });

  it('says "not found" for a project the caller cannot see', async () => {
    serve([]);
    renderAt('/projects/9');
    expect(await screen.findByText('Project not found')).toBeTruthy();
  });
});
