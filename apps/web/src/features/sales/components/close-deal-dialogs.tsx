import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog } from '@/components/ui/dialog';
import { FormActions } from '@/components/ui/form-actions';
import { FormError } from '@/components/ui/form-error';
import { TextareaField } from '@/components/ui/textarea-field';
import { useAccess } from '@/lib/access';
import { fieldError } from '@/lib/field-errors';
import { useLoseDeal, useWinDeal } from '../api/deals';
import type { Deal } from '../api/types';

/** Win a deal, optionally starting its project (create_projects); then links to the project. */
export function WinDealDialog({ deal, onClose }: { deal: Deal | null; onClose: () => void }) {
  return (
    <Dialog open={deal !== null} onOpenChange={(open) => !open && onClose()} title={deal ? `Win ${deal.name}` : 'Win deal'}>
      {deal ? <WinForm key={deal.id} deal={deal} onClose={onClose} /> : null}
    </Dialog>
  );
}

function WinForm({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const canProject = useAccess().can('create_projects');
  const win = useWinDeal();
  const [createProject, setCreateProject] = useState(false);
  if (win.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={`${win.data.name} is won`}>
          {win.data.project_id ? (
            <Link to={`/projects/${win.data.project_id}`} className="text-accent-fg underline">
              Open the new project
            </Link>
          ) : (
            'It is now under Closed deals.'
          )}
        </Alert>
        <div className="flex justify-end">
          <Button onClick={onClose}>Done</Button>
        </div>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    win.mutate({ id: deal.id, createProject });
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <p className="text-sm text-fg-secondary">A won deal leaves the board; it stays under Closed deals.</p>
      <FormError error={win.error} fields={[]} />
      {canProject ? (
        <Checkbox
          label="Create a project for it"
          description={`Named “${deal.name}”${deal.client ? ` for ${deal.client.name}` : ''}; you become its administrator.`}
          checked={createProject}
          onChange={(e) => setCreateProject(e.target.checked)}
        />
      ) : null}
      <FormActions onCancel={onClose} pending={win.isPending} submitLabel="Mark as won" pendingLabel="Saving…" />
    </form>
  );
}

/** Lose a deal, with its reason (required). */
export function LoseDealDialog({ deal, onClose }: { deal: Deal | null; onClose: () => void }) {
  return (
    <Dialog open={deal !== null} onOpenChange={(open) => !open && onClose()} title={deal ? `Lose ${deal.name}` : 'Lose deal'}>
      {deal ? <LoseForm key={deal.id} deal={deal} onClose={onClose} /> : null}
    </Dialog>
  );
}

function LoseForm({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const lose = useLoseDeal();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    lose.mutate({ id: deal.id, reason: reason.trim() }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError error={lose.error} fields={['reason']} />
      <TextareaField
        label="Why was it lost?"
        required
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={missing && reason.trim() === '' ? 'Say why the deal was lost.' : fieldError(lose.error, 'reason')}
      />
      <FormActions onCancel={onClose} pending={lose.isPending} submitLabel="Mark as lost" pendingLabel="Saving…" />
    </form>
  );
}
