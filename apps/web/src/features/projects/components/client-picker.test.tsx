import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sendJson } from '@test/test-api-server';
import { setupTestApiServer } from '@test/setup-test-api-server';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { ClientPicker } from './client-picker';

const server = setupTestApiServer();

const client = (id: number, name: string) => ({
  id,
  name,
  email: `${name.toLowerCase()}@example.com`,
  status: 'active',
  notes: null,
  project_count: 0,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
});

describe('client picker', { timeout: 20_000 }, () => {
  it('searches the clients on the server by the typed text instead of loading a first page of them', async () => {
    server.respondWith((req, res) => {
      const q = new URL(req.url, 'http://x').searchParams.get('q') ?? '';
      const all = [client(1, 'Acme'), client(2, 'Globex')].filter((c) => c.name.toLowerCase().includes(q.toLowerCase()));
      sendJson(res, 200, { clients: all, pagination: { page: 1, per_page: 20, total: all.length, pages: 1 } });
    });
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(
      <AppProviders queryClient={createQueryClient()}>
        <ClientPicker status="active" placeholder="No client" value="" onChange={onChange} />
      </AppProviders>,
    );
    await user.click(screen.getByRole('combobox', { name: 'Client' }));
    await screen.findByRole('option', { name: /Acme/ });
    await user.type(screen.getByRole('combobox', { name: 'Search: Client' }), 'glo');
    await waitFor(() => expect(screen.queryByRole('option', { name: /Acme/ })).toBeNull());
    await user.click(await screen.findByRole('option', { name: /Globex/ }));
    expect(onChange).toHaveBeenCalledWith('2');
    await waitFor(() => expect(server.requests.some((r) => r.url.includes('q=glo'))).toBe(true));
    const urls = server.requests.map((r) => r.url).filter((u) => u.startsWith('/api/v1/clients'));
    expect(urls.every((u) => u.includes('per_page=20') && u.includes('status=active'))).toBe(true);
    expect(urls.some((u) => u.includes('per_page=100'))).toBe(false);
  });
});
