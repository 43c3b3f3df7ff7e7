import { useState, type ChangeEvent, type FormEvent } from 'react';
import { FormActions } from '@/components/records/form-actions';
import { Checkbox } from '@/components/ui/checkbox';
import { EmptyState } from '@/components/ui/empty-state';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { fieldError } from '@/lib/field-errors';
import { ProjectPicker } from '@/components/records/project-task-picker';
import { useNoProjectAllowing } from '@/lib/records/project-search';
import { FormError } from '@/components/ui/form-error';
import { TextareaField } from '@/components/ui/textarea-field';
import { useDates } from '@/lib/time-settings';
import { useSaveExpense } from '../api/save-expense';
import { parseAmount } from '@/lib/money';
import type { Expense, ExpenseBody } from '../api/types';

const FIELDS = ['project_id', 'date', 'amount', 'currency', 'category', 'description', 'billable'];
const CATEGORIES = ['travel', 'software', 'hardware', 'meals', 'accommodation', 'other'];

/** Record or change an expense on a project where one may record expenses. */
export function ExpenseForm({
  expense,
  projectId,
  onDone,
}: {
  expense?: Expense | undefined;
  projectId?: number | undefined;
  onDone: () => void;
}) {
  const dates = useDates();
  const allowed = useNoProjectAllowing('log_own_expenses', expense === undefined);
  const save = useSaveExpense();
  const [values, setValues] = useState({
    projectId: expense ? String(expense.project_id) : projectId === undefined ? '' : String(projectId),
    date: expense?.date ?? dates.today(),
    amount: expense ? expense.amount.toFixed(2) : '',
    currency: expense?.currency ?? '',
    category: expense?.category ?? '',
    description: expense?.description ?? '',
    billable: expense?.billable ?? true,
  });
  const [clientErrors, setClientErrors] = useState<{ project?: string; amount?: string; currency?: string }>({});
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const err = (field: string) => fieldError(save.error, field);
  /** Binds a text input to its value and to the error for the field of the same name (ours first, then the API's). */
  const text = (key: 'date' | 'amount' | 'category' | 'description', own?: string) => ({
    value: values[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set({ [key]: e.target.value }),
    error: own ?? err(key),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const amount = parseAmount(values.amount);
    const errors = {
      ...(values.projectId ? {} : { project: 'Choose a project' }),
      ...(amount === null ? { amount: 'Enter an amount greater than 0 with at most two decimals, such as 12.50' } : {}),
      ...(values.currency.trim() && !/^[A-Z]{3}$/.test(values.currency.trim())
        ? { currency: 'Use a three-letter currency code such as EUR, or leave it empty' }
        : {}),
    };
    setClientErrors(errors);
    if (amount === null || Object.keys(errors).length > 0) return;
    const body: ExpenseBody = {
      project_id: Number(values.projectId),
      date: values.date,
      amount,
      category: values.category.trim(),
      description: values.description,
      billable: values.billable,
      ...(values.currency.trim() ? { currency: values.currency.trim().toUpperCase() } : {}),
    };
    save.mutate({ id: expense?.id, body }, { onSuccess: onDone });
  }

  if (allowed.isPending) return <Spinner label="Loading your projects…" />;
  if (allowed.none) {
    return (
      <EmptyState title="No project to record expenses on">
        Recording expenses needs the “edit time and expenses” level on a project, or its Track Expenses flag.
      </EmptyState>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError error={save.error} fields={FIELDS} />
      <ProjectPicker
        value={values.projectId}
        onChange={(projectId, project) => set({ projectId, billable: project?.billable ?? values.billable })}
        action="log_own_expenses"
        error={clientErrors.project ?? err('project_id')}
      />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <TextField label="Date" type="date" required {...text('date')} />
        <TextField label="Amount" required inputMode="decimal" placeholder="12.50" {...text('amount', clientErrors.amount)} />
        <TextField
          label="Currency"
          placeholder="Project’s"
          maxLength={3}
          autoCapitalize="characters"
          value={values.currency}
          onChange={(e) => set({ currency: e.target.value.toUpperCase() })}
          error={clientErrors.currency ?? err('currency')}
        />
      </div>
      <TextField label="Category" required list="expense-categories" maxLength={100} {...text('category')} />
      <datalist id="expense-categories">
        {CATEGORIES.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <TextareaField label="Description" rows={2} maxLength={5000} {...text('description')} />
      <Checkbox label="Billable to the client" checked={values.billable} onChange={(e) => set({ billable: e.target.checked })} />
      <FormActions onCancel={onDone} pending={save.isPending} editing={expense !== undefined} addLabel="Add expense" />
    </form>
  );
}
