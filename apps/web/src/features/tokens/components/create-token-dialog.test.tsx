import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SCOPE_PRESETS, SYSTEM_ROLES } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { sendJson, type RecordedRequest } from '@test/test-api-server';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { CreateTokenDialog } from './create-token-dialog';
import { setupTestApiServer } from '@test/setup-test-api-server';

const SECRET = 'tk_tlM3LSmZlQc9G5MbRMM18KCGPUhNT11O4Ani';
const server = setupTestApiServer();

interface Scenario {
  isAdmin?: boolean;
  permissions?: readonly string[];
  maxDays?: number;
  onCreate?: (req: RecordedRequest) => [number, unknown];
}

function serve({ isAdmin = false, permissions = SYSTEM_ROLES.user.permissions, maxDays = 365, onCreate }: Scenario = {}) {
  server.respondWith((req, res) => {
    const path = req.url.split('?')[0];
    if (path === '/api/v1/users/me/permissions') {
      return sendJson(res, 200, { user_id: 7, is_admin: isAdmin, roles: [], permissions, scopes: null, version: 1 });
    }
    if (path === '/api/v1/scopes') return sendJson(res, 200, { scopes: [], presets: SCOPE_PRESETS, max_lifetime_days: maxDays });
    if (path === '/api/v1/api-tokens' && req.method === 'POST') {
      const [status, body] = onCreate?.(req) ?? [201, { id: 3, name: 'CI', prefix: SECRET.slice(0, 9), token: SECRET }];
      return sendJson(res, status, body);
    }
    if (path === '/api/v1/api-tokens')
      return sendJson(res, 200, { api_tokens: [], pagination: { page: 1, per_page: 25, total: 0, pages: 1 } });
    return sendJson(res, 404, { error: 'Not found', code: 'not_found', message: `no ${path}`, request_id: 'r' });
  });
}

function renderDialog() {
  const queryClient = createQueryClient();
  render(
    <AppProviders queryClient={queryClient}>
      <CreateTokenDialog />
    </AppProviders>,
  );
  return queryClient;
}

async function openForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'New token' }));
  const dialog = await screen.findByRole('dialog', { name: 'New API token' });
  // The form renders once the scope catalog and the permissions have arrived.
  await within(dialog).findByRole('group', { name: 'Scope presets' });
  return dialog;
}

const box = (dialog: HTMLElement, scope: string) => within(dialog).getByRole('checkbox', { name: scope });
const posts = () => server.requests.filter((r) => r.method === 'POST');

// Generous: these drive a whole dialog, and the suite runs many files in parallel.
describe('token form', { timeout: 20_000 }, () => {
  it('applies a preset in one click and marks it pressed', async () => {
    serve();
    const user = userEvent.setup();
    renderDialog();
    const dialog = await openForm(user);

    await user.click(within(dialog).getByRole('button', { name: 'Time tracking integration' }));

    for (const scope of ['read:projects', 'read:time_entries', 'write:time_entries', 'read:tasks'])
      expect((box(dialog, scope) as HTMLInputElement).checked).toBe(true);
    expect((box(dialog, 'read:clients') as HTMLInputElement).checked).toBe(false);
    expect(within(dialog).getByRole('button', { name: 'Time tracking integration' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows write as including read: the read box is checked and locked while write is picked', async () => {
    serve();
    const user = userEvent.setup();
    renderDialog();
    const dialog = await openForm(user);

    await user.click(box(dialog, 'write:tasks'));

    const read = box(dialog, 'read:tasks') as HTMLInputElement;
    expect(read.checked).toBe(true);
    expect(read.disabled).toBe(true);
    expect(read.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(read.getAttribute('aria-describedby')!)?.textContent).toBe('Included in write:tasks.');

    await user.click(box(dialog, 'write:tasks'));
    expect(read.checked).toBe(false);
    expect(read.disabled).toBe(false);
  });

  it('disables the scopes the person cannot be granted, says why, and hides admin scopes from non-admins', async () => {
    serve({ permissions: SYSTEM_ROLES.user.permissions });
    const user = userEvent.setup();
    renderDialog();
    const dialog = await openForm(user);

    const writeProjects = box(dialog, 'write:projects') as HTMLInputElement;
    expect(writeProjects.disabled).toBe(true);
    expect(document.getElementById(writeProjects.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Not backed by your permissions: needs create_projects, edit_projects or archive_projects.',
    );
    expect((box(dialog, 'write:time_entries') as HTMLInputElement).disabled).toBe(false);
    expect(within(dialog).queryByRole('checkbox', { name: 'admin:all' })).toBeNull();
    expect(within(dialog).queryByRole('checkbox', { name: 'read:*' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Admin access' })).toBeNull();

    // A preset leaves out what cannot be granted, and says so.
    await user.click(within(dialog).getByRole('button', { name: 'Project management integration' }));
    expect(writeProjects.checked).toBe(false);
    expect((box(dialog, 'write:tasks') as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).getByText(/Left out of “Project management integration”: write:projects/)).toBeTruthy();
  });

  it('offers wildcard and admin scopes to administrators', async () => {
    serve({ isAdmin: true, permissions: SYSTEM_ROLES.admin.permissions });
    const user = userEvent.setup();
    renderDialog();
    const dialog = await openForm(user);

    await user.click(within(dialog).getByRole('button', { name: 'Admin access' }));

    expect((box(dialog, 'admin:all') as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).getByRole('checkbox', { name: 'write:*' })).toBeTruthy();
    // admin:all covers every resource scope.
    expect((box(dialog, 'write:invoices') as HTMLInputElement).disabled).toBe(true);
  });

  it('requires an expiry, within the server maximum, before anything is sent', async () => {
    serve({ maxDays: 90 });
    const user = userEvent.setup();
    renderDialog();
    const dialog = await openForm(user);

    const expiry = within(dialog).getByLabelText(/^Expires/) as HTMLSelectElement;
    expect([...expiry.options].map((o) => o.textContent)).toEqual([
      'Choose an expiry…',
      'In 7 days',
      'In 30 days',
      'In 90 days',
      'On a date…',
    ]);
    await user.type(within(dialog).getByLabelText('Name'), 'CI');
    await user.click(box(dialog, 'read:projects'));
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    expect(await within(dialog).findByText('Choose when the token expires: every token expires.')).toBeTruthy();
    expect(expiry.getAttribute('aria-invalid')).toBe('true');
    expect(posts()).toHaveLength(0);
  });

  it('shows the API refusal naming the scope', async () => {
    serve({
      onCreate: () => [
        422,
        {
          error: 'Unprocessable',
          code: 'unprocessable',
          message: "The scope 'write:reports' cannot be granted: your permissions do not back it",
          request_id: 'r1',
          scope: 'write:reports',
        },
      ],
    });
    const user = userEvent.setup();
    renderDialog();
    const dialog = await openForm(user);
    await user.type(within(dialog).getByLabelText('Name'), 'CI');
    await user.selectOptions(within(dialog).getByLabelText(/^Expires/), '30');
    await user.click(box(dialog, 'read:reports'));
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    expect((await within(dialog).findByRole('alert')).textContent).toContain("The scope 'write:reports' cannot be granted");
  });

  it('sends the request, then shows the secret once with a copy button, and forgets it', async () => {
    serve();
    const user = userEvent.setup();
    const queryClient = renderDialog();
    let dialog = await openForm(user);

    await user.type(within(dialog).getByLabelText('Name'), 'CI');
    await user.selectOptions(within(dialog).getByLabelText(/^Expires/), '30');
    await user.type(within(dialog).getByLabelText(/Allowed IP addresses/), '203.0.113.7{enter}10.0.0.0/8');
    await user.click(within(dialog).getByRole('button', { name: 'Read-only access' }));
    await user.click(box(dialog, 'write:time_entries'));
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    const shown = await screen.findByRole('dialog', { name: 'Token created' });
    expect(JSON.parse(posts()[0]!.body)).toEqual({
      name: 'CI',
      scopes: ['read:projects', 'read:time_entries', 'write:time_entries', 'read:tasks', 'read:clients', 'read:reports'],
      expires_in_days: 30,
      allowed_ips: ['203.0.113.7', '10.0.0.0/8'],
    });
    expect((within(shown).getByLabelText('API token') as HTMLInputElement).value).toBe(SECRET);
    expect(within(shown).getByText('Copy your token now. It will not be shown again.')).toBeTruthy();

    await user.click(within(shown).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(within(shown).getByText('Copied to the clipboard.')).toBeTruthy();

    // The secret is in no cache: not under a query key, not in the mutation's state.
    const cached = JSON.stringify([
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state.data),
      queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state.data),
    ]);
    expect(cached).not.toContain(SECRET);

    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Token created' })).toBeTruthy();

    await user.click(within(shown).getByRole('button', { name: 'I have stored it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.body.innerHTML).not.toContain(SECRET);

    dialog = await openForm(user);
    expect(within(dialog).queryByLabelText('API token')).toBeNull();
    expect(document.body.innerHTML).not.toContain(SECRET);
  });
});
