import { describe, expect, it } from 'vitest';
import { createDates, type TimeSettings } from '@/lib/dates';
import { dashboardRange, sumDays, weeklyTotals } from './weeks';

const at = (iso: string, patch: Partial<TimeSettings> = {}) =>
  createDates({ time_zone: 'UTC', week_start: 'monday', locale: 'en-GB', time_format: '24h', ...patch }, () => new Date(iso));

describe('dashboard weeks', () => {
  it('covers eight weeks ending with the current one', () => {
    const range = dashboardRange(at('2026-03-05T10:00:00Z'));
    expect(range).toEqual({ start: '2026-01-12', end: '2026-03-05', today: '2026-03-05', weekStart: '2026-03-02' });
  });

  it('D2 starts the weeks on the person’s week start, and today is their day', () => {
    expect(dashboardRange(at('2026-03-05T10:00:00Z', { week_start: 'sunday' }))).toEqual({
      start: '2026-01-11',
      end: '2026-03-05',
      today: '2026-03-05',
      weekStart: '2026-03-01',
    });
    // 23:30 UTC on Thursday is already Friday in Tokyo.
    expect(dashboardRange(at('2026-03-05T23:30:00Z', { time_zone: 'Asia/Tokyo' })).today).toBe('2026-03-06');
  });

  it('sums days into weeks, with empty weeks as zero', () => {
    const dates = at('2026-03-05T10:00:00Z');
    const range = dashboardRange(dates);
    const totals = { '2026-01-12': 3600, '2026-01-18': 1800, '2026-03-02': 7200, '2026-03-05': 900, '2026-01-11': 99999 };
    const weeks = weeklyTotals(totals, range, dates.formatShortDay);
    expect(weeks).toHaveLength(8);
    expect(weeks[0]).toMatchObject({ start: '2026-01-12', label: '12 Jan', seconds: 5400, hours: 1.5 });
    expect(weeks[1]?.seconds).toBe(0);
    expect(weeks[7]).toMatchObject({ start: '2026-03-02', seconds: 8100 });
    expect(sumDays(totals, range.today, range.today)).toBe(900);
  });
});
