import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/error-message';
import { useCreateProject } from '../api/create-project';
import type { ClientOption } from '../api/types';
import { FinancialFields, financialInput, type FinancialValues } from './financial-fields';
import { ProjectDetailsFields, type DetailValues } from './project-details-fields';

const EMPTY_DETAILS: DetailValues = { name: '', description: '', client_id: '', billable: true };
const EMPTY_FINANCIALS: FinancialValues = { hourly_rate: '', budget_amount: '', currency: 'EUR' };

/** "New project" (the page shows it only with create_projects). The creator becomes its administrator. */
export function CreateProjectDialog({ clients }: { clients: ClientOption[] | null }) {
  const [open, setOpen] = useState(false);
  const [details, setDetails] = useState(EMPTY_DETAILS);
  const [money, setMoney] = useState(EMPTY_FINANCIALS);
  const create = useCreateProject();
  const navigate = useNavigate();

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setDetails(EMPTY_DETAILS);
      setMoney(EMPTY_FINANCIALS);
      create.reset();
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
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
      <Button onClick={() => setOpen(true)}>New project</Button>
      <Dialog open={open} onOpenChange={onOpenChange} title="New project" description="You become the project's administrator.">
        <form onSubmit={submit} className="space-y-4">
          {create.error ? <ErrorMessage error={create.error} title="The project was not created" /> : null}
          <ProjectDetailsFields values={details} onChange={setDetails} clients={clients} error={create.error} />
          <FinancialFields values={money} onChange={setMoney} error={create.error} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create project'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
