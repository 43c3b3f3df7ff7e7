import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  canonicalTimeZone,
  clockOf,
  instantAt,
  dayOf,
  dayRange,
  daysBetween,
  isTimeZone,
  monthStartOf,
  startOfDay,
  weekDays,
  weekStartOf,
  withOffset,
} from './calendar.js';

const ZONES = ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/Berlin', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC', 'America/Santiago'];
const HOUR = 3600_000;

describe('dayOf', () => {
  it('is the day in the person’s zone, not the UTC day', () => {
    // 2 Dec 07:00 in Tokyo is 1 Dec 22:00 UTC.
    const instant = new Date('2026-12-01T22:00:00Z');
    expect(dayOf(instant, 'Asia/Tokyo')).toBe('2026-12-02');
    expect(dayOf(instant, 'UTC')).toBe('2026-12-01');
    expect(dayOf(instant, 'America/Los_Angeles')).toBe('2026-12-01');
    // +14 and −11: the same instant is on two different dates 25 hours apart.
    expect(dayOf(new Date('2026-12-01T10:30:00Z'), 'Pacific/Kiritimati')).toBe('2026-12-02');
    expect(dayOf(new Date('2026-12-01T10:30:00Z'), 'Pacific/Pago_Pago')).toBe('2026-11-30');
  });
});

describe('startOfDay and dayRange', () => {
  it('begins a Tokyo day at 15:00 UTC the evening before', () => {
    expect(startOfDay('2026-12-02', 'Asia/Tokyo').toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect(startOfDay('2026-12-02', 'America/Los_Angeles').toISOString()).toBe('2026-12-02T08:00:00.000Z');
  });

  it('gives Berlin a 23-hour day in spring and a 25-hour day in autumn', () => {
    const length = (date: string) => {
      const { start, end } = dayRange(date, date, 'Europe/Berlin');
      return (end.getTime() - start.getTime()) / HOUR;
    };
    expect(length('2026-03-29')).toBe(23);
    expect(length('2026-10-25')).toBe(25);
    expect(length('2026-07-01')).toBe(24);
  });

  it('gives Los Angeles its 23- and 25-hour days too', () => {
    const length = (date: string) => {
      const { start, end } = dayRange(date, date, 'America/Los_Angeles');
      return (end.getTime() - start.getTime()) / HOUR;
    };
    expect(length('2026-03-08')).toBe(23);
    expect(length('2026-11-01')).toBe(25);
  });

  it('covers from the first day’s start to the end of the last day', () => {
    const { start, end } = dayRange('2026-12-01', '2026-12-07', 'Pacific/Kiritimati');
    expect(start.toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(end.toISOString()).toBe('2026-12-07T10:00:00.000Z');
  });

  it('starts each day at its first instant and ends it just before the next, in every tested zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 800 }), (zone, offset) => {
        const date = addDays('2026-01-01', offset);
        const start = startOfDay(date, zone);
        const next = startOfDay(addDays(date, 1), zone);
        const hours = (next.getTime() - start.getTime()) / HOUR;
        return (
          dayOf(start, zone) === date &&
          dayOf(new Date(start.getTime() - 1), zone) === addDays(date, -1) &&
          dayOf(new Date(next.getTime() - 1), zone) === date &&
          hours >= 23 &&
          hours <= 25
        );
      }),
    );
  });
});

describe('weeks and months', () => {
  it('starts the week on the person’s week_start', () => {
    // 2026-12-02 is a Wednesday.
    expect(weekStartOf('2026-12-02', 'monday')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-02', 'sunday')).toBe('2026-11-29');
    expect(weekStartOf('2026-12-02', 'saturday')).toBe('2026-11-28');
    expect(weekStartOf('2026-11-30', 'monday')).toBe('2026-11-30');
    expect(weekStartOf('2026-11-29', 'monday')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-28', 'saturday')).toBe('2026-11-28');
  });

  it('lists the seven days of a week, across a month and a year end', () => {
    expect(weekDays('2026-12-31', 'monday')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('counts days and finds the month’s first day', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    expect(monthStartOf('2026-12-31')).toBe('2026-12-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('zones', () => {
  it('knows IANA names and refuses what is not one', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Pacific/Kiritimati')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(' Europe/Berlin')).toBe(false);
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
  });

  it('reads and writes a zone’s wall clock, moving a time skipped by daylight saving forward', () => {
    expect(clockOf(new Date('2026-12-01T22:05:59Z'), 'Asia/Tokyo')).toBe('07:05');
    expect(instantAt('2026-12-02', '07:05', 'Asia/Tokyo').toISOString()).toBe('2026-12-01T22:05:00.000Z');
    expect(instantAt('2026-03-29', '01:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    // 02:30 does not exist in Berlin that night: it is 03:30 summer time.
    expect(instantAt('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice in October: the first one (summer time).
    expect(instantAt('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('writes instants with the zone’s offset', () => {
    expect(withOffset(new Date('2026-12-01T22:00:00Z'), 'Asia/Tokyo')).toBe('2026-12-02T07:00:00+09:00');
    expect(withOffset(new Date('2026-07-01T12:00:00Z'), 'America/Los_Angeles')).toBe('2026-07-01T05:00:00-07:00');
    expect(withOffset(new Date('2026-12-01T12:00:00Z'), 'UTC')).toBe('2026-12-01T12:00:00+00:00');
  });
});
