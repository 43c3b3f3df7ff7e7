/**
 * A summary as CSV, written by the shared writer (lib/csv.ts): RFC 4180 records with CRLF line
 * ends, and every cell neutralised so no separator can expose a formula in a spreadsheet.
 *
 * Columns: key,label,hours,billable_hours,entries, plus amount when the report includes amounts
 * (empty for a group that mixes currencies). No totals row: the rows add up to it.
 */
import { csvDocument } from '../../lib/csv.js';
import type { SummaryView } from './reports.service.js';

/** Seconds as hours with two decimals, the way the report files write them. */
export const hours = (seconds: number) => (seconds / 3600).toFixed(2);

export function summaryCsv(report: SummaryView): string {
  const withAmount = report.amounts_included;
  const header = ['key', 'label', 'hours', 'billable_hours', 'entries', ...(withAmount ? ['amount'] : [])];
  const records = report.groups.map((g) => [
    g.key,
    g.label,
    hours(g.duration_seconds),
    hours(g.billable_seconds),
    g.entries,
    ...(withAmount ? [g.amount === undefined ? '' : g.amount.toFixed(2)] : []),
  ]);
  return csvDocument(header, records);
}

export function summaryCsvFilename(report: Pick<SummaryView, 'start_date' | 'end_date' | 'group_by'>): string {
  return `timekeeper-summary-${report.start_date}-${report.end_date}-${report.group_by}.csv`;
}
