import { describe, expect, it } from 'vitest';
import { entriesExportUrl, savedParamsOf, summaryParamsOf } from './saved-reports';

describe('saved reports and the entries export', () => {
  it('saves the summary’s filters without the zone, and opens them with an open date filled in', () => {
    expect(
      savedParamsOf({ start_date: '2026-03-01', end_date: '2026-03-31', group_by: 'user', project_id: 4, tz: 'Asia/Tokyo' }),
    ).toEqual({ group_by: 'user', start_date: '2026-03-01', end_date: '2026-03-31', project_id: 4 });
    expect(savedParamsOf({ start_date: '2026-03-01', end_date: '2026-03-31', billable: false })).toMatchObject({
      group_by: 'project',
      billable: false,
    });
    expect(summaryParamsOf({ group_by: 'day', project_id: 2 }, { start: '2026-12-01', end: '2026-12-31' })).toEqual({
      group_by: 'day',
      project_id: 2,
      start_date: '2026-12-01',
      end_date: '2026-12-31',
    });
  });

  it('links the entries export with the summary’s filters but no grouping', () => {
    const url = new URL(entriesExportUrl({ start_date: '2026-03-01', end_date: '2026-03-31', group_by: 'user', user_id: 7 }), 'http://x');
    expect(url.pathname.endsWith('/reports/entries/export')).toBe(true);
    expect(Object.fromEntries(url.searchParams)).toEqual({ start_date: '2026-03-01', end_date: '2026-03-31', user_id: '7' });
  });
});
