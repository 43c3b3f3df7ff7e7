import { describe, expect, it } from 'vitest';
import type { Explanation } from '../api/types';
import { summaryText } from './explain-result';

const none = { reasons: [], blockers: [], decidedBy: null, alternative: null };
/** A code as the API spells it: lower case words joined by underscores. */
const CODE = /\b[a-z]+(_[a-z]+)+\b/;

describe('the answer in one sentence, in words', () => {
  it('names the permission and the roles that grant it', () => {
    const result = { user_id: 3, permission: 'view_all_projects', allowed: true, summary: '' } as Explanation;
    const text = summaryText(result, {
      ...none,
      reasons: [
        { kind: 'role', role_name: 'Manager', is_system_role: true, expires_at: null, via: 'implied', implied_by: 'edit_all_projects' },
      ],
    });
    expect(text).toBe('They hold “View all projects” through the Manager role.');
  });

  it('says why a permission is refused: deactivated, expired, or no role grants it', () => {
    const result = { user_id: 3, permission: 'send_invoices', allowed: false, summary: '' } as Explanation;
    expect(summaryText(result, { ...none, blockers: [{ kind: 'not_granted' }] })).toMatch(/^None of their roles grants “.+”\.$/);
    expect(summaryText(result, { ...none, blockers: [{ kind: 'inactive_user' }] })).toBe(
      'The account is deactivated: it holds no permissions.',
    );
    expect(
      summaryText(result, { ...none, blockers: [{ kind: 'expired_assignment', role_name: 'Biller', expired_at: '2026-11-01T00:00:00Z' }] }),
    ).toMatch(/^They held “.+” through an assignment that has expired\.$/);
  });

  it('reads a project action by its level, its flag, or what it would need — never by codes', () => {
    const base = { user_id: 3, project_id: 7, action: 'log_own_time', summary: '', visible: true } as Explanation;
    const allowed = summaryText(
      { ...base, allowed: true, level: 'edit_time_and_expenses' },
      { ...none, decidedBy: { kind: 'level', minimum: 'edit_time_and_expenses' } },
    );
    expect(allowed).toMatch(/^They may “Log own time” on this project: their level is at least .+\.$/);
    const refused = summaryText(
      { ...base, action: 'edit_others_time', allowed: false, level: 'view_time_and_expenses', minimum_level: 'edit_financials' },
      { ...none, alternative: 'edit_all_time_entries' },
    );
    expect(refused).toMatch(
      /^They may not “Edit others' time” on this project: it needs at least .+, or the “.+” permission, and their level is .+\.$/,
    );
    const unseen = summaryText({ ...base, allowed: false, visible: false, level: null, minimum_level: 'edit_time_and_expenses' }, none);
    expect(unseen).toBe('They cannot see this project: not a member, no administrator role, no “View all projects” permission.');
    for (const text of [allowed, refused, unseen]) expect(text).not.toMatch(CODE);
  });
});
