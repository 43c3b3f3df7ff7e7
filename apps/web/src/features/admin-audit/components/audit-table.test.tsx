import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../api/types';
import { AuditTable } from './audit-table';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  created_at: '2026-12-05T10:00:00.000Z',
  actor_user_id: null,
  actor_email: null,
  actor_name: null,
  via: 'system',
  action: 'user.create',
  target_type: 'user',
  target_id: '2',
  before: null,
  after: null,
  ip: null,
  request_id: null,
  ...over,
});

const rowOf = (id: number) => screen.getByRole('button', { name: new RegExp(`^Changes of entry ${id} `) }).closest('tr')!;

describe('the audit log table', () => {
  it('names people and says what happened in words, with the code beside it', () => {
    render(
      <AuditTable
        onActor={vi.fn()}
        entries={[
          entry({
            id: 1,
            actor_user_id: 7,
            actor_email: 'ada@example.com',
            actor_name: 'Ada Lovelace',
            via: 'session',
            action: 'deal.win',
          }),
          entry({ id: 2, actor_user_id: 3, actor_name: 'Dana Developer', via: 'system', action: 'lead.create' }),
          entry({ id: 3, actor_user_id: 9, actor_email: 'gone@example.com', via: 'token', action: 'user.password.reset' }),
          entry({ id: 4, action: 'permissions.update' }),
        ]}
      />,
    );
    const first = within(rowOf(1));
    expect(first.getByRole('button', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(first.getByText('ada@example.com')).toBeTruthy();
    expect(first.getByText('Deal won')).toBeTruthy();
    expect(first.getByText('deal.win')).toBeTruthy();
    expect(first.getByText('User')).toBeTruthy();

    const second = within(rowOf(2));
    expect(second.getByRole('button', { name: 'Dana Developer' })).toBeTruthy();
    expect(second.getByText('System')).toBeTruthy();
    expect(second.getByText('Lead created')).toBeTruthy();

    // A user who no longer exists: the address they had.
    const third = within(rowOf(3));
    expect(third.getByRole('button', { name: 'gone@example.com' })).toBeTruthy();
    expect(third.getByText('API token')).toBeTruthy();
    expect(third.getByText("User's password reset")).toBeTruthy();

    const fourth = within(rowOf(4));
    expect(fourth.getByText('System')).toBeTruthy();
    expect(fourth.getByText('Permission catalog updated')).toBeTruthy();
    expect(rowOf(4).textContent).not.toMatch(/\buser \d/);
  });

  describe('on a phone', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('is one card per entry with what happened first, and opens to its changes', () => {
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }));
      render(
        <AuditTable
          onActor={vi.fn()}
          entries={[
            entry({
              id: 5,
              actor_user_id: 7,
              actor_email: 'ada@example.com',
              actor_name: 'Ada Lovelace',
              via: 'session',
              action: 'deal.win',
              before: { stage: 'proposal' },
              after: { stage: 'won' },
            }),
          ]}
        />,
      );
      expect(screen.queryByRole('table')).toBeNull();
      const card = within(screen.getByRole('list', { name: 'Audit log entries, newest first' }).querySelector('li')!);
      expect(card.getByText('Deal won')).toBeTruthy();
      expect(card.getByRole('button', { name: 'Ada Lovelace' })).toBeTruthy();
      expect(card.queryByText('proposal')).toBeNull();
      fireEvent.click(card.getByRole('button', { name: /^Changes of entry 5 / }));
      expect(card.getByText(/proposal/)).toBeTruthy();
    });
  });
});
