/**
 * A summary as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
 * quotes doubled). Text cells that a spreadsheet would run as a formula (starting with = + - @,
 * or a tab / carriage return) get a leading apostrophe (OWASP "CSV injection").
 *
 * Columns: key,label,hours,billable_hours,entries, plus amount when the report includes amounts
 * (empty for a group that mixes currencies). No totals row: the rows add up to it.
 */
import type { SummaryView } from './reports.service.js';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const hours = (seconds: number) => (seconds / 3600).toFixed(2);

export function summaryCsv(report: SummaryView): string {
  const withAmount = report.amounts_included;
  const header = ['key', 'label', 'hours', 'billable_hours', 'entries', ...(withAmount ? ['amount'] : [])];
  const lines = [header.join(',')];
  for (const g of report.groups) {
    const cells = [csvCell(g.key), csvCell(g.label), hours(g.duration_seconds), hours(g.billable_seconds), String(g.entries)];
    if (withAmount) cells.push(g.amount === undefined ? '' : g.amount.toFixed(2));
    lines.push(cells.join(','));
  }
  return lines.map((l) => `${l}\r\n`).join('');
}

export function summaryCsvFilename(report: Pick<SummaryView, 'start_date' | 'end_date' | 'group_by'>): string {
  return `timekeeper-summary-${report.start_date}-${report.end_date}-${report.group_by}.csv`;
}
