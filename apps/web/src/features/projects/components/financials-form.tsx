import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { useUpdateProject } from '../api/update-project';
import type { Project } from '../api/types';
import { FinancialFields, financialInput, financialValues } from './financial-fields';

/** Rates, budget, currency (edit_financials on the project, plus edit_projects or manage_project_costs). */
export function FinancialsForm({ project }: { project: Project }) {
  const [values, setValues] = useState(() => financialValues(project));
  const update = useUpdateProject(project.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(financialInput(values));
  };
  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Edit financials">
      {update.error ? <ErrorMessage error={update.error} title="The financials were not changed" /> : null}
      {update.isSuccess ? <Alert tone="success">Saved.</Alert> : null}
      <FinancialFields
        values={values}
        onChange={(next) => {
          update.reset();
          setValues(next);
        }}
        error={update.error}
      />
      <Button type="submit" disabled={update.isPending}>
        {update.isPending ? 'Saving…' : 'Save financials'}
      </Button>
    </form>
  );
}
