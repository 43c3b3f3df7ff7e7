import { Bookmark, FolderOpen, Pencil, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';
import { FormActions } from '@/components/ui/form-actions';
import { QueryState } from '@/components/ui/query-state';
import { TextField } from '@/components/ui/text-field';
import { useAccess } from '@/lib/access';
import { fieldError } from '@/lib/field-errors';
import { useDates } from '@/lib/time-settings';
import { savedParamsOf, summaryParamsOf, useDeleteReport, useRenameReport, useSavedReports, useSaveReport, type SavedReport } from '../api/saved-reports';
import type { SummaryParams } from '../api/types';
import { GROUP_BY_OPTIONS } from '../lib/group-by';

const groupLabel = (g: string) => GROUP_BY_OPTIONS.find((o) => o.value === g)?.label ?? g;

/**
 * Saved reports: the person's named filters. Everyone who may read reports sees and opens theirs;
 * saving, renaming and deleting need create_saved_reports.
 */
export function SavedReports({ params, onOpen }: { params: SummaryParams; onOpen: (params: SummaryParams) => void }) {
  const canSave = useAccess().can('create_saved_reports');
  const dates = useDates();
  const list = useSavedReports();
  const remove = useDeleteReport();
  const [naming, setNaming] = useState<{ report?: SavedReport } | null>(null);
  const [deleting, setDeleting] = useState<SavedReport | null>(null);
  const describe = (r: SavedReport) => {
    const p = r.params;
    const period = p.start_date && p.end_date ? `${dates.formatDay(p.start_date)} – ${dates.formatDay(p.end_date)}` : 'this month';
    return `By ${groupLabel(p.group_by).toLowerCase()}, ${period}${p.billable === true ? ', billable only' : p.billable === false ? ', non-billable only' : ''}`;
  };

  return (
    <section aria-labelledby="saved-reports-title" className="space-y-2 rounded-lg bg-surface p-4 shadow-sm ring-1 ring-line">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="saved-reports-title" className="text-base font-semibold text-fg">
          Saved reports
        </h2>
        {canSave ? (
          <Button variant="secondary" onClick={() => setNaming({})}>
            <Bookmark aria-hidden="true" className="mr-1 size-4" /> Save these filters
          </Button>
        ) : null}
      </div>
      <QueryState query={list} loadingLabel="Loading your saved reports…">
        {(data) =>
          data.saved_reports.length === 0 ? (
            <p className="text-sm text-fg-muted">
              {canSave ? 'None yet: set the filters above and save them under a name.' : 'You have no saved reports.'}
            </p>
          ) : (
            <ul className="divide-y divide-line">
              {data.saved_reports.map((r) => (
                <li key={r.id} className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <p className="break-words font-medium text-fg">{r.name}</p>
                    <p className="text-xs text-fg-muted">{describe(r)}</p>
                  </div>
                  <div className="flex shrink-0 flex-wrap gap-2">
                    <Button variant="secondary" onClick={() => onOpen(summaryParamsOf(r.params, dates.thisMonth()))} aria-label={`Open ${r.name}`}>
                      <FolderOpen aria-hidden="true" className="mr-1 size-4" /> Open
                    </Button>
                    {canSave ? (
                      <>
                        <Button variant="secondary" onClick={() => setNaming({ report: r })} aria-label={`Rename ${r.name}`}>
                          <Pencil aria-hidden="true" className="size-4" />
                        </Button>
                        <Button variant="secondary" onClick={() => (remove.reset(), setDeleting(r))} aria-label={`Delete ${r.name}`}>
                          <Trash2 aria-hidden="true" className="size-4" />
                        </Button>
                      </>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <Dialog
        open={naming !== null}
        onOpenChange={(o) => !o && setNaming(null)}
        title={naming?.report ? `Rename “${naming.report.name}”` : 'Save these filters'}
        description={naming?.report ? 'Its filters stay as they were saved.' : 'The period, grouping and filters shown now, under a name only you see.'}
      >
        {naming ? <NameForm report={naming.report} params={params} onDone={() => setNaming(null)} /> : null}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(o) => !o && setDeleting(null)}
        title={`Delete “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete"
        tone="danger"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting, { onSuccess: () => setDeleting(null) })}
      >
        <p>The saved filters are removed; the report's data stays as it is.</p>
      </ConfirmDialog>
    </section>
  );
}

function NameForm({ report, params, onDone }: { report?: SavedReport | undefined; params: SummaryParams; onDone: () => void }) {
  const save = useSaveReport();
  const rename = useRenameReport();
  const mutation = report ? rename : save;
  const [name, setName] = useState(report?.name ?? '');
  const [problem, setProblem] = useState<string>();
  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setProblem('Give it a name.');
    if (report) rename.mutate({ id: report.id, name: trimmed }, { onSuccess: onDone });
    else save.mutate({ name: trimmed, params: savedParamsOf(params) }, { onSuccess: onDone });
  }
  const nameError = problem ?? fieldError(mutation.error, 'name');
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {mutation.error && !fieldError(mutation.error, 'name') ? <ErrorMessage error={mutation.error} title="Not saved" /> : null}
      <TextField label="Name" required maxLength={200} value={name} onChange={(e) => (setName(e.target.value), setProblem(undefined))} error={nameError} />
      <FormActions onCancel={onDone} pending={mutation.isPending} submitLabel={report ? 'Rename' : 'Save'} pendingLabel="Saving…" />
    </form>
  );
}
