import { PERMISSION_NAMES, permissionsByCategory, type Permission } from '@timekeeper/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sendJson, type RecordedRequest } from '@test/test-api-server';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { setCsrfToken } from '@/lib/api-client';
import type { Role } from '../api/types';
import { RoleEditor } from './role-editor';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

// Each test clicks through ~70 checkboxes with user-event: slower than the 5 s default on a busy machine.
const SLOW = { timeout: 20_000 };

// The CSS pointer-events check walks computed styles up the tree on every click: slow in jsdom
// with a few hundred elements, and these forms use no pointer-events tricks.
const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

/** Everything but the system-role switch: an administrator who manages custom roles. */
const ROLE_MANAGER: Permission[] = PERMISSION_NAMES.filter((p) => p !== 'manage_permissions');

type Reply = [number, unknown];

/** Serves GET /users/me/permissions with `held`, and `write` for the role request under test. */
function serve(held: readonly Permission[], write: (req: RecordedRequest) => Reply = () => [200, {}]) {
  server.respondWith((req, res) => {
    if (req.method === 'GET' && req.url === '/api/v1/users/me/permissions') {
      sendJson(res, 200, { user_id: 1, is_admin: true, roles: [], permissions: held, scopes: null, version: 1 });
      return;
    }
    const [status, body] = write(req);
    sendJson(res, status, body);
  });
}

const writes = () => server.requests.filter((r) => r.method !== 'GET');

function role(overrides: Partial<Role>): Role {
  return {
    id: 7,
    name: 'billing_clerk',
    description: 'Prepares invoices',
    is_system_role: false,
    permissions: ['create_invoices', 'view_all_invoices'],
    user_count: 3,
    created_at: '2025-01-01T00:00:00.000Z',
    updated_at: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function renderEditor(r: Role | null) {
  let done = 0;
  render(
    <AppProviders queryClient={createQueryClient()}>
      <RoleEditor role={r} onDone={() => done++} onCancel={() => {}} />
    </AppProviders>,
  );
  return { done: () => done };
}

const category = (name: string) => permissionsByCategory().find((c) => c.name === name)!;
// getByLabelText, not getByRole: the picker has ~70 checkboxes and role queries are slow in jsdom.
const box = (name: string) => screen.getByLabelText(new RegExp(`^${name}(?![a-z_])`)) as HTMLInputElement;
const categoryBox = (label: string) => screen.getByLabelText(`All of ${label}`) as HTMLInputElement;
/** The ticked permissions of one category, read straight from its fieldset (one query, not one per box). */
const checkedIn = (label: string) =>
  Array.from(categoryBox(label).closest('fieldset')!.querySelectorAll<HTMLInputElement>('input:not([aria-label])'))
    .filter((c) => c.checked)
    .map((c) => c.labels?.[0]?.firstChild?.textContent);

/** The picker enables what the caller may grant once their permissions have loaded. */
async function ready(label = 'Time Entries') {
  await waitFor(() => expect(categoryBox(label).disabled).toBe(false), { timeout: 5000 });
}

describe('role editor: select all per category', SLOW, () => {
  it('selects, partially clears and clears a whole category, and creates the role with the picked permissions', async () => {
    serve(ROLE_MANAGER, (req) => [201, { ...role({ id: 9, name: 'time_keeper' }), echo: req.body }]);
    setCsrfToken('csrf-1');
    const user = setupUser();
    const { done } = renderEditor(null);
    await ready();
    const timeEntries = category('time_entries').permissions;

    await user.click(categoryBox('Time Entries'));
    expect(checkedIn('Time Entries')).toEqual(timeEntries);
    expect(categoryBox('Time Entries').checked).toBe(true);

    await user.click(box('approve_time_entries'));
    expect(categoryBox('Time Entries').checked).toBe(false);
    expect(categoryBox('Time Entries').indeterminate).toBe(true);

    // From "some", select-all completes the category; from "all" it clears it.
    await user.click(categoryBox('Time Entries'));
    expect(checkedIn('Time Entries')).toEqual(timeEntries);
    await user.click(categoryBox('Time Entries'));
    expect(checkedIn('Time Entries')).toEqual([]);
    expect(categoryBox('Time Entries').indeterminate).toBe(false);

    await user.click(categoryBox('Reports'));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'time_keeper' } });
    await user.click(screen.getByRole('button', { name: 'Create role' }));

    await waitFor(() => expect(done()).toBe(1));
    const [post] = writes();
    expect(post?.method).toBe('POST');
    expect(post?.url).toBe('/api/v1/roles');
    expect(post?.headers['x-csrf-token']).toBe('csrf-1');
    expect(JSON.parse(post!.body)).toEqual({ name: 'time_keeper', description: '', permissions: category('reports').permissions });
  });

  it('never selects a permission the caller does not hold', async () => {
    serve(ROLE_MANAGER);
    const user = setupUser();
    renderEditor(null);
    await ready('Administration');

    expect(box('manage_permissions').disabled).toBe(true);
    await user.click(categoryBox('Administration'));

    expect(checkedIn('Administration')).toEqual(['view_permissions', 'manage_roles']);
    // Every grantable one is on, so the box reads "all" and the next click clears the category.
    expect(categoryBox('Administration').checked).toBe(false);
    expect(categoryBox('Administration').indeterminate).toBe(true);
    await user.click(categoryBox('Administration'));
    expect(checkedIn('Administration')).toEqual([]);
  });
});

describe('role editor: the diff of permissions', SLOW, () => {
  it('shows what saving adds and removes, and sends only the permissions', async () => {
    serve(ROLE_MANAGER, () => [200, role({ permissions: ['send_invoices', 'view_all_invoices'] })]);
    const user = setupUser();
    const { done } = renderEditor(role({}));
    await ready();
    const save = screen.getByRole('button', { name: 'Save changes' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    await user.click(box('create_invoices'));
    await user.click(box('send_invoices'));

    const changes = within(screen.getByRole('list', { name: 'Permission changes' }));
    expect(changes.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['+ send_invoices', '− create_invoices']);
    expect(screen.getByText(/affects 3 users/)).toBeTruthy();

    await user.click(save);
    await waitFor(() => expect(done()).toBe(1));
    const [patch] = writes();
    expect(patch?.method).toBe('PATCH');
    expect(patch?.url).toBe('/api/v1/roles/7');
    expect(JSON.parse(patch!.body)).toEqual({ permissions: ['view_all_invoices', 'send_invoices'] });
  });

  it('sends no permissions when only the description changed, and none when a change was undone', async () => {
    serve(ROLE_MANAGER, () => [200, role({})]);
    const user = setupUser();
    renderEditor(role({}));
    await ready();

    await user.click(box('create_invoices'));
    await user.click(box('create_invoices'));
    expect(screen.queryByRole('list', { name: 'Permission changes' })).toBeNull();

    const description = screen.getByLabelText('Description');
    await user.clear(description);
    await user.type(description, 'Invoices only');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(JSON.parse(writes()[0]!.body)).toEqual({ description: 'Invoices only' });
  });

  it("shows the API's refusal (409 for super_admin's permissions) and stays open", async () => {
    const message = 'The super_admin role always holds every permission; it cannot be edited';
    serve(PERMISSION_NAMES, () => [409, { error: 'Conflict', code: 'conflict', message, request_id: 'req-9' }]);
    const user = setupUser();
    const { done } = renderEditor(role({ id: 1, name: 'super_admin', is_system_role: true, permissions: [...PERMISSION_NAMES] }));
    await ready();

    await user.click(box('view_users'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    // The role's code name in words.
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The super admin role always holds every permission; it cannot be edited',
    );
    expect(done()).toBe(0);
  });
});

describe('role editor: system roles', SLOW, () => {
  it('is read-only without manage_permissions', async () => {
    serve(ROLE_MANAGER);
    renderEditor(role({ id: 2, name: 'admin', is_system_role: true, permissions: ['view_users', 'edit_users'] }));
    await waitFor(() => expect(screen.getByText(/System roles change only with the manage_permissions permission/)).toBeTruthy());

    expect(
      Array.from(document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).every((c) => (c as HTMLInputElement).disabled),
    ).toBe(true);
    expect((screen.getByLabelText('Name') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Description') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(box('edit_users').checked).toBe(true);
  });

  it('is editable with manage_permissions, but never renamed', async () => {
    serve(PERMISSION_NAMES, () => [200, role({})]);
    const user = setupUser();
    renderEditor(role({ id: 2, name: 'admin', is_system_role: true, permissions: ['view_users'] }));
    await ready();

    expect((screen.getByLabelText('Name') as HTMLInputElement).disabled).toBe(true);
    await user.click(box('edit_users'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(JSON.parse(writes()[0]!.body)).toEqual({ permissions: ['view_users', 'edit_users'] });
  });
});
