import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog } from '@/components/ui/dialog';
import { FormActions } from '@/components/ui/form-actions';
import { FormError } from '@/components/ui/form-error';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { ClientPicker } from '@/features/projects';
import { useAccess } from '@/lib/access';
import { fieldError } from '@/lib/field-errors';
import { useDealStages } from '../api/deals';
import { useConvertLead } from '../api/leads';
import type { ConvertBody, ConvertResult, Lead } from '../api/types';
import { stageLabel } from '../lib/board';

interface ConvertLeadDialogProps {
  lead: Lead | null;
  onClose: () => void;
}

/** Converts a lead: into an existing client or a new one, optionally with a deal; then shows what was made. */
export function ConvertLeadDialog({ lead, onClose }: ConvertLeadDialogProps) {
  return (
    <Dialog open={lead !== null} onOpenChange={(open) => !open && onClose()} title={lead ? `Convert ${lead.name}` : 'Convert lead'}>
      {lead ? <ConvertForm key={lead.id} lead={lead} onClose={onClose} /> : null}
    </Dialog>
  );
}

function ConvertForm({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const access = useAccess();
  const convert = useConvertLead();
  const stages = useDealStages();
  const canCreateClient = access.can('create_clients');
  const canCreateDeal = access.can('create_deals');
  const [target, setTarget] = useState<'new' | 'existing'>(canCreateClient ? 'new' : 'existing');
  const [clientId, setClientId] = useState('');
  const [withDeal, setWithDeal] = useState(canCreateDeal);
  const [dealName, setDealName] = useState(lead.company ?? lead.name);
  const [stage, setStage] = useState('');
  const [clientError, setClientError] = useState<string>();

  if (convert.data) return <ConvertDone result={convert.data} onClose={onClose} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (target === 'existing' && !clientId) {
      setClientError('Choose the client this lead becomes part of.');
      return;
    }
    setClientError(undefined);
    const body: ConvertBody = target === 'new' ? { create_client: true } : { client_id: Number(clientId) };
    if (withDeal) body.deal = { name: dealName.trim() || undefined, ...(stage ? { stage } : {}) };
    convert.mutate({ id: lead.id, body });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <p className="text-sm text-fg-secondary">
        Converting makes a client contact of {lead.name} and marks the lead converted. It cannot be undone.
      </p>
      <FormError error={convert.error} fields={['client_id', 'create_client', 'deal']} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-fg">Client</legend>
        {canCreateClient ? (
          <label className="flex items-center gap-2 text-sm text-fg-secondary">
            <input type="radio" name="target" checked={target === 'new'} onChange={() => setTarget('new')} />
            Create a client “{lead.company ?? lead.name}”
          </label>
        ) : null}
        <label className="flex items-center gap-2 text-sm text-fg-secondary">
          <input type="radio" name="target" checked={target === 'existing'} onChange={() => setTarget('existing')} />
          Add to an existing client
        </label>
        {target === 'existing' ? (
          <ClientPicker
            value={clientId}
            onChange={setClientId}
            status="active"
            placeholder="Choose a client"
            error={clientError ?? fieldError(convert.error, 'client_id')}
          />
        ) : null}
      </fieldset>
      {canCreateDeal ? (
        <fieldset className="space-y-2">
          <legend className="sr-only">Deal</legend>
          <Checkbox label="Also create a deal" checked={withDeal} onChange={(e) => setWithDeal(e.target.checked)} />
          {withDeal ? (
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              <TextField label="Deal name" maxLength={200} value={dealName} onChange={(e) => setDealName(e.target.value)} />
              <SelectField
                label="Stage"
                value={stage}
                onChange={(e) => setStage(e.target.value)}
                placeholder="First stage"
                options={(stages.data ?? []).map((s) => ({ value: s, label: stageLabel(s) }))}
              />
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <FormActions onCancel={onClose} pending={convert.isPending} submitLabel="Convert lead" pendingLabel="Converting…" />
    </form>
  );
}

function ConvertDone({ result, onClose }: { result: ConvertResult; onClose: () => void }) {
  return (
    <div className="space-y-4">
      <Alert tone="success" title="Lead converted">
        <ul className="list-inside list-disc">
          <li>
            Client:{' '}
            <Link to={`/clients/${result.client.id}`} className="text-accent-fg underline">
              {result.client.name}
            </Link>
          </li>
          <li>Contact: {[result.contact.first_name, result.contact.last_name].filter(Boolean).join(' ')}</li>
          {result.deal ? (
            <li>
              Deal:{' '}
              <Link to={`/deals?view=list&q=${encodeURIComponent(result.deal.name)}`} className="text-accent-fg underline">
                {result.deal.name}
              </Link>
            </li>
          ) : null}
        </ul>
      </Alert>
      <div className="flex justify-end">
        <Button onClick={onClose}>Done</Button>
      </div>
    </div>
  );
}
