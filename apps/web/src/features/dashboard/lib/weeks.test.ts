import { describe, expect, it } from 'vitest';
import { addDays, dashboardRange, mondayOf, sumDays, utcDay, weeklyTotals } from './weeks';

describe('dashboard weeks', () => {
  it('finds the Monday of a week in UTC', () => {
    expect(mondayOf('2026-03-05')).toBe('2026-03-02'); // Thursday
    expect(mondayOf('2026-03-02')).toBe('2026-03-02'); // Monday
    expect(mondayOf('2026-03-08')).toBe('2026-03-02'); // Sunday
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(utcDay(new Date('2026-03-05T23:30:00-05:00'))).toBe('2026-03-06');
  });

  it('covers eight weeks ending with the current one', () => {
    const range = dashboardRange(new Date('2026-03-05T10:00:00Z'));
    expect(range).toEqual({ start: '2026-01-12', end: '2026-03-05', today: '2026-03-05', weekStart: '2026-03-02' });
  });

  it('sums days into weeks, with empty weeks as zero', () => {
    const range = dashboardRange(new Date('2026-03-05T10:00:00Z'));
    const totals = { '2026-01-12': 3600, '2026-01-18': 1800, '2026-03-02': 7200, '2026-03-05': 900, '2026-01-11': 99999 };
    const weeks = weeklyTotals(totals, range);
    expect(weeks).toHaveLength(8);
    expect(weeks[0]).toMatchObject({ start: '2026-01-12', seconds: 5400, hours: 1.5 });
    expect(weeks[1]?.seconds).toBe(0);
    expect(weeks[7]).toMatchObject({ start: '2026-03-02', seconds: 8100 });
    expect(sumDays(totals, range.today, range.today)).toBe(900);
  });
});
