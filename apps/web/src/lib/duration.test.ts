import { describe, expect, it } from 'vitest';
import { formatDuration, formatElapsed, formatHours, parseDuration } from './duration';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [59, '0:00'],
    [60, '0:01'],
    [5400, '1:30'],
    [3599, '0:59'],
    [36_000 + 5 * 60, '10:05'],
    [90_000, '25:00'],
  ])('%i seconds → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('shows 0:00 for null, undefined and negative values', () => {
    expect(formatDuration(null)).toBe('0:00');
    expect(formatDuration(undefined)).toBe('0:00');
    expect(formatDuration(-30)).toBe('0:00');
  });
});

describe('formatElapsed and formatHours', () => {
  it('formats a running clock with seconds', () => {
    expect(formatElapsed(0)).toBe('0:00:00');
    expect(formatElapsed(3725)).toBe('1:02:05');
    expect(formatElapsed(59.9)).toBe('0:00:59');
  });

  it('formats decimal hours with two places', () => {
    expect(formatHours(5400)).toBe('1.50');
    expect(formatHours(60)).toBe('0.02');
  });
});

describe('parseDuration', () => {
  it.each([
    ['1:30', 5400],
    ['0:45', 2700],
    ['10:05', 36_300],
    ['1h30m', 5400],
    ['1h 30m', 5400],
    ['2h', 7200],
    ['45m', 2700],
    ['45 min', 2700],
    ['1.5', 5400],
    ['1,5', 5400],
    ['1.5h', 5400],
    [' 2 ', 7200],
    ['0.25', 900],
  ])('reads %j as %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', '   ', 'abc', '1:75', '1:5', '-1', '0', '0:00', 'h', '1h30', '1:30:00', '1..5'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it('round-trips what formatDuration shows', () => {
    for (const seconds of [60, 900, 5400, 36_300, 90_000]) {
      expect(parseDuration(formatDuration(seconds))).toBe(seconds);
    }
  });
});
