import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sendJson } from '@test/test-api-server';
import { setupTestApiServer } from '@test/setup-test-api-server';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { ProjectPicker } from './project-picker';
import { UserPicker } from './user-picker';

const server = setupTestApiServer();
const page = (total: number) => ({ page: 1, per_page: 20, total, pages: 1 });

describe('explain pickers', { timeout: 20_000 }, () => {
  it('search users and projects on the server as one types, 20 at a time', async () => {
    server.respondWith((req, res) => {
      const url = new URL(req.url, 'http://x');
      if (url.pathname === '/api/v1/users')
        return sendJson(res, 200, {
          users: url.searchParams.get('q') === 'ana' ? [{ id: 7, name: 'Ana Lima', email: 'ana@example.com', is_active: false }] : [],
          pagination: page(1),
        });
      if (url.pathname === '/api/v1/projects')
        return sendJson(res, 200, {
          projects: url.searchParams.get('q') === 'web' ? [{ id: 3, name: 'Website', status: 'archived' }] : [],
          pagination: page(1),
        });
      sendJson(res, 404, {});
    });
    const onUser = vi.fn();
    const onProject = vi.fn();
    const user = userEvent.setup();
    render(
      <AppProviders queryClient={createQueryClient()}>
        <UserPicker value={null} onChange={onUser} />
        <ProjectPicker value={null} onChange={onProject} />
      </AppProviders>,
    );
    await user.click(screen.getByRole('combobox', { name: 'User' }));
    await user.type(screen.getByRole('combobox', { name: 'Search: User' }), 'ana');
    await user.click(await screen.findByRole('option', { name: /Ana Lima \(deactivated\)/ }));
    expect(onUser).toHaveBeenCalledWith(7);

    await user.click(screen.getByRole('combobox', { name: 'Project' }));
    await user.type(screen.getByRole('combobox', { name: 'Search: Project' }), 'web');
    await user.click(await screen.findByRole('option', { name: 'Website (archived)' }));
    expect(onProject).toHaveBeenCalledWith(3);
    await waitFor(() => expect(server.requests.some((r) => r.url.includes('q=web'))).toBe(true));
    expect(server.requests.every((r) => !r.url.includes('per_page=100'))).toBe(true);
  });
});
