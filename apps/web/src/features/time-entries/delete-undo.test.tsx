import { act, fireEvent, renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { API, routes } from '@test/fake-api';
import { setupToastHarness } from '@test/toast-harness';
import { useDeleteTimeEntry } from './api/delete-time-entry';
import type { TimeEntry } from './api/types';

const { server, wrapper, bodiesOf } = setupToastHarness();

const ENTRY = {
  id: 41,
  user_id: 7,
  project_id: 3,
  task_id: 12,
  start_time: '2026-12-03T08:15:07.000Z',
  end_time: '2026-12-03T10:02:59.000Z',
  duration_seconds: 6472,
  billable: false,
  notes: 'Design review',
} as TimeEntry;

describe('toasts confirm actions, with Undo where the API can restore', () => {
  it('deleting a time entry says so; Undo logs it again with the same person, project, task, times to the second, billable and notes', async () => {
    server.respondWith(
      routes({
        [`DELETE ${API}/time-entries/41`]: () => [204],
        [`POST ${API}/time-entries`]: () => [201, { ...ENTRY, id: 42 }],
      }),
    );
    const { result } = renderHook(() => useDeleteTimeEntry(), { wrapper });
    act(() => result.current.mutate(ENTRY));

    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByText('Time entry deleted')).toBeTruthy();
    // A click, not a pointer sequence: sonner captures the pointer for swiping, which jsdom lacks.
    fireEvent.click(undo);

    expect(await screen.findByText('Time entry restored')).toBeTruthy();
    expect(bodiesOf('POST', `${API}/time-entries`)).toEqual([
      {
        user_id: 7,
        project_id: 3,
        task_id: 12,
        start_time: '2026-12-03T08:15:07.000Z',
        end_time: '2026-12-03T10:02:59.000Z',
        billable: false,
        notes: 'Design review',
      },
    ]);
  });
});
