import { Download } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { Can } from '@/lib/access';
import { useDates } from '@/lib/time-settings';
import { summaryExportUrl, useSummary } from '../api/get-summary';
import { entriesExportUrl } from '../api/saved-reports';
import type { SummaryParams } from '../api/types';
import { ReportFilters } from './report-filters';
import { SavedReports } from './saved-reports';
import { SummaryChart } from './summary-chart';
import { SummaryTable } from './summary-table';

const exportLink =
  'inline-flex items-center gap-2 rounded-md bg-surface px-3 py-2 text-sm font-semibold text-fg shadow-sm ring-1 ring-inset ring-line-strong hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus';

/** The time summary: settings, saved reports, a stacked bar chart, the table with totals, and the CSV exports (summary and entries). */
export function ReportsView() {
  const month = useDates().thisMonth();
  const [params, setParams] = useState<SummaryParams>({ start_date: month.start, end_date: month.end, group_by: 'project' });
  const query = useSummary(params);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <ReportFilters value={params} onChange={setParams} />
        <Can permission="export_reports">
          <div className="flex flex-wrap gap-2">
            <a href={summaryExportUrl(params)} download className={exportLink}>
              <Download aria-hidden="true" className="size-4" /> Export summary CSV
            </a>
            <a href={entriesExportUrl(params)} download className={exportLink}>
              <Download aria-hidden="true" className="size-4" /> Export entries CSV
            </a>
          </div>
        </Can>
      </div>
      <SavedReports params={params} onOpen={setParams} />
      <QueryState query={query} loadingLabel="Building the report…">
        {(summary) => (
          <div className={`space-y-4 ${query.isPlaceholderData ? 'opacity-60' : ''}`} aria-busy={query.isFetching}>
            {summary.message ? <Alert tone="info">{summary.message}</Alert> : null}
            {summary.groups.length === 0 ? (
              <EmptyState title="No finished time entries in this period" />
            ) : (
              <>
                <SummaryChart summary={summary} />
                <SummaryTable summary={summary} />
              </>
            )}
          </div>
        )}
      </QueryState>
    </div>
  );
}
