import { act, fireEvent, renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { API, routes } from '@test/fake-api';
import { setupToastHarness } from '@test/toast-harness';
import { useDeleteParticipation } from './api/delete-participation';
import type { Participation } from './api/types';

const { server, wrapper, bodiesOf } = setupToastHarness();

describe('removing a member', () => {
  const MEMBER = {
    id: 5,
    project_id: 3,
    user_id: 9,
    user: { id: 9, name: 'Mia Member', email: 'mia@example.test' },
    level: 'edit_time_and_expenses',
    access_level: 'time_logging',
    permissions_label: 'edit',
    can_invite: true,
    can_post: false,
    can_edit_time: true,
    can_edit_expense: false,
    can_schedule_their_hours: true,
    can_schedule_team_hours: false,
    hourly_rate: 95,
    cost_rate: null,
  } as Participation;

  it('removing a member offers Undo, which adds them back with the same level, flags and rates', async () => {
    server.respondWith(
      routes({
        [`DELETE ${API}/participations/5`]: () => [204],
        [`POST ${API}/participations`]: () => [201, { ...MEMBER, id: 6 }],
      }),
    );
    const { result } = renderHook(() => useDeleteParticipation(3), { wrapper });
    act(() => result.current.mutate(MEMBER));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Mia Member is a member again')).toBeTruthy();
    expect(bodiesOf('POST', `${API}/participations`)).toEqual([
      {
        project_id: 3,
        user_id: 9,
        access_level: 'edit_time_and_expenses',
        can_invite: true,
        can_post: false,
        can_schedule_their_hours: true,
        can_schedule_team_hours: false,
        permissions: { can_edit_time: true, can_edit_expense: false },
        hourly_rate: 95,
        cost_rate: null,
      },
    ]);
  });

  it('offers no Undo when the list did not show everything the membership had (its rates)', async () => {
    server.respondWith(routes({ [`DELETE ${API}/participations/5`]: () => [204] }));
    const { hourly_rate: _h, cost_rate: _c, ...withoutRates } = MEMBER;
    const { result } = renderHook(() => useDeleteParticipation(3), { wrapper });
    act(() => result.current.mutate(withoutRates as Participation));

    expect(await screen.findByText('Mia Member removed from the project')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
