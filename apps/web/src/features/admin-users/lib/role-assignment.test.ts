import { describe, expect, it } from 'vitest';
import { assignmentsChanged, buildAssignments, draftFrom, fromLocalInput, toLocalInput } from './role-assignment';

const NOW = new Date('2030-01-01T00:00:00.000Z');
const ref = (id: number, expires_at: string | null) => ({ id, name: `r${id}`, is_system_role: false, expires_at });

describe('role assignment model', () => {
  it('round-trips local input values to the minute', () => {
    const iso = new Date(2031, 5, 7, 8, 9).toISOString();
    expect(toLocalInput(iso)).toBe('2031-06-07T08:09');
    expect(fromLocalInput('2031-06-07T08:09')).toBe(iso);
    expect(fromLocalInput('tomorrow')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });

  it('keeps a stored expiry with seconds exactly when its input is untouched', () => {
    const stored = '2031-08-31T23:59:59.123Z';
    const current = [ref(6, stored)];
    const { assignments, errors } = buildAssignments(draftFrom(current), current, NOW);
    expect(errors).toEqual({});
    expect(assignments).toEqual([{ role: 6, expires_at: stored }]);
    expect(assignmentsChanged(assignments, current)).toBe(false);
  });

  it('leaves out unticked roles and reports a changed set', () => {
    const current = [ref(4, null), ref(6, null)];
    const draft = { ...draftFrom(current), 6: { checked: false, expires: '' } };
    const { assignments } = buildAssignments(draft, current, NOW);
    expect(assignments).toEqual([{ role: 4, expires_at: null }]);
    expect(assignmentsChanged(assignments, current)).toBe(true);
  });

  it('refuses past, invalid and expired expiries', () => {
    const current = [ref(6, '2029-12-31T00:00:00.000Z')];
    const draft = { ...draftFrom(current), 7: { checked: true, expires: '2029-06-01T10:00' }, 8: { checked: true, expires: 'soon' } };
    const { assignments, errors } = buildAssignments(draft, current, NOW);
    expect(assignments).toEqual([]);
    expect(errors[6]).toMatch(/expired on/);
    expect(errors[7]).toBe('The expiry must be in the future');
    expect(errors[8]).toMatch(/valid date/);
  });
});
