import { describe, expect, it } from 'vitest';
import { createDates } from '@/lib/dates';
import type { SummaryGroup } from '../api/types';
import { groupName, GROUP_BY_OPTIONS } from './group-by';

const dates = createDates({ time_zone: 'Asia/Tokyo', week_start: 'sunday', locale: 'en-GB', time_format: '24h' });
const group = (key: SummaryGroup['key'], label = String(key)): SummaryGroup => ({ key, label, duration_seconds: 3600, billable_seconds: 0, entries: 1 });

describe('report groups by the person’s calendar', () => {
  it('offers day, week and month', () => {
    expect(GROUP_BY_OPTIONS.map((o) => o.value)).toEqual(['project', 'user', 'day', 'week', 'month', 'client']);
  });

  it('names a day, a week (by its first day) and a month in the person’s locale; other groups by the API’s label', () => {
    expect(groupName(group('2026-12-02'), 'day', dates)).toBe('Wed, 2 Dec 2026');
    expect(groupName(group('2026-12-02'), 'day', dates, true)).toBe('2 Dec');
    expect(groupName(group('2026-11-29'), 'week', dates)).toBe('Week of 29 Nov');
    expect(groupName(group('2026-12-01', '2026-12'), 'month', dates)).toBe('December 2026');
    expect(groupName(group('2026-12-01', '2026-12'), 'month', dates, true)).toBe('Dec 2026');
    expect(groupName(group(3, 'Acme'), 'project', dates)).toBe('Acme');
  });
});
