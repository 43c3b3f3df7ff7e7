import { describe, expect, it } from 'vitest';
import { parseDuration } from '@timekeeper/shared';
import { formatDuration, formatDurationExact, formatElapsed, formatHours } from './duration';

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

describe('formatDurationExact', () => {
  it('shows seconds only when there are any', () => {
    expect(formatDurationExact(5400)).toBe('1:30');
    expect(formatDurationExact(5415)).toBe('1:30:15');
    expect(formatDurationExact(20)).toBe('0:00:20');
  });

  it('D6 round-trips through the one shared parser, seconds included', () => {
    for (const seconds of [20, 60, 900, 5400, 5415, 36_300, 86_400]) {
      expect(parseDuration(formatDurationExact(seconds))).toBe(seconds);
    }
  });
});
