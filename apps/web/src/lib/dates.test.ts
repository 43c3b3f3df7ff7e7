import { describe, expect, it } from 'vitest';
import { createDates, zonedInstant, type TimeSettings } from './dates';

const settings = (patch: Partial<TimeSettings> = {}): TimeSettings => ({
  time_zone: 'UTC',
  week_start: 'monday',
  locale: 'en-GB',
  time_format: '24h',
  ...patch,
});
const at = (iso: string, patch: Partial<TimeSettings> = {}) => createDates(settings(patch), () => new Date(iso));

describe('date ranges', () => {
  it('starts the week on Monday and ends it on Sunday', () => {
    // Wednesday 2026-03-04
    expect(at('2026-03-04T15:00:00Z').thisWeek()).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    // A Sunday belongs to the week that started six days before
    expect(at('2026-03-08T23:59:00Z').thisWeek()).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    // A Monday starts its own week, across a month end
    expect(at('2026-03-30T00:00:00Z').thisWeek()).toEqual({ start: '2026-03-30', end: '2026-04-05' });
  });

  it('D2 starts the week on the person’s week start: Sunday or Saturday', () => {
    expect(at('2026-03-04T15:00:00Z', { week_start: 'sunday' }).thisWeek()).toEqual({ start: '2026-03-01', end: '2026-03-07' });
    expect(at('2026-03-04T15:00:00Z', { week_start: 'saturday' }).lastWeek()).toEqual({ start: '2026-02-21', end: '2026-02-27' });
  });

  it('covers whole months, leap years and the turn of the year', () => {
    expect(at('2028-02-10T12:00:00Z').thisMonth()).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(at('2026-01-15T12:00:00Z').lastMonth()).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(at('2026-03-31T12:00:00Z').lastMonth()).toEqual({ start: '2026-02-01', end: '2026-02-28' });
  });
});

describe('days and times in the person’s zone', () => {
  it('D1 an instant of 07:00 on 2 Dec in Tokyo is 2 Dec there (1 Dec in UTC), and today there', () => {
    const tokyo = at('2026-12-01T23:30:00Z', { time_zone: 'Asia/Tokyo' });
    const instant = tokyo.instantAt('2026-12-02', '07:00');
    expect(instant?.toISOString()).toBe('2026-12-01T22:00:00.000Z');
    expect(tokyo.dayOf(instant!)).toBe('2026-12-02');
    expect(tokyo.timeOf(instant!)).toBe('07:00');
    expect(tokyo.today()).toBe('2026-12-02');
    expect(at('2026-12-01T23:30:00Z').today()).toBe('2026-12-01');
  });

  it('writes times on the person’s clock and days in their locale', () => {
    const la = at('2026-12-02T12:00:00Z', { time_zone: 'America/Los_Angeles', time_format: '12h', locale: 'en-US' });
    expect(la.formatClock('2026-12-02T17:05:00Z')).toMatch(/^9:05\sAM$/);
    expect(at('2026-12-02T12:00:00Z').formatClock('2026-12-02T17:05:00Z')).toBe('17:05');
    expect(at('2026-12-02T12:00:00Z').formatDay('2026-12-02')).toBe('Wed, 2 Dec 2026');
  });

  it('finds instants across daylight saving changes and refuses malformed parts', () => {
    // Berlin, 29 March 2026: 02:00–03:00 does not exist; 01:30 is still winter time.
    expect(zonedInstant('2026-03-29', '01:30', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedInstant('2026-03-29', '04:00', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(zonedInstant('2026-3-4', '09:05', 'UTC')).toBeNull();
    expect(zonedInstant('2026-03-04', '9am', 'UTC')).toBeNull();
  });
});
