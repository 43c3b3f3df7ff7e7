/** What other features use of reports (e.g. a dashboard chart or a project's financial tab). */
export { useSummary, summaryExportUrl, getSummary } from './api/get-summary';
export { reportsKeys } from '@/lib/records/record-keys';
export type { Summary, SummaryGroup, SummaryParams, GroupBy } from './api/types';
export { ReportsView } from './components/reports-view';
export { SummaryChart } from './components/summary-chart';
export { SummaryTable } from './components/summary-table';
