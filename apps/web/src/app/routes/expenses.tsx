import { PageHeader } from '../../components/ui/page-header';

export function ExpensesRoute() {
  return <PageHeader title="Expenses" />;
}
