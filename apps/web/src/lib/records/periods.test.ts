import { describe, expect, it } from 'vitest';
import { createDates } from '@/lib/dates';
import { periodOf, periodRange } from './periods';

const at = (iso: string, week_start: 'monday' | 'sunday' = 'monday') =>
  createDates({ time_zone: 'UTC', week_start, locale: 'en', time_format: '24h' }, () => new Date(iso));

describe('periods', () => {
  it('names the preset a range matches, or custom', () => {
    const dates = at('2026-03-04T12:00:00Z');
    expect(periodOf({ start: '2026-02-23', end: '2026-03-01' }, dates)).toBe('last_week');
    expect(periodOf({ start: '2026-03-01', end: '2026-03-31' }, dates)).toBe('this_month');
    expect(periodOf({ start: '2026-03-04', end: '2026-03-04' }, dates)).toBe('today');
    expect(periodOf({ start: '2026-03-01', end: '2026-03-02' }, dates)).toBe('custom');
    expect(periodRange('last_month', dates)).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodRange('custom', dates)).toBeNull();
  });

  it('D2 a week of someone whose week starts on Sunday runs Sunday to Saturday', () => {
    expect(periodRange('this_week', at('2026-03-04T12:00:00Z', 'sunday'))).toEqual({ start: '2026-03-01', end: '2026-03-07' });
    expect(periodRange('last_week', at('2026-03-04T12:00:00Z', 'sunday'))).toEqual({ start: '2026-02-22', end: '2026-02-28' });
  });
});
