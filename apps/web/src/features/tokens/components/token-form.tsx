import type { Permission } from '@timekeeper/shared';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { ErrorMessage } from '@/components/ui/error-message';
import { TextField } from '@/components/ui/text-field';
import { isApiError } from '@/lib/api-client';
import { fieldError } from '@/lib/field-errors';
import { textBinder } from '@/lib/use-form-fields';
import { TextareaField } from '@/components/ui/textarea-field';
import type { CreateApiTokenInput } from '../api/types';
import { expiryPayload, type ExpiryChoice } from '../lib/expiry';
import { orderedScopes, refusalsFor } from '../lib/scope-selection';
import { ExpiryField } from './expiry-field';
import { ScopePicker } from './scope-picker';

interface TokenFormProps {
  isAdmin: boolean;
  permissions: readonly Permission[];
  maxDays: number;
  pending: boolean;
  error: unknown;
  onSubmit: (input: CreateApiTokenInput) => void;
  onCancel: () => void;
}

/** The allowlist's first refused line, from errors like `body.allowed_ips.2`. */
function ipError(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  const match = error.fieldErrors.find((e) => /allowed_ips/.test(e.path));
  if (!match) return undefined;
  const line = /allowed_ips[./](\d+)/.exec(match.path)?.[1];
  return line === undefined ? match.message : `Line ${Number(line) + 1}: ${match.message}`;
}

export function TokenForm({ isAdmin, permissions, maxDays, pending, error, onSubmit, onCancel }: TokenFormProps) {
  const refusals = useMemo(() => refusalsFor({ isAdmin, permissions }), [isAdmin, permissions]);
  const [form, setForm] = useState({ name: '', description: '', ips: '' });
  const [choice, setChoice] = useState<ExpiryChoice>('');
  const [date, setDate] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [local, setLocal] = useState<{ name?: string; expiry?: string; scopes?: string }>({});
  const formRef = useRef<HTMLFormElement>(null);
  // After a refused submit, take keyboard and screen-reader users to the first field to fix.
  useEffect(() => {
    if (!local.name && !local.expiry && !local.scopes) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby] input:not(:disabled)');
    first?.focus();
  }, [local]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const expiry = expiryPayload(choice, date, maxDays);
    const problems = {
      name: form.name.trim() === '' ? 'Give the token a name, e.g. the integration that will use it.' : undefined,
      expiry: 'error' in expiry ? expiry.error : undefined,
      scopes: selected.size === 0 ? 'Pick at least one scope, or a preset.' : undefined,
    };
    setLocal(problems);
    if ('error' in expiry || problems.scopes || problems.name) return;
    const ips = form.ips
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    onSubmit({
      name: form.name.trim(),
      ...(form.description.trim() ? { description: form.description.trim() } : {}),
      scopes: orderedScopes(selected),
      ...expiry,
      ...(ips.length > 0 ? { allowed_ips: ips } : {}),
    });
  };

  const scopeError = local.scopes ?? (isApiError(error) && error.status === 422 ? error.message : fieldError(error, 'scopes'));
  const bind = textBinder(form, setForm, error);
  const expiryError = local.expiry ?? fieldError(error, 'expires_at') ?? fieldError(error, 'expires_in_days');
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
      {error ? <ErrorMessage error={error} title="The token was not created" /> : null}
      <TextField label="Name" required maxLength={100} {...bind('name')} error={local.name ?? fieldError(error, 'name')} />
      <TextField label="Description (optional)" maxLength={500} {...bind('description')} />
      <ExpiryField maxDays={maxDays} choice={choice} date={date} onChoice={setChoice} onDate={setDate} error={expiryError} />
      <TextareaField
        label="Allowed IP addresses (optional)"
        hint="One address or CIDR range per line, e.g. 203.0.113.7 or 10.0.0.0/8. Empty: usable from anywhere."
        rows={2}
        {...bind('ips')}
        error={ipError(error)}
      />
      <ScopePicker isAdmin={isAdmin} refusals={refusals} selected={selected} onChange={setSelected} error={scopeError} />
      <FormActions onCancel={onCancel} pending={pending} submitLabel="Create token" pendingLabel="Creating…" />
    </form>
  );
}
