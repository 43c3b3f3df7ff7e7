import { describe, expect, it } from 'vitest';
import { lastMonth, localDateTime, thisMonth, thisWeek, toDateString, toTimeString } from './dates';

describe('date ranges', () => {
  it('starts the week on Monday and ends it on Sunday', () => {
    // Wednesday 2026-03-04
    expect(thisWeek(new Date(2026, 2, 4, 15, 0))).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    // A Sunday belongs to the week that started six days before
    expect(thisWeek(new Date(2026, 2, 8, 23, 59))).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    // A Monday starts its own week, across a month end
    expect(thisWeek(new Date(2026, 2, 30))).toEqual({ start: '2026-03-30', end: '2026-04-05' });
  });

  it('covers whole months, leap years and the turn of the year', () => {
    expect(thisMonth(new Date(2028, 1, 10))).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(lastMonth(new Date(2026, 0, 15))).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(lastMonth(new Date(2026, 2, 31))).toEqual({ start: '2026-02-01', end: '2026-02-28' });
  });
});

describe('local days and times', () => {
  it('combines a day and a time in local time', () => {
    const date = localDateTime('2026-03-04', '09:05');
    expect(date && toDateString(date)).toBe('2026-03-04');
    expect(date && toTimeString(date)).toBe('09:05');
  });

  it('refuses malformed parts', () => {
    expect(localDateTime('2026-3-4', '09:05')).toBeNull();
    expect(localDateTime('2026-03-04', '9am')).toBeNull();
  });
});
