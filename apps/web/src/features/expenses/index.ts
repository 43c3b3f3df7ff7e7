/** What other features and pages use of expenses. Project pages: `<ExpensesPanel projectId={id} />`. */
export { ExpensesPanel } from './components/expenses-panel';
export { ExpensesTable, type ExpensesTableProps } from './components/expenses-table';
export { useExpenses } from './api/get-expenses';
export { expensesKeys } from './api/expenses-keys';
export type { Expense } from './api/types';
