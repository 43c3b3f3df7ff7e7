import { PageHeader } from '@/components/ui/page-header';
import { ExpensesPanel } from '@/features/expenses/components/expenses-panel';

export function ExpensesRoute() {
  return (
    <>
      <PageHeader title="Expenses" description="Costs you incurred on projects — and your team’s where you may see them." />
      <ExpensesPanel />
    </>
  );
}
