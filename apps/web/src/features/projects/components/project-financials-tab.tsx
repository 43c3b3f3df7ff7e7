import type { ReactNode } from 'react';
import { useAccess } from '../../../lib/access';
import type { Project } from '../api/types';
import { BudgetConsumption } from './budget-consumption';
import { FinancialsForm } from './financials-form';
import { formatMoney } from './money';

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900">{children}</dd>
    </div>
  );
}

/** Shown from the view_financials level; the edit form from edit_financials (and the account permission). */
export function ProjectFinancialsTab({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const account = useAccess();
  const mayEdit = canEdit && account.can({ anyOf: ['edit_projects', 'manage_project_costs'] });
  const currency = project.currency ?? 'EUR';
  return (
    <div className="space-y-6">
      <dl className="grid gap-3 sm:grid-cols-3">
        <Figure label="Hourly rate">{project.hourly_rate != null ? formatMoney(project.hourly_rate, currency) : 'None'}</Figure>
        <Figure label="Budget">{project.budget_amount != null ? formatMoney(project.budget_amount, currency) : 'None'}</Figure>
        <Figure label="Currency">{currency}</Figure>
      </dl>
      <section aria-labelledby="consumption-heading" className="space-y-2">
        <h2 id="consumption-heading" className="text-base font-semibold text-slate-900">
          Budget consumption
        </h2>
        <BudgetConsumption project={project} />
      </section>
      {mayEdit ? (
        <section aria-labelledby="edit-financials-heading" className="space-y-2">
          <h2 id="edit-financials-heading" className="text-base font-semibold text-slate-900">
            Edit financials
          </h2>
          <FinancialsForm project={project} />
        </section>
      ) : canEdit ? (
        <p className="text-sm text-slate-600">Your project level allows editing rates and budget, but your account also needs the edit_projects or manage_project_costs permission.</p>
      ) : null}
    </div>
  );
}
