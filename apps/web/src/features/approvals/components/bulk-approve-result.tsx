import { Alert } from '@/components/ui/alert';
import { ErrorMessage } from '@/components/ui/error-message';
import { bulkFailures } from '../lib/bulk-failures';
import type { Approval, BulkApproveResult } from '../api/types';
import { useDates } from '@/lib/time-settings';
import { describeApproval } from './approvals-table';

interface BulkApproveResultProps {
  result: BulkApproveResult | undefined;
  error: unknown;
  /** The rows that were selected, to name the items of the answer. */
  rows: ReadonlyMap<number, Approval>;
}

/** The answer of "Approve selected": how many were approved, or — nothing changed — which items failed and why. */
export function BulkApproveResultMessage({ result, error, rows }: BulkApproveResultProps) {
  const dates = useDates();
  const name = (id: number) => {
    const row = rows.get(id);
    return row ? `${describeApproval(row, dates)} · ${row.time_entry.project.name}` : `Request ${id}`;
  };
  if (result) {
    return (
      <Alert tone="success" title={`Approved ${result.approved} ${result.approved === 1 ? 'request' : 'requests'}`}>
        The entries are locked now.
      </Alert>
    );
  }
  if (!error) return null;
  const items = bulkFailures(error);
  if (!items) return <ErrorMessage error={error} title="Could not approve the selection" />;
  const failed = items.filter((i) => i.status === 'failed');
  return (
    <Alert tone="error" title="Nothing was approved">
      <p>
        {failed.length === 1 ? 'One request' : `${failed.length} requests`} of the selection could not be approved, so none was. Unselect
        them and try again:
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {failed.map((item) => (
          <li key={item.id}>
            <span className="font-medium">{name(item.id)}</span>: {item.message ?? item.code}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
