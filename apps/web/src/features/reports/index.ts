/** What other features use of reports (e.g. a dashboard chart or a project's financial tab). */
export { useSummary, summaryExportUrl } from './api/get-summary';
export { reportsKeys } from './api/reports-keys';
export type { Summary, SummaryParams, GroupBy } from './api/types';
export { SummaryChart } from './components/summary-chart';
export { SummaryTable } from './components/summary-table';
