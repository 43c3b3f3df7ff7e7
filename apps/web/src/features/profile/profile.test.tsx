import type { Permission } from '@timekeeper/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { API, errorBody, meBody, routes, signedIn, testUser, type RouteTable } from '@test/fake-api';
import { renderApp, WAIT } from '@test/render-app';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

const ROLES = [
  { id: 4, name: 'user', is_system_role: true, expires_at: null },
  { id: 9, name: 'billing_clerk', is_system_role: false, expires_at: '2030-01-31T00:00:00.000Z' },
];
const PERMISSIONS: Permission[] = ['view_own_time_entries', 'create_time_entries', 'view_projects', 'view_clients'];

const sessions = [
  {
    id: 'abc123',
    created_at: '2026-03-01T08:00:00.000Z',
    last_seen_at: '2026-03-05T08:00:00.000Z',
    expires_at: '2026-04-01T08:00:00.000Z',
    ip: '127.0.0.1',
    user_agent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0',
    current: true,
  },
  {
    id: 'def456',
    created_at: '2026-02-01T08:00:00.000Z',
    last_seen_at: '2026-02-05T08:00:00.000Z',
    expires_at: '2026-03-31T08:00:00.000Z',
    ip: '10.0.0.2',
    user_agent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1',
    current: false,
  },
];

function profileApi(extra: RouteTable = {}): RouteTable {
  return {
    ...signedIn(PERMISSIONS, ROLES),
    [`GET ${API}/auth/sessions`]: () => [200, { sessions }],
    ...extra,
  };
}

/** Opens the profile, types `value` into the details field labelled `label` and saves; returns the field. */
async function saveDetail(label: string, value: string): Promise<HTMLElement> {
  const user = userEvent.setup();
  renderApp('/profile');
  const field = await screen.findByLabelText(label, undefined, WAIT);
  await user.clear(field);
  await user.type(field, value);
  await user.click(screen.getByRole('button', { name: 'Save details' }));
  return field;
}

const lastBody = (method: string, path: string) => {
  const request = [...server.requests].reverse().find((r) => r.method === method && r.url === `${API}${path}`);
  return request ? (JSON.parse(request.body) as unknown) : undefined;
};

describe('profile page', { timeout: 20_000 }, () => {
  it('shows your roles as badges and your permissions grouped by category', async () => {
    server.respondWith(routes(profileApi()));
    renderApp('/profile');

    const roles = await screen.findByRole('list', { name: 'Your roles' }, WAIT);
    expect(within(roles).getByText('user').getAttribute('title')).toBe('System role');
    expect(
      within(roles)
        .getByText(/billing clerk · until/)
        .getAttribute('title'),
    ).toBe('Custom role');
    expect(screen.getByText('Time Entries').closest('summary')?.textContent).toBe('Time Entries (2 of 8)');
    expect(screen.getByText('Time Entries').closest('details')?.open).toBe(true);
    // By their names, never their codes.
    expect(screen.getByText('Create time entries')).toBeTruthy();
    expect(screen.getByText('View clients')).toBeTruthy();
    expect(screen.queryByText('create_time_entries')).toBeNull();
    expect(screen.queryByText('view_users')).toBeNull();
    expect(screen.getByText(/Nothing in: .*User Management.*Administration/)).toBeTruthy();
  });

  it('saves only the changed details and shows the new name in the header', async () => {
    server.respondWith(
      routes(profileApi({ [`PATCH ${API}/users/me`]: (req) => [200, { ...testUser, ...(JSON.parse(req.body) as object) }] })),
    );
    await saveDetail('Name', 'Ada King');

    expect(await screen.findByText('Your details were saved.', undefined, WAIT)).toBeTruthy();
    expect(lastBody('PATCH', '/users/me')).toEqual({ name: 'Ada King' });
    expect(screen.getByRole('banner').textContent).toContain('Ada King');
  });

  it('shows a taken email next to the Email field', async () => {
    server.respondWith(
      routes(
        profileApi({
          [`PATCH ${API}/users/me`]: () => [409, errorBody('conflict', 'A user with this email already exists', { field: 'email' })],
        }),
      ),
    );
    const email = await saveDetail('Email', 'grace@example.test');

    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'), WAIT);
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'A user with this email already exists',
    );
  });

  it('changes the password and shows the API field errors', async () => {
    const TOO_COMMON = 'This password is too common or too easy to guess; a few unrelated words make a strong one';
    let attempts = 0;
    server.respondWith(
      routes(
        profileApi({
          [`POST ${API}/auth/password`]: () => {
            attempts += 1;
            if (attempts === 1)
              return [
                400,
                errorBody('validation_error', 'The current password is incorrect', {
                  errors: [{ path: 'body.current_password', message: 'is incorrect' }],
                }),
              ];
            if (attempts === 2)
              return [400, errorBody('validation_error', TOO_COMMON, { errors: [{ path: 'body.new_password', message: TOO_COMMON }] })];
            return [204];
          },
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/profile');

    const current = await screen.findByLabelText('Current password', undefined, WAIT);
    await user.type(current, 'not-it-at-all');
    await user.type(screen.getByLabelText('New password'), 'a-brand-new-password');
    await user.type(screen.getByLabelText('Repeat the new password'), 'a-brand-new-passwort');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('does not match the new password')).toBeTruthy();
    expect(attempts).toBe(0);

    await user.clear(screen.getByLabelText('Repeat the new password'));
    await user.type(screen.getByLabelText('Repeat the new password'), 'a-brand-new-password');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(current.getAttribute('aria-invalid')).toBe('true'), WAIT);
    expect(document.getElementById(current.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Incorrect');
    expect(lastBody('POST', '/auth/password')).toEqual({ current_password: 'not-it-at-all', new_password: 'a-brand-new-password' });

    // The password policy's refusal shows on the new password field.
    const next = screen.getByLabelText('New password');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(next.getAttribute('aria-invalid')).toBe('true'), WAIT);
    expect(document.getElementById(next.getAttribute('aria-describedby') ?? '')?.textContent).toBe(TOO_COMMON);

    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(/Your password was changed/, undefined, WAIT)).toBeTruthy();
    expect((screen.getByLabelText('Current password') as HTMLInputElement).value).toBe('');
  });

  it('lists the sessions and signs out the others, then everywhere', async () => {
    server.respondWith(
      routes(
        profileApi({
          [`POST ${API}/auth/logout-everywhere`]: (req) => [
            200,
            { ended: (JSON.parse(req.body) as { keep_current: boolean }).keep_current ? 1 : 2 },
          ],
        }),
      ),
    );
    const user = userEvent.setup();
    const { router } = renderApp('/profile');

    const list = await screen.findByRole('list', { name: 'Sessions' }, WAIT);
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('This browser')).toBeTruthy();
    expect(within(list).getByText(/Safari on iOS/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Sign out other sessions' }));
    expect(await screen.findByText('Signed out 1 other session(s).', undefined, WAIT)).toBeTruthy();
    expect(lastBody('POST', '/auth/logout-everywhere')).toEqual({ keep_current: true });

    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'), WAIT);
    expect(lastBody('POST', '/auth/logout-everywhere')).toEqual({ keep_current: false });
  });
});

describe('profile: time and region', { timeout: 20_000 }, () => {
  it('sets your own time zone, week start and clock, and puts the locale back to the organisation’s default', async () => {
    // The person's own settings; the organisation's defaults (meBody's) apply to the rest.
    let own: Parameters<typeof meBody>[0] = { locale: 'de-DE' };
    server.respondWith(
      routes(
        profileApi({
          [`GET ${API}/users/me`]: () => [200, meBody(own)],
          [`PATCH ${API}/users/me`]: (req) => {
            const body = JSON.parse(req.body) as Record<string, unknown>;
            own = Object.fromEntries(Object.entries({ ...own, ...body }).filter(([, v]) => v !== null)) as Parameters<typeof meBody>[0];
            return [200, meBody(own)];
          },
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/profile');

    const region = await screen.findByRole('region', { name: 'Time and region' }, WAIT);
    const form = within(region);
    await user.click(await form.findByLabelText("Use the organisation's default time zone", undefined, WAIT));
    const zone = form.getByLabelText('Time zone');
    await user.clear(zone);
    await user.type(zone, 'Asia/Tokio');
    expect(form.getByText(/Choose a time zone from the list/)).toBeTruthy();
    expect(form.getByRole('button', { name: 'Save time settings' })).toHaveProperty('disabled', true);
    await user.clear(zone);
    await user.type(zone, 'Asia/Tokyo');
    await user.selectOptions(form.getByLabelText('Week starts on'), 'Sunday');
    await user.selectOptions(form.getByLabelText('Clock'), '12-hour (1:00 PM)');
    await user.selectOptions(form.getByLabelText('Locale'), "Organisation's default");
    await user.click(form.getByRole('button', { name: 'Save time settings' }));

    expect(await form.findByText('Your time settings were saved.', undefined, WAIT)).toBeTruthy();
    expect(lastBody('PATCH', '/users/me')).toEqual({ time_zone: 'Asia/Tokyo', week_start: 'sunday', locale: null, time_format: '12h' });
  });
});
