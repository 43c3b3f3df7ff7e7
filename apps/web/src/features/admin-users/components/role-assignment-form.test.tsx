import { PERMISSION_NAMES, type Permission } from '@timekeeper/shared';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sendJson, type RecordedRequest } from '@test/test-api-server';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { setCsrfToken } from '@/lib/api-client';
import type { Role } from '@/features/admin-roles';
import type { User } from '../api/types';
import { RoleAssignmentForm } from './role-assignment-form';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();
const SLOW = { timeout: 20_000 };

// The CSS pointer-events check walks computed styles up the tree on every click: slow in jsdom
// with a few hundred elements, and these forms use no pointer-events tricks.
const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

/** An administrator: everything but the Administration category's top permission. */
const ADMIN: Permission[] = PERMISSION_NAMES.filter((p) => p !== 'manage_permissions');

const role = (id: number, name: string, permissions: string[], isSystem = false): Role => ({
  id,
  name,
  description: '',
  is_system_role: isSystem,
  permissions,
  user_count: 0,
  created_at: '2025-01-01T00:00:00.000Z',
  updated_at: '2025-01-01T00:00:00.000Z',
});

const ROLES = [
  role(1, 'super_admin', [...PERMISSION_NAMES], true),
  role(4, 'user', ['view_own_time_entries', 'create_time_entries'], true),
  role(6, 'invoice_clerk', ['create_invoices', 'send_invoices']),
  role(7, 'auditor', ['view_audit_logs']),
];

const LATER = '2031-08-31T23:59:59.000Z';

function target(roles: User['roles']): User {
  return {
    id: 12,
    email: 'ana@example.com',
    name: 'Ana Lima',
    is_active: true,
    legacy_role: null,
    roles,
    created_at: '2025-01-01T00:00:00.000Z',
    last_login_at: null,
  };
}

const ref = (id: number, expiresAt: string | null) => {
  const r = ROLES.find((x) => x.id === id)!;
  return { id, name: r.name, is_system_role: r.is_system_role, expires_at: expiresAt };
};

type Reply = [number, unknown];

function serve(
  put: (req: RecordedRequest) => Reply = (req) => [
    200,
    target((JSON.parse(req.body) as { roles: { role: number; expires_at: string | null }[] }).roles.map((a) => ref(a.role, a.expires_at))),
  ],
  meId = 1,
) {
  server.respondWith((req, res) => {
    if (req.url === '/api/v1/users/me/permissions')
      return sendJson(res, 200, { user_id: meId, is_admin: true, roles: [], permissions: ADMIN, scopes: null, version: 1 });
    if (req.url === '/api/v1/roles')
      return sendJson(res, 200, { roles: ROLES, statistics: { total_roles: 4, system_roles: 2, custom_roles: 2, users_with_roles: 1 } });
    const [status, body] = put(req);
    sendJson(res, status, body);
  });
}

const puts = () => server.requests.filter((r) => r.method === 'PUT');
const sentRoles = () => (JSON.parse(puts()[0]!.body) as { roles: unknown[] }).roles;

function renderForm(user: User) {
  render(
    <AppProviders queryClient={createQueryClient()}>
      <RoleAssignmentForm user={user} />
    </AppProviders>,
  );
}

const tick = (name: string) => screen.findByLabelText(name, undefined, { timeout: 5000 }) as Promise<HTMLInputElement>;
/** The expiry inputs, in role-list order, for the ticked roles. */
const expiryInputs = () => screen.getAllByLabelText(/^Expires/) as HTMLInputElement[];
const saveButton = () => screen.getByRole('button', { name: 'Save roles' }) as HTMLButtonElement;

describe('role assignment form: expiry handling', SLOW, () => {
  it('prefills each expiry in local time and sends an untouched one back exactly as stored', async () => {
    serve();
    setCsrfToken('csrf-2');
    const user = setupUser();
    renderForm(target([ref(4, null), ref(6, LATER)]));

    await user.click(await tick('auditor'));
    const [userExpiry, clerkExpiry, auditorExpiry] = expiryInputs();
    expect(userExpiry!.value).toBe('');
    const later = new Date(LATER);
    expect(clerkExpiry!.value.startsWith(`${later.getFullYear()}-`)).toBe(true);
    expect(new Date(clerkExpiry!.value).getMinutes()).toBe(later.getMinutes());
    expect(auditorExpiry!.value).toBe('');

    await user.click(saveButton());

    await waitFor(() => expect(puts()).toHaveLength(1));
    expect(puts()[0]!.url).toBe('/api/v1/users/12/roles');
    expect(puts()[0]!.headers['x-csrf-token']).toBe('csrf-2');
    expect(sentRoles()).toEqual([
      { role: 4, expires_at: null },
      { role: 6, expires_at: LATER },
      { role: 7, expires_at: null },
    ]);
    expect(await screen.findByText('Roles saved.')).toBeTruthy();
  });

  it('turns a typed local date-time into an ISO instant, and an emptied one into permanent', async () => {
    serve();
    const user = setupUser();
    renderForm(target([ref(4, null), ref(6, LATER)]));
    await tick('user');
    expect(saveButton().disabled).toBe(true);

    const [userExpiry, clerkExpiry] = expiryInputs();
    fireEvent.change(userExpiry!, { target: { value: '2032-01-15T09:30' } });
    fireEvent.change(clerkExpiry!, { target: { value: '' } });
    await user.click(saveButton());

    await waitFor(() => expect(puts()).toHaveLength(1));
    expect(sentRoles()).toEqual([
      { role: 4, expires_at: new Date(2032, 0, 15, 9, 30).toISOString() },
      { role: 6, expires_at: null },
    ]);
  });

  it('refuses an expiry in the past before asking the API', async () => {
    serve();
    const user = setupUser();
    renderForm(target([ref(4, null)]));
    await tick('user');

    fireEvent.change(expiryInputs()[0]!, { target: { value: '2020-01-01T10:00' } });
    await user.click(saveButton());

    expect(await screen.findByText('The expiry must be in the future')).toBeTruthy();
    expect(expiryInputs()[0]!.getAttribute('aria-invalid')).toBe('true');
    expect(puts()).toHaveLength(0);
  });

  it('asks what to do with an assignment that has already expired: renew, make permanent or untick', async () => {
    serve();
    const user = setupUser();
    renderForm(target([ref(4, null), ref(6, '2024-02-01T12:00:00.000Z')]));
    await tick('invoice_clerk');
    expect(screen.getByText(/^Expired on/)).toBeTruthy();

    await user.click(saveButton());
    expect(
      await screen.findByText(/This assignment expired on .*choose a new date, clear it for permanent, or untick the role/),
    ).toBeTruthy();
    expect(puts()).toHaveLength(0);

    await user.click(await tick('invoice_clerk'));
    await user.click(saveButton());
    await waitFor(() => expect(puts()).toHaveLength(1));
    expect(sentRoles()).toEqual([{ role: 4, expires_at: null }]);
  });

  it("maps the API's field error for line N back onto that role", async () => {
    serve(() => [
      400,
      {
        error: 'Validation failed',
        code: 'validation_error',
        message: 'body.roles.1.expires_at must be in the future',
        request_id: 'r1',
        errors: [{ path: 'body.roles.1.expires_at', message: 'must be in the future' }],
      },
    ]);
    const user = setupUser();
    renderForm(target([ref(4, null)]));
    await user.click(await tick('auditor'));
    fireEvent.change(expiryInputs()[1]!, { target: { value: '2033-03-03T03:03' } });
    await user.click(saveButton());

    expect(await screen.findByText('Must be in the future')).toBeTruthy();
    expect(expiryInputs()[1]!.getAttribute('aria-invalid')).toBe('true');
    expect(expiryInputs()[0]!.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('role assignment form: guards', SLOW, () => {
  it("shows the API's 403 and 409 messages", async () => {
    const refusals: Reply[] = [
      [
        403,
        {
          error: 'Insufficient permissions',
          code: 'forbidden',
          message: "You cannot change this user's roles: this user holds the 'manage_permissions' permission, which you do not hold",
          request_id: 'r1',
        },
      ],
      [
        409,
        {
          error: 'Conflict',
          code: 'conflict',
          message: 'This change would leave no active super_admin with a permanent assignment; give the role to someone else first',
          request_id: 'r2',
        },
      ],
    ];
    serve(() => refusals.shift()!);
    const user = setupUser();
    renderForm(target([ref(4, null)]));
    await user.click(await tick('auditor'));

    await user.click(saveButton());
    expect((await screen.findByRole('alert')).textContent).toContain('this user holds the “Manage permissions” permission');
    await user.click(saveButton());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('would leave no active super admin'));
    expect(puts()).toHaveLength(2);
  });

  it('locks a role holding a permission the caller lacks', async () => {
    serve();
    renderForm(target([ref(4, null)]));
    const superAdmin = await tick('super_admin');

    expect(superAdmin.disabled).toBe(true);
    expect(screen.getByText(/Includes manage_permissions, which you do not hold/)).toBeTruthy();
  });

  it('is hidden for yourself: the API refuses changes to your own roles', async () => {
    serve(undefined, 12);
    renderForm(target([ref(4, null)]));

    expect(await screen.findByText(/You cannot change your own roles/, undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save roles' })).toBeNull();
  });
});
