import { describe, expect, it } from 'vitest';

describe('periods', () => {
  it('names the preset a range matches, or custom', async () => {
    const { periodOf, periodRange } = await import('./periods');
    const today = new Date(2026, 2, 4);
    expect(periodOf({ start: '2026-02-23', end: '2026-03-01' }, today)).toBe('last_week');
    expect(periodOf({ start: '2026-03-01', end: '2026-03-31' }, today)).toBe('this_month');
    expect(periodOf({ start: '2026-03-01', end: '2026-03-02' }, today)).toBe('custom');
    expect(periodRange('last_month', today)).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodRange('custom', today)).toBeNull();
  });
});
