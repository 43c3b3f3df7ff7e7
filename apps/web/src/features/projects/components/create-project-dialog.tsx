import { useNavigate } from 'react-router';
import { FormDialog, useFormDialog } from '@/components/projects/form-dialog';
import { Button } from '@/components/ui/button';
import { useCreateProject } from '../api/create-project';
import { FinancialFields, financialInput, type FinancialValues } from './financial-fields';
import { ProjectDetailsFields, type DetailValues } from './project-details-fields';

const EMPTY_DETAILS: DetailValues = { name: '', description: '', client_id: '', billable: true };
const EMPTY_FINANCIALS: FinancialValues = { hourly_rate: '', budget_amount: '', currency: 'EUR' };
const EMPTY = { details: EMPTY_DETAILS, money: EMPTY_FINANCIALS };

/** "New project" (the page shows it only with create_projects). The creator becomes its administrator. */
export function CreateProjectDialog({ pickClient }: { pickClient: boolean }) {
  const create = useCreateProject();
  const dialog = useFormDialog(() => EMPTY, create);
  const { details, money } = dialog.values;
  const navigate = useNavigate();

  const submit = () => {
    const { hourly_rate, budget_amount, currency } = financialInput(money);
    create.mutate(
      {
        name: details.name.trim(),
        ...(details.description.trim() ? { description: details.description.trim() } : {}),
        client_id: details.client_id ? Number(details.client_id) : null,
        billable: details.billable,
        hourly_rate,
        budget_amount,
        currency,
      },
      { onSuccess: (project) => navigate(`/projects/${project.id}`) },
    );
  };

  return (
    <>
      <Button onClick={() => dialog.onOpenChange(true)}>New project</Button>
      <FormDialog
        open={dialog.open}
        onOpenChange={dialog.onOpenChange}
        title="New project"
        description="You become the project's administrator."
        mutation={create}
        errorTitle="The project was not created"
        submitLabel="Create project"
        pendingLabel="Creating…"
        onSubmit={submit}
      >
        <ProjectDetailsFields
          values={details}
          onChange={(next) => dialog.setValues((v) => ({ ...v, details: next }))}
          pickClient={pickClient}
          error={create.error}
        />
        <FinancialFields values={money} onChange={(next) => dialog.setValues((v) => ({ ...v, money: next }))} error={create.error} />
      </FormDialog>
    </>
  );
}
