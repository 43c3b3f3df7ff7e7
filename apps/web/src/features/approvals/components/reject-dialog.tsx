import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextareaField } from '@/components/ui/textarea-field';
import { fieldError } from '@/lib/field-errors';
import { useRejectApproval } from '../api/reject-approval';
import type { Approval } from '../api/types';
import { useDates } from '@/lib/time-settings';
import { describeApproval } from './approvals-table';

/** Asks for the reason (required, shown to the requester) and rejects the request. */
export function RejectDialog({ approval, onClose }: { approval: Approval | null; onClose: () => void }) {
  const dates = useDates();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reject = useRejectApproval();

  const close = () => {
    setReason('');
    setMissing(false);
    reject.reset();
    onClose();
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!approval) return;
    if (reason.trim() === '') return setMissing(true);
    reject.mutate({ id: approval.id, reason: reason.trim() }, { onSuccess: close });
  }

  const reasonError = missing ? 'Give a reason: the requester sees it.' : fieldError(reject.error, 'reason');
  return (
    <Dialog
      open={approval !== null}
      onOpenChange={(open) => !open && close()}
      title="Reject this time entry?"
      description={approval ? describeApproval(approval, dates) : undefined}
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        {reject.error && !fieldError(reject.error, 'reason') ? <ErrorMessage error={reject.error} title="Could not reject" /> : null}
        <TextareaField
          label="Reason"
          required
          maxLength={1000}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
          hint="Say what to correct; the requester can fix the entry and submit it again."
          error={reasonError}
        />
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={reject.isPending}>
            {reject.isPending ? 'Rejecting…' : 'Reject'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
