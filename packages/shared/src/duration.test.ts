import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_SECONDS, parseDuration } from './duration.js';

describe('parseDuration', () => {
  it.each([
    ['1:30', 5400],
    ['0:45', 2700],
    ['1:30:15', 5415],
    ['24:00', 86_400],
    ['1.5', 5400],
    ['1,5', 5400],
    ['.25', 900],
    ['90', 5400],
    ['90m', 5400],
    ['45 min', 2700],
    ['45mins', 2700],
    ['30s', 30],
    ['1h', 3600],
    ['1h30', 5400],
    ['1h 30', 5400],
    ['1h30m', 5400],
    ['1h 30m', 5400],
    ['1.5h', 5400],
    ['1,5 h', 5400],
    ['2 hours', 7200],
    ['1 hour 15 minutes', 4500],
    ['1 Hour  15 Minutes', 4500],
    ['1h 2m 3s', 3723],
    ['  2h  ', 7200],
  ])('reads %j as %i seconds', (typed, seconds) => {
    expect(parseDuration(typed)).toBe(seconds);
  });

  it.each([
    [''],
    ['   '],
    ['0'],
    ['0:00'],
    ['0h'],
    ['-1'],
    ['-1:30'],
    ['1:60'],
    ['1:5'],
    ['24:01'],
    ['25h'],
    ['1441'],
    ['1.5.5'],
    ['abc'],
    ['1 parsec'],
    ['30m 1h'],
    ['1h 2h'],
    ['1h30x'],
    ['h'],
    ['1:30 h'],
  ])('refuses %j', (typed) => {
    expect(parseDuration(typed)).toBeNull();
  });

  it('reads h:mm:ss back to the same seconds for every duration one entry can have', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_ENTRY_SECONDS }), (seconds) => {
        const h = Math.floor(seconds / 3600);
        const m = Math.floor((seconds % 3600) / 60);
        const s = seconds % 60;
        const typed = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
        return parseDuration(typed) === seconds;
      }),
    );
  });

  it('reads "Xh Ym" as the same seconds as "X:YY"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        fc.pre(h + m > 0);
        return parseDuration(`${h}h ${m}m`) === parseDuration(`${h}:${String(m).padStart(2, '0')}`);
      }),
    );
  });

  it('never answers a negative, zero or over-a-day number, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (typed) => {
        const seconds = parseDuration(typed);
        return seconds === null || (Number.isInteger(seconds) && seconds > 0 && seconds <= MAX_ENTRY_SECONDS);
      }),
    );
  });
});
