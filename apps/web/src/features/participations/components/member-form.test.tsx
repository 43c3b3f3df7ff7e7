import type { ReactNode } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROJECT_LEVEL_LABELS, PROJECT_LEVELS } from '@timekeeper/shared';
import { describe, expect, it } from 'vitest';
import { errorBody } from '@test/fake-api';
import { sendJson } from '@test/test-api-server';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import type { Participation } from '../api/types';
import { AddMemberDialog } from './add-member-dialog';
import { EditMemberDialog } from './edit-member-dialog';
import { setupTestApiServer } from '@test/setup-test-api-server';

const server = setupTestApiServer();

const MEMBER: Participation = {
  id: 41,
  project_id: 5,
  user_id: 12,
  user: { id: 12, name: 'Riley Designer', email: 'riley@example.com' },
  access_level: 'collaboration',
  permissions_label: 'view_with_custom',
  level: 'view_tasks',
  can_invite: false,
  can_post: false,
  can_edit_time: true,
  can_edit_expense: false,
  can_schedule_their_hours: true,
  can_schedule_team_hours: false,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
};

function renderWithClient(node: ReactNode) {
  render(<AppProviders queryClient={createQueryClient()}>{node}</AppProviders>);
}

const writes = () => server.requests.filter((r) => r.method !== 'GET');

const PEOPLE = [
  { id: 12, name: 'Riley Designer' },
  { id: 13, name: 'Rita Engineer' },
];

/** GET /people answers the directory's matches; writes answer `status` with `body`. */
function directoryAnd(status: number, body: unknown) {
  server.respondWith((req, res) => {
    if (req.method === 'GET' && req.url.startsWith('/api/v1/people')) {
      const q = new URL(req.url, 'http://x').searchParams.get('q')!.toLowerCase();
      sendJson(res, 200, { people: PEOPLE.filter((p) => p.name.toLowerCase().includes(q)) });
    } else sendJson(res, status, body);
  });
}

/** Opens the person picker of `dialog`, types `text` and picks `name`. */
async function pickPerson(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, text: string, name: string) {
  await user.click(within(dialog).getByRole('combobox', { name: 'Person' }));
  await user.type(screen.getByRole('combobox', { name: 'Search: Person' }), text);
  await user.click(await screen.findByRole('option', { name }));
}

describe('add member form', { timeout: 20_000 }, () => {
  it('offers the seven levels by their UI names and sends level and flags, Track Time/Expenses inside permissions', async () => {
    directoryAnd(201, { ...MEMBER, id: 42 });
    const user = userEvent.setup();
    renderWithClient(<AddMemberDialog projectId={5} canManage ownLevel="admin" />);

    await user.click(screen.getByRole('button', { name: 'Add member' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a member' });
    const level = within(dialog).getByLabelText('Project permission') as HTMLSelectElement;
    expect([...level.options].map((o) => o.textContent)).toEqual([
      'View Tasks',
      'Edit Tasks',
      'View Time and Expenses',
      'Edit Time and Expenses',
      'View Financials',
      'Edit Financials',
      'Project Administrator',
    ]);
    expect(
      within(dialog)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent),
    ).toEqual([
      'Invite Members to Project',
      'Post to Activity Feed',
      'Schedule Hours for Self',
      'Schedule Hours for Team',
      'Track Expenses',
      'Track Time',
    ]);

    await pickPerson(user, dialog, 'riley', 'Riley Designer');
    await user.selectOptions(level, 'View Financials');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Track Time' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Post to Activity Feed' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Schedule Hours for Team' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add to project' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(writes()).toHaveLength(1);
    expect(writes()[0]!.url).toBe('/api/v1/participations');
    expect(JSON.parse(writes()[0]!.body)).toEqual({
      project_id: 5,
      user_id: 12,
      access_level: 'view_financials',
      can_invite: false,
      can_post: true,
      can_schedule_their_hours: false,
      can_schedule_team_hours: true,
      permissions: { can_edit_time: true, can_edit_expense: false },
    });
  });

  it('lets an inviter pick levels up to their own, without flags', async () => {
    directoryAnd(201, MEMBER);
    const user = userEvent.setup();
    renderWithClient(<AddMemberDialog projectId={5} canManage={false} ownLevel="edit_tasks" />);

    await user.click(screen.getByRole('button', { name: 'Invite member' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a member' });
    const level = within(dialog).getByLabelText('Project permission') as HTMLSelectElement;
    expect([...level.options].map((o) => o.value)).toEqual(['view_tasks', 'edit_tasks']);
    expect(within(dialog).queryAllByRole('checkbox')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Add to project' }));
    expect(await within(dialog).findByText('Choose the person to add.')).toBeTruthy();
    expect(writes()).toHaveLength(0);

    await pickPerson(user, dialog, 'ri', 'Riley Designer');
    await user.selectOptions(level, 'edit_tasks');
    await user.click(within(dialog).getByRole('button', { name: 'Add to project' }));
    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(JSON.parse(writes()[0]!.body)).toEqual({ project_id: 5, user_id: 12, access_level: 'edit_tasks' });
  });

  it('shows the API error, e.g. someone who already takes part', async () => {
    directoryAnd(409, errorBody('conflict', 'User 12 already takes part in this project (participation 41)'));
    const user = userEvent.setup();
    renderWithClient(<AddMemberDialog projectId={5} canManage ownLevel="admin" />);
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    const dialog = await screen.findByRole('dialog');
    await pickPerson(user, dialog, 'riley', 'Riley Designer');
    await user.click(within(dialog).getByRole('button', { name: 'Add to project' }));

    expect((await within(dialog).findByRole('alert')).textContent).toContain('already takes part in this project');
  });
});

describe('add member: the person picker', { timeout: 20_000 }, () => {
  it('asks for no user id: typing two letters of a name finds the person in the people directory, members cannot be picked', async () => {
    directoryAnd(201, { ...MEMBER, user_id: 13, id: 43 });
    const user = userEvent.setup();
    renderWithClient(<AddMemberDialog projectId={5} canManage={false} ownLevel="admin" memberIds={new Set([12])} />);
    await user.click(screen.getByRole('button', { name: 'Invite member' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a member' });
    expect(within(dialog).queryByLabelText(/user id/i)).toBeNull();
    expect(within(dialog).queryByRole('spinbutton')).toBeNull();

    await user.click(within(dialog).getByRole('combobox', { name: 'Person' }));
    const search = screen.getByRole('combobox', { name: 'Search: Person' });
    await user.type(search, 'r');
    expect(await screen.findByText('Type at least 2 characters to search.')).toBeTruthy();
    await user.type(search, 'i');
    const riley = await screen.findByRole('option', { name: 'Riley Designer · already a member' });
    expect(riley.getAttribute('aria-disabled')).toBe('true');
    await user.click(await screen.findByRole('option', { name: 'Rita Engineer' }));
    expect(within(dialog).getByRole('combobox', { name: 'Person' }).textContent).toContain('Rita Engineer');
    expect(server.requests.filter((r) => r.url.startsWith('/api/v1/people')).map((r) => r.url)).toEqual(['/api/v1/people?q=ri']);

    await user.click(within(dialog).getByRole('button', { name: 'Add to project' }));
    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(JSON.parse(writes()[0]!.body)).toMatchObject({ project_id: 5, user_id: 13 });
  });
});

describe('edit member form', { timeout: 20_000 }, () => {
  it('starts from the member’s level and flags and sends the changes with the scheduling flags asked for', async () => {
    server.respondWith((_req, res) => sendJson(res, 200, MEMBER));
    const user = userEvent.setup();
    renderWithClient(<EditMemberDialog member={MEMBER} />);

    await user.click(screen.getByRole('button', { name: 'Change access of Riley Designer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Access of Riley Designer' });
    expect((within(dialog).getByLabelText('Project permission') as HTMLSelectElement).value).toBe('view_tasks');
    expect((within(dialog).getByRole('checkbox', { name: 'Track Time' }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('checkbox', { name: 'Schedule Hours for Self' }) as HTMLInputElement).checked).toBe(true);

    await user.selectOptions(within(dialog).getByLabelText('Project permission'), PROJECT_LEVEL_LABELS.edit_time_and_expenses);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Track Time' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Track Expenses' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]!.method).toBe('PUT');
    expect(writes()[0]!.url).toBe('/api/v1/participations/41?optional_fields=can_schedule_their_hours%2Ccan_schedule_team_hours');
    expect(JSON.parse(writes()[0]!.body)).toEqual({
      access_level: 'edit_time_and_expenses',
      can_invite: false,
      can_post: false,
      can_schedule_their_hours: true,
      can_schedule_team_hours: false,
      permissions: { can_edit_time: false, can_edit_expense: true },
    });
  });

  it('keeps the dialog open with the API message when the change is refused', async () => {
    server.respondWith((_req, res) =>
      sendJson(res, 409, errorBody('conflict', 'A project keeps at least one administrator; make someone else admin first')),
    );
    const user = userEvent.setup();
    renderWithClient(<EditMemberDialog member={{ ...MEMBER, level: 'admin', access_level: 'admin', permissions_label: 'edit' }} />);
    await user.click(screen.getByRole('button', { name: /Change access/ }));
    const dialog = await screen.findByRole('dialog');
    expect(PROJECT_LEVELS).toContain((within(dialog).getByLabelText('Project permission') as HTMLSelectElement).value);
    await user.selectOptions(within(dialog).getByLabelText('Project permission'), 'view_tasks');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect((await within(dialog).findByRole('alert')).textContent).toContain('keeps at least one administrator');
  });
});
